"""A self-install order (mock_backends/tmf622/visits.py): no engineer visit; the router is posted, its
dispatch and delivery are milestones on the order's (compressed) clock, then the line is activated."""

from datetime import timedelta
from pathlib import Path

from mock_backends.testing import running_app, sqlite_settings
from mock_backends.tmf622.visits import Clock
from tests.unit.test_mock_tmf622_visits import ORDERS, customer, follow, order_with, parse

DAY_SECONDS = 1.0  # the router arrives two (virtual) days after the order: two seconds


def self_install_order() -> dict:
    body = order_with(None)
    body["productOrderItem"][0]["product"]["productCharacteristic"] = [
        {"name": "installationMethod", "valueType": "string", "value": "selfInstall"}
    ]
    return body


async def test_a_self_install_waits_for_the_router_then_completes(tmp_path: Path) -> None:
    settings = sqlite_settings(
        tmp_path, order_pace="deterministic", order_step_seconds=0.2, day_seconds=DAY_SECONDS
    )
    async with running_app(settings) as client:
        body = self_install_order() | {"relatedParty": [await customer(client)]}
        placed = (await client.post(ORDERS, json=body)).json()

        timeline = await follow(client, placed["id"], within=20)

        done = timeline[-1][1]
        assert done["state"] == "completed", done.get("productOrderErrorMessage")
        ordered = parse(placed["orderDate"])
        milestones = done["productOrderMilestone"]
        assert [m["name"] for m in milestones[:2]] == ["Router dispatched", "Router delivered"]
        assert "Engineer assigned" not in {m["name"] for m in milestones}
        assert parse(milestones[0]["milestoneDate"]) == ordered + timedelta(days=1)
        delivered = ordered + timedelta(days=2)
        assert parse(milestones[1]["milestoneDate"]) == delivered
        # Not completed before the (compressed) delivery; activated at real speed after it.
        completed_at = next(real for real, order in timeline if order["state"] == "completed")
        assert completed_at >= Clock(ordered, DAY_SECONDS).real(delivered).timestamp()
        assert delivered < parse(done["completionDate"]) < delivered + timedelta(seconds=20)
        assert parse(done["expectedCompletionDate"]) > delivered


async def test_an_order_with_neither_visit_nor_self_install_has_no_delivery_steps(tmp_path: Path) -> None:
    settings = sqlite_settings(tmp_path, order_pace="instant", day_seconds=DAY_SECONDS)
    async with running_app(settings) as client:
        body = order_with(None) | {"relatedParty": [await customer(client)]}
        placed = (await client.post(ORDERS, json=body)).json()

        done = (await follow(client, placed["id"], within=10))[-1][1]

        assert done["state"] == "completed"
        assert "Router delivered" not in {m["name"] for m in done["productOrderMilestone"]}
