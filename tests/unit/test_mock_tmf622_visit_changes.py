"""TMF622 orders whose engineer visit changes after ordering (mock_backends/tmf622/visits.py, engine.py,
cancellation.py): a cancelled visit holds the order with a reason the customer can read, a client's PATCH
with another appointment takes it back on, and a cancelled order gives its visit back to the calendar."""

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx

from mock_backends.testing import running_app, sqlite_settings
from tests.unit.test_mock_tmf622_visits import APPOINTMENTS, ORDERS, book_visit, customer, order_with

MERGE = {"Content-Type": "application/merge-patch+json"}
DAY_SECONDS = 20.0  # the earliest visit (3+ days' notice) is a minute or more away: time to change it


async def wait_for(
    client: httpx.AsyncClient, order_id: str, states: set[str], within: float
) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        order = dict((await client.get(f"{ORDERS}/{order_id}")).json())
        if order["state"] in states:
            return order
        await asyncio.sleep(0.05)
    raise AssertionError(f"order {order_id} still {order['state']} after {within} s")


async def place(client: httpx.AsyncClient) -> tuple[dict[str, Any], dict[str, Any]]:
    visit = await book_visit(client)
    body = order_with(visit) | {"relatedParty": [await customer(client)]}
    placed = (await client.post(ORDERS, json=body)).json()
    return visit, await wait_for(client, placed["id"], {"inProgress"}, within=10)


async def cancel_appointment(client: httpx.AsyncClient, appointment_id: str) -> None:
    answer = await client.patch(
        f"{APPOINTMENTS}/appointment/{appointment_id}", json={"status": "cancelled"}, headers=MERGE
    )
    assert answer.status_code == 200, answer.text


async def test_a_cancelled_visit_holds_the_order_with_the_reason(tmp_path: Path) -> None:
    settings = sqlite_settings(
        tmp_path, order_pace="deterministic", order_step_seconds=0.2, day_seconds=DAY_SECONDS
    )
    async with running_app(settings) as client:
        visit, order = await place(client)
        await cancel_appointment(client, visit["id"])
        asked = time.monotonic()

        held = await wait_for(client, order["id"], {"held", "completed"}, within=10)

        took = time.monotonic() - asked
        assert held["state"] == "held"
        assert took < 3.0, f"noticed after {took:.1f} s"  # at once, not at the next periodic look
        (error,) = held["productOrderErrorMessage"]
        assert error["code"] == "VISIT_CANCELLED"
        assert error["message"] == "Your engineer visit was cancelled: choose a new slot"
        assert error["productOrderItem"][0]["productOrderItemId"] == "1"
        assert (
            held["note"][-1]["text"]
            == "Engineer visit cancelled: Your engineer visit was cancelled: choose a new slot"
        )
        assert {m["status"] for m in held["productOrderMilestone"]} == {"Yet-To-Reach"}


async def test_a_held_order_with_a_new_visit_goes_on_and_completes(tmp_path: Path) -> None:
    settings = sqlite_settings(tmp_path, order_pace="deterministic", order_step_seconds=0.2, day_seconds=1.0)
    async with running_app(settings) as client:
        visit, order = await place(client)
        await cancel_appointment(client, visit["id"])
        held = await wait_for(client, order["id"], {"held", "completed"}, within=10)
        assert held["state"] == "held"
        again = await book_visit(client)
        items = [
            {
                **held["productOrderItem"][0],
                "appointment": {"id": again["id"], "@referredType": "Appointment"},
            }
        ]

        resumed = await client.patch(
            f"{ORDERS}/{order['id']}",
            json={"state": "inProgress", "productOrderItem": items, "productOrderErrorMessage": []},
            headers=MERGE,
        )

        assert resumed.status_code == 200, resumed.text
        done = await wait_for(client, order["id"], {"completed", "failed", "held"}, within=30)
        assert done["state"] == "completed", done.get("productOrderErrorMessage")
        assert (await client.get(f"{APPOINTMENTS}/appointment/{again['id']}")).json()["status"] == "completed"


async def test_a_cancelled_order_gives_its_visit_back(tmp_path: Path) -> None:
    settings = sqlite_settings(
        tmp_path, order_pace="deterministic", order_step_seconds=0.1, day_seconds=DAY_SECONDS
    )
    async with running_app(settings) as client:
        visit, order = await place(client)
        task = await client.post(
            "/tmf-api/productOrderingManagement/v4/cancelProductOrder",
            json={"productOrder": {"id": order["id"]}, "cancellationReason": "moving"},
        )
        assert task.status_code == 201, task.text

        cancelled = await wait_for(client, order["id"], {"cancelled"}, within=10)

        assert cancelled["state"] == "cancelled"
        appointment = (await client.get(f"{APPOINTMENTS}/appointment/{visit['id']}")).json()
        assert appointment["status"] == "cancelled"


async def test_a_visit_cancelled_before_validation_holds_the_order(tmp_path: Path) -> None:
    # Real time: the first visit milestone is days away, so only the hold can move the order on.
    settings = sqlite_settings(tmp_path, order_pace="deterministic", order_step_seconds=1.0)
    async with running_app(settings) as client:
        visit = await book_visit(client)
        body = order_with(visit) | {"relatedParty": [await customer(client)]}
        placed = (await client.post(ORDERS, json=body)).json()
        await cancel_appointment(client, visit["id"])
        assert (await client.get(f"{ORDERS}/{placed['id']}")).json()["state"] == "acknowledged"

        held = await wait_for(client, placed["id"], {"held", "completed", "failed"}, within=5)

        assert held["state"] == "held"
        assert [error["code"] for error in held["productOrderErrorMessage"]] == ["VISIT_CANCELLED"]
