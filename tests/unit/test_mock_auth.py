"""The TMF servers with bearer tokens on (MOCKS_AUTH_REQUIRED): tokens come from the real identity provider,
run in process (mock_backends/identity/testing.py), whose JWKS the servers read through its ASGI app."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey

from mock_backends.app import create_app
from mock_backends.auth.verifier import TokenVerifier
from mock_backends.identity.app import create_app as create_identity_app
from mock_backends.identity.testing import TEST_CLIENT_ID, TEST_CLIENT_SECRET, idp_settings
from mock_backends.testing import running, sqlite_settings

OFFERINGS = "/tmf-api/productCatalogManagement/v4/productOffering"
ISSUER = "http://127.0.0.1:8700"


@dataclass
class Servers:
    tmf: httpx.AsyncClient
    idp: httpx.AsyncClient
    verifier: TokenVerifier

    async def token(self, audience: str = "tmf-api") -> str:
        answer = await self.idp.post(
            "/token",
            data={"grant_type": "client_credentials", "audience": audience},
            auth=(TEST_CLIENT_ID, TEST_CLIENT_SECRET),
        )
        assert answer.status_code == 200, answer.text
        return str(answer.json()["access_token"])


@pytest.fixture
async def servers(tmp_path: Path) -> AsyncIterator[Servers]:
    idp_app = create_identity_app(idp_settings(tmp_path / "idp", issuer=ISSUER))
    async with idp_app.router.lifespan_context(idp_app):
        transport = httpx.ASGITransport(app=idp_app)
        verifier = TokenVerifier(issuer=ISSUER, audience="tmf-api", transport=transport)
        app = create_app(sqlite_settings(tmp_path, order_pace="off", auth_required=True, auth_issuer=ISSUER))
        app.state.token_verifier = verifier
        async with (
            running(app, "http://mocks.test") as tmf,
            httpx.AsyncClient(transport=transport, base_url=ISSUER) as idp,
        ):
            yield Servers(tmf, idp, verifier)


def assert_tmf_401(answer: httpx.Response, *, invalid_token: bool = True) -> None:
    assert answer.status_code == 401
    assert answer.json() == {
        "code": "UNAUTHORIZED",
        "reason": "Unauthorized",
        "message": answer.json()["message"],
        "status": "401",
    }
    assert ('error="invalid_token"' in answer.headers["WWW-Authenticate"]) is invalid_token


async def test_call_without_a_token_is_refused(servers: Servers) -> None:
    assert_tmf_401(await servers.tmf.get(OFFERINGS), invalid_token=False)


async def test_hub_and_admin_need_a_token_too(servers: Servers) -> None:
    hub = "/tmf-api/productOrderingManagement/v4/hub"
    assert_tmf_401(await servers.tmf.post(hub, json={"callback": "http://x.test"}), invalid_token=False)
    assert_tmf_401(await servers.tmf.get("/admin/faults"), invalid_token=False)


async def test_health_is_open(servers: Servers) -> None:
    assert (await servers.tmf.get("/health")).status_code == 200


async def test_client_credentials_token_is_accepted(servers: Servers) -> None:
    token = await servers.token()

    answer = await servers.tmf.get(OFFERINGS, headers={"Authorization": f"Bearer {token}"})

    assert answer.status_code == 200 and answer.json()


async def test_keys_are_read_once_for_many_calls(servers: Servers) -> None:
    headers = {"Authorization": f"Bearer {await servers.token()}"}
    for _ in range(5):
        assert (await servers.tmf.get(OFFERINGS, headers=headers)).status_code == 200
    assert servers.verifier.jwks_fetches == 1


async def test_token_for_another_audience_is_refused(servers: Servers) -> None:
    token = await servers.token(audience="test-api")

    assert_tmf_401(await servers.tmf.get(OFFERINGS, headers={"Authorization": f"Bearer {token}"}))


async def test_token_signed_by_an_unknown_key_is_refused(servers: Servers) -> None:
    key = RSAKey.generate_key(2048, parameters={"alg": "RS256"}, private=True)
    key.ensure_kid()
    claims = {"iss": ISSUER, "aud": "tmf-api", "sub": "me", "exp": 4_000_000_000}
    forged = jwt.encode({"alg": "RS256", "kid": key.kid}, claims, key)

    assert_tmf_401(await servers.tmf.get(OFFERINGS, headers={"Authorization": f"Bearer {forged}"}))


@pytest.mark.parametrize("value", ["Bearer not-a-jwt", "Basic dXNlcjpwYXNz", "Bearer "])
async def test_malformed_authorization_is_refused(servers: Servers, value: str) -> None:
    answer = await servers.tmf.get(OFFERINGS, headers={"Authorization": value})

    assert answer.status_code == 401 and answer.json()["code"] == "UNAUTHORIZED"


async def test_auth_off_lets_every_call_through(tmp_path: Path) -> None:
    async with running(create_app(sqlite_settings(tmp_path)), "http://mocks.test") as tmf:
        assert (await tmf.get(OFFERINGS)).status_code == 200
