"""OpenID Connect relying party: authorization code with PKCE, token exchange, ID token checks, refresh.

Runs on the Reflex backend only; the browser sees the authorization redirect and nothing else. The provider's
discovery document and keys are read once and cached (keys are re-read when an unknown `kid` shows up).
"""

from __future__ import annotations

import contextlib
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from storefront.config import Settings, get_settings

SCOPE = "openid profile email"
ALGORITHMS = ["RS256"]  # never "none", never HMAC with a public key


class SignInError(Exception):
    """The sign-in could not be completed; the message is fit to show."""


@dataclass(frozen=True)
class SignInRequest:
    """What the storefront keeps (server side) between sending the browser away and its return."""

    url: str
    state: str
    nonce: str
    code_verifier: str
    redirect_uri: str


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str
    id_token: str
    expires_at: float
    claims: dict[str, Any]  # the verified ID token's claims


class OidcClient:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._metadata: dict[str, Any] | None = None
        self._keys: KeySet | None = None
        self._pool: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        """One pooled client for the provider, made on first use (the event loop exists only then)."""
        if self._pool is None or self._pool.is_closed:
            self._pool = httpx.AsyncClient(timeout=self._settings.bff_timeout_seconds)
        return self._pool

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()

    async def metadata(self) -> dict[str, Any]:
        if self._metadata is None:
            url = f"{self._settings.oidc_issuer.rstrip('/')}/.well-known/openid-configuration"
            self._metadata = await self._get_json(url)
            if self._metadata.get("issuer") != self._settings.oidc_issuer.rstrip("/"):
                self._metadata = None
                raise SignInError("The sign-in service is misconfigured. Please try again later.")
        return self._metadata

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            response = await self._http().get(url)
            response.raise_for_status()
            return dict(response.json())
        except (httpx.HTTPError, ValueError) as exc:
            raise SignInError("Signing in is not possible right now. Please try again in a moment.") from exc

    async def start(self, redirect_uri: str, *, register: bool = False) -> SignInRequest:
        """A fresh authorization request (state, nonce, PKCE verifier) and the URL to send the browser to."""
        metadata = await self.metadata()
        state, nonce, verifier = (
            secrets.token_urlsafe(24),
            secrets.token_urlsafe(24),
            secrets.token_urlsafe(48),
        )
        query = urlencode(
            {
                "response_type": "code",
                "client_id": self._settings.oidc_client_id,
                "redirect_uri": redirect_uri,
                "scope": SCOPE,
                "state": state,
                "nonce": nonce,
                "code_challenge": create_s256_code_challenge(verifier),
                "code_challenge_method": "S256",
            }
        )
        endpoint = metadata.get("registration_page") if register else None
        url = f"{endpoint or metadata['authorization_endpoint']}?{query}"
        return SignInRequest(
            url=url, state=state, nonce=nonce, code_verifier=verifier, redirect_uri=redirect_uri
        )

    async def finish(self, request: SignInRequest, *, code: str, state: str) -> Tokens:
        """Exchange the code the browser brought back, after checking it answers our own request."""
        if not code or not secrets.compare_digest(state, request.state):
            raise SignInError("That sign-in link has expired. Please sign in again.")
        answer = await self._token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": request.redirect_uri,
                "code_verifier": request.code_verifier,
            }
        )
        return await self._tokens(answer, nonce=request.nonce)

    async def refresh(self, refresh_token: str) -> Tokens:
        answer = await self._token_request({"grant_type": "refresh_token", "refresh_token": refresh_token})
        return await self._tokens(answer, nonce=None)

    async def logout_url(self, id_token: str, post_logout_redirect_uri: str) -> str | None:
        endpoint = (await self.metadata()).get("end_session_endpoint")
        if not endpoint:
            return None
        query = urlencode(
            {
                "id_token_hint": id_token,
                "client_id": self._settings.oidc_client_id,
                "post_logout_redirect_uri": post_logout_redirect_uri,
            }
        )
        return f"{endpoint}?{query}"

    async def _token_request(self, form: dict[str, str]) -> dict[str, Any]:
        metadata = await self.metadata()
        auth = (self._settings.oidc_client_id, self._settings.oidc_client_secret.get_secret_value())
        try:
            response = await self._http().post(metadata["token_endpoint"], data=form, auth=auth)
        except httpx.HTTPError as exc:
            raise SignInError("Signing in is not possible right now. Please try again in a moment.") from exc
        if response.status_code != 200:
            raise SignInError("That sign-in link has expired. Please sign in again.")
        return dict(response.json())

    async def _tokens(self, answer: dict[str, Any], *, nonce: str | None) -> Tokens:
        id_token = str(answer.get("id_token", ""))
        claims = await self.verify_id_token(id_token, nonce=nonce) if id_token else {}
        return Tokens(
            access_token=str(answer["access_token"]),
            refresh_token=str(answer.get("refresh_token", "")),
            id_token=id_token,
            expires_at=time.time() + float(answer.get("expires_in", 300)),
            claims=claims,
        )

    async def _key_set(self, refresh: bool = False) -> KeySet:
        if self._keys is None or refresh:
            self._keys = KeySet.import_key_set(await self._get_json((await self.metadata())["jwks_uri"]))  # type: ignore[arg-type]
        return self._keys

    async def verify_id_token(self, id_token: str, *, nonce: str | None) -> dict[str, Any]:
        """Signature (provider keys, RS256 only), issuer, audience, expiry and, on sign-in, the nonce."""
        try:
            try:
                token = jwt.decode(id_token, await self._key_set(), algorithms=ALGORITHMS)
            except JoseError:
                # The provider may have rotated its keys since they were cached.
                token = jwt.decode(id_token, await self._key_set(refresh=True), algorithms=ALGORITHMS)
            issuer = self._settings.oidc_issuer.rstrip("/")
            jwt.JWTClaimsRegistry(
                iss={"essential": True, "value": issuer},
                aud={"essential": True, "value": self._settings.oidc_client_id},
                exp={"essential": True},
                **({"nonce": {"essential": True, "value": nonce}} if nonce else {}),
            ).validate(token.claims)
        except (JoseError, ValueError) as exc:
            raise SignInError("We could not verify your sign-in. Please sign in again.") from exc
        return dict(token.claims)


_client: OidcClient | None = None


def oidc() -> OidcClient:
    """The process-wide relying party (discovery and keys are cached in it)."""
    global _client
    if _client is None:
        _client = OidcClient(get_settings())
    return _client


@contextlib.asynccontextmanager
async def lifespan() -> AsyncIterator[None]:
    """Reflex lifespan task: build the provider's pool at start-up (as the BFF connections'
    ``lifespan`` does, so no sign-in waits for it) and close its connections when the backend stops."""
    oidc()._http()
    try:
        yield
    finally:
        if _client is not None:
            await _client.aclose()
