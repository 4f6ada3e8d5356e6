"""TMF622 orders that wait for their engineer visit (mock_backends/tmf622/visits.py): the virtual clock, and
an order whose item references a TMF646 appointment completing only after the (compressed) slot's end."""

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings
from mock_backends.tmf622.visits import Clock

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"
APPOINTMENTS = "/tmf-api/appointment/v4"
ADDRESS = "addr-rg14ab-3"
DAY_SECONDS = 1.0  # a day in a second: the earliest new line installation is three to five seconds away


def parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


# --- the clock -------------------------------------------------------------------------------------------


def test_real_time_when_a_day_lasts_a_day() -> None:
    origin = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
    clock = Clock(origin, 86400)
    later = origin + timedelta(minutes=5)
    assert clock.virtual(later) == later and clock.real(later) == later


def test_a_compressed_day_passes_in_its_seconds() -> None:
    origin = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
    clock = Clock(origin, 2.5)
    assert clock.virtual(origin) == origin
    assert clock.virtual(origin + timedelta(seconds=2.5)) == origin + timedelta(days=1)
    assert clock.real(origin + timedelta(days=3)) == origin + timedelta(seconds=7.5)


def test_after_the_visit_the_clock_runs_at_real_speed() -> None:
    origin = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
    visit_end = origin + timedelta(days=2)  # 5 s of real time at 2.5 s a day
    clock = Clock(origin, 2.5, visit_end)
    assert clock.virtual(origin + timedelta(seconds=4)) == origin + timedelta(days=1.6)
    assert clock.virtual(origin + timedelta(seconds=5)) == visit_end
    assert clock.virtual(origin + timedelta(seconds=8)) == visit_end + timedelta(seconds=3)
    assert clock.real(visit_end + timedelta(seconds=3)) == origin + timedelta(seconds=8)


def test_the_day_setting_must_be_positive() -> None:
    with pytest.raises(ValueError, match="greater than 0"):
        sqlite_settings(Path("/tmp"), day_seconds=0)


# --- an order with a visit -------------------------------------------------------------------------------


async def book_visit(client: httpx.AsyncClient) -> dict[str, Any]:
    place = {"id": ADDRESS, "role": "installationAddress", "@referredType": "GeographicAddress"}
    search = await client.post(f"{APPOINTMENTS}/searchTimeSlot", json={"relatedPlace": place})
    slot = search.json()["availableTimeSlot"][0]
    held = await client.post(
        f"{APPOINTMENTS}/appointment",
        json={"category": "new line installation", "relatedPlace": place, "validFor": slot["validFor"]},
    )
    assert held.status_code == 201, held.text
    confirmed = await client.patch(
        f"{APPOINTMENTS}/appointment/{held.json()['id']}",
        json={"status": "confirmed"},
        headers={"Content-Type": "application/merge-patch+json"},
    )
    assert confirmed.status_code == 200, confirmed.text
    return dict(confirmed.json())


def order_with(visit: dict[str, Any] | None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": "1",
        "action": "add",
        "quantity": 1,
        "productOffering": {"id": "po-fibre-500"},
        "product": {"place": [{"id": ADDRESS, "role": "installationAddress"}]},
    }
    body: dict[str, Any] = {"productOrderItem": [item]}
    if visit is not None:
        item["appointment"] = {"id": visit["id"], "href": visit["href"], "@referredType": "Appointment"}
        body |= {
            "requestedStartDate": visit["validFor"]["startDateTime"],
            "requestedCompletionDate": visit["validFor"]["endDateTime"],
        }
    return body


async def customer(client: httpx.AsyncClient) -> dict[str, str]:
    answer = await client.post(
        "/tmf-api/party/v4/individual",
        json={
            "givenName": "Jo",
            "familyName": "Visit",
            "contactMedium": [{"mediumType": "email", "characteristic": {"emailAddress": "jo@example.com"}}],
        },
    )
    return {"id": answer.json()["id"], "role": "customer", "@referredType": "Individual"}


async def follow(client: httpx.AsyncClient, order_id: str, within: float) -> list[tuple[float, dict]]:
    """(real time, order) at each change until the order is final."""
    seen: list[tuple[float, dict]] = []
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        order = (await client.get(f"{ORDERS}/{order_id}")).json()
        if not seen or order != seen[-1][1]:
            seen.append((time.time(), order))
        if order["state"] in {"completed", "failed", "partial", "rejected", "held", "pending"}:
            return seen
        await asyncio.sleep(0.05)
    raise AssertionError(f"order still {seen[-1][1]['state']} after {within} s")


async def test_an_order_follows_its_visit_and_completes_after_the_slot(tmp_path: Path) -> None:
    settings = sqlite_settings(
        tmp_path, order_pace="deterministic", order_step_seconds=0.2, day_seconds=DAY_SECONDS
    )
    async with running_app(settings) as client:
        visit = await book_visit(client)
        body = order_with(visit) | {"relatedParty": [await customer(client)]}
        placed = (await client.post(ORDERS, json=body)).json()

        timeline = await follow(client, placed["id"], within=30)

        done = timeline[-1][1]
        assert done["state"] == "completed", done.get("productOrderErrorMessage")
        start, end = parse(visit["validFor"]["startDateTime"]), parse(visit["validFor"]["endDateTime"])
        clock = Clock(parse(placed["orderDate"]), DAY_SECONDS)
        completed_at = next(real for real, order in timeline if order["state"] == "completed")
        assert completed_at >= clock.real(end).timestamp()  # not before the slot's (compressed) end
        still_open = [order["state"] for real, order in timeline if real < clock.real(start).timestamp()]
        assert still_open and set(still_open) <= {"acknowledged", "inProgress"}

        milestones = {m["name"]: m for m in done["productOrderMilestone"]}
        names = [m["name"] for m in done["productOrderMilestone"]]
        assert names[:3] == ["Engineer assigned", "Engineer on the way", "Installed"]
        assert len(names) == 5  # then the access and internet services, as without a visit
        assert parse(milestones["Engineer on the way"]["milestoneDate"]) == start
        assert parse(milestones["Installed"]["milestoneDate"]) == end
        assert parse(milestones["Engineer assigned"]["milestoneDate"]) == start - timedelta(days=1)
        # The order's own (virtual) dates; after the visit its clock runs at real speed again.
        assert end < parse(done["completionDate"]) < end + timedelta(seconds=30)
        activated = parse(done["productOrderMilestone"][3]["milestoneDate"])
        assert end < activated < end + timedelta(seconds=30)
        assert parse(done["expectedCompletionDate"]) > end
        appointment = (await client.get(f"{APPOINTMENTS}/appointment/{visit['id']}")).json()
        assert appointment["status"] == "completed"


async def test_an_order_without_a_visit_keeps_real_time(tmp_path: Path) -> None:
    settings = sqlite_settings(
        tmp_path, order_pace="deterministic", order_step_seconds=0.1, day_seconds=DAY_SECONDS
    )
    async with running_app(settings) as client:
        body = order_with(None) | {"relatedParty": [await customer(client)]}
        placed = (await client.post(ORDERS, json=body)).json()

        done = (await follow(client, placed["id"], within=10))[-1][1]

        assert done["state"] == "completed"
        assert "Engineer assigned" not in {m["name"] for m in done["productOrderMilestone"]}
        took = parse(done["completionDate"]) - parse(placed["orderDate"])
        assert timedelta(0) < took < timedelta(seconds=10)
