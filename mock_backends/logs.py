"""JSON log lines for the TMF mock servers and the identity provider, one per request, with the caller's
correlation ids, so a storefront event can be followed through the BFF into every backend it reached.

The BFF sends `X-Request-ID` and a W3C `traceparent` on every call (bff/core/correlation.py); this module
takes them (or makes them) for the request, stamps them on every log line written meanwhile (`requestId`,
`traceId`) and logs `request` with method, path, status and duration when it ends. The same shape as the
BFF's lines: both format them with json_logs; the mocks must not import the BFF.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
import uuid
from contextvars import ContextVar

from starlette.types import ASGIApp, Message, Receive, Scope, Send

import json_logs

_TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")
JsonFormatter = json_logs.JsonFormatter

_ids: ContextVar[tuple[str, str] | None] = ContextVar("mock_request_ids", default=None)

log = logging.getLogger("mock_backends.access")


def correlation_ids(request_id: str | None, traceparent: str | None) -> tuple[str, str]:
    """(requestId, traceId): the caller's when they look sane, else new ones (all-zero ids are invalid)."""
    match = _TRACEPARENT.match((traceparent or "").strip().lower())
    trace_id = match.group(1) if match and match.group(1) != "0" * 32 else None
    if not (request_id and len(request_id) <= 128 and request_id.isprintable()):
        request_id = trace_id or uuid.uuid4().hex
    return request_id, trace_id or secrets.token_hex(16)


class CorrelationFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        ids = _ids.get()
        record.requestId, record.traceId = ids if ids else (None, None)
        return True


def configure_logging(log_format: str = "json", level: str = "INFO") -> None:
    json_logs.configure_logging(log_format, level, CorrelationFilter())


class RequestLogMiddleware:
    """Binds the request's correlation ids and logs one `request` line when it ends (plain ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        token = _ids.set(correlation_ids(headers.get("x-request-id"), headers.get("traceparent")))
        started = time.perf_counter()
        status: int | None = None  # stays None when no answer was sent (e.g. a dropped connection)

        async def send_recording_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_recording_status)
        finally:
            log.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "durationMs": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            _ids.reset(token)
