"""Helpers to run the identity provider in process (its tests, and other packages' tests that need tokens).

    async with running_idp(idp_settings(tmp_path)) as client:
        await client.get("/.well-known/openid-configuration")

httpx's ASGITransport sends no lifespan events, so `running_idp` enters the lifespan itself (keys, tables,
seed). The base URL is the issuer, so the URLs in the discovery document work with the client as they are.
"""

import functools
import json
import re
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc.jwk import RSAKey

from mock_backends.identity.app import create_app
from mock_backends.identity.config import Settings
from mock_backends.identity.seed import TEST_REDIRECT_URI


def idp_settings(directory: Path, **overrides: Any) -> Settings:
    """Settings for a fresh SQLite database and key folder inside `directory` (e.g. pytest's tmp_path).

    The key folder is given a copy of one key made per test run (an RSA key costs a quarter of a second);
    tests of key creation use a folder of their own.
    """
    keys_dir = directory / "identity-keys"
    _install_test_key(keys_dir)
    values: dict[str, Any] = {
        "database_url": f"sqlite:///{directory / 'identity.db'}",
        "keys_dir": keys_dir,
        "issuer": "http://127.0.0.1:8700",
        # Argon2 at its cheapest: the suite hashes and verifies many passwords.
        "password_hash_profile": "CHEAPEST",
    }
    return Settings(**(values | overrides))


@functools.cache
def _test_key() -> tuple[str, str]:
    key = RSAKey.generate_key(2048, parameters={"use": "sig", "alg": "RS256"}, private=True)
    key.ensure_kid()
    return f"{key.kid}.jwk.json", json.dumps(key.as_dict(private=True))


def _install_test_key(keys_dir: Path) -> None:
    if not keys_dir.exists():
        keys_dir.mkdir(parents=True)
        name, content = _test_key()
        (keys_dir / name).write_text(content)


@asynccontextmanager
async def running_idp(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=settings.issuer) as client:
            yield client


# Walking through the flows as a client and a browser would (one httpx client plays both; it keeps cookies).

TEST_CLIENT_ID = "lumen-test-client"
TEST_CLIENT_SECRET = "test-client-secret"  # Settings.test_client_secret's default
DEMO_PASSWORD = "Lumen-demo-2026!"  # Settings.demo_password's default
_CSRF_FIELD = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass(frozen=True)
class Pkce:
    verifier: str
    challenge: str


def create_pkce() -> Pkce:
    verifier = secrets.token_urlsafe(48)
    return Pkce(verifier, create_s256_code_challenge(verifier))


def authorization_params(
    pkce: Pkce | None,
    *,
    client_id: str = TEST_CLIENT_ID,
    redirect_uri: str = TEST_REDIRECT_URI,
    scope: str = "openid profile email",
    **extra: str,
) -> dict[str, str]:
    params = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "scope": scope,
        "state": secrets.token_urlsafe(8),
        "nonce": secrets.token_urlsafe(8),
    }
    if pkce is not None:
        params |= {"code_challenge": pkce.challenge, "code_challenge_method": "S256"}
    return params | extra


def csrf_token_of(page: httpx.Response) -> str:
    match = _CSRF_FIELD.search(page.text)
    assert match, f"no csrf_token in the page: {page.status_code} {page.text[:300]}"
    return match.group(1)


async def submit_sign_in(
    client: httpx.AsyncClient, params: dict[str, str], email: str, password: str = DEMO_PASSWORD
) -> httpx.Response:
    """Opens the sign-in page for `params` and posts the form, as a browser would."""
    page = await client.get("/authorize", params=params)
    assert page.status_code == 200, page.text
    form = params | {"email": email, "password": password, "csrf_token": csrf_token_of(page)}
    return await client.post("/authorize", data=form)


def code_from(redirect: httpx.Response, state: str | None = None) -> str:
    assert redirect.status_code == 302, redirect.text
    query = dict(parse_qsl(urlsplit(redirect.headers["location"]).query))
    if state is not None:
        assert query.get("state") == state
    assert "code" in query, query
    return query["code"]


async def exchange_code(
    client: httpx.AsyncClient,
    code: str,
    verifier: str | None,
    *,
    client_id: str = TEST_CLIENT_ID,
    client_secret: str | None = TEST_CLIENT_SECRET,
    redirect_uri: str = TEST_REDIRECT_URI,
) -> httpx.Response:
    data = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
    if verifier is not None:
        data["code_verifier"] = verifier
    if client_secret is None:
        return await client.post("/token", data=data | {"client_id": client_id})
    return await client.post("/token", data=data, auth=(client_id, client_secret))


async def user_tokens(client: httpx.AsyncClient, email: str, password: str = DEMO_PASSWORD) -> dict[str, Any]:
    """The token response of a full authorization code + PKCE flow for the test client."""
    pkce = create_pkce()
    params = authorization_params(pkce, prompt="login")  # the form even when someone is signed in already
    code = code_from(await submit_sign_in(client, params, email, password), params["state"])
    answer = await exchange_code(client, code, pkce.verifier)
    assert answer.status_code == 200, answer.text
    tokens: dict[str, Any] = answer.json()
    return tokens


async def confirm_email(client: httpx.AsyncClient, email: str) -> httpx.Response:
    """Follows the link of the newest mail to `email` in the mail catcher (the registration's confirmation),
    as its owner would; the answer is the provider's (a 303 back into the authorization, or a page)."""
    mails = (await client.get("/mail.json", params={"to": email})).json()
    links = [mail["link"] for mail in mails if "/verify-email?" in mail["link"]]
    assert links, f"no confirmation mail to {email}: {mails}"
    return await client.get(links[0])
