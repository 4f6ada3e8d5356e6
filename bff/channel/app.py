"""The app factory every channel calls with its own routers: one FastAPI app, its middleware, error rendering,
the lifespan that makes and closes the channel's services, and the operations endpoints."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.params import Depends

from bff.channel.errors import handle_errors
from bff.channel.middleware import ChannelMetricsMiddleware, CorrelationMiddleware, RequestGuardMiddleware
from bff.channel.operations import operations_router
from bff.config import Settings
from bff.core.auth.tokens import TokenValidator
from bff.core.backends import ChannelServices


def create_channel_app(
    settings: Settings,
    *,
    channel: str,
    title: str,
    version: str,
    description: str,
    routers: Sequence[APIRouter],
    dependencies: Sequence[Depends] = (),
    order_events: bool = True,
) -> FastAPI:
    """The app of `channel` ("web", "retail": its metrics label and its logger `bff.<channel>`).

    `dependencies` run before every route of `routers` (e.g. a staff sign-in); the operations endpoints stay
    open. `order_events=False`: the channel does not hear TMF622 events (its streams poll)."""
    log = logging.getLogger(f"bff.{channel}")
    services_settings = settings if order_events else settings.model_copy(update={"order_events": False})

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services = ChannelServices.from_settings(services_settings)
        app.state.services = services
        await services.start()
        try:
            yield
        finally:
            await services.aclose()
            await app.state.token_validator.aclose()

    app = FastAPI(title=title, version=version, description=description, lifespan=lifespan)
    app.add_middleware(RequestGuardMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(ChannelMetricsMiddleware, channel=channel)
    app.add_middleware(CorrelationMiddleware, log=log)
    # Made here rather than in the lifespan: it opens nothing until the first token comes, and tests that
    # drive the app without a lifespan get it too.
    app.state.token_validator = TokenValidator.from_settings(settings)
    handle_errors(app, log)

    app.include_router(operations_router(settings))
    for router in routers:
        app.include_router(router, dependencies=list(dependencies))
    return app
