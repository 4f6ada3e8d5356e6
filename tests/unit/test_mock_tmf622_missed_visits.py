"""Missed engineer visits (mock_backends/tmf622/missed_visits.py): at the seeded gated address, or injected
with `PUT /admin/faults/visits`, the visit is missed when its slot ends: a violated milestone, a jeopardy
alert, the TMF646 appointment failed; a new visit put on the item brings the order back on track."""

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx

from mock_backends.testing import running_app, sqlite_settings
from tests.unit.test_mock_tmf622_visits import APPOINTMENTS, ORDERS, customer, parse

GATED = "addr-rg18gm-1"  # seed/addresses.py: Gatehouse Mews, the first visit is missed
ORDINARY = "addr-rg14ab-5"
DAY_SECONDS = 1.0
MERGE = {"Content-Type": "application/merge-patch+json"}


def _place(address: str) -> dict[str, str]:
    return {"id": address, "role": "installationAddress", "@referredType": "GeographicAddress"}


async def book(client: httpx.AsyncClient, address: str, after: str | None = None) -> dict[str, Any]:
    """A confirmed visit at the address: the earliest slot, or the earliest starting after `after`."""
    search = await client.post(f"{APPOINTMENTS}/searchTimeSlot", json={"relatedPlace": _place(address)})
    slots = search.json()["availableTimeSlot"]
    slot = next(s for s in slots if after is None or parse(s["validFor"]["startDateTime"]) >= parse(after))
    held = await client.post(
        f"{APPOINTMENTS}/appointment",
        json={
            "category": "new line installation",
            "relatedPlace": _place(address),
            "validFor": slot["validFor"],
        },
    )
    assert held.status_code == 201, held.text
    confirmed = await client.patch(
        f"{APPOINTMENTS}/appointment/{held.json()['id']}", json={"status": "confirmed"}, headers=MERGE
    )
    assert confirmed.status_code == 200, confirmed.text
    return dict(confirmed.json())


def _ref(visit: dict[str, Any]) -> dict[str, str]:
    return {"id": visit["id"], "href": visit["href"], "@referredType": "Appointment"}


async def place(client: httpx.AsyncClient, address: str, visit: dict[str, Any]) -> dict[str, Any]:
    item = {
        "id": "1",
        "action": "add",
        "quantity": 1,
        "productOffering": {"id": "po-fibre-500"},
        "product": {"place": [{"id": address, "role": "installationAddress"}]},
        "appointment": _ref(visit),
    }
    body = {
        "productOrderItem": [item],
        "relatedParty": [await customer(client)],
        "requestedStartDate": visit["validFor"]["startDateTime"],
        "requestedCompletionDate": visit["validFor"]["endDateTime"],
    }
    placed = await client.post(ORDERS, json=body)
    assert placed.status_code == 201, placed.text
    return dict(placed.json())


async def wait_until(client: httpx.AsyncClient, order_id: str, done: Any, within: float) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        order = dict((await client.get(f"{ORDERS}/{order_id}")).json())
        if done(order):
            return order
        await asyncio.sleep(0.05)
    raise AssertionError(f"order {order_id} still {order['state']}: {order.get('productOrderMilestone')}")


def _missed(order: dict[str, Any]) -> bool:
    return any(m["name"] == "Engineer visit missed" for m in order.get("productOrderMilestone") or [])


