"""Checking a bearer token as a TMF API gateway would: RS256 only, signature against the issuer's JWKS
(found by discovery, cached for a TTL, read again at most once per `refresh_min_seconds` for an unknown kid),
`iss`, `aud` (the TMF APIs, `tmf-api`), `exp` required, `nbf`/`iat` when present, with a small leeway.

Client-credentials tokens (the BFF's) and person tokens alike pass if their audience is this server's; a
token for the BFF (`aud: lumen-bff`) does not.
"""

import asyncio
import time
from typing import Any

import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jws import extract_compact

ALGORITHMS = ["RS256"]


class TokenRefused(Exception):
    """The token is missing, malformed, or fails a check."""


class KeysUnavailable(Exception):
    """The identity provider's keys could not be read (and none were read before)."""


class TokenVerifier:
    def __init__(
        self,
        *,
        issuer: str,
        audience: str,
        jwks_ttl_seconds: float = 300.0,
        refresh_min_seconds: float = 30.0,
        leeway_seconds: int = 30,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.issuer = issuer.rstrip("/")
        self.audience = audience
        self._ttl = jwks_ttl_seconds
        self._refresh_min = refresh_min_seconds
        self._leeway = leeway_seconds
        self._transport = transport
        self._keys: KeySet | None = None
        self._fetched_at = float("-inf")
        self._lock = asyncio.Lock()
        self.jwks_fetches = 0

    async def verify(self, token: str) -> dict[str, Any]:
        try:
            header = extract_compact(token.encode("ascii")).protected
        except (JoseError, ValueError, UnicodeError) as error:
            raise TokenRefused("malformed token") from error
        if header.get("alg") not in ALGORITHMS:
            raise TokenRefused("algorithm not allowed")
        keys = await self._keys_for(header.get("kid"))
        try:
            decoded = jwt.decode(token, keys, algorithms=ALGORITHMS)
            jwt.JWTClaimsRegistry(
                leeway=self._leeway,
                iss={"essential": True, "value": self.issuer},
                aud={"essential": True, "value": self.audience},
                exp={"essential": True},
                sub={"essential": True},
            ).validate(decoded.claims)
        except (JoseError, ValueError) as error:
            raise TokenRefused(type(error).__name__) from error
        return dict(decoded.claims)

    async def _keys_for(self, kid: object) -> KeySet:
        stale = time.monotonic() - self._fetched_at > self._ttl
        if self._keys is None or stale:
            await self._refresh(minimum_age=self._ttl)
        assert self._keys is not None
        if kid is not None and not any(key.kid == kid for key in self._keys.keys):
            await self._refresh(minimum_age=self._refresh_min)
            if not any(key.kid == kid for key in self._keys.keys):
                raise TokenRefused("key not in the issuer's JWKS")
        return self._keys

    async def _refresh(self, *, minimum_age: float) -> None:
        async with self._lock:
            if self._keys is not None and time.monotonic() - self._fetched_at < minimum_age:
                return
            try:
                async with httpx.AsyncClient(transport=self._transport, timeout=5.0) as http:
                    discovery = await http.get(f"{self.issuer}/.well-known/openid-configuration")
                    discovery.raise_for_status()
                    answer = await http.get(discovery.json()["jwks_uri"])
                    answer.raise_for_status()
                    keys = KeySet.import_key_set(answer.json())
            except (httpx.HTTPError, ValueError, KeyError, JoseError) as error:
                if self._keys is None:
                    raise KeysUnavailable(repr(error)) from error
                self._fetched_at = time.monotonic()  # keep the old keys; do not retry on every request
                return
            self._keys = keys
            self._fetched_at = time.monotonic()
            self.jwks_fetches += 1
