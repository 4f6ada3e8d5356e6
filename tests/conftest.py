"""What the whole suite shares: command-line options (pytest reads option hooks only here) and a scratch
PostgreSQL schema per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from scripts.stack import TEST_CLIENT


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("e2e", "end-to-end journeys")
    group.addoption("--base-url", help="storefront of an existing deployment (no local processes started)")
    group.addoption("--bff-url", help="web BFF of that deployment")
    group.addoption("--tmf-url", help="base of its TMF APIs, e.g. https://tmf.example.com/tmf-api")
    group.addoption(
        "--identity-url",
        help="its OpenID Connect issuer: client-credentials tokens for the TMF APIs, staff sign-in",
    )
    group.addoption("--retail-bff-url", help="its retail BFF (the store's API checks)")
    group.addoption(
        "--tmf-client",
        default=os.environ.get("E2E_TMF_CLIENT", ":".join(TEST_CLIENT)),
        help="CLIENT_ID:SECRET of an OAuth2 client allowed to call the TMF APIs (env E2E_TMF_CLIENT; "
        "default: the mocks' test client)",
    )
    group.addoption(
        "--stack-profile",
        choices=("embedded", "production"),
        default="embedded",
        help="locally started stack: embedded defaults (SQLite, disk state) or production "
        "(PostgreSQL, Redis, several storefront workers)",
    )
    group.addoption(
        "--serviceable-address",
        default="RG1 4AB/12",
        help="postcode/house number of an address with fibre, as POSTCODE/NUMBER",
    )


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL of this machine's PostgreSQL whose connections use a fresh schema, dropped after the test.

    PostgreSQL is a supported production store, so not reaching it fails the test instead of skipping it.
    TEST_POSTGRES_URL points elsewhere (default: the local server's `test` database).
    """
    server = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://127.0.0.1:5432/test")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as error:
        admin.dispose()
        pytest.fail(
            f"PostgreSQL not reachable at {server} ({error.orig}); start it (README) or set TEST_POSTGRES_URL"
        )
    try:
        yield f"{server}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
