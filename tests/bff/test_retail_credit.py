"""Retail: the credit team's referral queue across channels (TMF622 held → inProgress | rejected)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from bff.core.auth.principal import Principal
from bff.core.backends import ChannelServices
from bff.retail.app import create_app
from tests.bff.retail_support import (
    ALEX,
    JANE,
    MORGAN,
    TMF622,
    SignedIn,
    create_store_order,
    held_for_discount,
    listed,
    signed_in_client,
)

CARA = Principal("sub-cara", frozenset({"credit"}), name="Cara Credit")
REFERRALS = "/api/v1/credit/referrals"
APPROVE = f"{REFERRALS}/po-ref/approve"
DECLINE = f"{REFERRALS}/po-ref/decline"


def held_for_credit(
    order_id: str, code: str = "CREDIT_REFERRAL", channel: dict[str, str] | None = None, at: str = "10:00:03"
) -> dict[str, Any]:
    order = create_store_order(
        order_id,
        "held",
        productOrderErrorMessage=[
            {
                "code": code,
                "reason": "Credit referral",
                "message": "Referred",
                "timestamp": f"2026-11-23T{at}Z",
            }
        ],
        note=[{"author": "Order manager", "date": f"2026-11-23T{at}Z", "text": "Credit referral: Referred"}],
    )
    if channel is not None:
        order["channel"] = [channel]
    return order


@pytest.fixture
def who() -> SignedIn:
    return SignedIn(CARA)


@pytest.fixture
async def retail(
    services: ChannelServices, tmf: respx.MockRouter, who: SignedIn
) -> AsyncIterator[httpx.AsyncClient]:
    tmf.get(f"{TMF622}/productOrder/po-ref").respond(200, json=held_for_credit("po-ref"))
    async with signed_in_client(create_app(services.settings), services, who) as http:
        yield http


def _patched(tmf: respx.MockRouter) -> respx.Route:
    def effect(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**held_for_credit("po-ref"), **json.loads(request.content)})

    return tmf.patch(f"{TMF622}/productOrder/po-ref").mock(side_effect=effect)


async def test_queue_lists_every_channels_credit_and_fraud_holds_oldest_first(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    web = {"id": "web", "name": "web", "role": "salesChannel"}
    held = [
        held_for_credit("po-web", "FRAUD_REVIEW", web, at="10:05:00"),
        held_for_credit("po-store", at="10:01:00"),
        held_for_discount("po-discount"),  # a manager's, not the credit team's
    ]
    route = tmf.get(f"{TMF622}/productOrder").mock(return_value=listed(held))

    answer = await retail.get(REFERRALS)

    assert answer.status_code == 200, answer.text
    assert route.calls.last.request.url.params["state"] == "held"
    rows = [(r["orderId"], r["kind"], r["channel"]) for r in answer.json()["referrals"]]
    assert rows == [("po-store", "CREDIT_REFERRAL", "store-rdg"), ("po-web", "FRAUD_REVIEW", "web")]
    assert answer.json()["referrals"][1]["kindLabel"] == "Fraud review"


async def test_approval_resumes_the_order_with_who_and_why(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    patch = _patched(tmf)

    answer = await retail.post(APPROVE, json={"reason": "Income confirmed"})

    assert answer.status_code == 200, answer.text
    sent = json.loads(patch.calls.last.request.content)
    assert sent["state"] == "inProgress"
    assert sent["note"][-1]["text"] == "Credit approved by Cara Credit: Income confirmed"
    assert sent["relatedParty"][-1] == {
        "id": "sub-cara",
        "name": "Cara Credit",
        "role": "creditApprover",
        "@referredType": "Individual",
    }
    assert answer.json()["decision"] == "approved"


async def test_decline_rejects_the_order_with_the_reason(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    patch = _patched(tmf)

    answer = await retail.post(DECLINE, json={"reason": "We could not confirm your identity"})

    sent = json.loads(patch.calls.last.request.content)
    assert (sent["state"], sent["note"][-1]["text"]) == (
        "rejected",
        "Credit declined by Cara Credit: We could not confirm your identity",
    )
    assert answer.json()["state"] == "rejected"


async def test_a_decision_needs_a_reason(retail: httpx.AsyncClient) -> None:
    assert (await retail.post(DECLINE, json={"reason": ""})).status_code == 422


async def test_an_order_no_longer_held_for_credit_is_a_conflict(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder/po-ref").respond(200, json=held_for_discount("po-ref"))
    answer = await retail.post(APPROVE, json={"reason": "ok"})
    assert (answer.status_code, answer.json()["code"]) == (409, "ORDER_NOT_HELD")


async def test_a_retried_approval_answers_the_order_as_it_is(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    approved = {
        **held_for_credit("po-ref"),
        "state": "inProgress",
        "note": [{"author": "Credit team", "text": "Credit approved by Cara Credit: ok"}],
    }
    tmf.get(f"{TMF622}/productOrder/po-ref").respond(200, json=approved)
    answer = await retail.post(APPROVE, json={"reason": "ok"})
    assert (answer.status_code, answer.json()["state"]) == (200, "inProgress")


@pytest.mark.parametrize("who", [SignedIn(ALEX), SignedIn(MORGAN), SignedIn(JANE)])
async def test_store_staff_and_customers_are_refused(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    patch = _patched(tmf)
    assert (await retail.get(REFERRALS)).status_code == 403
    assert (await retail.post(APPROVE, json={"reason": "ok"})).status_code == 403
    assert not patch.called


async def test_the_credit_team_is_refused_the_store_screens(retail: httpx.AsyncClient) -> None:
    assert (await retail.get("/api/v1/me")).status_code == 403
    assert (await retail.get("/api/v1/stores/store-rdg/approvals")).status_code == 403
    assert (await retail.get("/api/v1/customers", params={"q": "Jane"})).status_code == 403


@pytest.mark.parametrize("who", [SignedIn(MORGAN)])
async def test_a_store_manager_can_neither_list_nor_approve_a_credit_hold(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([held_for_credit("po-ref")]))
    patch = _patched(tmf)

    approvals = await retail.get("/api/v1/stores/store-rdg/approvals")
    approve = await retail.post("/api/v1/stores/store-rdg/approvals/po-ref/approve")

    assert approvals.json()["approvals"] == []
    assert (approve.status_code, approve.json()["code"]) == (403, "CREDIT_TEAM_DECIDES")
    assert not patch.called
