"""ASGI middleware refusing TMF API and admin calls without a valid bearer token (a TMF Error, 401).

Guarded: `/tmf-api/...` (every TMF API and its event hub), `/admin/...` (fault injection and the event
outbox change or reveal how the server behaves) and `/creditBureau/...` (people's credit files). Open:
`/health`, `/docs`, `/openapi.json`. The verifier is read from `app.state.token_verifier` at each request,
so tests can hand one an in-process provider.

Scopes per method (RFC 6750 §3.1, 403 `insufficient_scope`): reading (GET, HEAD, OPTIONS) needs `tmf.read`,
anything else (POST, PATCH, PUT, DELETE) `tmf.write`. Only client-credentials tokens of services carry them:
the identity provider never grants `tmf.*` to a person.
"""

import json
from http import HTTPStatus

from starlette.types import ASGIApp, Receive, Scope, Send

from mock_backends.auth.verifier import KeysUnavailable, TokenRefused, TokenVerifier
from mock_backends.errors import error_body

GUARDED_PREFIXES = ("/tmf-api/", "/admin/", "/creditBureau/")
CHALLENGE = b'Bearer realm="tmf-api"'
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
READ_SCOPE, WRITE_SCOPE = "tmf.read", "tmf.write"
_CODES = {401: "UNAUTHORIZED", 403: "INSUFFICIENT_SCOPE"}


def required_scope(method: str) -> str:
    return READ_SCOPE if method.upper() in READ_METHODS else WRITE_SCOPE


async def _refuse(
    send: Send, status: HTTPStatus, message: str, *, invalid: bool, scope: str | None = None
) -> None:
    challenge = CHALLENGE + (b', error="invalid_token"' if invalid else b"")
    if scope is not None:
        challenge = CHALLENGE + f', error="insufficient_scope", scope="{scope}"'.encode()
    body = json.dumps(error_body(status, _CODES.get(status.value, "AUTH_UNAVAILABLE"), message))
    headers = [
        (b"content-type", b"application/json"),
        (b"x-content-type-options", b"nosniff"),
        (b"www-authenticate", challenge),
    ]
    if status not in (HTTPStatus.UNAUTHORIZED, HTTPStatus.FORBIDDEN):
        headers = headers[:2]
    await send({"type": "http.response.start", "status": int(status), "headers": headers})
    await send({"type": "http.response.body", "body": body.encode()})


class BearerAuthMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(GUARDED_PREFIXES):
            await self.app(scope, receive, send)
            return
        verifier: TokenVerifier | None = scope["app"].state.token_verifier
        if verifier is None:  # MOCKS_AUTH_REQUIRED=false
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        scheme, _, token = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            await _refuse(send, HTTPStatus.UNAUTHORIZED, "A bearer access token is required.", invalid=False)
            return
        try:
            claims = await verifier.verify(token.strip())
        except TokenRefused:
            await _refuse(send, HTTPStatus.UNAUTHORIZED, "The access token is not valid.", invalid=True)
            return
        except KeysUnavailable:
            await _refuse(
                send, HTTPStatus.SERVICE_UNAVAILABLE, "The token issuer cannot be reached.", invalid=False
            )
            return
        needed = required_scope(scope["method"])
        if needed not in str(claims.get("scope", "")).split():
            message = f"This call needs an access token with the scope {needed}."
            await _refuse(send, HTTPStatus.FORBIDDEN, message, invalid=False, scope=needed)
            return
        await self.app(scope, receive, send)
