"""`GET /ready` of both channels: ready when the database, the identity provider's keys and the token
endpoint answer; 503 naming the dependency that does not; answers reused for BFF_READY_CACHE_SECONDS."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
import respx

from bff.config import Settings
from bff.core.backends import ChannelServices
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app
from scripts.stack import scratch_database
from tests.bff.identity import ISSUER

TOKEN_URL = "http://auth.test/token"


def ready_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": f"sqlite:///{tmp_path / 'bff.db'}",
        "oidc_issuer": ISSUER,
        "oauth_token_url": TOKEN_URL,
        "oauth_client_id": "lumen-bff",
        "oauth_client_secret": "secret",
        "timeout_seconds": 1.0,
        "ready_cache_seconds": 0.0,
    }
    return Settings(**(values | overrides))  # type: ignore[arg-type]


def serve_token(router: respx.MockRouter) -> respx.Route:
    return router.post(TOKEN_URL, name="token").respond(
        200, json={"access_token": "t-1", "token_type": "Bearer", "expires_in": 900}
    )


async def ready(settings: Settings, *, retail: bool = False) -> httpx.Response:
    app = (create_retail_app if retail else create_app)(settings)
    services = ChannelServices.from_settings(settings)
    app.state.services = services
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bff.test"
        ) as http:
            return await http.get("/ready")
    finally:
        await services.aclose()


@pytest.mark.parametrize("retail", [False, True], ids=["web", "retail"])
async def test_ready_when_every_dependency_answers(
    tmp_path: Path, tmf: respx.MockRouter, retail: bool
) -> None:
    token = serve_token(tmf)

    answer = await ready(ready_settings(tmp_path), retail=retail)

    assert answer.status_code == 200
    assert answer.json() == {
        "status": "ready",
        "checks": {"database": "ok", "identityProviderKeys": "ok", "tokenEndpoint": "ok"},
    }
    assert token.call_count == 1


async def test_not_ready_when_the_identity_provider_is_down(tmp_path: Path, tmf: respx.MockRouter) -> None:
    serve_token(tmf)
    tmf.get(f"{ISSUER}/.well-known/openid-configuration").mock(side_effect=httpx.ConnectError("refused"))

    answer = await ready(ready_settings(tmp_path))

    assert answer.status_code == 503
    assert answer.json()["status"] == "not ready"
    assert answer.json()["checks"] == {
        "database": "ok",
        "identityProviderKeys": "failed (IdentityProviderUnavailable)",
        "tokenEndpoint": "ok",
    }


async def test_not_ready_when_the_token_endpoint_refuses(tmp_path: Path, tmf: respx.MockRouter) -> None:
    tmf.post(TOKEN_URL).respond(401, json={"error": "invalid_client"})

    answer = await ready(ready_settings(tmp_path))

    assert answer.status_code == 503
    assert answer.json()["checks"]["tokenEndpoint"] == "failed (TokenUnavailable)"
    assert answer.json()["checks"]["identityProviderKeys"] == "ok"


async def test_without_client_credentials_the_token_endpoint_is_not_checked(
    tmp_path: Path, tmf: respx.MockRouter
) -> None:
    answer = await ready(ready_settings(tmp_path, oauth_token_url="", oauth_client_id=""))

    assert answer.status_code == 200
    assert answer.json()["checks"] == {"database": "ok", "identityProviderKeys": "ok"}


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with scratch_database() as url:
        yield url


async def test_not_ready_when_the_database_is_gone(postgres_url: str, tmp_path: Path, tmf: respx.MockRouter):
    serve_token(tmf)
    settings = ready_settings(tmp_path, database_url=postgres_url)
    app = create_app(settings)
    app.state.services = services = ChannelServices.from_settings(settings)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bff.test"
        ) as http:
            before = await http.get("/ready")
            admin, name = postgres_url.replace("+psycopg", "").rsplit("/", 1)
            with psycopg.connect(f"{admin}/test", autocommit=True) as connection:
                connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            after = await http.get("/ready")
    finally:
        await services.aclose()

    assert before.status_code == 200
    assert after.status_code == 503
    assert after.json()["checks"]["database"] == "failed (OperationalError)"


async def test_answers_are_reused_while_fresh(tmp_path: Path, tmf: respx.MockRouter) -> None:
    token = tmf.post(TOKEN_URL).respond(503)
    settings = ready_settings(tmp_path, ready_cache_seconds=60.0)
    app = create_app(settings)
    app.state.services = services = ChannelServices.from_settings(settings)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bff.test"
        ) as http:
            first = await http.get("/ready")
            # The token endpoint is back, but the last answer is still fresh.
            token.respond(200, json={"access_token": "t-1", "token_type": "Bearer", "expires_in": 900})
            second = await http.get("/ready")
    finally:
        await services.aclose()

    assert first.status_code == second.status_code == 503
    assert token.call_count == 1


async def test_health_stays_a_cheap_liveness_check(tmp_path: Path, tmf: respx.MockRouter) -> None:
    tmf.post(TOKEN_URL).respond(503)
    app = create_app(ready_settings(tmp_path))  # no lifespan, nothing checked

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bff.test") as http:
        health, not_started = await http.get("/health"), await http.get("/ready")

    assert health.json() == {"status": "ok"}
    assert not_started.status_code == 503 and not_started.json()["checks"] == {"startup": "not started"}
