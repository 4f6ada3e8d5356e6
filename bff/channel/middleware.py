"""The ASGI middleware of every channel app, plain ASGI rather than @app.middleware("http"): no extra task per
request, and event streams pass untouched.

    CorrelationMiddleware     binds X-Request-ID / traceparent, echoes the id and the worker, logs one line
    ChannelMetricsMiddleware  requests in flight, and each one's duration by route template (bff/core/metrics)
"""

from __future__ import annotations

import logging
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
