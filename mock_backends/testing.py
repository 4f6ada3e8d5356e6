"""Helpers to run the mock backends in-process (tests, and other packages' tests that need a TMF server).

    async with running_app(sqlite_settings(tmp_path)) as client:
        await client.get("/tmf-api/productCatalogManagement/v4/productOffering")

httpx's ASGITransport does not send lifespan events, so `running_app` enters the app's lifespan itself
(creating tables and loading the seed) before handing out the client.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from mock_backends.app import create_app
from mock_backends.config import Settings


def sqlite_settings(directory: Path, **overrides: Any) -> Settings:
    """Settings for a fresh SQLite database inside `directory` (e.g. pytest's tmp_path).

    Bearer-token checks are off: these tests are about the APIs themselves (tests/unit/test_mock_auth.py
    turns them on with `auth_required=True`)."""
    values: dict[str, Any] = {
        "database_url": f"sqlite:///{directory / 'mock_backends.db'}",
        "public_url": "http://mocks.test",
        "auth_required": False,
    }
    return Settings(**(values | overrides))


@asynccontextmanager
async def running(app: FastAPI, base_url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=base_url) as client:
            yield client


@asynccontextmanager
async def running_app(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with running(create_app(settings), settings.public_url) as client:
        yield client
