"""The identity provider's FastAPI application."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlmodel import Session

from mock_backends.http_rules import HeadAsGetMiddleware
from mock_backends.identity import keys, seed
from mock_backends.identity.config import Settings
from mock_backends.identity.passwords import Passwords
from mock_backends.identity.repository import IdentityRepository
from mock_backends.identity.routes import router
from mock_backends.identity.storage import create_db_engine, init_db
from mock_backends.identity.tokens import TokenIssuer
from mock_backends.logs import RequestLogMiddleware
from mock_backends.readiness import READY_RESPONSES, ping, readiness_response
from mock_backends.request_guard import NoSniffMiddleware, RequestGuardMiddleware


def create_app(settings: Settings) -> FastAPI:
    engine = create_db_engine(settings.database_url)
    passwords = Passwords(settings.password_hash_profile)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        signing_keys = keys.load_or_create(settings.keys_dir)
        app.state.keys = signing_keys
        app.state.tokens = TokenIssuer(settings, signing_keys)
        init_db(engine)
        if settings.seed:
            with Session(engine) as session:
                seed.load(IdentityRepository(session), settings, passwords)
                session.commit()
        yield
        engine.dispose()

    app = FastAPI(
        title="Lumen identity provider",
        description="OpenID Connect provider: sign-in, registration, tokens for the storefront and services.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.passwords = passwords
    # HEAD wherever GET is (RFC 9110), but for logout: its GET signs out, and a HEAD must be safe.
    app.add_middleware(HeadAsGetMiddleware, except_paths=frozenset({"/logout"}))
    app.add_middleware(
        RequestGuardMiddleware,
        max_body_bytes=settings.max_body_bytes,
        max_text_length=settings.max_text_length,
    )
    app.add_middleware(NoSniffMiddleware)
    app.add_middleware(RequestLogMiddleware)  # one log line per request, with the caller's correlation ids

    def signing_keys_loaded() -> None:
        if not getattr(app.state, "keys", None):
            raise RuntimeError("no signing keys loaded")

    @app.get("/ready", tags=["Health"], responses=READY_RESPONSES)
    def ready() -> JSONResponse:
        """Ready to serve: the database answers and the signing keys are loaded."""
        return readiness_response({"database": lambda: ping(engine), "signingKeys": signing_keys_loaded})

    app.include_router(router)
    return app
