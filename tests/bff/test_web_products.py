"""Web channel: the customer's products (TMF637) and changes to them as TMF622 orders (modify, delete)."""

from __future__ import annotations

import json

import httpx
import respx

from tests.bff.factories import URLS, create_product, create_qualification, echo_order
from tests.bff.test_web_orders import CHECK, ORDERS

PRODUCTS = f"{URLS['tmf637_url']}/product"
KEY = {"Idempotency-Key": "change-5e1c0a77"}


def serve_change_backends(tmf: respx.MockRouter, product: dict | None = None) -> respx.Route:
    tmf.get(f"{PRODUCTS}/prod-1").respond(200, json=product or create_product())
    tmf.get(ORDERS).respond(200, json=[])
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))
    return tmf.post(ORDERS).mock(
        side_effect=lambda request: httpx.Response(
            201, json=echo_order(json.loads(request.content), "po-change")
        )
    )


async def test_products_of_a_customer_with_speeds_from_the_catalogue(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    route = tmf.get(PRODUCTS).respond(200, json=[create_product()])

    body = (await client.get("/api/v1/products")).json()  # the signed-in customer's (cust-7)

    assert route.calls.last.request.url.params["relatedParty.id"] == "cust-7"
    product = body["products"][0]
    assert (
        product["offerName"] == "Fibre 150"
        and product["downloadMbps"] == 150
        and product["technology"] == "FTTP"
    )
    assert product["status"] == "active" and product["customerId"] == "cust-7"
    assert product["address"]["label"] == "12 Acacia Avenue, Reading RG1 4AB"
    assert product["characteristics"] == {"installationSlot": "morning"}


async def test_speed_change_is_a_modify_order_on_the_product(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_change_backends(tmf)

    response = await client.post(
        "/api/v1/products/prod-1/modify", json={"offerId": "po-fibre-900"}, headers=KEY
    )

    assert response.status_code == 201
    sent = json.loads(create.calls.last.request.content)
    assert sent["externalId"] == KEY["Idempotency-Key"]
    (item,) = sent["productOrderItem"]
    assert item["action"] == "modify"
    assert item["product"]["id"] == "prod-1"
    assert item["productOffering"] == {"id": "po-fibre-900", "name": "Fibre 900"}
    assert [party["id"] for party in sent["relatedParty"]] == ["cust-7", "ind-42"]
    shown = response.json()["items"][0]
    assert {name: value for name, value in shown.items() if name != "price"} == {
        "id": "1",
        "offerId": "po-fibre-900",
        "name": "Fibre 900",
        "state": "acknowledged",
        "action": "modify",
        "productId": "prod-1",
    }
    # The new tier's price, quoted (TMF648) and carried on the item, with a new minimum term.
    assert item["itemPrice"][0]["price"]["taxIncludedAmount"] == {"unit": "GBP", "value": 50.0}
    assert (shown["price"]["monthlyPrice"], shown["price"]["contractMonths"]) == (50.0, 24)
    assert sent["quote"][0]["id"] == "q-order" and sent["orderTotalPrice"]


async def test_speed_change_to_a_tier_the_line_cannot_carry_is_refused(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_change_backends(tmf)
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 300, 50)]))

    response = await client.post(
        "/api/v1/products/prod-1/modify", json={"offerId": "po-fibre-900"}, headers=KEY
    )

    assert response.status_code == 409 and response.json()["code"] == "OFFER_NOT_AVAILABLE_AT_ADDRESS"
    assert create.call_count == 0


async def test_changing_to_the_same_tier_is_refused(client: httpx.AsyncClient, tmf: respx.MockRouter):
    serve_change_backends(tmf)

    response = await client.post(
        "/api/v1/products/prod-1/modify", json={"offerId": "po-fibre-150"}, headers=KEY
    )

    assert response.status_code == 409
    assert response.json() == {"code": "PRODUCT_CANNOT_BE_CHANGED", "message": "You already have this speed."}


async def test_cease_is_a_delete_order_on_the_product(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_change_backends(tmf)

    response = await client.post(
        "/api/v1/products/prod-1/cease", json={"reason": "Moving abroad"}, headers=KEY
    )

    assert response.status_code == 201
    (item,) = json.loads(create.calls.last.request.content)["productOrderItem"]
    assert item["action"] == "delete"
    assert item["product"]["id"] == "prod-1" and item["product"]["@type"] == "Product"
    assert [place["id"] for place in item["product"]["place"]] == ["addr-0001"]  # where the line ends
    assert item["productOffering"]["id"] == "po-fibre-150"


async def test_ceased_product_cannot_be_changed(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_change_backends(tmf, create_product(status="terminated"))

    response = await client.post("/api/v1/products/prod-1/cease", headers=KEY)

    assert response.status_code == 409 and response.json()["code"] == "PRODUCT_CANNOT_BE_CHANGED"
    assert create.call_count == 0


async def test_unknown_product_is_404(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(f"{PRODUCTS}/nope").respond(404, json={"code": "404", "reason": "Not found"})
    tmf.get(ORDERS).respond(200, json=[])

    response = await client.post("/api/v1/products/nope/cease", headers=KEY)

    assert response.status_code == 404 and response.json()["code"] == "PRODUCT_NOT_FOUND"
