"""Checking the access tokens a channel is called with (RFC 9068 JWTs from the OpenID Connect provider).

    token ─► header: alg in the allow-list, typ "at+jwt" when present, kid
          ─► key: the issuer's JWKS (found by discovery, cached for a TTL; an unknown kid reads it again,
              at most once per `refresh_min_seconds`, so a flood of forged kids cannot hammer the provider)
          ─► signature ─► claims: iss, aud, exp (required), nbf, iat (when present), sub, with a small leeway
          ─► Principal.from_claims

Anything wrong is `InvalidToken` (401 with `WWW-Authenticate: Bearer error="invalid_token"`); a provider that
cannot be reached to read its keys is `IdentityProviderUnavailable` (503): the token may be fine.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from typing import Any

import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jws import extract_compact

from bff.config import Settings
from bff.core.auth.errors import IdentityProviderUnavailable, InvalidToken
from bff.core.auth.principal import Principal

log = logging.getLogger("bff.auth")

ACCESS_TOKEN_TYPE = "at+jwt"
DISCOVERY_PATH = "/.well-known/openid-configuration"


def _header_segment(token: str) -> dict[str, Any]:
    """The JOSE header, read before any key is chosen (joserfc checks it again when verifying)."""
    try:
        return dict(extract_compact(token.encode("ascii")).protected)
    except (JoseError, ValueError, UnicodeError) as error:
        raise InvalidToken() from error


class TokenValidator:
    """Validates access tokens of one issuer and audience; one per process, shared by every request."""

    def __init__(
        self,
        *,
        issuer: str,
        audience: str,
        algorithms: Sequence[str] = ("RS256",),
        jwks_ttl_seconds: float = 300.0,
        refresh_min_seconds: float = 30.0,
        leeway_seconds: int = 30,
        timeout_seconds: float = 5.0,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self.issuer = issuer.rstrip("/")
        self.audience = audience
        self.algorithms = list(algorithms)
        self._ttl = jwks_ttl_seconds
        self._refresh_min = refresh_min_seconds
        self._leeway = leeway_seconds
        self._timeout = timeout_seconds
        self._http = http
        self._owns_http = http is None
        self._jwks_uri: str | None = None
        self._keys: KeySet | None = None
        self._fetched_at = float("-inf")
        self._lock = asyncio.Lock()
        self.jwks_fetches = 0  # how often the keys were read (tests check the cache)

    @classmethod
    def from_settings(cls, settings: Settings) -> TokenValidator:
        return cls(
            issuer=settings.oidc_issuer,
            audience=settings.oidc_audience,
            algorithms=settings.oidc_algorithms,
            jwks_ttl_seconds=settings.oidc_jwks_ttl_seconds,
            refresh_min_seconds=settings.oidc_jwks_refresh_min_seconds,
            leeway_seconds=settings.oidc_leeway_seconds,
            timeout_seconds=settings.timeout_seconds,
        )

    async def validate(self, token: str) -> Principal:
        return Principal.from_claims(await self.claims(token))

    async def claims(self, token: str) -> dict[str, Any]:
        header = _header_segment(token)
        if header.get("alg") not in self.algorithms:
            raise InvalidToken()  # "none", HS256 with the public key as secret, anything not allowed
        if "typ" in header and str(header["typ"]).lower() not in (ACCESS_TOKEN_TYPE, "application/at+jwt"):
            raise InvalidToken()  # e.g. an ID token offered as an access token
        keys = await self._keys_for(header.get("kid"))
        try:
            decoded = jwt.decode(token, keys, algorithms=self.algorithms)
            jwt.JWTClaimsRegistry(
                leeway=self._leeway,
                iss={"essential": True, "value": self.issuer},
                aud={"essential": True, "value": self.audience},
                exp={"essential": True},
                sub={"essential": True},
            ).validate(decoded.claims)
        except (JoseError, ValueError) as error:
            log.info("access token refused", extra={"reason": type(error).__name__})
            raise InvalidToken() from error
        return dict(decoded.claims)

    async def key_set(self) -> KeySet:
        """The issuer's signing keys, read now if never read or older than the TTL (the doctor uses it)."""
        if self._keys is None or time.monotonic() - self._fetched_at > self._ttl:
            await self._refresh(force=False)
        assert self._keys is not None
        return self._keys

    async def _keys_for(self, kid: object) -> KeySet:
        keys = await self.key_set()
        if kid is None or any(key.kid == kid for key in keys.keys):
            return keys
        # A key we do not know: the provider may have rotated. Read once more, unless we just did.
        await self._refresh(force=True)
        assert self._keys is not None
        if not any(key.kid == kid for key in self._keys.keys):
            raise InvalidToken()
        return self._keys

    async def _refresh(self, *, force: bool) -> None:
        async with self._lock:
            age = time.monotonic() - self._fetched_at
            if self._keys is not None and (age < self._refresh_min if force else age <= self._ttl):
                return  # another request refreshed meanwhile, or the last read is too recent to repeat
            try:
                http = self._client()
                if self._jwks_uri is None:
                    discovery = await http.get(self.issuer + DISCOVERY_PATH)
                    discovery.raise_for_status()
                    self._jwks_uri = str(discovery.json()["jwks_uri"])
                answer = await http.get(self._jwks_uri)
                answer.raise_for_status()
                keys = KeySet.import_key_set(answer.json())
            except (httpx.HTTPError, ValueError, KeyError, JoseError) as error:
                log.warning("identity provider keys unavailable", extra={"reason": repr(error)})
                self._fetched_at = time.monotonic() if self._keys is not None else self._fetched_at
                if self._keys is None:
                    raise IdentityProviderUnavailable() from error
                return  # keep the keys we have; a rotated-away kid stays refused until the next read
            self._keys = keys
            self._fetched_at = time.monotonic()
            self.jwks_fetches += 1

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=self._timeout)
        return self._http

    async def aclose(self) -> None:
        if self._owns_http and self._http is not None:
            await self._http.aclose()
            self._http = None
