"""Self-registration of customers: the form, the strength rule, the confirmation mail, and the way back into a
pending sign-in once the e-mail is confirmed."""

from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import KeySet

from mock_backends.identity.testing import (
    authorization_params,
    code_from,
    confirm_email,
    create_pkce,
    csrf_token_of,
    exchange_code,
    idp_settings,
    running_idp,
    submit_sign_in,
)

PASSWORD = "correct-horse-42"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_idp(idp_settings(tmp_path)) as client:
        yield client


def create_registration(**changes: str) -> dict[str, str]:
    return {
        "given_name": "Ada",
        "family_name": "Lovelace",
        "email": "ada@example.com",
        "password": PASSWORD,
    } | changes


async def register(
    client: httpx.AsyncClient, pending: dict[str, str] | None = None, **changes: str
) -> httpx.Response:
    page = await client.get("/register", params=pending or {})
    assert page.status_code == 200
    form = create_registration(**changes) | {
        "csrf_token": csrf_token_of(page),
        "pending": urlencode(pending or {}),
    }
    return await client.post("/register", data=form)


async def test_registration_page_is_labelled(client: httpx.AsyncClient) -> None:
    html = (await client.get("/register")).text
    for label in ("Given name", "Family name", "Email", "Password"):
        assert f">{label}</label>" in html
    assert 'autocomplete="new-password"' in html
    assert 'aria-describedby="password-hint"' in html


async def test_sign_in_page_links_to_registration_with_the_pending_request(client: httpx.AsyncClient) -> None:
    params = authorization_params(create_pkce())
    html = (await client.get("/authorize", params=params)).text
    assert f'href="/register?{urlencode(params).replace("&", "&amp;")}"' in html


async def test_new_customer_goes_back_into_the_pending_authorization(client: httpx.AsyncClient) -> None:
    pkce = create_pkce()
    params = authorization_params(pkce)

    created = await register(client, params)
    assert created.status_code == 200
    assert "Check your e-mail" in created.text
    confirmed = await confirm_email(client, "ada@example.com")

    assert confirmed.status_code == 303
    assert confirmed.headers["location"] == f"/authorize?{urlencode(params)}"
    code = code_from(await client.get(confirmed.headers["location"]), params["state"])
    tokens = (await exchange_code(client, code, pkce.verifier)).json()
    keys = KeySet.import_key_set((await client.get("/jwks.json")).json())
    claims = jwt.decode(tokens["access_token"], keys, algorithms=["RS256"]).claims
    assert claims["roles"] == ["customer"]
    assert claims["email"] == "ada@example.com"
    assert claims["name"] == "Ada Lovelace"
    assert claims["customer_id"].startswith("cust-")


async def test_registered_customer_can_sign_in_later(client: httpx.AsyncClient) -> None:
    assert (await register(client)).status_code == 200
    confirmed = await confirm_email(client, "ada@example.com")
    assert confirmed.status_code == 200
    assert "Account created" in confirmed.text
    client.cookies.clear()
    code_from(await submit_sign_in(client, authorization_params(create_pkce()), "ada@example.com", PASSWORD))


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short-1", "at least 8 characters"),
        ("password123", "too common"),
        ("lovelace-1234", "name or email"),
    ],
)
async def test_weak_passwords_are_refused(client: httpx.AsyncClient, password: str, message: str) -> None:
    answer = await register(client, password=password)
    assert answer.status_code == 422
    assert message in answer.text
    assert 'aria-invalid="true"' in answer.text
    assert 'value="ada@example.com"' in answer.text  # what was typed is kept, the password is not
    assert password not in answer.text


async def test_existing_email_is_answered_like_a_new_one(client: httpx.AsyncClient) -> None:
    # Registration does not tell which addresses have accounts (tests/security has the full comparison).
    answer = await register(client, email="Jane.Doe@example.com")
    assert answer.status_code == 200
    assert "already exists" not in answer.text
    assert "Check your e-mail" in answer.text


async def test_missing_names_and_bad_email_are_each_reported(client: httpx.AsyncClient) -> None:
    answer = await register(client, given_name=" ", family_name="", email="not-an-email")
    assert answer.status_code == 422
    for message in ("Enter your given name.", "Enter your family name.", "Enter an email address"):
        assert message in answer.text


async def test_pending_request_cannot_redirect_elsewhere(client: httpx.AsyncClient) -> None:
    page = await client.get("/register")
    form = create_registration() | {
        "csrf_token": csrf_token_of(page),
        "pending": "x=1\r\nLocation: https://evil",
    }
    assert (await client.post("/register", data=form)).status_code == 200
    answer = await confirm_email(client, "ada@example.com")
    assert answer.headers["location"].startswith("/authorize?")
    assert "\n" not in answer.headers["location"]
