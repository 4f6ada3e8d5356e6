"""Refusals of the auth layer, as channel errors (body `{code, message}` like every other refusal).

401 UNAUTHENTICATED carries a `WWW-Authenticate: Bearer` challenge (RFC 6750 §3); a token that was sent but
is not acceptable adds `error="invalid_token"`. 403 FORBIDDEN: signed in, but not allowed this.
"""

from __future__ import annotations

from bff.core.errors import ChannelError


class Unauthenticated(ChannelError):
    """No usable credentials: answered 401 with a `WWW-Authenticate` challenge."""

    status = 401
    code = "UNAUTHENTICATED"
    message = "Please sign in to do this."
    challenge = 'Bearer realm="lumen"'

    @property
    def headers(self) -> dict[str, str]:
        return {"WWW-Authenticate": self.challenge}


class InvalidToken(Unauthenticated):
    message = "Your sign-in has expired or is not valid. Please sign in again."
    challenge = 'Bearer realm="lumen", error="invalid_token"'


class Forbidden(ChannelError):
    status = 403
    code = "FORBIDDEN"
    message = "You are not allowed to do this."


class IdentityProviderUnavailable(ChannelError):
    status = 503
    code = "BACKEND_UNAVAILABLE"
    message = "Sign-in cannot be checked right now. Please try again in a moment."
