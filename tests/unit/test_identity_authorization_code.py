"""Authorization code + PKCE: sign-in page, code, tokens, ID token verified with the JWKS; what is refused."""

from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import KeySet

from mock_backends.identity.testing import (
    TEST_CLIENT_ID,
    authorization_params,
    code_from,
    create_pkce,
    exchange_code,
    idp_settings,
    running_idp,
    submit_sign_in,
)

ISSUER = "http://127.0.0.1:8700"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_idp(idp_settings(tmp_path)) as client:
        yield client


async def verify(client: httpx.AsyncClient, token: str) -> dict:
    keys = KeySet.import_key_set((await client.get("/jwks.json")).json())
    decoded = jwt.decode(token, keys, algorithms=["RS256"])
    return {"header": decoded.header, **decoded.claims}


def query_of(response: httpx.Response) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(response.headers["location"]).query))


async def test_sign_in_page_is_labelled_and_carries_the_request(client: httpx.AsyncClient) -> None:
    params = authorization_params(create_pkce())
    page = await client.get("/authorize", params=params)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<label for="email">Email</label>' in html
    assert '<label for="password">Password</label>' in html
    assert 'autocomplete="current-password"' in html
    assert '<button type="submit">Sign in</button>' in html
    assert ">Create an account</a>" in html
    assert f'name="code_challenge" value="{params["code_challenge"]}"' in html
    assert page.headers["x-frame-options"] == "DENY"


async def test_full_flow_gives_tokens_and_a_verified_id_token(client: httpx.AsyncClient) -> None:
    pkce = create_pkce()
    params = authorization_params(pkce)
    redirect = await submit_sign_in(client, params, "jane.doe@example.com")
    assert redirect.headers["location"].startswith("http://127.0.0.1/callback?")
    code = code_from(redirect, params["state"])

    answer = await exchange_code(client, code, pkce.verifier)

    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store"
    body = answer.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert body["refresh_token"]
    id_token = await verify(client, body["id_token"])
    assert id_token["header"]["alg"] == "RS256"
    assert id_token["iss"] == ISSUER
    assert id_token["aud"] == TEST_CLIENT_ID
    assert id_token["nonce"] == params["nonce"]
    assert id_token["email"] == "jane.doe@example.com"
    assert id_token["given_name"] == "Jane"
    assert id_token["customer_id"] == "cust-0001"
    assert id_token["roles"] == ["customer"]
    assert id_token["exp"] > id_token["iat"]
    assert "at_hash" in id_token
    access = await verify(client, body["access_token"])
    assert access["header"]["typ"] == "at+jwt"
    assert access["sub"] == id_token["sub"]
    assert access["aud"] == "lumen-bff"
    assert access["client_id"] == TEST_CLIENT_ID
    assert access["customer_id"] == "cust-0001"
    assert "store_id" not in access


async def test_agent_token_carries_store_and_role(client: httpx.AsyncClient) -> None:
    pkce = create_pkce()
    params = authorization_params(pkce)
    code = code_from(await submit_sign_in(client, params, "bea.agent@lumen.example"))
    body = (await exchange_code(client, code, pkce.verifier)).json()
    access = await verify(client, body["access_token"])
    assert (access["roles"], access["store_id"]) == (["agent"], "store-ldn")
    assert "customer_id" not in access


async def test_authorization_without_pkce_is_sent_back_with_an_error(client: httpx.AsyncClient) -> None:
    params = authorization_params(None)
    answer = await client.get("/authorize", params=params)
    assert answer.status_code == 302
    assert query_of(answer)["error"] == "invalid_request"
    assert "PKCE" in query_of(answer)["error_description"]
    assert query_of(answer)["state"] == params["state"]


async def test_plain_pkce_is_refused(client: httpx.AsyncClient) -> None:
    params = authorization_params(create_pkce(), code_challenge_method="plain")
    answer = await client.get("/authorize", params=params)
    assert query_of(answer)["error"] == "invalid_request"


@pytest.mark.parametrize("verifier", [None, "x" * 50])
async def test_token_refused_without_the_right_verifier(
    client: httpx.AsyncClient, verifier: str | None
) -> None:
    params = authorization_params(create_pkce())
    code = code_from(await submit_sign_in(client, params, "jane.doe@example.com"))
    answer = await exchange_code(client, code, verifier)
    assert answer.status_code == 400
    assert answer.json()["error"] in {"invalid_request", "invalid_grant"}


