"""The web channel BFF: a FastAPI app shaped for the consumer storefront."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from bff.config import Settings
from bff.core.backends import Journey
from bff.core.clients.base import TmfError, TmfRejected, TmfUnavailable
from bff.core.correlation import REQUEST_ID_HEADER, bind_request_id
from bff.core.errors import BackendFailed, BackendRejected, BackendUnavailable, ChannelError
from bff.web.routes import router

log = logging.getLogger("bff.web")


def channel_error_for(exc: TmfError) -> ChannelError:
    """What the storefront is told about a backend failure; the details go to the log only."""
    if isinstance(exc, TmfUnavailable):
        return BackendUnavailable()
    if isinstance(exc, TmfRejected) and exc.status in (400, 409, 422):
        return BackendRejected()  # the backend refused this request on its merits
    return BackendFailed()  # any other answer (404 on a collection, 401, 5xx...) is our side's fault


def _error_response(error: ChannelError) -> JSONResponse:
    return JSONResponse(status_code=error.status, content={"code": error.code, "message": error.message})


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.journey = Journey.from_settings(settings)
        try:
            yield
        finally:
            await app.state.journey.aclose()

    app = FastAPI(
        title="Web channel BFF",
        version="1.0.0",
        description="Backend-for-frontend of the consumer storefront: broadband ordering over TMF Open APIs.",
        lifespan=lifespan,
    )

    @app.middleware("http")
    async def correlate(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        request_id = bind_request_id(request.headers.get(REQUEST_ID_HEADER))
        response = await call_next(request)
        response.headers[REQUEST_ID_HEADER] = request_id
        return response

    @app.exception_handler(ChannelError)
    async def on_channel_error(request: Request, exc: ChannelError) -> JSONResponse:
        return _error_response(exc)

    @app.exception_handler(TmfError)
    async def on_backend_error(request: Request, exc: TmfError) -> JSONResponse:
        log.warning("backend call failed on %s %s: %s", request.method, request.url.path, exc)
        return _error_response(channel_error_for(exc))

    @app.get("/health", tags=["Operations"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(router)
    return app
