"""Leads: interest registered on the web, kept in the BFF database, listed by store for staff."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from tests.bff.retail_support import ALEX, BEA, SignedIn, signed_in_client

LEAD = {
    "postcode": "rg9 1aa",
    "houseNumber": "4",
    "givenName": "Olivia",
    "familyName": "Brown",
    "email": "Olivia.Brown@example.com",
    "phone": "07700 900321",
    "interest": "Full Fibre 900",
}


@pytest.fixture
def staff() -> SignedIn:
    return SignedIn(ALEX)


@pytest.fixture
async def web(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_web_app(services.settings), services, SignedIn(None)) as http:
        yield http


@pytest.fixture
async def retail(
    services: ChannelServices, tmf: respx.MockRouter, staff: SignedIn
) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_retail_app(services.settings), services, staff) as http:
        yield http


async def test_a_lead_is_kept_for_the_store_serving_its_area(
    web: httpx.AsyncClient, services: ChannelServices
) -> None:
    response = await web.post("/api/v1/leads", json=LEAD)

    assert response.status_code == 201
    lead_id = response.json()["id"]
    [kept] = services.leads.list()
    assert (kept.id, kept.postcode, kept.email, kept.store_id, kept.channel) == (
        lead_id,
        "RG9 1AA",
        "olivia.brown@example.com",
        "store-rdg",
        "web",
    )


async def test_a_lead_with_an_idempotency_key_is_kept_once(
    web: httpx.AsyncClient, services: ChannelServices
) -> None:
    first = await web.post("/api/v1/leads", json=LEAD, headers={"Idempotency-Key": "lead-key-0001"})
    again = await web.post("/api/v1/leads", json=LEAD, headers={"Idempotency-Key": "lead-key-0001"})

    assert first.json() == again.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert len(services.leads.list()) == 1


async def test_a_lead_without_an_interest_is_refused(web: httpx.AsyncClient) -> None:
    response = await web.post("/api/v1/leads", json={**LEAD, "interest": ""})

    assert response.status_code == 422


async def test_staff_list_their_stores_leads_or_all(
    web: httpx.AsyncClient, retail: httpx.AsyncClient, staff: SignedIn
) -> None:
    await web.post("/api/v1/leads", json=LEAD)
    await web.post("/api/v1/leads", json={**LEAD, "postcode": "SW1A 2AA", "email": "leo@example.com"})

    reading = await retail.get("/api/v1/leads")
    everyone = await retail.get("/api/v1/leads", params={"scope": "all"})
    staff.who = BEA
    london = await retail.get("/api/v1/leads")

    assert [lead["storeId"] for lead in reading.json()["leads"]] == ["store-rdg"]
    assert len(everyone.json()["leads"]) == 2
    assert [lead["email"] for lead in london.json()["leads"]] == ["leo@example.com"]
