"""The grants and endpoints this provider offers, as authlib subclasses, and the server that registers them.

- Authorization code (RFC 6749 §4.1) with PKCE S256 required of every client (RFC 9700 §2.1.1: also
  confidential ones), ID tokens per OpenID Connect Core when `openid` is asked for.
- Refresh token with rotation: each use returns a new refresh token; presenting a rotated one revokes the
  whole family (RFC 9700 §4.14.2).
- Client credentials for services, with an audience chosen from the client's registered ones.
- Revocation (RFC 7009) of refresh tokens, and RP-initiated logout (OIDC RP-Initiated Logout 1.0).
"""

import time
from typing import Any

from authlib.oauth2.rfc6749 import InvalidRequestError, InvalidScopeError, OAuth2Error, grants
from authlib.oauth2.rfc6749.util import scope_to_list
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import UserInfo
from authlib.oidc.core.grants import OpenIDCode
from authlib.oidc.rpinitiated import EndSessionEndpoint
from authlib.oidc.rpinitiated.end_session import EndSessionRequest
from joserfc.jwk import KeySet, RSAKey

from mock_backends.identity.authorization_server import (
    Authenticated,
    IdentityAuthorizationServer,
    OAuthClient,
    StarletteOAuth2Request,
)
from mock_backends.identity.config import Settings
from mock_backends.identity.keys import ALGORITHM, SigningKeys
from mock_backends.identity.models import AuthorizationCode, RefreshToken, User
from mock_backends.identity.passwords import Passwords
from mock_backends.identity.repository import IdentityRepository
from mock_backends.identity.tokens import TokenIssuer, user_claims

SESSION_COOKIE = "lumen_idp_session"
_CLIENT_SECRET_METHODS = ["client_secret_basic", "client_secret_post"]


class InvalidTargetError(OAuth2Error):
    """RFC 8707 §2: the audience (resource) asked for is not one this client may have."""

    error = "invalid_target"


def _server(grant: Any) -> IdentityAuthorizationServer:
    server = grant.server
    assert isinstance(server, IdentityAuthorizationServer)
    return server


# Scopes of the TMF APIs: for services (client credentials) only. A person's token never carries them,
# whatever the client is registered for, so no one signed in can call the TMF servers directly.
SERVICE_ONLY_SCOPE_PREFIX = "tmf."


class AuthorizationCodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = [*_CLIENT_SECRET_METHODS, "none"]

    def validate_authorization_request(self) -> Any:
        redirect_uri = super().validate_authorization_request()
        asked = scope_to_list(self.request.payload.scope) or []
        if any(scope.startswith(SERVICE_ONLY_SCOPE_PREFIX) for scope in asked):
            raise InvalidScopeError(
                "tmf.* scopes are for services (client credentials), never for a person's token.",
                redirect_uri=redirect_uri,
                state=self.request.payload.state,
            )
        return redirect_uri

    def save_authorization_code(self, code: str, request: StarletteOAuth2Request) -> None:
        server = _server(self)
        granted = request.user
        assert isinstance(granted, Authenticated)
        data = request.payload.data
        server.repository.add_code(
            code,
            AuthorizationCode(
                code_hash="",  # set by add_code from the code itself
                client_id=request.client.get_client_id(),
                user_id=granted.user.id,
                # As sent (empty when the default was used): the token request must repeat it (§4.1.3).
                redirect_uri=request.payload.redirect_uri or "",
                scope=request.scope or "",
                nonce=data.get("nonce"),
                auth_time=granted.auth_time,
                code_challenge=data["code_challenge"],
                code_challenge_method=data.get("code_challenge_method", "S256"),
                expires_at=time.time() + server.settings.authorization_code_ttl_seconds,
            ),
        )

    def query_authorization_code(self, code: str, client: OAuthClient) -> AuthorizationCode | None:
        # Redeemed here, before the other checks: a code is spent by any attempt, right or wrong.
        return _server(self).repository.redeem_code(code, client.get_client_id())

    def delete_authorization_code(self, authorization_code: AuthorizationCode) -> None:
        """Nothing left to do: the code was marked used when it was redeemed (and is kept to spot reuse)."""

    def authenticate_user(self, authorization_code: AuthorizationCode) -> User | None:
        return _server(self).repository.user(authorization_code.user_id)

    def generate_token(self, user: User | None = None, scope: str | None = None, **_: Any) -> dict[str, Any]:
        # authlib's token generators are not given the request; the server's bearer_token is.
        server = _server(self)
        return server.bearer_token(
            self.request,
            user=user,
            scope=scope or "",
            audience=server.settings.audience,
            include_refresh_token=self.client.check_grant_type("refresh_token"),
        )


