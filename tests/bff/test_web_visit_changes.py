"""Web channel: changing an order's engineer visit after ordering (POST /api/v1/orders/{id}/visit and
/visit/cancel): another slot, too soon, taken, no longer waiting; a cancelled visit booked again. TMF646 is
the mock server in process; TMF622 is respx (tests/bff/test_web_order_visits.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import respx

from bff.core.backends import ChannelServices
from mock_backends.config import Settings as MockSettings
from tests.bff.factories import accepting_summary, create_individual, echo_order
from tests.bff.test_web_order_visits import INSTALL, hold, mocks, tmf646, with_visit
from tests.bff.test_web_orders import INDIVIDUALS, KEY, ORDERS, serve_order_backends
from tests.bff.tmf646_support import fill_up

__all__ = ["mocks", "tmf646"]  # fixtures
MERGE = "application/merge-patch+json"


async def placed_order(
    client: httpx.AsyncClient, tmf: respx.MockRouter, state: str = "inProgress", **extra: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    """An order of cust-7 (po-1) placed with the first slot: (the held visit, the order TMF622 stores)."""
    create = serve_order_backends(tmf)
    held = await hold(client)
    placed = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, with_visit(held)), headers=KEY
    )
    assert placed.status_code == 201, placed.text
    stored = {**echo_order(json.loads(create.calls.last.request.content)), "state": state, **extra}
    tmf.get(f"{ORDERS}/po-1").respond(200, json=stored)
    tmf.get(f"{INDIVIDUALS}/ind-42").respond(200, json=create_individual())
    return held, stored


async def other_slot(client: httpx.AsyncClient, held: dict[str, Any]) -> dict[str, Any]:
    slots = (await client.get("/api/v1/visits/slots", params=INSTALL)).json()["slots"]
    return dict(next(slot for slot in slots if slot["id"] != held["slot"]["id"]))


def _iso(value: str) -> str:
    """A slot's time as the BFF writes it (isoformat: +00:00 rather than Z)."""
    return value.replace("Z", "+00:00")


def keyed(name: str) -> dict[str, str]:
    return {"Idempotency-Key": f"visit-{name}"}


async def test_the_visit_moves_to_another_offered_slot(
    client: httpx.AsyncClient, tmf: respx.MockRouter, services: ChannelServices, tmf646: None
):
    held, stored = await placed_order(client, tmf)
    later = await other_slot(client, held)
    dates = tmf.patch(f"{ORDERS}/po-1").respond(200, json=stored)

    moved = await client.post("/api/v1/orders/po-1/visit", json={"slot": later}, headers=keyed("move"))

    assert moved.status_code == 200, moved.text
    # The order's dates follow, for the lists that read them (My account).
    sent = json.loads(dates.calls.last.request.content)
    assert sent == {"requestedStartDate": _iso(later["start"]), "requestedCompletionDate": _iso(later["end"])}
    assert moved.json()["appointment"] == {**later, "id": held["appointmentId"], "status": "confirmed"}
    stored = await services.backends.tmf646.get_appointment(held["appointmentId"])
    assert stored.valid_for.start_date_time is not None
    assert stored.valid_for.start_date_time.isoformat().replace("+00:00", "Z") == later["start"]


async def test_a_visit_within_the_notice_cannot_be_changed(
    client: httpx.AsyncClient, tmf: respx.MockRouter, services: ChannelServices, tmf646: None
):
    held, _ = await placed_order(client, tmf)
    later = await other_slot(client, held)
    services.settings.visit_change_notice_hours = 24 * 30  # the visit (days away) is "too soon"

    moved = await client.post("/api/v1/orders/po-1/visit", json={"slot": later}, headers=keyed("soon"))
    cancelled = await client.post("/api/v1/orders/po-1/visit/cancel", headers=keyed("soon-cancel"))

    assert moved.status_code == 409 and moved.json()["code"] == "VISIT_TOO_SOON"
    assert "720 hours" in moved.json()["message"]
    assert cancelled.status_code == 409 and cancelled.json()["code"] == "VISIT_TOO_SOON"
    stored = await services.backends.tmf646.get_appointment(held["appointmentId"])
    assert stored.status is not None and stored.status.value == "confirmed"


async def test_a_slot_taken_meanwhile_is_refused_and_the_visit_stays(
    client: httpx.AsyncClient,
    tmf: respx.MockRouter,
    services: ChannelServices,
    mocks: MockSettings,
    tmf646: None,
):
    held, _ = await placed_order(client, tmf)
    later = await other_slot(client, held)
    fill_up(mocks, later["id"])

    moved = await client.post("/api/v1/orders/po-1/visit", json={"slot": later}, headers=keyed("taken"))

    assert moved.status_code == 409 and moved.json()["code"] == "SLOT_TAKEN"
    stored = await services.backends.tmf646.get_appointment(held["appointmentId"])
    assert stored.valid_for.start_date_time is not None
    assert stored.valid_for.start_date_time.isoformat().replace("+00:00", "Z") == held["slot"]["start"]


