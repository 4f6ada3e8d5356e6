from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import respx

from bff.config import Settings
from bff.core.backends import ChannelServices
from bff.web.app import create_app
from tests.bff.factories import URLS, create_catalog, create_customer, priced_quote
from tests.bff.identity import ISSUER, bearer, customer_token, serve_identity


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        **URLS,
        timeout_seconds=0.5,
        retry_wait_initial_seconds=0.001,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        order_poll_seconds=0.2,
        oidc_issuer=ISSUER,
    )


@pytest.fixture
def tmf() -> respx.MockRouter:
    """The TMF backends, replaced at the network layer; the catalogue is served by default, and so are the
    identity provider's keys (tests/bff/identity.py) and the signed-in customer cust-7 (TMF629)."""
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as router:
        serve_identity(router)
        router.get(f"{URLS['tmf629_url']}/customer/cust-7", name="signed_in_customer").respond(
            200, json=create_customer()
        )
        # Every order is priced by a TMF648 quote: one of its items, made from the catalogue's prices.
        router.post(f"{URLS['tmf648_url']}/quote", name="order_quote").mock(
            side_effect=lambda request: httpx.Response(201, json=priced_quote(json.loads(request.content)))
        )
        catalog = create_catalog()
        for resource, items in catalog.items():
            router.get(f"{URLS['tmf620_url']}/{resource}", name=resource).respond(
                200, json=items, headers={"X-Total-Count": str(len(items))}
            )
        yield router


@pytest.fixture
async def services(settings: Settings) -> AsyncIterator[ChannelServices]:
    services = ChannelServices.from_settings(settings)
    yield services
    await services.aclose()


@pytest.fixture
async def client(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(services.settings)
    app.state.services = services  # ASGITransport does not run the lifespan
    transport = httpx.ASGITransport(app=app)
    # Called by the signed-in customer cust-7 (the factories' customer); tests of other callers (anonymous,
    # staff, another customer) make their own clients or pass their own Authorization header.
    headers = bearer(customer_token("cust-7"))
    async with httpx.AsyncClient(transport=transport, base_url="http://bff.test", headers=headers) as http:
        yield http
