"""Retail: an agent moves or cancels a customer's engineer visit from the 360
(/api/v1/customers/{id}/orders/{id}/visit): the rules that hold online, and the agent and store noted on the
order. The order is placed through the web channel (tests/bff/test_web_visit_changes.py); TMF646 is the
mock server in process, TMF622 respx."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.retail.app import create_app
from tests.bff.retail_support import ALEX, SignedIn, signed_in_client
from tests.bff.test_web_order_visits import mocks, tmf646
from tests.bff.test_web_orders import ORDERS
from tests.bff.test_web_visit_changes import _iso, placed_order

__all__ = ["mocks", "tmf646"]  # fixtures
VISIT = "/api/v1/customers/cust-7/orders/po-1/visit"


@pytest.fixture
async def retail(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_app(services.settings), services, SignedIn(ALEX)) as http:
        yield http


def keyed(name: str) -> dict[str, str]:
    return {"Idempotency-Key": f"agent-visit-{name}"}


async def test_an_agent_moves_the_visit_and_is_noted_on_the_order(
    client: httpx.AsyncClient,
    retail: httpx.AsyncClient,
    tmf: respx.MockRouter,
    services: ChannelServices,
    tmf646: None,
):
    held, stored = await placed_order(client, tmf)
    slots = (await retail.get(f"{VISIT}/slots")).json()["slots"]
    later = next(slot for slot in slots if slot["id"] != held["slot"]["id"])
    patch = tmf.patch(f"{ORDERS}/po-1").respond(200, json=stored)

    moved = await retail.post(VISIT, json={"slot": later}, headers=keyed("move"))

    assert moved.status_code == 200, moved.text
    assert moved.json()["appointment"]["start"] == later["start"]
    sent = json.loads(patch.calls.last.request.content)
    assert sent["requestedStartDate"] == _iso(later["start"])
    note = sent["note"][-1]
    assert note["author"] == "Alex Agent"
    assert note["text"] == (
        f"Engineer visit moved to {later['label'].removeprefix('Engineer visit ')} "
        "by Alex Agent (store-rdg) on the customer's behalf"
    )
    visit = await services.backends.tmf646.get_appointment(held["appointmentId"])
    assert visit.valid_for.start_date_time is not None
    assert visit.valid_for.start_date_time.isoformat() == _iso(later["start"])


async def test_an_agent_cancels_the_visit_under_the_online_rules(
    client: httpx.AsyncClient,
    retail: httpx.AsyncClient,
    tmf: respx.MockRouter,
    services: ChannelServices,
    tmf646: None,
):
    _, stored = await placed_order(client, tmf)
    services.settings.visit_change_notice_hours = 24 * 30  # the visit (days away) is "too soon"
    soon = await retail.post(f"{VISIT}/cancel", headers=keyed("soon"))
    assert soon.status_code == 409 and soon.json()["code"] == "VISIT_TOO_SOON"
    services.settings.visit_change_notice_hours = 24
    patch = tmf.patch(f"{ORDERS}/po-1").respond(200, json=stored)

    cancelled = await retail.post(f"{VISIT}/cancel", headers=keyed("cancel"))

    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["appointment"]["status"] == "cancelled"
    note = json.loads(patch.calls.last.request.content)["note"][-1]
    assert note["text"] == "Engineer visit cancelled by Alex Agent (store-rdg) on the customer's behalf"


async def test_another_customers_order_is_refused(
    client: httpx.AsyncClient, retail: httpx.AsyncClient, tmf: respx.MockRouter, tmf646: None
):
    await placed_order(client, tmf)

    refused = await retail.post("/api/v1/customers/cust-8/orders/po-1/visit/cancel", headers=keyed("other"))

    assert refused.status_code == 403
