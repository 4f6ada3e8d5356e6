"""The FastAPI application: mounts one router per TMF API and the TMF error handlers."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlmodel import Session

from mock_backends import seed
from mock_backends.config import Settings
from mock_backends.errors import install_error_handlers
from mock_backends.storage import create_db_engine, init_db
from mock_backends.tmf620.routes import router as tmf620_router
from mock_backends.tmf622.routes import router as tmf622_router
from mock_backends.tmf632.routes import router as tmf632_router
from mock_backends.tmf645.routes import router as tmf645_router
from mock_backends.tmf648.routes import router as tmf648_router


def create_app(settings: Settings) -> FastAPI:
    engine = create_db_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        init_db(engine)
        if settings.seed:
            with Session(engine) as session:
                seed.load(session)
                session.commit()
        yield
        engine.dispose()

    app = FastAPI(
        title="TMF mock backends",
        description="TM Forum Open API v4 mocks: TMF620, TMF622, TMF632, TMF645, TMF648.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    install_error_handlers(app)

    @app.get("/health", tags=["Health"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    for router in (tmf620_router, tmf622_router, tmf632_router, tmf645_router, tmf648_router):
        app.include_router(router)
    return app
