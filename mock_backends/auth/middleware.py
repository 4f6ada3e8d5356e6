"""ASGI middleware refusing TMF API and admin calls without a valid bearer token (a TMF Error, 401).

Guarded: `/tmf-api/...` (every TMF API and its event hub) and `/admin/...` (fault injection and the event
outbox change or reveal how the server behaves). Open: `/health`, `/docs`, `/openapi.json`. The verifier
is read from `app.state.token_verifier` at each request, so tests can hand one an in-process provider.
"""

import json
from http import HTTPStatus

from starlette.types import ASGIApp, Receive, Scope, Send

from mock_backends.auth.verifier import KeysUnavailable, TokenRefused, TokenVerifier
from mock_backends.errors import error_body

GUARDED_PREFIXES = ("/tmf-api/", "/admin/")
CHALLENGE = b'Bearer realm="tmf-api"'


async def _refuse(send: Send, status: HTTPStatus, message: str, *, invalid: bool) -> None:
    challenge = CHALLENGE + (b', error="invalid_token"' if invalid else b"")
    body = json.dumps(error_body(status, "UNAUTHORIZED" if status == 401 else "AUTH_UNAVAILABLE", message))
    headers = [(b"content-type", b"application/json"), (b"www-authenticate", challenge)]
    if status != HTTPStatus.UNAUTHORIZED:
        headers = headers[:1]
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
            await verifier.verify(token.strip())
        except TokenRefused:
            await _refuse(send, HTTPStatus.UNAUTHORIZED, "The access token is not valid.", invalid=True)
            return
        except KeysUnavailable:
            await _refuse(
                send, HTTPStatus.SERVICE_UNAVAILABLE, "The token issuer cannot be reached.", invalid=False
            )
            return
        await self.app(scope, receive, send)
