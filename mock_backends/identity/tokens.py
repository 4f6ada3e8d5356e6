"""Signed tokens: JWT access tokens (RFC 9068) with the claims the BFF authorises on, and their checking.

User access token: iss, sub (the user id), aud (IDP_AUDIENCE, the BFF), exp, iat, jti, scope, client_id,
auth_time, and the application claims `roles`, `store_id` (staff), `customer_id` (customers), `email`, `name`.
Client-credentials token: the same registered claims with sub = client_id and aud = the audience asked for
(`audience` or RFC 8707 `resource`) or the client's first one (IDP_SERVICE_AUDIENCE); no user claims.
"""

import secrets
import time
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError

from mock_backends.identity.config import Settings
from mock_backends.identity.keys import ALGORITHM, SigningKeys
from mock_backends.identity.models import User

ACCESS_TOKEN_TYPE = "at+jwt"  # RFC 9068 §2.1: tells an access token from an ID token


class InvalidToken(Exception):
    """The bearer token is not one this provider issued for its audience, or it has expired."""


def user_claims(user: User) -> dict[str, Any]:
    """The application claims of a person, in access tokens, ID tokens and /userinfo alike."""
    claims: dict[str, Any] = {"roles": list(user.roles), "email": user.email, "name": user.name}
    if user.store_id:
        claims["store_id"] = user.store_id
    if user.customer_id:
        claims["customer_id"] = user.customer_id
    return claims


class TokenIssuer:
    def __init__(self, settings: Settings, keys: SigningKeys) -> None:
        self._settings = settings
        self._keys = keys

    @property
    def issuer(self) -> str:
        return self._settings.issuer

    def sign(self, claims: dict[str, Any], *, token_type: str = "JWT") -> str:
        header = {"alg": ALGORITHM, "kid": self._keys.kid, "typ": token_type}
        return jwt.encode(header, claims, self._keys.signing_key, algorithms=[ALGORITHM])

    def access_token(
        self, *, client_id: str, scope: str, user: User | None, audience: str, auth_time: int | None = None
    ) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "sub": user.id if user else client_id,
            "aud": audience,
            "exp": now + self._settings.access_token_ttl_seconds,
            "iat": now,
            "jti": secrets.token_urlsafe(16),
            "scope": scope,
            "client_id": client_id,
        }
        if user is not None:
            if auth_time is not None:
                claims["auth_time"] = auth_time
            claims |= user_claims(user)
        return self.sign(claims, token_type=ACCESS_TOKEN_TYPE)

    def verify_access_token(self, token: str) -> dict[str, Any]:
        """The claims of a user access token issued here for IDP_AUDIENCE (what /userinfo accepts)."""
        try:
            decoded = jwt.decode(token, self._keys.key_set, algorithms=[ALGORITHM])
            if decoded.header.get("typ") != ACCESS_TOKEN_TYPE:
                raise InvalidToken("not an access token")
            jwt.JWTClaimsRegistry(
                iss={"essential": True, "value": self.issuer},
                aud={"essential": True, "value": self._settings.audience},
                exp={"essential": True},
                sub={"essential": True},
            ).validate(decoded.claims)
        except (JoseError, ValueError) as error:
            raise InvalidToken(str(error)) from error
        return dict(decoded.claims)
