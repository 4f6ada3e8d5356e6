"""Signing in: wrong credentials, the slow-down of repeated failures (per account and per address), CSRF."""

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.identity.testing import (
    DEMO_PASSWORD,
    authorization_params,
    code_from,
    create_pkce,
    csrf_token_of,
    idp_settings,
    running_idp,
    submit_sign_in,
)

FAST_LOCK = {"login_delay_base_seconds": 0.2, "login_delay_max_seconds": 0.4}


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_idp(idp_settings(tmp_path, **FAST_LOCK)) as client:
        yield client


async def attempt(client: httpx.AsyncClient, email: str, password: str) -> httpx.Response:
    return await submit_sign_in(client, authorization_params(create_pkce()), email, password)


async def test_wrong_password_shows_the_form_again_with_an_alert(client: httpx.AsyncClient) -> None:
    answer = await attempt(client, "jane.doe@example.com", "wrong-password-1")
    assert answer.status_code == 400
    assert '<div role="alert" id="form-error">The email or password is not right.</div>' in answer.text
    assert 'value="jane.doe@example.com"' in answer.text
    assert 'name="code_challenge"' in answer.text  # the authorization request goes on
    assert "wrong-password-1" not in answer.text


async def test_unknown_email_gets_the_same_answer(client: httpx.AsyncClient) -> None:
    answer = await attempt(client, "nobody@example.com", DEMO_PASSWORD)
    assert answer.status_code == 400
    assert "The email or password is not right." in answer.text


async def test_email_is_not_case_sensitive(client: httpx.AsyncClient) -> None:
    code_from(await attempt(client, "Jane.Doe@Example.com", DEMO_PASSWORD))


async def test_account_is_locked_after_the_free_failures(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        await attempt(client, "jane.doe@example.com", "wrong-password-1")

    # The right password does not help while locked: it is not even checked.
    locked = await attempt(client, "jane.doe@example.com", DEMO_PASSWORD)

    assert locked.status_code == 429
    assert locked.headers["retry-after"] == "1"
    assert "Too many attempts, try again in 1 seconds." in locked.text
    assert 'role="alert"' in locked.text


async def test_lock_ends_and_success_resets_the_count(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        await attempt(client, "jane.doe@example.com", "wrong-password-1")
    await asyncio.sleep(0.25)

    code_from(await attempt(client, "jane.doe@example.com", DEMO_PASSWORD))
    client.cookies.clear()  # signed out, so the next attempts see the form again

    # Counting starts again from zero: two failures do not lock.
    for _ in range(2):
        await attempt(client, "jane.doe@example.com", "wrong-password-1")
    code_from(await attempt(client, "jane.doe@example.com", DEMO_PASSWORD))


async def test_other_accounts_are_not_locked_by_one(client: httpx.AsyncClient) -> None:
    for _ in range(3):
        await attempt(client, "jane.doe@example.com", "wrong-password-1")
    code_from(await attempt(client, "sam.patel@example.com", DEMO_PASSWORD))


async def test_address_is_locked_after_failures_across_accounts(tmp_path: Path) -> None:
    settings = idp_settings(tmp_path, login_ip_free_failures=4, **FAST_LOCK)
    async with running_idp(settings) as client:
        for number in range(4):
            await attempt(client, f"guess{number}@example.com", "wrong-password-1")
        locked = await attempt(client, "sam.patel@example.com", DEMO_PASSWORD)
    assert locked.status_code == 429


async def test_sign_in_without_the_csrf_cookie_is_refused(client: httpx.AsyncClient) -> None:
    params = authorization_params(create_pkce())
    page = await client.get("/authorize", params=params)
    form = params | {
        "email": "jane.doe@example.com",
        "password": DEMO_PASSWORD,
        "csrf_token": csrf_token_of(page),
    }
    client.cookies.clear()
    answer = await client.post("/authorize", data=form)
    assert answer.status_code == 400
    assert "expired" in answer.text


async def test_post_with_a_broken_authorization_request_is_refused(client: httpx.AsyncClient) -> None:
    params = authorization_params(create_pkce(), client_id="nobody")
    answer = await client.post("/authorize", data=params | {"email": "jane.doe@example.com"})
    assert answer.status_code == 400
