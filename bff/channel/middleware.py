"""The ASGI middleware of every channel app, plain ASGI rather than @app.middleware("http"): no extra task per
request, and event streams pass untouched.

    CorrelationMiddleware     binds X-Request-ID / traceparent, echoes the id and the worker, logs one line
    ChannelMetricsMiddleware  requests in flight, and each one's duration by route template (bff/core/metrics)
    RequestGuardMiddleware    nosniff on every answer; 413 above BFF_MAX_BODY_BYTES; 422 for NaN/Infinity
"""

from __future__ import annotations

import json
import logging
import math
import os
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bff.core.correlation import REQUEST_ID_HEADER, TRACEPARENT_HEADER, bind_correlation
from bff.core.metrics import REQUEST_SECONDS, REQUESTS_IN_FLIGHT, status_class

WORKER_HEADER = "X-BFF-Worker"  # the serving worker process (several share the port in production)


class CorrelationMiddleware:
    """Binds the caller's X-Request-ID / traceparent for the request, echoes the id (and the worker that
    served it, X-BFF-Worker), logs one access line on `log`."""

    def __init__(self, app: ASGIApp, log: logging.Logger) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        correlation = bind_correlation(headers.get("x-request-id"), headers.get(TRACEPARENT_HEADER))
        worker = str(os.getpid()).encode()
        started = time.perf_counter()
        status_code = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status_code
            if message["type"] == "http.response.start":
                status_code = message["status"]
                message["headers"] = [
                    *message.get("headers", []),
                    (REQUEST_ID_HEADER.lower().encode(), correlation.request_id.encode()),
                    (WORKER_HEADER.lower().encode(), worker),
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self.log.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status_code,
                    "durationMs": round((time.perf_counter() - started) * 1000, 2),
                },
            )


class ChannelMetricsMiddleware:
    """Counts a channel's requests in flight and times each by its route template."""

    def __init__(self, app: ASGIApp, channel: str) -> None:
        self.app = app
        self.channel = channel

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500

        async def send_recording_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        in_flight = REQUESTS_IN_FLIGHT.labels(self.channel)
        in_flight.inc()
        started = time.perf_counter()
        try:
            await self.app(scope, receive, send_recording_status)
        finally:
            in_flight.dec()
            # Starlette's router leaves the matched route in the scope; anything unmatched is one label.
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            REQUEST_SECONDS.labels(self.channel, scope["method"], route, status_class(status)).observe(
                time.perf_counter() - started
            )


NOSNIFF = (b"x-content-type-options", b"nosniff")
_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
_FORM_TYPES = ("multipart/", "application/x-www-form-urlencoded")
MAX_INT_DIGITS = 100  # far beyond any amount or count; Python refuses more than 4300 (a 500 without this)


class _NotFinite(ValueError):
    pass


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # 1e400 parses as inf
        raise _NotFinite(text)
    return number


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _NotFinite(text)
    return int(text)


def _refuse_constant(text: str) -> float:
    raise _NotFinite(text)  # NaN, Infinity, -Infinity: not JSON (RFC 8259), though Python's parser takes them


def has_non_finite_number(body: bytes) -> bool:
    """Whether a JSON body holds NaN, Infinity or a number out of range; invalid JSON is left to the app."""
    try:
        json.loads(body, parse_constant=_refuse_constant, parse_float=_finite_float, parse_int=_bounded_int)
    except _NotFinite:
        return True
    except ValueError:
        return False
    return False


async def _refuse(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"code": code, "message": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                NOSNIFF,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class RequestGuardMiddleware:
    """Every answer carries `X-Content-Type-Options: nosniff`. A request body above `max_body_bytes` is
    refused with 413 before it is read whole (by its Content-Length, else as it streams in), and a JSON body
    with NaN, Infinity or an out-of-range number with 422, where the app would answer a 500."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_nosniff(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), NOSNIFF]
            await send(message)

        if scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send_nosniff)
            return
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await _refuse(send, 413, "REQUEST_TOO_LARGE", "The request is too large.")
            return
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await _refuse(send, 413, "REQUEST_TOO_LARGE", "The request is too large.")
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        content_type = headers.get(b"content-type", b"").decode("latin-1").lower()
        if body and not content_type.startswith(_FORM_TYPES) and has_non_finite_number(body):
            await _refuse(
                send,
                422,
                "INVALID_NUMBER",
                "Numbers must be finite: NaN, Infinity and 1e400 are not accepted.",
            )
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as the server would

        await self.app(scope, replay, send_nosniff)
