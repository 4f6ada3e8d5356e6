"""The FastAPI application: mounts one router per TMF API and the TMF error handlers."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlmodel import Session

from mock_backends import seed
from mock_backends.auth.middleware import BearerAuthMiddleware
from mock_backends.auth.verifier import TokenVerifier
from mock_backends.config import Settings
from mock_backends.credit_bureau.routes import router as credit_bureau_router
from mock_backends.errors import install_error_handlers
from mock_backends.events import outbox
from mock_backends.events.routes import admin_router as events_admin_router
from mock_backends.events.routes import hub_router
from mock_backends.faults.middleware import FaultInjector, FaultMiddleware
from mock_backends.faults.routes import router as faults_router
from mock_backends.http_rules import DotSegmentIdMiddleware, HeadAsGetMiddleware
from mock_backends.lifecycle.workers import running_workers
from mock_backends.logs import RequestLogMiddleware
from mock_backends.readiness import READY_RESPONSES, ping, readiness_response
from mock_backends.request_guard import NoSniffMiddleware, RequestGuardMiddleware
from mock_backends.storage import create_db_engine, init_db
from mock_backends.tmf620.routes import router as tmf620_router
from mock_backends.tmf622.routes import router as tmf622_router
from mock_backends.tmf629.routes import router as tmf629_router
from mock_backends.tmf632.routes import router as tmf632_router
from mock_backends.tmf637.routes import router as tmf637_router
from mock_backends.tmf645.coverage import router as coverage_router
from mock_backends.tmf645.routes import router as tmf645_router
from mock_backends.tmf646.routes import router as tmf646_router
from mock_backends.tmf648.routes import router as tmf648_router
from mock_backends.tmf666.routes import router as tmf666_router
from mock_backends.tmf670.routes import router as tmf670_router
from mock_backends.tmf673.routes import router as tmf673_router
from mock_backends.tmf679.routes import router as tmf679_router


def create_app(settings: Settings) -> FastAPI:
    engine = create_db_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        init_db(engine)
        if settings.seed:
            with Session(engine) as session:
                seed.load(session, demo_customers=settings.seed_demo_customers)
                session.commit()
        async with running_workers(app, engine, settings):
            yield
        engine.dispose()

    app = FastAPI(
        title="TMF mock backends",
        description="TM Forum Open API v4 mocks: TMF620 622 629 632 637 645 646 648 666 670 673.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.faults = FaultInjector(settings.faults)
    app.add_middleware(DotSegmentIdMiddleware)  # innermost: before any route could match a dot segment
    app.add_middleware(HeadAsGetMiddleware)  # a HEAD runs as a GET inside, so faults and auth see HEAD
    app.add_middleware(FaultMiddleware, injector=app.state.faults)
    app.state.token_verifier = (
        TokenVerifier(
            issuer=settings.auth_issuer,
            audience=settings.auth_audience,
            jwks_ttl_seconds=settings.auth_jwks_ttl_seconds,
            leeway_seconds=settings.auth_leeway_seconds,
        )
        if settings.auth_required
        else None
    )
    # Size, numbers and characters of a body, checked once the caller is known and before any route reads it.
    app.add_middleware(
        RequestGuardMiddleware,
        max_body_bytes=settings.max_body_bytes,
        max_text_length=settings.max_text_length,
    )
    app.add_middleware(BearerAuthMiddleware)  # a refused call is not even faulted
    app.add_middleware(NoSniffMiddleware)
    app.add_middleware(RequestLogMiddleware)  # outermost: every request is logged with its correlation ids
    install_error_handlers(app)

    @app.get("/health", tags=["Health"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready", tags=["Health"], responses=READY_RESPONSES)
    def ready() -> JSONResponse:
        """Ready to serve: the database answers."""
        return readiness_response({"database": lambda: ping(engine)})

    @app.get("/admin/events", tags=["Admin"])
    def event_outbox() -> dict[str, int]:
        """Notifications waiting for their subscriber, and delivered ones kept for a while."""
        return outbox.counts(engine)

    app.include_router(faults_router)
    app.include_router(coverage_router)  # coverage arriving in an area (TMF645's answers change)
    app.include_router(events_admin_router)
    app.include_router(credit_bureau_router)

    tmf_routers = (
        tmf620_router,
        tmf622_router,
        tmf629_router,
        tmf632_router,
        tmf637_router,
        tmf645_router,
        tmf646_router,
        tmf648_router,
        tmf666_router,
        tmf670_router,
        tmf673_router,
        tmf679_router,
    )
    for router in tmf_routers:
        app.include_router(router)
    # Every API also takes event subscriptions (POST /hub, DELETE /hub/{id}) on its own base path.
    for prefix, tags in {router.prefix: router.tags for router in tmf_routers}.items():
        app.include_router(hub_router(prefix, list(tags)))
    return app
