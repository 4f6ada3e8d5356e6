"""The retail channel BFF: a FastAPI app shaped for the store staff's screens (same core as the web channel).

Same middleware, error rendering and lifespan as the web channel (bff/web/app.py); its own OpenAPI. The
Journey here does not subscribe to TMF622 events: the store queue stream polls (bff/core/staff/queue.py).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse

from bff.config import Settings
from bff.core.auth.dependencies import staff_principal
from bff.core.auth.tokens import TokenValidator
from bff.core.backends import Journey
from bff.core.clients.base import TmfError
from bff.core.errors import ChannelError, channel_error_for, error_body
from bff.core.http_errors import handle_http_errors
from bff.core.metrics import ChannelMetricsMiddleware
from bff.core.operations import operations_router
from bff.retail import catalogue, customers, leads, staff, stores
from bff.web.app import CorrelationMiddleware

log = logging.getLogger("bff.retail")


def _error_response(error: ChannelError) -> JSONResponse:
    headers = getattr(error, "headers", None)
    return JSONResponse(status_code=error.status, content=error_body(error), headers=headers)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        journey = Journey.from_settings(settings.model_copy(update={"order_events": False}))
        app.state.journey = journey
        await journey.start()
        try:
            yield
        finally:
            await journey.aclose()
            await app.state.token_validator.aclose()

    app = FastAPI(
        title="Retail channel BFF",
        version="1.0.0",
        description="Backend-for-frontend of the store staff's screens: customers, orders on their behalf, "
        "discounts and approvals, the store's order queue, leads. Every endpoint needs a staff sign-in.",
        lifespan=lifespan,
    )
    app.state.token_validator = TokenValidator.from_settings(settings)
    app.add_middleware(ChannelMetricsMiddleware, channel="retail")
    app.add_middleware(CorrelationMiddleware)

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
    signed_in = [Depends(staff_principal)]
    for module in (staff, customers, catalogue, stores, leads):
        app.include_router(module.router, dependencies=signed_in)
    return app
