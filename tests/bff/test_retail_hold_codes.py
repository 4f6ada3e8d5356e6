"""An order system that holds orders under codes of its own: with the catalogue profile's approval_hold_code
and credit_referral_code set to them, a store's approvals, its queue's phases and the 360 read those holds
as the mocks' APPROVAL_REQUIRED and CREDIT_REFERRAL are read (a credit referral being the credit team's,
never in a store's approvals); left at the defaults, the same order is not taken for one waiting for a
manager."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from bff.config import CatalogueProfile, Settings
from bff.core.backends import ChannelServices
from bff.retail.app import create_app
from tests.bff.retail_support import MORGAN, TMF622, SignedIn, held_for_discount, listed, signed_in_client

THEIR_PROFILE = CatalogueProfile(approval_hold_code="DISC_REVIEW", credit_referral_code="CREDIT_REFER")


def held_under(code: str, order_id: str = "po-held") -> dict[str, Any]:
    order = held_for_discount(order_id)
    order["productOrderErrorMessage"][0]["code"] = code
    return order


@pytest.fixture
async def theirs(settings: Settings) -> AsyncIterator[ChannelServices]:
    services = ChannelServices.from_settings(settings.model_copy(update={"profile": THEIR_PROFILE}))
    yield services
    await services.aclose()


async def test_their_approval_hold_code_puts_an_order_in_the_approvals(
    theirs: ChannelServices, tmf: respx.MockRouter
) -> None:
    code = "DISC_REVIEW"
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([held_under(code)]))
    tmf.get(f"{TMF622}/productOrder/po-held").respond(200, json=held_under(code))

    async with signed_in_client(create_app(theirs.settings), theirs, SignedIn(MORGAN)) as http:
        approvals = (await http.get("/api/v1/stores/store-rdg/approvals")).json()["approvals"]
        detail = (await http.get("/api/v1/stores/store-rdg/orders/po-held")).json()

    assert [approval["order"]["approvalRequired"] for approval in approvals] == [True]
    assert [problem["code"] for problem in approvals[0]["order"]["problems"]] == [code]
    assert [phase["name"] for phase in detail["phases"]] == ["Validation", "Approval"]


async def test_their_credit_referral_code_is_the_credit_teams_not_the_stores(
    theirs: ChannelServices, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([held_under("CREDIT_REFER")]))
    tmf.get(f"{TMF622}/productOrder/po-held").respond(200, json=held_under("CREDIT_REFER"))
    patch = tmf.patch(f"{TMF622}/productOrder/po-held").respond(200, json=held_under("CREDIT_REFER"))

    async with signed_in_client(create_app(theirs.settings), theirs, SignedIn(MORGAN)) as http:
        approvals = (await http.get("/api/v1/stores/store-rdg/approvals")).json()["approvals"]
        detail = (await http.get("/api/v1/stores/store-rdg/orders/po-held")).json()
        approve = await http.post("/api/v1/stores/store-rdg/approvals/po-held/approve")

    assert approvals == []
    assert [phase["name"] for phase in detail["phases"]] == ["Validation", "Approval"]
    assert (approve.status_code, approve.json()["code"], patch.called) == (403, "CREDIT_TEAM_DECIDES", False)


async def test_the_default_codes_do_not_take_their_hold_for_an_approval(
    services: ChannelServices, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([held_under("DISC_REVIEW")]))

    async with signed_in_client(create_app(services.settings), services, SignedIn(MORGAN)) as http:
        approvals = (await http.get("/api/v1/stores/store-rdg/approvals")).json()["approvals"]

    assert [approval["order"]["approvalRequired"] for approval in approvals] == [False]


async def test_a_retried_approval_of_their_hold_answers_the_order_as_it_is(
    theirs: ChannelServices, tmf: respx.MockRouter
) -> None:
    approved = {**held_under("DISC_REVIEW"), "state": "inProgress"}
    tmf.get(f"{TMF622}/productOrder/po-held").respond(200, json=approved)
    patch = tmf.patch(f"{TMF622}/productOrder/po-held").respond(200, json=approved)

    async with signed_in_client(create_app(theirs.settings), theirs, SignedIn(MORGAN)) as http:
        again = await http.post("/api/v1/stores/store-rdg/approvals/po-held/approve")

    # Decided already under their code (a retried click): no second PATCH, no ORDER_NOT_HELD.
    assert (again.status_code, again.json()["state"], patch.called) == (200, "inProgress", False)


async def test_approving_their_hold_patches_the_state(theirs: ChannelServices, tmf: respx.MockRouter) -> None:
    tmf.get(f"{TMF622}/productOrder/po-held").respond(200, json=held_under("DISC_REVIEW"))
    patch = tmf.patch(f"{TMF622}/productOrder/po-held").mock(
        side_effect=lambda request: httpx.Response(
            200, json={**held_under("DISC_REVIEW"), **json.loads(request.content)}
        )
    )

    async with signed_in_client(create_app(theirs.settings), theirs, SignedIn(MORGAN)) as http:
        response = await http.post("/api/v1/stores/store-rdg/approvals/po-held/approve")

    assert json.loads(patch.calls.last.request.content)["state"] == "inProgress"
    assert response.json()["state"] == "inProgress"