async def test_code_works_once_and_its_reuse_revokes_the_tokens(client: httpx.AsyncClient) -> None:
    pkce = create_pkce()
    code = code_from(await submit_sign_in(client, authorization_params(pkce), "jane.doe@example.com"))
    first = await exchange_code(client, code, pkce.verifier)
    assert first.status_code == 200

    second = await exchange_code(client, code, pkce.verifier)

    assert second.status_code == 400
    assert second.json()["error"] == "invalid_grant"
    refreshed = await client.post(
        "/token",
        data={"grant_type": "refresh_token", "refresh_token": first.json()["refresh_token"]},
        auth=(TEST_CLIENT_ID, "test-client-secret"),
    )
    assert refreshed.json()["error"] == "invalid_grant"


async def test_code_is_bound_to_its_client(client: httpx.AsyncClient) -> None:
    pkce = create_pkce()
    code = code_from(await submit_sign_in(client, authorization_params(pkce), "jane.doe@example.com"))
    answer = await exchange_code(
        client,
        code,
        pkce.verifier,
        client_id="lumen-storefront",
        client_secret="storefront-dev-secret",
    )
    assert answer.json()["error"] == "invalid_grant"


async def test_redirect_uri_must_match_the_authorization_request(client: httpx.AsyncClient) -> None:
    pkce = create_pkce()
    code = code_from(await submit_sign_in(client, authorization_params(pkce), "jane.doe@example.com"))
    answer = await exchange_code(client, code, pkce.verifier, redirect_uri="http://127.0.0.1:9999/callback")
    assert answer.json()["error"] == "invalid_grant"


async def test_unregistered_redirect_uri_gets_a_page_not_a_redirect(client: httpx.AsyncClient) -> None:
    params = authorization_params(create_pkce(), redirect_uri="https://evil.example/callback")
    answer = await client.get("/authorize", params=params)
    assert answer.status_code == 400
    assert "location" not in answer.headers
    assert 'role="alert"' in answer.text


async def test_loopback_redirect_may_use_any_port(client: httpx.AsyncClient) -> None:
    pkce = create_pkce()
    params = authorization_params(
        pkce, client_id="lumen-storefront", redirect_uri="http://127.0.0.1:53817/auth/callback"
    )
    redirect = await submit_sign_in(client, params, "sam.patel@example.com")
    assert redirect.headers["location"].startswith("http://127.0.0.1:53817/auth/callback?code=")


async def test_loopback_ports_are_refused_when_not_allowed(tmp_path: Path) -> None:
    async with running_idp(idp_settings(tmp_path, allow_loopback_redirects=False)) as client:
        params = authorization_params(
            create_pkce(), client_id="lumen-storefront", redirect_uri="http://127.0.0.1:53817/auth/callback"
        )
        assert (await client.get("/authorize", params=params)).status_code == 400


async def test_unknown_client_gets_a_page(client: httpx.AsyncClient) -> None:
    answer = await client.get("/authorize", params=authorization_params(create_pkce(), client_id="nobody"))
    assert answer.status_code == 400


async def test_signed_in_person_is_sent_back_without_the_form(client: httpx.AsyncClient) -> None:
    await submit_sign_in(client, authorization_params(create_pkce()), "jane.doe@example.com")
    params = authorization_params(create_pkce())
    answer = await client.get("/authorize", params=params)
    code_from(answer, params["state"])


async def test_prompt_login_asks_again(client: httpx.AsyncClient) -> None:
    await submit_sign_in(client, authorization_params(create_pkce()), "jane.doe@example.com")
    answer = await client.get("/authorize", params=authorization_params(create_pkce(), prompt="login"))
    assert answer.status_code == 200
    assert "Sign in" in answer.text


async def test_prompt_none_without_session_is_login_required(client: httpx.AsyncClient) -> None:
    answer = await client.get("/authorize", params=authorization_params(create_pkce(), prompt="none"))
    assert query_of(answer)["error"] == "login_required"


async def test_public_client_uses_pkce_without_secret(client: httpx.AsyncClient) -> None:
    pkce = create_pkce()
    params = authorization_params(pkce, client_id="lumen-test-public")
    code = code_from(await submit_sign_in(client, params, "jane.doe@example.com"))
    answer = await exchange_code(
        client, code, pkce.verifier, client_id="lumen-test-public", client_secret=None
    )
    assert answer.status_code == 200, answer.text


async def test_replayed_nonce_is_refused(client: httpx.AsyncClient) -> None:
    params = authorization_params(create_pkce(), nonce="same-nonce")
    code_from(await submit_sign_in(client, params, "jane.doe@example.com"))
    again = await client.get("/authorize", params=authorization_params(create_pkce(), nonce="same-nonce"))
    assert query_of(again)["error"] == "invalid_request"
