"""Web channel: My products lists lines with their add-ons under them, ended lines as ended, and add-ons
carry no change of their own (TMF637 productRelationship reliesOn, status terminated)."""

from __future__ import annotations

from typing import Any

import httpx
import respx

from tests.bff.factories import create_product
from tests.bff.test_web_products import KEY, PRODUCTS, serve_change_backends


def priced(product: dict[str, Any], price_type: str, value: float) -> dict[str, Any]:
    price = {"priceType": price_type, "price": {"taxIncludedAmount": {"unit": "GBP", "value": value}}}
    return {**product, "productPrice": [*product.get("productPrice", []), price]}


def create_add_on(
    product_id: str = "prod-2", offering_id: str = "po-router", line_id: str | None = "prod-1", **extra: Any
) -> dict[str, Any]:
    """A TMF637 add-on product, related to its line as the order manager records it."""
    add_on = {
        **create_product(product_id, offering_id),
        "name": "Wi-Fi 6 router",
        "productOffering": {"id": offering_id, "name": "Wi-Fi 6 router"},
        "productCharacteristic": [],
        **extra,
    }
    if line_id:
        add_on["productRelationship"] = [
            {"relationshipType": "reliesOn", "product": {"id": line_id, "@referredType": "Product"}}
        ]
    return add_on


def from_order(product: dict[str, Any], order_id: str) -> dict[str, Any]:
    ref = {"orderItemId": "1", "productOrderId": order_id, "orderItemAction": "add"}
    return {**product, "productOrderItem": [ref]}


async def products(client: httpx.AsyncClient, tmf: respx.MockRouter, found: list[dict]) -> dict[str, Any]:
    tmf.get(PRODUCTS).respond(200, json=found)
    response = await client.get("/api/v1/products")
    assert response.status_code == 200, response.text
    return response.json()


async def test_an_add_on_is_listed_under_its_line_never_as_a_line(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    line = priced(priced(create_product(), "recurring", 28.0), "oneTime", 29.99)
    router = priced(create_add_on(), "oneTime", 49.0)

    body = await products(client, tmf, [line, router])

    (shown,) = body["products"]
    assert shown["id"] == "prod-1" and shown["monthlyPrice"] == 28.0 and shown["currency"] == "GBP"
    assert [(a["id"], a["name"], a["oneOffPrice"], a["monthlyPrice"]) for a in shown["addOns"]] == [
        ("prod-2", "Wi-Fi 6 router", 49.0, None)
    ]
    assert body["addOns"] == []


async def test_an_add_on_made_before_relationships_goes_under_the_line_of_its_order(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    line = from_order(create_product(), "order-1")
    other = from_order(create_product("prod-3"), "order-2")
    ip = from_order(create_add_on("prod-4", "po-static-ip", line_id=None), "order-2")
    stray = create_add_on("prod-5", line_id=None)

    body = await products(client, tmf, [line, other, ip, stray])

    assert {p["id"]: [a["id"] for a in p["addOns"]] for p in body["products"]} == {
        "prod-1": [],
        "prod-3": ["prod-4"],
    }
    assert [a["id"] for a in body["addOns"]] == ["prod-5"]


async def test_an_ended_line_is_shown_as_ended_after_the_active_ones(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    ended = {**create_product("prod-9", status="terminated"), "terminationDate": "2026-12-01T10:00:00Z"}

    body = await products(client, tmf, [ended, create_product()])

    assert [(p["id"], p["status"]) for p in body["products"]] == [
        ("prod-1", "active"),
        ("prod-9", "terminated"),
    ]
    assert body["products"][1]["terminationDate"].startswith("2026-12-01T10:00:00")


async def test_a_line_after_a_speed_change_shows_its_new_offer_and_price(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    changed = priced({**create_product(offering_id="po-fibre-900"), "name": "Fibre 900"}, "recurring", 50.0)

    (shown,) = (await products(client, tmf, [changed]))["products"]

    assert (shown["offerName"], shown["downloadMbps"], shown["monthlyPrice"]) == ("Fibre 900", 900, 50.0)


async def test_an_add_on_cannot_have_its_speed_changed(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_change_backends(tmf, create_add_on("prod-1", line_id="prod-7"))

    response = await client.post(
        "/api/v1/products/prod-1/modify", json={"offerId": "po-fibre-900"}, headers=KEY
    )

    assert response.status_code == 409 and response.json()["code"] == "PRODUCT_CANNOT_BE_CHANGED"
    assert "add-on" in response.json()["message"]
    assert create.call_count == 0


async def test_an_add_on_is_not_ended_on_its_own(client: httpx.AsyncClient, tmf: respx.MockRouter):
    # Sold before relationships were recorded: known as an add-on by its catalogue offering.
    create = serve_change_backends(tmf, create_add_on("prod-1", line_id=None))

    response = await client.post("/api/v1/products/prod-1/cease", headers=KEY)

    assert response.status_code == 409 and response.json()["code"] == "PRODUCT_CANNOT_BE_CHANGED"
    assert create.call_count == 0
