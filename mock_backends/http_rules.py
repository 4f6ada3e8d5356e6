"""HTTP rules every server here keeps, whatever the route: HEAD wherever GET is, no dot-segment ids.

- HEAD (RFC 9110 §9.3.2): answered as the GET of the same URL would be, same status and headers
  (Content-Length included), without the body. FastAPI registers GET routes only, so without this a HEAD
  was a 405. Used by the TMF servers and the identity provider alike.
- `.` and `..` as a path segment of a TMF API (`/tmf-api/...`): RFC 3986 removes dot segments, so such a
  path does not name the resource it seems to (`productOrder/..` is the API root, `productOrder/.` the
  collection). They are refused with 422 and a TMF Error body before any route runs, encoded (`%2E%2E`) or
  not, rather than answered from whatever route they happen to match.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from urllib.parse import unquote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mock_backends.errors import error_body

TMF_PREFIX = "/tmf-api/"
DOT_SEGMENTS = frozenset({".", ".."})


class HeadAsGetMiddleware:
    """Serves HEAD by running the GET and sending its status and headers only.

    `except_paths`: paths whose GET changes state (OIDC RP-initiated logout signs out on GET); a HEAD, which
    must be safe, is not turned into one there and gets the app's 405.
    """

    def __init__(self, app: ASGIApp, except_paths: frozenset[str] = frozenset()) -> None:
        self.app = app
        self.except_paths = except_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD" or scope["path"] in self.except_paths:
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)


def has_dot_segment(path: str) -> bool:
    """Whether a TMF API path has a `.` or `..` segment, percent-encoded or not."""
    return path.startswith(TMF_PREFIX) and any(
        unquote(segment) in DOT_SEGMENTS for segment in path.split("/")
    )


class DotSegmentIdMiddleware:
    """Refuses `.` and `..` as path segments of a TMF API with 422 and a TMF Error body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("raw_path")
        path = raw.decode("latin-1") if isinstance(raw, bytes) else scope.get("path", "")
        if scope["type"] != "http" or not has_dot_segment(path.split("?", 1)[0]):
            await self.app(scope, receive, send)
            return
        status = HTTPStatus.UNPROCESSABLE_ENTITY
        message = "`.` and `..` cannot be ids: a path with a dot segment names another resource (RFC 3986)"
        body = json.dumps(error_body(status, "INVALID_ID", message)).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status.value, "headers": headers})
        await send({"type": "http.response.body", "body": body})
