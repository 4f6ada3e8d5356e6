"""Outbound OAuth2 client credentials: one bearer token for every backend, cached and renewed before expiry.

The token is fetched with authlib's AsyncOAuth2Client (RFC 6749 §4.4, client_secret_basic) and attached by a
small httpx.Auth, so every TMF client's pooled httpx.AsyncClient signs its calls the same way. A 401 from a
backend means the token was revoked early: it is dropped and the call is sent once more with a new one
(a request refused with 401 was never processed, so resending it cannot duplicate anything).
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import AsyncGenerator
from typing import Any

import httpx
from authlib.deprecate import AuthlibDeprecationWarning
from authlib.oauth2.rfc6749 import OAuth2Token

from bff.config import Settings

with warnings.catch_warnings():
    # authlib 1.9 prefers the httpx2 fork but works with httpx, which the rest of the BFF uses.
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.httpx_client import AsyncOAuth2Client


class TokenUnavailable(Exception):
    """The token endpoint could not be reached or refused the BFF's credentials."""


class ClientCredentials(httpx.Auth):
    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        scope: str = "",
        audience: str = "",
        leeway_seconds: float = 60.0,
        timeout: float = 5.0,
    ) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope or None
        self._audience = audience
        self._leeway = int(leeway_seconds)
        self._timeout = timeout
        self._token: OAuth2Token | None = None
        self._lock = asyncio.Lock()
        self.fetch_count = 0  # how many tokens were fetched (shown by the doctor, checked by tests)

    async def token(self) -> str:
        """A valid access token: the cached one, or a new one when it is missing or about to expire."""
        token = self._token
        if token is not None and not token.is_expired(leeway=self._leeway):
            return str(token["access_token"])
        async with self._lock:  # concurrent calls share one fetch
            if self._token is None or self._token.is_expired(leeway=self._leeway):
                self._token = await self._fetch()
            return str(self._token["access_token"])

    def invalidate(self) -> None:
        self._token = None

    async def _fetch(self) -> OAuth2Token:
        client = AsyncOAuth2Client(
            client_id=self._client_id,
            client_secret=self._client_secret,
            scope=self._scope,
            timeout=self._timeout,
        )
        try:
            async with client:
                extra = {"audience": self._audience} if self._audience else {}
                raw: dict[str, Any] = await client.fetch_token(
                    self._token_url, grant_type="client_credentials", **extra
                )
        except Exception as exc:  # authlib raises OAuthError, httpx raises HTTPError: both mean "no token"
            raise TokenUnavailable(f"token endpoint {self._token_url}: {exc!r}") from exc
        self.fetch_count += 1
        token = OAuth2Token.from_dict(raw)
        if "expires_at" not in token:
            # No expires_in: assume a short life rather than keeping the token forever.
            token = OAuth2Token.from_dict({**raw, "expires_in": 300})
        return token

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Bearer {await self.token()}"
        response = yield request
        if response.status_code == 401:
            self.invalidate()
            request.headers["Authorization"] = f"Bearer {await self.token()}"
            yield request


def client_credentials_from(settings: Settings) -> ClientCredentials | None:
    """The shared auth of every backend when the settings configure OAuth2, else None."""
    if not settings.oauth_enabled:
        return None
    return ClientCredentials(
        settings.oauth_token_url,
        settings.oauth_client_id,
        settings.oauth_client_secret.get_secret_value(),
        scope=settings.oauth_scope,
        audience=settings.oauth_audience,
        leeway_seconds=settings.oauth_refresh_leeway_seconds,
        timeout=settings.timeout_seconds,
    )