class RequireS256(CodeChallenge):
    """PKCE for every authorization request, S256 only (`plain` would show the verifier to any observer)."""

    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge") or data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("PKCE is required: send code_challenge with code_challenge_method=S256")
        super().validate_code_challenge(grant, redirect_uri)


class IdTokens(OpenIDCode):
    """ID tokens (OIDC Core §2, §3.1.3.6) signed with the provider's key; nonce carried from the request."""

    def __init__(self, settings: Settings, keys: SigningKeys, repository: IdentityRepository) -> None:
        super().__init__(require_nonce=False)
        self._settings = settings
        self._keys = keys
        self._repository = repository

    def exists_nonce(self, nonce: str, request: StarletteOAuth2Request) -> bool:
        # A nonce seen before with this client is a replayed authorization request (authlib refuses it).
        return self._repository.nonce_used(request.payload.client_id, nonce)

    def resolve_client_private_key(self, client: OAuthClient) -> RSAKey:
        return self._keys.signing_key

    def get_client_algorithm(self, client: OAuthClient) -> str:
        return ALGORITHM

    def get_encode_header(self, client: OAuthClient) -> dict[str, str]:
        return {"alg": ALGORITHM, "kid": self._keys.kid, "typ": "JWT"}

    def get_client_claims(self, client: OAuthClient) -> dict[str, Any]:
        now = int(time.time())
        return {
            "iss": self._settings.issuer,
            "aud": client.get_client_id(),
            "azp": client.get_client_id(),
            "iat": now,
            "exp": now + self._settings.id_token_ttl_seconds,
        }

    def generate_user_info(self, user: User, scope: str) -> dict[str, Any]:
        return profile_claims(user, scope)


def profile_claims(user: User, scope: str) -> dict[str, Any]:
    """Standard claims the scope allows (OIDC Core §5.4) plus the application claims."""
    standard = UserInfo(
        sub=user.id,
        name=user.name,
        given_name=user.given_name,
        family_name=user.family_name,
        email=user.email,
        # Not verified by mail in this provider: said so, rather than implied.
        email_verified=False,
    ).filter(scope)
    return {"sub": user.id, **standard, **{k: v for k, v in user_claims(user).items() if k not in standard}}


class RefreshTokenGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = [*_CLIENT_SECRET_METHODS, "none"]
    INCLUDE_NEW_REFRESH_TOKEN = True  # rotation

    def authenticate_refresh_token(self, refresh_token: str) -> RefreshToken | None:
        # The client was authenticated just before (RefreshTokenGrant.validate_token_request).
        return _server(self).repository.redeem_refresh_token(
            refresh_token, self.request.client.get_client_id()
        )

    def authenticate_user(self, refresh_token: RefreshToken) -> User | None:
        return _server(self).repository.user(refresh_token.user_id)

    def revoke_old_credential(self, refresh_token: RefreshToken) -> None:
        """Nothing left to do: the token was marked rotated when it was redeemed."""

    def generate_token(
        self, user: User | None = None, scope: str | None = None, include_refresh_token: bool = True, **_: Any
    ) -> dict[str, Any]:
        server = _server(self)
        return server.bearer_token(
            self.request,
            user=user,
            scope=scope or "",
            audience=server.settings.audience,
            include_refresh_token=include_refresh_token,
        )


