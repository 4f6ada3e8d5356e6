"""Web channel: the contract summary (Ofcom GC C1) priced with the basket, accepted to order, refused when
missing or stale, kept with the order and read back with it."""

from __future__ import annotations

import json

import httpx
import respx

from tests.bff.factories import URLS, accepting_summary, create_individual, echo_order
from tests.bff.test_web_orders import KEY, ORDER, serve_order_backends

FIBRE_900 = {**ORDER, "offerId": "po-fibre-900", "addOnIds": ["po-static-ip"]}
BASKET = {name: FIBRE_900[name] for name in ("addressId", "offerId", "addOnIds")}


async def test_the_priced_basket_carries_its_contract_summary(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    quote = (await client.post("/api/v1/quotes", json=BASKET)).json()

    summary = quote["contractSummary"]
    assert (summary["planName"], summary["downloadMbps"], summary["contractMonths"]) == ("Fibre 900", 900, 24)
    assert summary["addOns"] == ["Static IP"]
    # The same figures as the checkout's price: one quote, one source.
    assert summary["monthlyPrice"] == quote["monthlyTotal"] == 55.0
    assert summary["promotionMonthlyPrice"] == quote["promotionMonthlyTotal"]
    assert summary["promotionEndsOn"] == quote["promotionEndsOn"]
    assert summary["termTotal"] == quote["termTotal"]
    assert summary["oneOffTotal"] == quote["oneOffTotal"]
    assert summary["priceRiseIncrease"] == 3.0 and summary["coolingOffDays"] == 14
    assert summary["termTotalWithRises"] > summary["termTotal"]  # two Aprils fall in 24 months


async def test_an_order_without_the_summary_accepted_is_refused_and_nothing_placed(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    accepted = await accepting_summary(client, FIBRE_900)

    for body in (FIBRE_900, {**accepted, "contractSummaryAccepted": False}):
        response = await client.post("/api/v1/orders", json=body, headers=KEY)

        assert response.status_code == 422, response.text
        assert response.json()["code"] == "CONTRACT_SUMMARY_NOT_ACCEPTED"
        assert "contract summary" in response.json()["message"]
    assert not create.called


async def test_an_order_under_a_stale_summary_is_refused_with_the_summary_now(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    now = (await client.post("/api/v1/quotes", json=BASKET)).json()["contractSummary"]
    stale = {**FIBRE_900, "contractSummaryAccepted": True, "contractSummaryVersion": "0123456789abcdef"}

    response = await client.post("/api/v1/orders", json=stale, headers=KEY)

    assert response.status_code == 409, response.text
    body = response.json()
    assert body["code"] == "CONTRACT_SUMMARY_CHANGED"
    assert body["contractSummary"]["version"] == now["version"]
    assert not create.called


async def test_the_accepted_summary_is_kept_on_the_order_and_read_back(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    accepted = await accepting_summary(client, FIBRE_900)

    placed = await client.post("/api/v1/orders", json=accepted, headers=KEY)

    assert placed.status_code == 201, placed.text
    sent = json.loads(create.calls.last.request.content)
    version = accepted["contractSummaryVersion"]
    assert {"id": f"contract-summary-{version}", "name": "Contract summary"} in sent["agreement"]
    kept = [note for note in sent["note"] if note["text"].startswith("Contract summary accepted: ")]
    assert len(kept) == 1 and f'"version": "{version}"' in kept[0]["text"]
    assert placed.json()["contractSummary"]["version"] == version
    # Read again later (My account's print-ready page): the summary as the customer accepted it.
    tmf.get(f"{URLS['tmf622_url']}/productOrder/po-1").respond(200, json=echo_order(sent))
    tmf.get(f"{URLS['tmf632_url']}/individual/ind-42").respond(200, json=create_individual())
    read = (await client.get("/api/v1/orders/po-1")).json()
    assert read["contractSummary"] == placed.json()["contractSummary"]
    assert read["contractSummary"]["monthlyPrice"] == 55.0
