"""The identity provider's FastAPI application."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlmodel import Session

from mock_backends.identity import keys, seed
from mock_backends.identity.config import Settings
from mock_backends.identity.passwords import Passwords
from mock_backends.identity.repository import IdentityRepository
from mock_backends.identity.routes import router
from mock_backends.identity.storage import create_db_engine, init_db
from mock_backends.identity.tokens import TokenIssuer


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
    app.include_router(router)
    return app
