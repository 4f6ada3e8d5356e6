from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from bff.config import Settings
from bff.core.backends import Journey
from bff.web.app import create_app
from tests.bff.factories import URLS, create_catalog


@pytest.fixture
def settings() -> Settings:
    return Settings(**URLS, timeout_seconds=0.5)


@pytest.fixture
def tmf() -> respx.MockRouter:
    """The TMF backends, replaced at the network layer; the catalogue is served by default."""
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        catalog = create_catalog()
        for resource, items in catalog.items():
            router.get(f"{URLS['tmf620_url']}/{resource}", name=resource).respond(
                200, json=items, headers={"X-Total-Count": str(len(items))}
            )
        yield router


@pytest.fixture
async def client(settings: Settings, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings)
    journey = Journey.from_settings(settings)
    app.state.journey = journey  # ASGITransport does not run the lifespan
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bff.test") as http:
        yield http
    await journey.aclose()
