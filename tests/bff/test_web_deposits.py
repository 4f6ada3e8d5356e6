"""Web channel: accepting the deposit the credit check asked for (TMF622 pending DEPOSIT_REQUIRED)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import respx

from tests.bff.factories import CUSTOMER_PARTY, URLS, echo_order

ORDER = f"{URLS['tmf622_url']}/productOrder/po-1"
DEPOSIT = "/api/v1/orders/po-1/deposit"
ASKED = {
    "code": "DEPOSIT_REQUIRED",
    "reason": "Deposit required",
    "message": "The credit check accepts the order with a refundable deposit of £100.00",
    "amount": {"unit": "GBP", "value": 100.0},
}


def create_waiting_order(
    state: str = "pending", party: dict[str, Any] = CUSTOMER_PARTY, **extra: Any
) -> dict:
    order = echo_order({"relatedParty": [party], "productOrderItem": [{"id": "1", "action": "add"}]}, "po-1")
    return {**order, "state": state, "productOrderErrorMessage": [ASKED], **extra}


def serve(tmf: respx.MockRouter, order: dict) -> respx.Route:
    tmf.get(ORDER).respond(200, json=order)

    def patched(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**order, **json.loads(request.content)})

    return tmf.patch(ORDER).mock(side_effect=patched)


async def test_accepting_puts_the_deposit_on_the_order_and_has_it_checked_again(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    patch = serve(tmf, create_waiting_order())

    response = await client.post(DEPOSIT)

    assert response.status_code == 200, response.text
    sent = json.loads(patch.calls.last.request.content)
    assert sent["state"] == "acknowledged"
    assert [(p["priceType"], p["price"]["taxIncludedAmount"]) for p in sent["orderTotalPrice"]] == [
        ("deposit", {"unit": "GBP", "value": 100.0})
    ]
    assert sent["note"][-1]["text"] == "Deposit of £100.00 accepted by the customer"
    assert response.json()["state"] == "acknowledged"


async def test_the_order_view_names_the_deposit_asked_for(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(ORDER).respond(200, json=create_waiting_order())

    problems = (await client.get("/api/v1/orders/po-1")).json()["errorMessages"]

    assert [(p["code"], p["amount"]) for p in problems] == [("DEPOSIT_REQUIRED", 100.0)]


async def test_an_order_not_waiting_for_a_deposit_is_a_conflict(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    patch = serve(tmf, create_waiting_order(state="held"))

    response = await client.post(DEPOSIT)

    assert (response.status_code, response.json()["code"]) == (409, "DEPOSIT_NOT_ASKED")
    assert not patch.called


async def test_a_retry_once_accepted_answers_the_order_as_it_is(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    carried = [{"priceType": "deposit", "price": {"taxIncludedAmount": {"unit": "GBP", "value": 100.0}}}]
    patch = serve(tmf, create_waiting_order(state="inProgress", orderTotalPrice=carried))

    response = await client.post(DEPOSIT)

    assert (response.status_code, response.json()["state"]) == (200, "inProgress")
    assert not patch.called


async def test_another_customers_order_is_refused(client: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    other = {**CUSTOMER_PARTY, "id": "cust-other"}
    patch = serve(tmf, create_waiting_order(party=other))

    assert (await client.post(DEPOSIT)).status_code == 403
    assert not patch.called
