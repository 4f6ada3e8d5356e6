"""Retail: an order on a customer's behalf records the agent, the retail channel, the store, the discount."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.retail.app import create_app
from tests.bff.factories import create_qualification, echo_order
from tests.bff.retail_support import (
    ALEX,
    TMF622,
    TMF629,
    TMF632,
    TMF645,
    SignedIn,
    create_customer,
    create_individual,
    listed,
    signed_in_client,
)

BASKET = {"addressId": "addr-0001", "offerId": "po-fibre-900", "addOnIds": ["po-router"]}


@pytest.fixture
async def retail(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    tmf.post(f"{TMF645}/checkServiceQualification").respond(
        201, json=create_qualification([("FTTP", 1000, 115)])
    )
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([]))
    tmf.get(f"{TMF629}/customer/cust-0001").respond(200, json=create_customer())
    tmf.get(f"{TMF632}/individual/ind-cust-0001").respond(200, json=create_individual())
    tmf.post(f"{TMF622}/productOrder", name="create_order").mock(
        side_effect=lambda request: httpx.Response(201, json=echo_order(json.loads(request.content)))
    )
    async with signed_in_client(create_app(services.settings), services, SignedIn(ALEX)) as http:
        yield http


def _sent(tmf: respx.MockRouter) -> dict:
    return json.loads(tmf.routes["create_order"].calls.last.request.content)


async def test_order_on_behalf_records_agent_channel_and_store(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    response = await retail.post(
        "/api/v1/customers/cust-0001/orders", json=BASKET, headers={"Idempotency-Key": "store-order-0001"}
    )

    assert response.status_code == 201
    sent = _sent(tmf)
    assert sent["channel"] == [{"id": "retail", "name": "store-rdg", "role": "salesChannel"}]
    assert {
        "id": "sub-alex",
        "name": "Alex Agent",
        "role": "salesAgent",
        "@referredType": "Individual",
    } in sent["relatedParty"]
    assert {party["role"] for party in sent["relatedParty"]} == {"customer", "contact", "salesAgent"}
    assert sent["externalId"] == "store-order-0001"
    assert "Alex Agent (store-rdg)" in sent["note"][0]["text"]
    order = response.json()
    assert (order["storeId"], order["agent"]["name"], order["channel"]) == (
        "store-rdg",
        "Alex Agent",
        "retail",
    )
    assert order["customerId"] == "cust-0001" and order["approvalRequired"] is False


async def test_order_on_behalf_passes_the_discount_as_an_ad_hoc_price_alteration(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    discount = {"percentage": 8, "months": 12, "reason": "Price match"}

    response = await retail.post(
        "/api/v1/customers/cust-0001/orders",
        json={**BASKET, "discount": discount},
        headers={"Idempotency-Key": "store-order-0002"},
    )

    price = _sent(tmf)["productOrderItem"][0]["itemPrice"][0]
    assert price["priceType"] == "recurring"
    assert price["price"]["taxIncludedAmount"] == {"unit": "GBP", "value": 50.0}
    promotion, alteration = price["priceAlteration"]  # the catalogue's promotion, then the agent's cut
    assert promotion["productOfferingPrice"] == {"id": "pop-900-promo"}
    assert (alteration["name"], alteration["price"]["percentage"]) == ("Agent discount", 8)
    assert alteration["applicationDuration"] == 12 and alteration["description"] == "Price match"
    assert "productOfferingPrice" not in alteration  # ad hoc: not a catalogue promotion
    sent = _sent(tmf)
    assert sent["quote"][0]["id"] == "q-order"  # priced by a TMF648 quote made for the order
    monthly_total = next(total for total in sent["orderTotalPrice"] if total["priceType"] == "recurring")
    assert [cut["name"] for cut in monthly_total["priceAlteration"]][-1] == "Agent discount"
    assert response.json()["discount"] == discount
    assert response.json()["approvalRequired"] is False


async def test_discount_above_the_agent_limit_is_marked_for_approval(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    response = await retail.post(
        "/api/v1/customers/cust-0001/orders",
        json={**BASKET, "discount": {"percentage": 15, "reason": "Loyalty"}},
        headers={"Idempotency-Key": "store-order-0003"},
    )

    assert response.status_code == 201
    assert response.json()["approvalRequired"] is True
    assert (
        _sent(tmf)["productOrderItem"][0]["itemPrice"][0]["priceAlteration"][-1]["price"]["percentage"] == 15
    )


async def test_order_on_behalf_needs_an_idempotency_key(retail: httpx.AsyncClient) -> None:
    response = await retail.post("/api/v1/customers/cust-0001/orders", json=BASKET)

    assert response.status_code == 400
    assert response.json()["code"] == "IDEMPOTENCY_KEY_REQUIRED"


async def test_order_for_an_unknown_customer_is_404(retail: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    tmf.get(f"{TMF629}/customer/cust-404").respond(404, json={"code": "404", "reason": "Not found"})

    response = await retail.post(
        "/api/v1/customers/cust-404/orders", json=BASKET, headers={"Idempotency-Key": "store-order-0004"}
    )

    assert response.status_code == 404
    assert response.json()["code"] == "CUSTOMER_NOT_FOUND"
