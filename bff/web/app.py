"""The web channel BFF: a FastAPI app shaped for the consumer storefront."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bff.config import Settings
from bff.core.auth.tokens import TokenValidator
from bff.core.backends import Journey
from bff.core.clients.base import TmfError
from bff.core.correlation import REQUEST_ID_HEADER, TRACEPARENT_HEADER, bind_correlation
from bff.core.errors import ChannelError, channel_error_for, error_body
from bff.core.http_errors import handle_http_errors
from bff.core.metrics import ChannelMetricsMiddleware
from bff.core.operations import operations_router
from bff.web.leads import router as leads_router
from bff.web.listener import router as listener_router
from bff.web.quotes import router as quotes_router
from bff.web.routes import router

log = logging.getLogger("bff.web")

WORKER_HEADER = "X-BFF-Worker"  # the serving worker process (several share the port in production)


class CorrelationMiddleware:
    """Binds the caller's X-Request-ID / traceparent for the request, echoes the id (and the worker that
    served it, X-BFF-Worker), logs one access line.

    Plain ASGI rather than @app.middleware("http"): no extra task per request, and streams pass untouched.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

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
            log.info(
                "request",
                extra={
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status_code,
                    "durationMs": round((time.perf_counter() - started) * 1000, 2),
                },
            )


def _error_response(error: ChannelError) -> JSONResponse:
    return JSONResponse(status_code=error.status, content=error_body(error), headers=error.headers)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        journey = Journey.from_settings(settings)
        app.state.journey = journey
        await journey.start()
        try:
            yield
        finally:
            await journey.aclose()
            await app.state.token_validator.aclose()

    app = FastAPI(
        title="Web channel BFF",
        version="1.1.0",
        description="Backend-for-frontend of the consumer storefront: broadband ordering over TMF Open APIs.",
        lifespan=lifespan,
    )
    app.add_middleware(ChannelMetricsMiddleware, channel="web")
    app.add_middleware(CorrelationMiddleware)
    # Made here rather than in the lifespan: it opens nothing until the first token comes, and tests that
    # drive the app without a lifespan get it too.
    app.state.token_validator = TokenValidator.from_settings(settings)

    handle_http_errors(app)

    @app.exception_handler(ChannelError)
    async def on_channel_error(request: Request, exc: ChannelError) -> JSONResponse:
        return _error_response(exc)

    @app.exception_handler(TmfError)
    async def on_backend_error(request: Request, exc: TmfError) -> JSONResponse:
        log.warning(
            "backend call failed",
            extra={"method": request.method, "path": request.url.path, "reason": str(exc)},
        )
        return _error_response(channel_error_for(exc))

    app.include_router(operations_router(settings))
    app.include_router(router)
    app.include_router(listener_router)
    app.include_router(quotes_router)
    app.include_router(leads_router)
    return app
