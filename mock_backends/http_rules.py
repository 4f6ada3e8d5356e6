"""HTTP rules every server here keeps, whatever the route: no dot-segment ids.

- `.` and `..` as a path segment of a TMF API (`/tmf-api/...`): RFC 3986 removes dot segments, so such a
  path does not name the resource it seems to (`productOrder/..` is the API root, `productOrder/.` the
  collection). They are refused with 422 and a TMF Error body before any route runs, encoded (`%2E%2E`) or
  not, rather than answered from whatever route they happen to match.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from urllib.parse import unquote

from starlette.types import ASGIApp, Receive, Scope, Send

from mock_backends.errors import error_body

TMF_PREFIX = "/tmf-api/"
DOT_SEGMENTS = frozenset({".", ".."})


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