async def test_an_order_no_longer_waiting_cannot_change_its_visit(
    client: httpx.AsyncClient, tmf: respx.MockRouter, tmf646: None
):
    held, _ = await placed_order(client, tmf, state="completed")
    later = await other_slot(client, held)

    moved = await client.post("/api/v1/orders/po-1/visit", json={"slot": later}, headers=keyed("done"))
    cancelled = await client.post("/api/v1/orders/po-1/visit/cancel", headers=keyed("done-cancel"))

    assert moved.status_code == 409 and moved.json()["code"] == "VISIT_NOT_CHANGEABLE"
    assert cancelled.status_code == 409 and cancelled.json()["code"] == "VISIT_NOT_CHANGEABLE"


async def test_a_visit_under_way_cannot_be_changed(
    client: httpx.AsyncClient, tmf: respx.MockRouter, tmf646: None
):
    on_the_way = {"id": "1.engineer-on-the-way", "name": "Engineer on the way", "status": "Completed"}
    await placed_order(client, tmf, productOrderMilestone=[on_the_way])

    cancelled = await client.post("/api/v1/orders/po-1/visit/cancel", headers=keyed("under-way"))

    assert cancelled.status_code == 409 and cancelled.json()["code"] == "VISIT_NOT_CHANGEABLE"


async def test_a_cancelled_visit_is_booked_again_and_the_held_order_goes_on(
    client: httpx.AsyncClient, tmf: respx.MockRouter, services: ChannelServices, tmf646: None
):
    held, stored = await placed_order(client, tmf)

    cancelled = await client.post("/api/v1/orders/po-1/visit/cancel", headers=keyed("cancel"))

    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["appointment"]["status"] == "cancelled"
    hold_reason = {
        "code": "VISIT_CANCELLED",
        "reason": "Engineer visit cancelled",
        "message": "Your engineer visit was cancelled: choose a new slot",
    }
    tmf.get(f"{ORDERS}/po-1").respond(
        200, json={**stored, "state": "held", "productOrderErrorMessage": [hold_reason]}
    )
    tmf.get(ORDERS).respond(
        200,
        json=[{**stored, "state": "held", "productOrderErrorMessage": [hold_reason]}],
        headers={"X-Total-Count": "1"},
    )
    listed = (await client.get("/api/v1/account/orders")).json()["orders"]
    assert listed[0]["appointment"]["status"] == "cancelled"  # from the hold: no TMF646 call for a list
    patch = tmf.patch(f"{ORDERS}/po-1").respond(200, json={**stored, "state": "inProgress"})
    slot = await other_slot(client, held)

    booked = await client.post("/api/v1/orders/po-1/visit", json={"slot": slot}, headers=keyed("again"))

    assert booked.status_code == 200, booked.text
    sent = json.loads(patch.calls.last.request.content)
    assert patch.calls.last.request.headers["Content-Type"] == MERGE
    assert sent["state"] == "inProgress" and sent["productOrderErrorMessage"] == []
    new_id = sent["productOrderItem"][0]["appointment"]["id"]
    assert new_id != held["appointmentId"]
    assert [item["id"] for item in sent["productOrderItem"]] == [i["id"] for i in stored["productOrderItem"]]
    new = await services.backends.tmf646.get_appointment(new_id)
    assert new.status is not None and new.status.value == "confirmed"
    assert new.valid_for.start_date_time is not None
    assert new.valid_for.start_date_time.isoformat().replace("+00:00", "Z") == slot["start"]


async def test_the_notice_is_measured_on_the_order_managers_clock(
    client: httpx.AsyncClient, tmf: respx.MockRouter, services: ChannelServices, tmf646: None
):
    # Placed 10 s ago on a clock of 2.5 s a day: for the order manager four days went by, so the first
    # slot (3 to 5 days ahead in real time) is within a day, or already begun.
    placed_at = (datetime.now(UTC) - timedelta(seconds=10)).isoformat()
    held, _ = await placed_order(client, tmf, orderDate=placed_at)
    later = await other_slot(client, held)
    services.settings.visit_day_seconds = 2.5

    cancelled = await client.post("/api/v1/orders/po-1/visit/cancel", headers=keyed("clock"))

    assert cancelled.status_code == 409 and cancelled.json()["code"] == "VISIT_TOO_SOON"
    services.settings.visit_day_seconds = 86400  # real time: days away, so it may move
    tmf.patch(f"{ORDERS}/po-1").respond(200, json={})
    moved = await client.post("/api/v1/orders/po-1/visit", json={"slot": later}, headers=keyed("real"))
    assert moved.status_code == 200, moved.text


async def test_a_new_visit_leaves_an_order_held_for_approval_held(
    client: httpx.AsyncClient, tmf: respx.MockRouter, tmf646: None
):
    approval = {"code": "APPROVAL_REQUIRED", "reason": "Discount above the agent's limit"}
    held, stored = await placed_order(client, tmf, state="held", productOrderErrorMessage=[approval])
    cancelled = await client.post("/api/v1/orders/po-1/visit/cancel", headers=keyed("approval-cancel"))
    assert cancelled.status_code == 200, cancelled.text
    patch = tmf.patch(f"{ORDERS}/po-1").respond(200, json=stored)

    booked = await client.post(
        "/api/v1/orders/po-1/visit", json={"slot": await other_slot(client, held)}, headers=keyed("approval")
    )

    assert booked.status_code == 200, booked.text
    sent = json.loads(patch.calls.last.request.content)
    assert "state" not in sent and sent["productOrderErrorMessage"] == [approval]
