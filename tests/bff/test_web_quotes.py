"""Web channel: a basket priced by TMF648."""

from __future__ import annotations

import json

import httpx
import respx

from tests.bff.factories import URLS, create_quote, create_quote_item

QUOTE = f"{URLS['tmf648_url']}/quote"
BASKET = {"addressId": "addr-0001", "offerId": "po-fibre-900", "addOnIds": ["po-router", "po-static-ip"]}


async def test_quote_has_one_item_per_offering(client: httpx.AsyncClient, tmf: respx.MockRouter):
    route = tmf.post(QUOTE).respond(201, json=create_quote([]))

    await client.post("/api/v1/quotes", json=BASKET)

    sent = json.loads(route.calls.last.request.content)
    items = sent["quoteItem"]
    assert [item["productOffering"]["id"] for item in items] == ["po-fibre-900", "po-router", "po-static-ip"]
    assert items[0]["product"]["place"] == [
        {"id": "addr-0001", "role": "installationAddress", "@referredType": "GeographicAddress"}
    ]
    assert all(
        item["quoteItemRelationship"] == [{"id": "1", "relationshipType": "reliesOn"}] for item in items[1:]
    )
    assert {item["action"] for item in items} == {"add"}


async def test_quote_totals_and_promotion_come_from_the_quote(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    tmf.post(QUOTE).respond(
        201,
        json=create_quote(
            [
                create_quote_item("1", "po-fibre-900", "Fibre 900", 50.0, 29.99, promotion=(50, 6)),
                create_quote_item("2", "po-router", "Wi-Fi 6 router", 0, 49.0),
                create_quote_item("3", "po-static-ip", "Static IP", 5.0, 0),
            ]
        ),
    )

    body = (await client.post("/api/v1/quotes", json=BASKET)).json()

    assert body["monthlyTotal"] == 55.0
    assert body["oneOffTotal"] == 78.99
    assert body["promotionMonthlyTotal"] == 30.0
    assert body["promotionMonths"] == 6
    assert [line["name"] for line in body["items"]] == ["Fibre 900", "Wi-Fi 6 router", "Static IP"]


async def test_unknown_offer_is_refused_before_any_quote(client: httpx.AsyncClient, tmf: respx.MockRouter):
    route = tmf.post(QUOTE).respond(201, json=create_quote([]))

    response = await client.post("/api/v1/quotes", json={**BASKET, "offerId": "po-nope"})

    assert response.status_code == 404
    assert response.json()["code"] == "OFFER_NOT_FOUND"
    assert route.call_count == 0


async def test_unknown_add_on_is_refused(client: httpx.AsyncClient, tmf: respx.MockRouter):
    response = await client.post("/api/v1/quotes", json={**BASKET, "addOnIds": ["po-unicorn"]})

    assert response.status_code == 404
    assert response.json()["code"] == "ADDON_NOT_FOUND"


async def test_quote_refused_by_tmf648_is_422(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(QUOTE).respond(400, json={"code": "INVALID", "reason": "offering not sellable", "status": "400"})

    response = await client.post("/api/v1/quotes", json=BASKET)

    assert response.status_code == 422
    assert response.json()["code"] == "REQUEST_REJECTED"
    assert "sellable" not in response.text
