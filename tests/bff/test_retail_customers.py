"""Retail: finding, creating and reading customers (TMF629/632/637/622/648 translation, notes, leads)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.core.leads import LeadCreate
from bff.core.staff.notes import NoteCreate
from bff.retail.app import create_app
from tests.bff.retail_support import (
    ALEX,
    JANE,
    TMF622,
    TMF629,
    TMF632,
    TMF637,
    TMF648,
    SignedIn,
    create_customer,
    create_individual,
    listed,
    signed_in_client,
)


@pytest.fixture
def who() -> SignedIn:
    return SignedIn(ALEX)


@pytest.fixture
async def retail(
    services: ChannelServices, tmf: respx.MockRouter, who: SignedIn
) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_app(services.settings), services, who) as http:
        yield http


def _query(route: respx.Route) -> dict[str, list[str]]:
    return parse_qs(urlsplit(str(route.calls.last.request.url)).query)


async def test_search_by_name_filters_tmf629_by_name(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    route = tmf.get(f"{TMF629}/customer").mock(return_value=listed([create_customer()]))

    response = await retail.get("/api/v1/customers", params={"name": "Jane D"})

    assert response.status_code == 200
    assert response.json() == {
        "customers": [
            {
                "id": "cust-0001",
                "name": "Jane Doe",
                "status": "Approved",
                "email": "jane.doe@example.com",
                "phone": "07700 900123",
                "postcode": None,
            }
        ]
    }
    assert _query(route)["name.regex"] == ["Jane\\ D"]


async def test_search_by_email_compares_in_lower_case(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    route = tmf.get(f"{TMF629}/customer").mock(return_value=listed([create_customer()]))

    response = await retail.get("/api/v1/customers", params={"email": "Jane.Doe@Example.com"})

    assert [customer["id"] for customer in response.json()["customers"]] == ["cust-0001"]
    assert _query(route)["contactMedium.characteristic.emailAddress"] == ["jane.doe@example.com"]


async def test_search_by_phone_ignores_spacing(retail: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    route = tmf.get(f"{TMF629}/customer").mock(return_value=listed([create_customer()]))

    response = await retail.get("/api/v1/customers", params={"phone": "07700900123"})

    assert response.json()["customers"][0]["id"] == "cust-0001"
    pattern = _query(route)["contactMedium.characteristic.phoneNumber.regex"][0]
    assert re.search(pattern, "07700 900123") and re.search(pattern, "07700-900-123")


async def test_search_by_postcode_finds_customers_by_their_products(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    by_contact = tmf.get(f"{TMF629}/customer").mock(return_value=listed([]))
    products = tmf.get(f"{TMF637}/product").mock(
        return_value=listed(
            [
                {
                    "id": "prod-1",
                    "relatedParty": [{"id": "cust-0002", "role": "customer", "@referredType": "Customer"}],
                    "place": [{"id": "addr-1", "role": "installationAddress", "postcode": "RG1 4AB"}],
                }
            ]
        )
    )
    tmf.get(f"{TMF629}/customer/cust-0002").respond(200, json=create_customer("cust-0002", "Sam Patel"))

    response = await retail.get("/api/v1/customers", params={"postcode": "rg14ab"})

    assert [customer["name"] for customer in response.json()["customers"]] == ["Sam Patel"]
    assert _query(by_contact)["contactMedium.characteristic.postCode.regex"] == ["^RG1\\s*4AB$"]
    assert _query(products)["place.postcode.regex"] == ["^RG1\\s*4AB$"]


async def test_search_needs_a_criterion(retail: httpx.AsyncClient) -> None:
    response = await retail.get("/api/v1/customers")

    assert response.status_code == 422
    assert response.json()["code"] == "SEARCH_CRITERIA_REQUIRED"


async def test_create_customer_makes_the_person_then_the_customer(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF629}/customer").mock(return_value=listed([]))
    tmf.get(f"{TMF632}/individual").mock(return_value=listed([]))
    person = tmf.post(f"{TMF632}/individual").respond(201, json={"id": "ind-9"})
    customer = tmf.post(f"{TMF629}/customer").respond(201, json=create_customer("cust-9", "Olivia Brown"))

    response = await retail.post(
        "/api/v1/customers",
        json={
            "givenName": "Olivia",
            "familyName": "Brown",
            "email": "Olivia@example.com",
            "phone": "07700 900999",
        },
    )

    assert response.status_code == 201
    assert response.json()["id"] == "cust-9"
    assert person.called and customer.called


async def test_customer_360_reads_everything_side_by_side(
    retail: httpx.AsyncClient, tmf: respx.MockRouter, services: ChannelServices
) -> None:
    # Each backend answers only once all four reads are in flight: sequential reads would never finish.
    everyone_asked = asyncio.Barrier(4)

    def answer(response: httpx.Response):  # type: ignore[no-untyped-def]
        async def effect(request: httpx.Request) -> httpx.Response:
            await asyncio.wait_for(everyone_asked.wait(), timeout=2)
            return response

        return effect

    tmf.get(f"{TMF629}/customer/cust-0001").mock(
        side_effect=answer(httpx.Response(200, json=create_customer()))
    )
    tmf.get(f"{TMF637}/product").mock(
        side_effect=answer(
            listed(
                [
                    {
                        "id": "prod-1",
                        "name": "Fibre 150",
                        "status": "active",
                        "productOffering": {"id": "po-fibre-150"},
                        "relatedParty": [
                            {"id": "cust-0001", "role": "customer", "@referredType": "Customer"}
                        ],
                    }
                ]
            )
        )
    )
    tmf.get(f"{TMF622}/productOrder").mock(
        side_effect=answer(
            listed(
                [
                    {
                        "id": "po-7",
                        "state": "completed",
                        "relatedParty": [
                            {"id": "cust-0001", "role": "customer", "@referredType": "Customer"}
                        ],
                        "productOrderItem": [
                            {
                                "id": "1",
                                "action": "add",
                                "productOffering": {"id": "po-fibre-150", "name": "Fibre 150"},
                            }
                        ],
                    }
                ]
            )
        )
    )
    quotes = tmf.get(f"{TMF648}/quote").mock(
        side_effect=answer(
            listed(
                [
                    {
                        "id": "q-5",
                        "state": "approved",
                        "relatedParty": [
                            {"id": "cust-0001", "role": "customer", "@referredType": "Customer"},
                            {
                                "id": "sub-alex",
                                "name": "Alex Agent",
                                "role": "salesAgent",
                                "@referredType": "Individual",
                            },
                        ],
                        "quoteItem": [
                            {
                                "id": "1",
                                "productOffering": {"id": "po-fibre-900", "name": "Fibre 900"},
                                "product": {"place": [{"id": "addr-0001", "role": "installationAddress"}]},
                            }
                        ],
                    }
                ]
            )
        )
    )
    await services.leads.aadd(
        LeadCreate(
            postcode="RG9 1AA",
            house_number="4",
            given_name="Jane",
            family_name="Doe",
            email="JANE.DOE@example.com",
            interest="FTTP",
        ),
        store_id="store-rdg",
        channel="web",
    )
    await services.notes.aadd("cust-0001", NoteCreate(text="Wants a call on Friday"), ALEX)

    response = await retail.get("/api/v1/customers/cust-0001")

    assert response.status_code == 200
    view = response.json()
    assert view["customer"]["email"] == "jane.doe@example.com"
    assert [product["id"] for product in view["products"]] == ["prod-1"]
    assert [(order["id"], order["state"]) for order in view["orders"]] == [("po-7", "completed")]
    assert view["quotes"][0]["id"] == "q-5" and view["quotes"][0]["agent"]["name"] == "Alex Agent"
    assert [lead["interest"] for lead in view["leads"]] == ["FTTP"]
    assert [note["text"] for note in view["notes"]] == ["Wants a call on Friday"]
    assert _query(quotes)["state"] == ["inProgress,pending,approved"]


async def test_notes_are_kept_with_their_author(retail: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    tmf.get(f"{TMF629}/customer/cust-0001").respond(200, json=create_customer())
    tmf.get(f"{TMF632}/individual/ind-cust-0001").respond(200, json=create_individual())

    created = await retail.post("/api/v1/customers/cust-0001/notes", json={"text": "Called back"})
    listed_notes = await retail.get("/api/v1/customers/cust-0001/notes")

    assert created.status_code == 201
    assert created.json()["authorName"] == "Alex Agent" and created.json()["storeId"] == "store-rdg"
    assert [note["text"] for note in listed_notes.json()["notes"]] == ["Called back"]


async def test_every_endpoint_needs_a_signed_in_member_of_staff(
    retail: httpx.AsyncClient, who: SignedIn
) -> None:
    who.who = None
    assert (await retail.get("/api/v1/me")).status_code == 401
    who.who = JANE
    refused = await retail.get("/api/v1/customers", params={"name": "Jane"})
    assert refused.status_code == 403
    who.who = ALEX
    me = await retail.get("/api/v1/me")
    assert me.json()["storeId"] == "store-rdg" and me.json()["discountLimitPercent"] == 10
