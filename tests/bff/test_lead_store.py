"""Every lead belongs to a store: its postcode area's, else the default store (from settings)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.core.leads import LeadCreate, store_for_postcode
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from tests.bff.retail_support import ALEX, BEA, SignedIn, signed_in_client

AREAS = {"store-rdg": ["RG"], "store-ldn": ["SW", "E"]}


def create_lead(postcode: str, email: str = "olivia.brown@example.com") -> dict[str, str]:
    return {
        "postcode": postcode,
        "houseNumber": "4",
        "givenName": "Olivia",
        "familyName": "Brown",
        "email": email,
        "interest": "Full Fibre 900",
    }


@pytest.mark.parametrize(
    ("postcode", "store"),
    [("rg9 1aa", "store-rdg"), ("SW1A 2AA", "store-ldn"), ("E1 6AN", "store-ldn"), ("YO1 7HH", "store-dflt")],
)
def test_a_postcode_goes_to_its_areas_store_else_the_default(postcode: str, store: str) -> None:
    assert store_for_postcode(postcode, AREAS, "store-dflt") == store


@pytest.fixture
async def web(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_web_app(services.settings), services, SignedIn(None)) as http:
        yield http


@pytest.fixture
def staff() -> SignedIn:
    return SignedIn(ALEX)


@pytest.fixture
async def retail(
    services: ChannelServices, tmf: respx.MockRouter, staff: SignedIn
) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_retail_app(services.settings), services, staff) as http:
        yield http


async def test_a_lead_no_store_covers_goes_to_the_default_store(
    web: httpx.AsyncClient, retail: httpx.AsyncClient, services: ChannelServices
) -> None:
    assert services.settings.retail_default_store_id == "store-rdg"

    response = await web.post("/api/v1/leads", json=create_lead("YO1 7HH"))

    assert response.status_code == 201
    [kept] = services.leads.list()
    assert kept.store_id == "store-rdg"
    reading = (await retail.get("/api/v1/leads")).json()["leads"]
    assert [lead["id"] for lead in reading] == [response.json()["id"]]


async def test_the_default_store_also_lists_leads_kept_without_a_store(
    retail: httpx.AsyncClient, services: ChannelServices, staff: SignedIn
) -> None:
    old = services.leads.add(LeadCreate.model_validate(create_lead("YO1 7HH")), store_id=None, channel="web")

    reading = (await retail.get("/api/v1/leads")).json()["leads"]
    staff.who = BEA
    london = (await retail.get("/api/v1/leads")).json()["leads"]

    assert [lead["id"] for lead in reading] == [old.id]
    assert london == []
