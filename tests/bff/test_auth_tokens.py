"""Access tokens the web channel refuses (401, `WWW-Authenticate: Bearer error="invalid_token"`) and accepts.

Each attack is sent to GET /api/v1/products, which needs a signed-in customer; the JWKS is the stand-in
provider's (tests/bff/identity.py), served through respx.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import httpx
import pytest
import respx

from tests.bff.factories import URLS, create_product
from tests.bff.identity import (
    ISSUER,
    bearer,
    create_claims,
    customer_token,
    mint,
    other_key,
    signing_key,
)

PRODUCTS = f"{URLS['tmf637_url']}/product"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def customer_claims(**claims: object) -> dict[str, object]:
    return create_claims(roles=["customer"], customer_id="cust-7", **claims)


def alg_none() -> str:
    header = _b64(json.dumps({"alg": "none", "typ": "at+jwt"}).encode())
    return f"{header}.{_b64(json.dumps(customer_claims()).encode())}."


def expired() -> str:
    now = int(time.time())
    return mint(customer_claims(iat=now - 3600, exp=now - 600))


def tampered_signature() -> str:
    header, payload, signature = customer_token().split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["customer_id"] = "cust-8"  # someone else's customer, same signature
    return f"{header}.{_b64(json.dumps(claims).encode())}.{signature}"


def hs256_with_the_public_key() -> str:
    """The classic confusion: HMAC keyed with the published RSA key (joserfc will not even build one)."""
    header = _b64(json.dumps({"alg": "HS256", "typ": "at+jwt", "kid": signing_key().kid}).encode())
    signing_input = f"{header}.{_b64(json.dumps(customer_claims()).encode())}"
    secret = signing_key().as_pem(private=False)
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


ATTACKS = {
    "alg none": alg_none,
    "expired": expired,
    "wrong audience": lambda: mint(customer_claims(aud="tmf-api")),
    "wrong issuer": lambda: mint(customer_claims(iss="http://evil.test")),
    "tampered signature": tampered_signature,
    "key not in JWKS": lambda: mint(customer_claims(), key=other_key()),
    "HS256 with the public key as secret": hs256_with_the_public_key,
    "ID token as access token": lambda: mint(customer_claims(), header={"typ": "JWT"}),
    "not yet valid": lambda: mint(customer_claims(nbf=int(time.time()) + 3600)),
    "no expiry": lambda: mint(customer_claims(exp=None)),
    "garbage": lambda: "not-a-jwt",
}


@pytest.mark.parametrize("attack", list(ATTACKS))
async def test_attack_is_refused_with_401(attack: str, client: httpx.AsyncClient, tmf: respx.MockRouter):
    inventory = tmf.get(PRODUCTS).respond(200, json=[create_product()])

    response = await client.get("/api/v1/products", headers=bearer(ATTACKS[attack]()))

    assert response.status_code == 401, response.text
    assert response.json()["code"] == "UNAUTHENTICATED"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]
    assert inventory.call_count == 0


async def test_valid_token_is_accepted(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(PRODUCTS).respond(200, json=[create_product()])

    response = await client.get("/api/v1/products", headers=bearer(customer_token()))

    assert response.status_code == 200
    assert [product["id"] for product in response.json()["products"]] == ["prod-1"]


async def test_no_token_is_401_without_invalid_token_error(client: httpx.AsyncClient):
    response = await client.get("/api/v1/products", headers={"Authorization": ""})

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == 'Bearer realm="lumen"'


async def test_another_scheme_is_refused(client: httpx.AsyncClient):
    response = await client.get("/api/v1/products", headers={"Authorization": "Basic amFuZTpzZWNyZXQ="})

    assert response.status_code == 401
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


async def test_jwks_is_fetched_once_for_many_requests(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(PRODUCTS).respond(200, json=[])

    for _ in range(20):
        assert (await client.get("/api/v1/products", headers=bearer(customer_token()))).status_code == 200

    assert tmf.routes["discovery"].call_count == 1
    assert tmf.routes["jwks"].call_count == 1


async def test_unknown_kids_read_the_jwks_again_at_most_once_a_while(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    tmf.get(PRODUCTS).respond(200, json=[])
    assert (await client.get("/api/v1/products", headers=bearer(customer_token()))).status_code == 200

    for _ in range(10):
        forged = mint(customer_claims(), key=other_key())
        assert (await client.get("/api/v1/products", headers=bearer(forged))).status_code == 401

    assert tmf.routes["jwks"].call_count == 1  # the last read is younger than oidc_jwks_refresh_min_seconds


async def test_rotated_key_is_picked_up_by_one_new_read(tmf: respx.MockRouter):
    from bff.core.auth.tokens import TokenValidator

    validator = TokenValidator(issuer=ISSUER, audience="lumen-bff", refresh_min_seconds=0)
    assert (await validator.validate(customer_token())).customer_id == "cust-7"
    rotated = other_key()
    tmf.get(f"{ISSUER}/jwks.json", name="jwks").respond(
        200, json={"keys": [signing_key().as_dict(private=False), rotated.as_dict(private=False)]}
    )

    principal = await validator.validate(mint(customer_claims(), key=rotated))

    assert principal.customer_id == "cust-7"
    assert validator.jwks_fetches == 2
    await validator.aclose()


async def test_identity_provider_down_is_503_not_401(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(f"{ISSUER}/.well-known/openid-configuration", name="discovery").mock(
        side_effect=httpx.ConnectError("refused")
    )

    response = await client.get("/api/v1/products", headers=bearer(customer_token()))

    assert response.status_code == 503
    assert response.json()["code"] == "BACKEND_UNAVAILABLE"
