"""The OpenID Provider metadata (OIDC Discovery 1.0 §3, RFC 8414): /.well-known/openid-configuration."""

from typing import Any

from mock_backends.identity.authorization_server import SCOPES_SUPPORTED
from mock_backends.identity.keys import ALGORITHM


def provider_metadata(issuer: str) -> dict[str, Any]:
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}/authorize",
        "token_endpoint": f"{issuer}/token",
        "userinfo_endpoint": f"{issuer}/userinfo",
        "jwks_uri": f"{issuer}/jwks.json",
        "end_session_endpoint": f"{issuer}/logout",
        "revocation_endpoint": f"{issuer}/revoke",
        "registration_page": f"{issuer}/register",  # a page for people, not RFC 7591 client registration
        "scopes_supported": SCOPES_SUPPORTED,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": [ALGORITHM],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "revocation_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"],
        "code_challenge_methods_supported": ["S256"],
        "claims_supported": [
            "sub",
            "iss",
            "aud",
            "exp",
            "iat",
            "auth_time",
            "nonce",
            "name",
            "given_name",
            "family_name",
            "email",
            "email_verified",
            "roles",
            "store_id",
            "customer_id",
        ],
        "prompt_values_supported": ["none", "login"],
        "request_parameter_supported": False,
        "claims_parameter_supported": False,
    }
