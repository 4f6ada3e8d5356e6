"""RP-initiated logout: the IdP session ends, the client's refresh tokens too, and the redirect is checked."""

from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from mock_backends.identity.testing import (
    TEST_CLIENT_ID,
    TEST_CLIENT_SECRET,
    authorization_params,
    create_pkce,
    idp_settings,
    running_idp,
    user_tokens,
)

SIGNED_OUT = "http://127.0.0.1/signed-out"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_idp(idp_settings(tmp_path)) as client:
        yield client


async def test_logout_with_id_token_hint_redirects_and_ends_everything(client: httpx.AsyncClient) -> None:
    tokens = await user_tokens(client, "jane.doe@example.com")

    answer = await client.get(
        "/logout",
        params={"id_token_hint": tokens["id_token"], "post_logout_redirect_uri": SIGNED_OUT, "state": "s1"},
    )

    assert answer.status_code == 302
    location = urlsplit(answer.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == SIGNED_OUT
    assert dict(parse_qsl(location.query)) == {"state": "s1"}
    assert 'lumen_idp_session=""' in answer.headers["set-cookie"]
    # The session is gone: authorizing shows the form again.
    assert (await client.get("/authorize", params=authorization_params(create_pkce()))).status_code == 200
    refreshed = await client.post(
        "/token",
        data={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        auth=(TEST_CLIENT_ID, TEST_CLIENT_SECRET),
    )
    assert refreshed.json()["error"] == "invalid_grant"


async def test_logout_never_redirects_to_an_unregistered_uri(client: httpx.AsyncClient) -> None:
    tokens = await user_tokens(client, "jane.doe@example.com")
    answer = await client.get(
        "/logout",
        params={"id_token_hint": tokens["id_token"], "post_logout_redirect_uri": "https://evil.example/"},
    )
    assert answer.status_code == 200
    assert "You are signed out" in answer.text


async def test_logout_with_client_id_and_registered_uri_redirects(client: httpx.AsyncClient) -> None:
    answer = await client.get(
        "/logout", params={"client_id": TEST_CLIENT_ID, "post_logout_redirect_uri": SIGNED_OUT}
    )
    assert (answer.status_code, answer.headers["location"]) == (302, SIGNED_OUT)


async def test_logout_with_a_forged_hint_still_signs_out(client: httpx.AsyncClient) -> None:
    await user_tokens(client, "jane.doe@example.com")
    answer = await client.get(
        "/logout", params={"id_token_hint": "not.a.token", "post_logout_redirect_uri": SIGNED_OUT}
    )
    assert answer.status_code == 200
    assert (await client.get("/authorize", params=authorization_params(create_pkce()))).status_code == 200