async def test_the_first_visit_at_the_gated_address_is_missed_and_a_new_one_completes_the_order(
    tmp_path: Path,
) -> None:
    settings = sqlite_settings(
        tmp_path, order_pace="deterministic", order_step_seconds=0.2, day_seconds=DAY_SECONDS
    )
    async with running_app(settings) as client:
        visit = await book(client, GATED)
        placed = await place(client, GATED, visit)

        missed = await wait_until(client, placed["id"], _missed, within=20)

        assert missed["state"] == "inProgress"
        violated = next(m for m in missed["productOrderMilestone"] if m["name"] == "Engineer visit missed")
        assert violated["status"] == "Violated"
        assert parse(violated["milestoneDate"]) == parse(visit["validFor"]["endDateTime"])
        [alert] = missed["productOrderJeopardyAlert"]
        assert alert["@type"] == "ProductOrderJeopardyAlert" and alert["name"] == "Engineer visit missed"
        assert alert["productOrderItem"][0]["productOrderItemId"] == "1"
        names = [(m["name"], m["status"]) for m in missed["productOrderMilestone"]][:6]
        assert names == [
            ("Engineer assigned", "Completed"),
            ("Engineer on the way", "Completed"),
            ("Engineer visit missed", "Violated"),
            ("Engineer assigned", "Yet-To-Reach"),
            ("Engineer on the way", "Yet-To-Reach"),
            ("Installed", "Yet-To-Reach"),
        ]
        appointment = (await client.get(f"{APPOINTMENTS}/appointment/{visit['id']}")).json()
        assert appointment["status"] == "failed"
        assert "could not get access" in appointment["note"][-1]["text"]

        # Nothing moves while no new visit is booked.
        await asyncio.sleep(1.5)
        waiting = (await client.get(f"{ORDERS}/{placed['id']}")).json()
        assert waiting["state"] == "inProgress"
        assert waiting["productOrderMilestone"] == missed["productOrderMilestone"]

        again = await book(client, GATED, after=visit["validFor"]["endDateTime"])
        item = {**missed["productOrderItem"][0], "appointment": _ref(again)}
        patched = await client.patch(
            f"{ORDERS}/{placed['id']}", json={"productOrderItem": [item]}, headers=MERGE
        )
        assert patched.status_code == 200, patched.text

        done = await wait_until(client, placed["id"], lambda o: o["state"] != "inProgress", within=30)

    assert done["state"] == "completed", done.get("productOrderErrorMessage")
    assert done["productOrderJeopardyAlert"] == []
    installed = next(m for m in done["productOrderMilestone"] if m["name"] == "Installed")
    assert parse(installed["milestoneDate"]) == parse(again["validFor"]["endDateTime"])
    assigned_again = [m for m in done["productOrderMilestone"] if m["id"] == "1.engineer-assigned"]
    assert parse(assigned_again[0]["milestoneDate"]) >= parse(visit["validFor"]["endDateTime"])
    assert any("back on track" in note["text"] for note in done["note"])


async def test_an_injected_fault_misses_a_visit_at_an_ordinary_address(tmp_path: Path) -> None:
    settings = sqlite_settings(
        tmp_path, order_pace="deterministic", order_step_seconds=0.2, day_seconds=DAY_SECONDS
    )
    async with running_app(settings) as client:
        visit = await book(client, ORDINARY)
        injected = await client.put("/admin/faults/visits", json={"appointmentIds": [visit["id"]]})
        assert injected.status_code == 200, injected.text
        assert (await client.get("/admin/faults/visits")).json() == {
            "addressIds": [],
            "appointmentIds": [visit["id"]],
        }
        placed = await place(client, ORDINARY, visit)

        missed = await wait_until(client, placed["id"], _missed, within=20)

        assert missed["productOrderJeopardyAlert"][0]["exception"] == "VISIT_MISSED"
        failed = (await client.get(f"{APPOINTMENTS}/appointment/{visit['id']}")).json()
        assert failed["status"] == "failed"
        assert (await client.delete("/admin/faults/visits")).status_code == 204
        assert (await client.get("/admin/faults/visits")).json()["appointmentIds"] == []


async def test_a_visit_fault_names_only_known_fields(tmp_path: Path) -> None:
    async with running_app(sqlite_settings(tmp_path)) as client:
        refused = await client.put("/admin/faults/visits", json={"orders": ["x"]})

    assert refused.status_code == 400, refused.text
    assert {"code", "reason", "message", "status"} <= set(refused.json())
