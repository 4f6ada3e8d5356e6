"""A stand-in identity provider for BFF tests: one RSA key, its JWKS served through respx, tokens minted
with the claims the real provider (mock_backends/identity) puts in access tokens."""

from __future__ import annotations

import functools
import time
import uuid
from typing import Any

import respx
from joserfc import jwt
from joserfc.jwk import Key, RSAKey

ISSUER = "http://idp.test"
AUDIENCE = "lumen-bff"
JWKS_URL = f"{ISSUER}/jwks.json"


@functools.cache
def signing_key() -> RSAKey:
    key = RSAKey.generate_key(2048, parameters={"use": "sig", "alg": "RS256"}, private=True)
    key.ensure_kid()
    return key


def other_key() -> RSAKey:
    """A key the JWKS does not publish (made fresh: each call a different one)."""
    key = RSAKey.generate_key(2048, parameters={"use": "sig", "alg": "RS256"}, private=True)
    key.ensure_kid()
    return key


def jwks() -> dict[str, Any]:
    return {"keys": [signing_key().as_dict(private=False)]}


def serve_identity(router: respx.MockRouter) -> respx.Route:
    """Discovery and JWKS on `router`; returns the JWKS route (its call_count shows the cache at work)."""
    router.get(f"{ISSUER}/.well-known/openid-configuration", name="discovery").respond(
        200, json={"issuer": ISSUER, "jwks_uri": JWKS_URL}
    )
    return router.get(JWKS_URL, name="jwks").respond(200, json=jwks())


def create_claims(**claims: Any) -> dict[str, Any]:
    now = int(time.time())
    base = {
        "iss": ISSUER,
        "sub": str(uuid.uuid4()),
        "aud": AUDIENCE,
        "exp": now + 900,
        "iat": now,
        "jti": uuid.uuid4().hex,
        "scope": "openid profile email",
        "client_id": "lumen-storefront",
    }
    return {name: value for name, value in (base | claims).items() if value is not None}


def mint(claims: dict[str, Any], *, key: Key | None = None, header: dict[str, Any] | None = None) -> str:
    key = key or signing_key()
    head = {"alg": "RS256", "typ": "at+jwt", "kid": key.kid} | (header or {})
    return jwt.encode(head, claims, key, algorithms=[head["alg"]])


def customer_token(customer_id: str = "cust-7", **claims: Any) -> str:
    return mint(
        create_claims(
            sub=f"user-{customer_id}",
            roles=["customer"],
            customer_id=customer_id,
            email=f"{customer_id}@example.com",
            name="Jane Doe",
            **claims,
        )
    )


def staff_token(role: str = "agent", store_id: str = "store-rdg", **claims: Any) -> str:
    return mint(
        create_claims(
            sub=f"user-{role}-{store_id}",
            roles=[role],
            store_id=store_id,
            email=f"{role}@lumen.example",
            **claims,
        )
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
