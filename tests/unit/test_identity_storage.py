"""Users, clients and credentials persist on SQLite and PostgreSQL; the seed runs once however often started.

PostgreSQL tests run in a scratch schema of this machine's server (the `postgres_url` fixture of
tests/conftest.py) and fail when it cannot be reached.
"""

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlmodel import Session, SQLModel, col

from mock_backends.identity.models import Client, RefreshToken, User
from mock_backends.identity.seed import PERSONAS
from mock_backends.identity.storage import create_db_engine
from mock_backends.identity.testing import (
    TEST_CLIENT_ID,
    TEST_CLIENT_SECRET,
    idp_settings,
    running_idp,
    user_tokens,
)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'nested' / 'identity.db'}"
    return request.getfixturevalue("postgres_url")


def count(database_url: str, model: type[SQLModel]) -> int:
    engine = create_db_engine(database_url)
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(model)) or 0
    finally:
        engine.dispose()


async def test_seed_persists_once_across_restarts(database_url: str, tmp_path: Path) -> None:
    settings = idp_settings(tmp_path, database_url=database_url)
    async with running_idp(settings):
        pass
    async with running_idp(settings):
        pass
    assert count(database_url, User) == len(PERSONAS)
    assert count(database_url, Client) == 4


async def test_flow_and_registration_survive_a_restart(database_url: str, tmp_path: Path) -> None:
    settings = idp_settings(tmp_path, database_url=database_url)
    async with running_idp(settings) as client:
        tokens = await user_tokens(client, "alex.agent@lumen.example")
    async with running_idp(settings) as client:
        renewed = await client.post(
            "/token",
            data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
            auth=(TEST_CLIENT_ID, TEST_CLIENT_SECRET),
        )
    assert renewed.status_code == 200, renewed.text
    assert count(database_url, RefreshToken) == 2


async def test_stored_secrets_are_hashes(database_url: str, tmp_path: Path) -> None:
    settings = idp_settings(tmp_path, database_url=database_url)
    async with running_idp(settings) as client:
        tokens = await user_tokens(client, "jane.doe@example.com")
    engine = create_db_engine(database_url)
    with Session(engine) as session:
        user = session.scalars(select(User).where(col(User.email) == "jane.doe@example.com")).one()
        client_row = session.get(Client, TEST_CLIENT_ID)
        stored = session.scalars(select(col(RefreshToken.token_hash))).one()
    engine.dispose()
    assert user.password_hash.startswith("$argon2id$")
    assert (
        client_row is not None and client_row.secret_hash and client_row.secret_hash.startswith("$argon2id$")
    )
    assert stored != tokens["refresh_token"]
    assert len(stored) == 64


async def test_changed_client_settings_apply_on_next_start(tmp_path: Path) -> None:
    async with running_idp(idp_settings(tmp_path)):
        pass
    changed = idp_settings(tmp_path, storefront_redirect_uris=["https://shop.example/auth/callback"])
    async with running_idp(changed):
        pass
    engine = create_db_engine(changed.database_url)
    with Session(engine) as session:
        storefront = session.get(Client, "lumen-storefront")
    engine.dispose()
    assert storefront is not None
    assert storefront.redirect_uris == ["https://shop.example/auth/callback"]


async def test_sign_in_redoes_a_hash_made_with_weaker_parameters(tmp_path: Path) -> None:
    async with running_idp(idp_settings(tmp_path)):  # seeded with the CHEAPEST profile
        pass
    async with running_idp(idp_settings(tmp_path, password_hash_profile="OWASP")) as client:
        await user_tokens(client, "jane.doe@example.com")
    engine = create_db_engine(f"sqlite:///{tmp_path / 'identity.db'}")
    with Session(engine) as session:
        user = session.scalars(select(User).where(col(User.email) == "jane.doe@example.com")).one()
    engine.dispose()
    assert user.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
