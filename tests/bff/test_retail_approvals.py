"""Retail: the store manager's approval queue (TMF622 held → inProgress | rejected), store-scoped."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.retail.app import create_app
from tests.bff.retail_support import (
    ALEX,
    BEA,
    MORGAN,
    NICO,
    TMF622,
    SignedIn,
    held_for_discount,
    listed,
    signed_in_client,
)

APPROVE = "/api/v1/stores/store-rdg/approvals/po-held/approve"
REJECT = "/api/v1/stores/store-rdg/approvals/po-held/reject"


@pytest.fixture
def who() -> SignedIn:
    return SignedIn(MORGAN)


@pytest.fixture
async def retail(
    services: ChannelServices, tmf: respx.MockRouter, who: SignedIn
) -> AsyncIterator[httpx.AsyncClient]:
    tmf.get(f"{TMF622}/productOrder/po-held").respond(200, json=held_for_discount("po-held"))
    async with signed_in_client(create_app(services.settings), services, who) as http:
        yield http


def _patched(tmf: respx.MockRouter) -> respx.Route:
    def effect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**held_for_discount("po-held"), **json.loads(request.content)})

    return tmf.patch(f"{TMF622}/productOrder/po-held").mock(side_effect=effect)


async def test_manager_approves_a_held_order(retail: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    patch = _patched(tmf)

    response = await retail.post(APPROVE)

    assert response.status_code == 200
    sent = json.loads(patch.calls.last.request.content)
    assert sent["state"] == "inProgress"
    assert [note["text"] for note in sent["note"]] == [
        "Discount approval required",
        "Approved by Morgan Manager",
    ]
    assert patch.calls.last.request.headers["Content-Type"] == "application/merge-patch+json"
    assert response.json()["state"] == "inProgress"


async def test_manager_rejects_with_the_reason(retail: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    patch = _patched(tmf)

    response = await retail.post(REJECT, json={"reason": "Discount not justified"})

    sent = json.loads(patch.calls.last.request.content)
    assert sent["state"] == "rejected"
    assert sent["note"][-1]["text"] == "Rejected by Morgan Manager: Discount not justified"
    assert response.json()["state"] == "rejected"
    assert response.json()["stateReason"] == "Rejected by Morgan Manager: Discount not justified"


async def test_a_held_order_says_why_it_waits(retail: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([held_for_discount("po-held")]))

    response = await retail.get("/api/v1/stores/store-rdg/orders")

    order = response.json()["orders"][0]["order"]
    assert (order["state"], order["customerName"]) == ("held", "Jane Doe")
    assert order["stateReason"].startswith("Item 1 has a 25 % discount")


async def test_an_order_the_order_manager_rejected_says_why(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    duplicate = {
        **held_for_discount("po-dup"),
        "state": "rejected",
        "productOrderErrorMessage": [
            {
                "code": "DUPLICATE_ORDER",
                "reason": "Duplicate order",
                "message": "An open order po-1 already exists for this customer, address and offering",
                "timestamp": "2026-11-23T10:00:03Z",
            }
        ],
    }
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([duplicate]))

    response = await retail.get("/api/v1/stores/store-rdg/orders")

    order = response.json()["orders"][0]["order"]
    assert order["stateReason"] == "An open order po-1 already exists for this customer, address and offering"
    assert order["approvalRequired"] is False


async def test_an_agent_cannot_approve(
    retail: httpx.AsyncClient, who: SignedIn, tmf: respx.MockRouter
) -> None:
    patch = _patched(tmf)
    who.who = ALEX

    response = await retail.post(APPROVE)

    assert response.status_code == 403
    assert not patch.called


async def test_a_manager_of_another_store_cannot_approve(
    retail: httpx.AsyncClient, who: SignedIn, tmf: respx.MockRouter
) -> None:
    patch = _patched(tmf)
    who.who = NICO

    response = await retail.post(APPROVE)

    assert response.status_code == 403
    assert not patch.called


async def test_another_stores_order_is_not_in_this_stores_queue(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder/po-ldn").respond(200, json=held_for_discount("po-ldn", "store-ldn"))

    response = await retail.post("/api/v1/stores/store-rdg/approvals/po-ldn/approve")

    assert response.status_code == 404


async def test_an_order_no_longer_held_cannot_be_rejected(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder/po-done").respond(
        200, json={**held_for_discount("po-done"), "state": "completed"}
    )

    response = await retail.post("/api/v1/stores/store-rdg/approvals/po-done/reject", json={"reason": "late"})

    assert response.status_code == 409
    assert response.json()["code"] == "ORDER_NOT_HELD"


async def test_approvals_list_the_stores_held_orders(
    retail: httpx.AsyncClient, tmf: respx.MockRouter, who: SignedIn
) -> None:
    who.who = ALEX  # agents see what waits for their manager
    route = tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([held_for_discount("po-held")]))

    response = await retail.get("/api/v1/stores/store-rdg/approvals")

    query = parse_qs(urlsplit(str(route.calls.last.request.url)).query)
    assert (query["channel.id"], query["channel.name"], query["state"]) == (
        ["retail"],
        ["store-rdg"],
        ["held"],
    )
    approval = response.json()["approvals"][0]
    assert approval["order"]["discount"]["percentage"] == 25 and approval["order"]["approvalRequired"] is True
    assert approval["reason"].startswith("Item 1 has a 25 % discount")
    assert approval["heldSince"] == "2026-11-23T10:00:03Z"


async def test_an_agent_of_another_store_cannot_see_its_approvals(
    retail: httpx.AsyncClient, who: SignedIn
) -> None:
    who.who = BEA

    assert (await retail.get("/api/v1/stores/store-rdg/approvals")).status_code == 403


async def test_an_approval_carries_the_facts_a_manager_decides_on(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([held_for_discount("po-held")]))
    before = datetime.now(UTC)

    response = await retail.get("/api/v1/stores/store-rdg/approvals")

    after = datetime.now(UTC)
    answer = response.json()
    assert answer["storeName"] == "Reading"
    approval = answer["approvals"][0]
    order = approval["order"]
    assert (order["customerName"], order["offerName"], order["agent"]["name"]) == (
        "Jane Doe",
        "Fibre 900",
        "Alex Agent",
    )
    assert (order["discount"]["percentage"], order["discount"]["reason"]) == (25, "Price match")
    assert (approval["listPrice"], approval["priceAfterDiscount"]) == (50, 37.5)
    assert approval["storeName"] == "Reading"
    held_since = datetime(2026, 11, 23, 10, 0, 3, tzinfo=UTC)
    waited = approval["waitingSeconds"]
    assert (before - held_since).total_seconds() <= waited <= (after - held_since).total_seconds()


async def test_a_store_without_a_name_is_shown_by_its_id(
    services: ChannelServices, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([held_for_discount("po-held")]))
    unnamed = replace(services, settings=services.settings.model_copy(update={"retail_store_names": {}}))

    async with signed_in_client(create_app(unnamed.settings), unnamed, SignedIn(MORGAN)) as http:
        answer = (await http.get("/api/v1/stores/store-rdg/approvals")).json()

    assert (answer["storeName"], answer["approvals"][0]["storeName"]) == ("store-rdg", "store-rdg")


async def test_an_order_without_a_price_has_no_price_after_discount(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    order = held_for_discount("po-held")
    del order["productOrderItem"][0]["itemPrice"]
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([order]))

    approval = (await retail.get("/api/v1/stores/store-rdg/approvals")).json()["approvals"][0]

    assert (approval["listPrice"], approval["priceAfterDiscount"], approval["order"]["discount"]) == (
        None,
        None,
        None,
    )


async def test_staff_see_their_stores_name(retail: httpx.AsyncClient) -> None:
    me = (await retail.get("/api/v1/me")).json()

    assert (me["storeId"], me["storeName"]) == ("store-rdg", "Reading")