class ClientCredentialsGrant(grants.ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = _CLIENT_SECRET_METHODS

    def validate_token_request(self) -> None:
        super().validate_token_request()
        client = self.client
        assert isinstance(client, OAuthClient)
        form = self.request.form
        # No scope asked: all the client's scopes. Asked: only ones it is registered for (authlib checks
        # only that the server knows them).
        asked = self.request.payload.scope
        if asked and not set(scope_to_list(asked)) <= set(scope_to_list(client.scope)):
            raise InvalidScopeError()
        self.request.scope = asked or client.scope
        audience = form.get("audience") or form.get("resource")
        allowed = client.audiences or [_server(self).settings.service_audience]
        if audience and audience not in allowed:
            raise InvalidTargetError(f"This client may not ask for tokens for '{audience}'.")
        self._audience = audience or allowed[0]

    def generate_token(self, **_: Any) -> dict[str, Any]:
        return _server(self).bearer_token(
            self.request,
            user=None,
            scope=self.request.scope,
            audience=self._audience,
            include_refresh_token=False,
        )


class RefreshTokenRevocation(RevocationEndpoint):
    """RFC 7009 for refresh tokens; access tokens are short-lived JWTs and cannot be revoked here."""

    CLIENT_AUTH_METHODS = [*_CLIENT_SECRET_METHODS, "none"]
    SUPPORTED_TOKEN_TYPES = ("refresh_token",)

    def query_token(self, token_string: str, token_type_hint: str | None) -> RefreshToken | None:
        server = self.server
        assert isinstance(server, IdentityAuthorizationServer)
        return server.repository.refresh_token(token_string)

    def revoke_token(self, token: RefreshToken, request: StarletteOAuth2Request) -> None:
        server = self.server
        assert isinstance(server, IdentityAuthorizationServer)
        server.repository.revoke_family(token.family_id, "revoked")


class EndSession(EndSessionEndpoint):
    def __init__(self, keys: SigningKeys) -> None:
        super().__init__()
        self._keys = keys

    def get_server_jwks(self) -> KeySet:
        return self._keys.key_set

    def get_algorithms(self) -> list[str]:
        return [ALGORITHM]

    def is_post_logout_redirect_uri_legitimate(
        self, request: Any, post_logout_redirect_uri: str, client: Any, logout_hint: str | None
    ) -> bool:
        # Without id_token_hint the URI must still be registered for the named client (checked by authlib
        # before this), so the redirect cannot be sent anywhere else.
        return True

    def end_session(self, end_session_request: EndSessionRequest) -> None:
        server = self.server
        assert isinstance(server, IdentityAuthorizationServer)
        request = end_session_request.request
        assert isinstance(request, StarletteOAuth2Request)
        server.repository.end_session(request.http.cookies.get(SESSION_COOKIE))
        claims = end_session_request.id_token_claims
        client = end_session_request.client
        if claims and client is not None:
            # Signing out of the storefront also ends what its refresh tokens could do.
            server.repository.revoke_user_tokens(str(claims["sub"]), client.get_client_id(), "logout")


def build_server(
    repository: IdentityRepository,
    settings: Settings,
    tokens: TokenIssuer,
    passwords: Passwords,
    keys: SigningKeys,
) -> IdentityAuthorizationServer:
    server = IdentityAuthorizationServer(repository, settings, tokens, passwords)
    server.register_grant(
        AuthorizationCodeGrant, [RequireS256(required=True), IdTokens(settings, keys, repository)]
    )
    server.register_grant(RefreshTokenGrant)
    server.register_grant(ClientCredentialsGrant)
    server.register_endpoint(RefreshTokenRevocation)
    server.register_endpoint(EndSession(keys))
    return server
