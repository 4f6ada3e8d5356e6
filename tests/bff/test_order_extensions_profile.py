"""TMF622 v4 models neither milestones nor error messages: a server keeps them as extensions, under names
of its own. With the catalogue profile's order_*_attribute set to those names, tracking shows them as it
does for our mocks (v5's names), and what the BFF writes back goes under the server's names."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
import respx

from bff.config import CatalogueProfile, Settings
from bff.core.clients.tmf622 import Tmf622Client
from tests.bff.factories import URLS, echo_order
from tests.bff.identity import ISSUER
from tests.bff.test_web_orders import ORDERS
from tmf_models.tmf622 import ProductOrder

THEIR_PROFILE = CatalogueProfile(
    order_milestones_attribute="milestone", order_error_messages_attribute="orderErrorMessage"
)
MILESTONE = {
    "id": "1.1",
    "name": "Activate FTTP access",
    "status": "Completed",
    "milestoneDate": "2026-11-23T10:05:00Z",
    "productOrderItem": [{"productOrderItemId": "1"}],
}
PROBLEM = {"code": "APPROVAL_REQUIRED", "reason": "Discount above threshold", "message": "Awaiting a manager"}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        **URLS,
        timeout_seconds=0.5,
        retry_wait_initial_seconds=0.001,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        oidc_issuer=ISSUER,
        profile=THEIR_PROFILE,
    )


def their_order() -> dict:
    order = echo_order(
        {
            "productOrderItem": [{"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150"}}],
            "relatedParty": [{"id": "cust-7", "role": "customer", "@referredType": "Customer"}],
        },
        order_id="po-88",
    )
    return order | {"state": "held", "milestone": [MILESTONE], "orderErrorMessage": [PROBLEM]}


async def test_tracking_reads_milestones_and_problems_under_the_servers_names(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{ORDERS}/po-88").respond(200, json=their_order())

    body = (await client.get("/api/v1/orders/po-88")).json()

    assert [(m["name"], m["status"]) for m in body["milestones"]] == [("Activate FTTP access", "Completed")]
    assert [p["code"] for p in body["errorMessages"]] == ["APPROVAL_REQUIRED"]


async def test_without_the_setting_those_extensions_are_not_read(tmf: respx.MockRouter) -> None:
    tmf.get(f"{ORDERS}/po-88").respond(200, json=their_order())
    async with httpx.AsyncClient(base_url=URLS["tmf622_url"]) as http:
        order = await Tmf622Client(http).get_product_order("po-88")  # our mocks' names: nothing found

    assert not (order.model_extra or {}).get("productOrderMilestone")


async def test_what_the_bff_writes_back_goes_under_the_servers_names(tmf: respx.MockRouter) -> None:
    patched = tmf.patch(f"{ORDERS}/po-88").respond(200, json=their_order())
    async with httpx.AsyncClient(base_url=URLS["tmf622_url"]) as http:
        client = Tmf622Client(http)
        client.profile = THEIR_PROFILE
        order = await client.patch_product_order(
            "po-88", {"productOrderErrorMessage": [], "state": "inProgress"}
        )

    assert json.loads(patched.calls.last.request.content) == {"orderErrorMessage": [], "state": "inProgress"}
    assert (order.model_extra or {})["productOrderErrorMessage"] == [PROBLEM]  # read back by our name


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ({}, {}),  # neither name: nothing made up
        ({"productOrderMilestone": [MILESTONE]}, {"productOrderMilestone": [MILESTONE]}),  # ours only
        ({"milestone": [MILESTONE]}, {"productOrderMilestone": [MILESTONE]}),  # theirs: renamed
    ],
)
async def test_an_order_is_renamed_only_by_the_names_the_server_sent(sent: dict, kept: dict) -> None:
    client = Tmf622Client.for_url(ORDERS.removesuffix("/productOrder"), 0.5, 1)
    client.profile = THEIR_PROFILE
    try:
        order = client._ours(ProductOrder.model_validate(their_order_without_extras() | sent))
    finally:
        await client.aclose()

    extras = order.model_extra or {}
    assert {name: extras[name] for name in extras if name in ("milestone", "productOrderMilestone")} == kept
    assert "productOrderErrorMessage" not in extras and "orderErrorMessage" not in extras


def their_order_without_extras() -> dict:
    return {
        key: value for key, value in their_order().items() if key not in ("milestone", "orderErrorMessage")
    }
