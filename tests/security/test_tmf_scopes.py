"""Issue 21, Medium 5 (scopes): the TMF servers enforce `tmf.read` for reading and `tmf.write` for writing,
and the identity provider never puts a TMF scope in a person's token."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from mock_backends.app import create_app
from mock_backends.auth.verifier import TokenVerifier
from mock_backends.identity.app import create_app as create_identity_app
from mock_backends.identity.testing import (
    TEST_CLIENT_ID,
    TEST_CLIENT_SECRET,
    authorization_params,
    create_pkce,
    idp_settings,
)
from mock_backends.testing import running, sqlite_settings

ISSUER = "http://127.0.0.1:8700"
CUSTOMERS = "/tmf-api/customerManagement/v4/customer"
INDIVIDUALS = "/tmf-api/party/v4/individual"


@dataclass
class Servers:
    tmf: httpx.AsyncClient
    idp: httpx.AsyncClient

    async def token(self, scope: str) -> dict[str, str]:
        answer = await self.idp.post(
            "/token",
            data={"grant_type": "client_credentials", "audience": "tmf-api", "scope": scope},
            auth=(TEST_CLIENT_ID, TEST_CLIENT_SECRET),
        )
        assert answer.status_code == 200, answer.text
        return {"Authorization": f"Bearer {answer.json()['access_token']}"}


@pytest.fixture
async def servers(tmp_path: Path) -> AsyncIterator[Servers]:
    idp_app = create_identity_app(idp_settings(tmp_path / "idp", issuer=ISSUER))
    async with idp_app.router.lifespan_context(idp_app):
        transport = httpx.ASGITransport(app=idp_app)
        app = create_app(sqlite_settings(tmp_path, order_pace="off", auth_required=True, auth_issuer=ISSUER))
        app.state.token_verifier = TokenVerifier(issuer=ISSUER, audience="tmf-api", transport=transport)
        async with (
            running(app, "http://mocks.test") as tmf,
            httpx.AsyncClient(transport=transport, base_url=ISSUER) as idp,
        ):
            yield Servers(tmf, idp)


NEW_PERSON = {"givenName": "Ada", "familyName": "Lovelace"}


async def test_read_scope_cannot_write(servers: Servers) -> None:
    read_only = await servers.token("tmf.read")
    assert (await servers.tmf.get(CUSTOMERS, headers=read_only)).status_code == 200
    assert (await servers.tmf.head(CUSTOMERS, headers=read_only)).status_code == 200

    created = await servers.tmf.post(INDIVIDUALS, json=NEW_PERSON, headers=read_only)
    patched = await servers.tmf.patch(f"{CUSTOMERS}/cust-0001", json={"name": "Mallory"}, headers=read_only)
    deleted = await servers.tmf.delete(f"{CUSTOMERS}/cust-0001", headers=read_only)

    for answer in (created, patched, deleted):
        assert answer.status_code == 403, answer.text
        assert answer.json()["code"] == "INSUFFICIENT_SCOPE"
        assert 'error="insufficient_scope"' in answer.headers["www-authenticate"]
        assert 'scope="tmf.write"' in answer.headers["www-authenticate"]
    assert (await servers.tmf.get(f"{CUSTOMERS}/cust-0001", headers=read_only)).json()["name"] != "Mallory"


async def test_write_scope_alone_cannot_read(servers: Servers) -> None:
    write_only = await servers.token("tmf.write")
    assert (await servers.tmf.get(CUSTOMERS, headers=write_only)).status_code == 403
    assert (await servers.tmf.post(INDIVIDUALS, json=NEW_PERSON, headers=write_only)).status_code == 201


async def test_services_with_both_scopes_read_and_write(servers: Servers) -> None:
    both = await servers.token("tmf.read tmf.write")
    assert (await servers.tmf.get(CUSTOMERS, headers=both)).status_code == 200
    assert (await servers.tmf.post(INDIVIDUALS, json=NEW_PERSON, headers=both)).status_code == 201


@pytest.mark.parametrize("scope", ["openid profile email tmf.read tmf.write", "openid tmf.read", "tmf.write"])
async def test_people_never_get_tmf_scopes(servers: Servers, scope: str) -> None:
    params = authorization_params(create_pkce(), scope=scope)
    answer = await servers.idp.get("/authorize", params=params)
    # Refused before anyone signs in: back to the client with invalid_scope (RFC 6749 §4.1.2.1).
    assert answer.status_code == 302, answer.text[:300]
    query = dict(parse_qsl(urlsplit(answer.headers["location"]).query))
    assert query["error"] == "invalid_scope"
    assert query["state"] == params["state"]
