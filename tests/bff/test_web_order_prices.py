"""Web channel: the order carries its price (itemPrice, orderTotalPrice, the quote it was priced by), and an
order the order manager refuses for its price is a 409 with the price now."""

from __future__ import annotations

import json
from datetime import date

import httpx
import respx

from bff.core.order_prices import REFERENCE_ALPHABET, order_reference
from tests.bff.factories import URLS, accepting_summary, echo_order, priced_quote
from tests.bff.test_web_orders import KEY, ORDER, serve_order_backends

QUOTES = f"{URLS['tmf648_url']}/quote"
FIBRE_900 = {**ORDER, "offerId": "po-fibre-900", "addOnIds": ["po-static-ip"]}


def sent_order(route: respx.Route) -> dict:
    return dict(json.loads(route.calls.last.request.content))


async def test_order_carries_item_prices_promotion_term_total_and_quote(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)

    response = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, FIBRE_900), headers=KEY
    )

    assert response.status_code == 201, response.text
    sent = sent_order(create)
    main, static_ip = sent["productOrderItem"]
    monthly, one_off = main["itemPrice"]
    assert (monthly["priceType"], monthly["recurringChargePeriod"]) == ("recurring", "month")
    assert monthly["price"]["taxIncludedAmount"] == {"unit": "GBP", "value": 50.0}
    assert monthly["productOfferingPrice"] == {"id": "pop-900-m"}
    (promotion,) = monthly["priceAlteration"]
    assert (promotion["applicationDuration"], promotion["unitOfMeasure"]) == (6, "month")
    assert promotion["price"]["percentage"] == 50
    assert (one_off["priceType"], one_off["price"]["taxIncludedAmount"]["value"]) == ("oneTime", 29.99)
    assert main["itemTerm"][0]["duration"] == {"amount": 24, "units": "month"}
    assert static_ip["itemPrice"][0]["price"]["taxIncludedAmount"]["value"] == 5.0
    totals = {total["priceType"]: total for total in sent["orderTotalPrice"]}
    assert totals["recurring"]["price"]["taxIncludedAmount"]["value"] == 55.0
    assert totals["oneTime"]["price"]["taxIncludedAmount"]["value"] == 29.99
    assert sent["quote"] == [{"id": "q-order", "href": "/quote/q-order", "@referredType": "Quote"}]


async def test_the_quote_the_customer_saw_prices_the_order(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order_backends(tmf)
    seen = priced_quote({"quoteItem": [{"productOffering": {"id": "po-fibre-150"}}]}, quote_id="q-seen")
    seen["quoteItem"].append(
        priced_quote({"quoteItem": [{"productOffering": {"id": "po-router"}}]})["quoteItem"][0]
    )
    tmf.get(f"{QUOTES}/q-seen").respond(200, json=seen)
    order = await accepting_summary(client, {**ORDER, "quoteId": "q-seen"})  # checkout priced it: q-seen
    new_quote = tmf.routes["order_quote"]
    new_quote.reset()

    response = await client.post("/api/v1/orders", json=order, headers=KEY)

    assert response.status_code == 201, response.text
    assert sent_order(create)["quote"][0]["id"] == "q-seen"
    assert not new_quote.called


async def test_order_answer_shows_line_prices_dates_and_a_short_reference(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    serve_order_backends(tmf)

    body = (
        await client.post("/api/v1/orders", json=await accepting_summary(client, FIBRE_900), headers=KEY)
    ).json()

    assert body["reference"] == order_reference("po-1")
    main = body["items"][0]["price"]
    assert (main["monthlyPrice"], main["monthlyPriceNow"], main["monthlyPriceAfter"]) == (50.0, 25.0, 50.0)
    assert main["promotion"]["months"] == 6 and main["contractMonths"] == 24
    ordered = date.fromisoformat(body["orderDate"][:10])
    assert main["contractEndsOn"] > main["promotion"]["endsOn"] > ordered.isoformat()
    assert (body["monthlyTotal"], body["oneOffTotal"]) == (30.0, 29.99)


def test_the_reference_is_short_readable_and_stable() -> None:
    reference = order_reference("2b7f0d6e-5a1c-4f3e-9a8b-7c6d5e4f3a2b")
    assert reference == order_reference("2b7f0d6e-5a1c-4f3e-9a8b-7c6d5e4f3a2b")
    assert reference.startswith("LF-") and len(reference) == 8
    assert set(reference[3:]) <= set(REFERENCE_ALPHABET) and not set("01OIL") & set(REFERENCE_ALPHABET)
    assert order_reference("another order") != reference


async def test_an_order_refused_for_its_price_is_409_with_the_price_now(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    refused = {
        "state": "rejected",
        "productOrderErrorMessage": [
            {"code": "PRICE_CHANGED", "reason": "Price changed", "message": "pop-150-m is now £30.00"}
        ],
    }
    create.mock(
        side_effect=lambda request: httpx.Response(
            201, json={**echo_order(json.loads(request.content)), **refused}
        )
    )

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "PRICE_CHANGED"
    assert "accept" in body["message"]
    assert body["quote"]["id"] == "q-order" and body["quote"]["monthlyTotal"] == 28.0
    assert body["quote"]["contractMonths"] == 24 and body["quote"]["termTotal"] == 28.0 * 24 + 29.99 + 49.0


async def test_an_expired_quote_is_409_quote_expired(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order_backends(tmf)
    refused = {
        "state": "rejected",
        "productOrderErrorMessage": [{"code": "QUOTE_EXPIRED", "reason": "Quote expired"}],
    }
    create.mock(
        side_effect=lambda request: httpx.Response(
            201, json={**echo_order(json.loads(request.content)), **refused}
        )
    )

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert (response.status_code, response.json()["code"]) == (409, "QUOTE_EXPIRED")
    assert "expired" in response.json()["message"]
