"""Token endpoint beyond the code: refresh rotation, client credentials, revocation, and /userinfo."""

import base64
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import KeySet

from mock_backends.identity.testing import (
    TEST_CLIENT_ID,
    TEST_CLIENT_SECRET,
    idp_settings,
    running_idp,
    user_tokens,
)

TEST_AUTH = (TEST_CLIENT_ID, TEST_CLIENT_SECRET)


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_idp(idp_settings(tmp_path)) as client:
        yield client


async def claims_of(client: httpx.AsyncClient, token: str) -> dict:
    keys = KeySet.import_key_set((await client.get("/jwks.json")).json())
    return dict(jwt.decode(token, keys, algorithms=["RS256"]).claims)


async def refresh(client: httpx.AsyncClient, refresh_token: str) -> httpx.Response:
    data = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    return await client.post("/token", data=data, auth=TEST_AUTH)


async def client_credentials(
    client: httpx.AsyncClient, auth: tuple[str, str] = ("lumen-bff", "bff-dev-secret"), **data: str
) -> httpx.Response:
    return await client.post("/token", data={"grant_type": "client_credentials", **data}, auth=auth)


async def test_refresh_rotates_and_the_old_token_is_refused(client: httpx.AsyncClient) -> None:
    tokens = await user_tokens(client, "jane.doe@example.com")

    renewed = await refresh(client, tokens["refresh_token"])

    assert renewed.status_code == 200, renewed.text
    body = renewed.json()
    assert body["refresh_token"] != tokens["refresh_token"]
    claims = await claims_of(client, body["access_token"])
    assert (claims["customer_id"], claims["aud"]) == ("cust-0001", "lumen-bff")
    old = await refresh(client, tokens["refresh_token"])
    assert (old.status_code, old.json()["error"]) == (400, "invalid_grant")


async def test_replayed_refresh_token_revokes_the_whole_family(client: httpx.AsyncClient) -> None:
    tokens = await user_tokens(client, "jane.doe@example.com")
    renewed = (await refresh(client, tokens["refresh_token"])).json()
    await refresh(client, tokens["refresh_token"])  # replay of the rotated token

    assert (await refresh(client, renewed["refresh_token"])).json()["error"] == "invalid_grant"


async def test_refresh_token_of_another_client_is_refused(client: httpx.AsyncClient) -> None:
    tokens = await user_tokens(client, "jane.doe@example.com")
    answer = await client.post(
        "/token",
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        auth=("lumen-storefront", "storefront-dev-secret"),
    )
    assert answer.json()["error"] == "invalid_grant"
    assert (await refresh(client, tokens["refresh_token"])).status_code == 200  # still the owner's


async def test_revoked_refresh_token_no_longer_works(client: httpx.AsyncClient) -> None:
    tokens = await user_tokens(client, "jane.doe@example.com")
    revoked = await client.post(
        "/revoke", data={"token": tokens["refresh_token"], "token_type_hint": "refresh_token"}, auth=TEST_AUTH
    )
    assert revoked.status_code == 200
    assert (await refresh(client, tokens["refresh_token"])).json()["error"] == "invalid_grant"


async def test_client_credentials_token_is_for_the_tmf_apis_without_user_claims(
    client: httpx.AsyncClient,
) -> None:
    answer = await client_credentials(client)

    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert "refresh_token" not in body and "id_token" not in body
    claims = await claims_of(client, body["access_token"])
    assert claims["aud"] == "tmf-api"
    assert claims["sub"] == claims["client_id"] == "lumen-bff"
    assert claims["scope"] == "tmf.read tmf.write"
    assert not {"roles", "email", "name", "customer_id", "store_id"} & claims.keys()


async def test_client_credentials_with_client_secret_post(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "lumen-bff",
            "client_secret": "bff-dev-secret",
        },
    )
    assert answer.status_code == 200


async def test_requested_audience_and_scope_are_honoured(client: httpx.AsyncClient) -> None:
    answer = await client_credentials(client, TEST_AUTH, resource="test-api", scope="tmf.read")
    claims = await claims_of(client, answer.json()["access_token"])
    assert (claims["aud"], claims["scope"]) == ("test-api", "tmf.read")


async def test_audience_not_registered_for_the_client_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client_credentials(client, audience="test-api")
    assert (answer.status_code, answer.json()["error"]) == (400, "invalid_target")


async def test_scope_not_registered_for_the_client_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client_credentials(client, scope="openid")
    assert answer.json()["error"] == "invalid_scope"


async def test_wrong_client_secret_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client_credentials(client, ("lumen-bff", "not-the-secret"))
    assert (answer.status_code, answer.json()["error"]) == (401, "invalid_client")


async def test_public_client_cannot_use_client_credentials(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        "/token", data={"grant_type": "client_credentials", "client_id": "lumen-test-public"}
    )
    assert answer.json()["error"] == "invalid_client"


async def test_grant_not_registered_for_the_client_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client_credentials(client, ("lumen-storefront", "storefront-dev-secret"))
    assert answer.json()["error"] == "unauthorized_client"


async def test_userinfo_answers_for_the_bearer(client: httpx.AsyncClient) -> None:
    tokens = await user_tokens(client, "morgan.manager@lumen.example")
    answer = await client.get("/userinfo", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert answer.status_code == 200
    info = answer.json()
    assert info["email"] == "morgan.manager@lumen.example"
    assert (info["roles"], info["store_id"]) == (["manager"], "store-rdg")
    assert info["sub"] == (await claims_of(client, tokens["access_token"]))["sub"]


async def test_userinfo_refuses_missing_forged_and_service_tokens(client: httpx.AsyncClient) -> None:
    tokens = await user_tokens(client, "jane.doe@example.com")
    header, payload, signature = tokens["access_token"].split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    forged_payload = base64.urlsafe_b64encode(json.dumps(claims | {"sub": "someone-else"}).encode())
    forged = f"{header}.{forged_payload.decode().rstrip('=')}.{signature}"
    service = (await client_credentials(client)).json()["access_token"]

    missing = await client.get("/userinfo")
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"].startswith("Bearer")
    for token in (forged, service, tokens["id_token"]):
        answer = await client.get("/userinfo", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 401, token
        assert 'error="invalid_token"' in answer.headers["www-authenticate"]


async def test_unknown_grant_type_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client.post("/token", data={"grant_type": "password"}, auth=TEST_AUTH)
    assert answer.json()["error"] == "unsupported_grant_type"
