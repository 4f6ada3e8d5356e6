"""Issue 21, Medium 2: four eyes. Nobody approves an order they placed; an approval records who approved."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from bff.core.auth.principal import Principal
from bff.core.backends import ChannelServices
from bff.retail.app import create_app
from tests.bff.retail_support import MORGAN, TMF622, SignedIn, held_for_discount, signed_in_client

APPROVE = "/api/v1/stores/store-rdg/approvals/po-held/approve"
RILEY = Principal("sub-riley", frozenset({"manager"}), store_id="store-rdg", name="Riley Manager")


def placed_by_morgan() -> dict:
    """A 100 % discount Morgan (a manager) gave on an order he placed himself, held for approval."""
    order = held_for_discount("po-held")
    order["relatedParty"] = [party for party in order["relatedParty"] if party["role"] != "salesAgent"] + [
        {"id": "sub-morgan", "name": "Morgan Manager", "role": "salesAgent", "@referredType": "Individual"}
    ]
    order["productOrderItem"][0]["itemPrice"][0]["priceAlteration"][0]["price"]["percentage"] = 100
    return order


@pytest.fixture
def who() -> SignedIn:
    return SignedIn(MORGAN)


@pytest.fixture
async def retail(
    services: ChannelServices, tmf: respx.MockRouter, who: SignedIn
) -> AsyncIterator[httpx.AsyncClient]:
    tmf.get(f"{TMF622}/productOrder/po-held").respond(200, json=placed_by_morgan())
    tmf.patch(f"{TMF622}/productOrder/po-held", name="decide").mock(
        side_effect=lambda request: httpx.Response(
            200, json={**placed_by_morgan(), **json.loads(request.content)}
        )
    )
    async with signed_in_client(create_app(services.settings), services, who) as http:
        yield http


async def test_a_manager_cannot_approve_an_order_he_placed(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    response = await retail.post(APPROVE)

    assert response.status_code == 403, response.text
    assert response.json()["code"] == "OWN_ORDER_APPROVAL"
    assert "another manager" in response.json()["message"]
    assert tmf.routes["decide"].call_count == 0


async def test_another_manager_approves_and_is_recorded_as_approver(
    retail: httpx.AsyncClient, tmf: respx.MockRouter, who: SignedIn
) -> None:
    who.who = RILEY

    response = await retail.post(APPROVE)

    assert response.status_code == 200, response.text
    sent = json.loads(tmf.routes["decide"].calls.last.request.content)
    assert {
        "id": "sub-riley",
        "name": "Riley Manager",
        "role": "approver",
        "@referredType": "Individual",
    } in sent["relatedParty"]
    assert {party["role"] for party in sent["relatedParty"]} == {"customer", "salesAgent", "approver"}
    assert sent["note"][-1]["text"] == "Approved by Riley Manager"
    assert response.json()["approvedBy"] == {"id": "sub-riley", "name": "Riley Manager"}
    assert response.json()["agent"]["id"] == "sub-morgan"
