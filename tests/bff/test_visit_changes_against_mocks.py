"""Changing an order's engineer visit against the real processes (identity provider, TMF mocks, BFF over
HTTP, auth on): the visit moved to another slot, cancelled (the order manager holds the order with the
reason), booked again (the order goes on) and the order completing after the new slot on the mocks'
compressed clock."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.bff.factories import accepting_summary_sync
from tests.bff.test_against_mocks import HOUSE, POSTCODE, Stack, order_body
from tests.bff.test_visits_against_mocks import parse
from tests.bff.visit_stack import visit_stack

DAY_SECONDS = 3.0  # the earliest new line slot starts some 8 to 12 s after ordering: time to change it
HOLD_MESSAGE = "Your engineer visit was cancelled: choose a new slot"


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """As tests/bff/test_visits_against_mocks.py's, with a slower compressed day."""
    with visit_stack(tmp_path_factory.mktemp("visit_changes_against_mocks"), DAY_SECONDS) as stack:
        yield stack


def wait_for(bff: httpx.Client, order_id: str, done: Any, within: float) -> dict[str, Any]:
    deadline = time.time() + within
    while time.time() < deadline:
        read = dict(bff.get(f"/api/v1/orders/{order_id}").json())
        if done(read):
            return read
        time.sleep(0.1)
    raise AssertionError(f"order {order_id} still {read['state']} after {within} s: {read['errorMessages']}")


def test_a_visit_moved_cancelled_and_booked_again_then_the_order_completes(stack: Stack) -> None:
    email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
    with httpx.Client(base_url=stack.bff_url, timeout=10, headers=stack.new_customer(email)) as bff:
        available = bff.post("/api/v1/availability", json={"postcode": POSTCODE, "houseNumber": HOUSE}).json()
        address_id, offer = available["address"]["id"], available["offers"][0]
        visit = {"addressId": address_id, "workType": "new line installation"}
        first, second = bff.get("/api/v1/visits/slots", params=visit).json()["slots"][:2]
        held = bff.post("/api/v1/visits", json={**visit, "slot": first}).json()
        body = {
            "addressId": address_id,
            "offerId": offer["id"],
            "addOnIds": [],
            "appointmentId": held["appointmentId"],
            "installationSlot": {"start": first["start"], "end": first["end"]},
            **order_body(email),
        }
        placed = bff.post(
            "/api/v1/orders",
            json=accepting_summary_sync(bff, body),
            headers={"Idempotency-Key": f"v-{uuid.uuid4().hex}"},
        )
        assert placed.status_code == 201, placed.text
        order_id = placed.json()["id"]
        wait_for(bff, order_id, lambda read: read["state"] == "inProgress", within=10)

        moved = bff.post(
            f"/api/v1/orders/{order_id}/visit",
            json={"slot": second},
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )
        assert moved.status_code == 200, moved.text
        assert moved.json()["appointment"] == {**second, "id": held["appointmentId"], "status": "confirmed"}

        cancelled = bff.post(
            f"/api/v1/orders/{order_id}/visit/cancel", headers={"Idempotency-Key": uuid.uuid4().hex}
        )
        assert cancelled.status_code == 200, cancelled.text
        assert cancelled.json()["appointment"]["status"] == "cancelled"
        asked = time.time()
        on_hold = wait_for(bff, order_id, lambda read: read["state"] != "inProgress", within=15)
        noticed = time.time() - asked
        assert on_hold["state"] == "held"
        assert HOLD_MESSAGE in [problem["message"] for problem in on_hold["errorMessages"]]

        again = bff.get("/api/v1/visits/slots", params=visit).json()["slots"][0]
        booked = bff.post(
            f"/api/v1/orders/{order_id}/visit",
            json={"slot": again},
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )
        assert booked.status_code == 200, booked.text
        rebooked = booked.json()
        assert rebooked["state"] == "inProgress"
        assert rebooked["appointment"]["id"] != held["appointmentId"]
        assert (rebooked["appointment"]["start"], rebooked["appointment"]["status"]) == (
            again["start"],
            "confirmed",
        )
        assert HOLD_MESSAGE not in [problem["message"] for problem in rebooked["errorMessages"]]

        done = wait_for(
            bff, order_id, lambda read: read["state"] not in ("inProgress", "acknowledged"), within=60
        )

    assert done["state"] == "completed", done["errorMessages"]
    milestones = {milestone["name"]: milestone for milestone in done["milestones"]}
    assert parse(milestones["Installed"]["date"]) == parse(again["end"])  # the visit booked last
    assert done["appointment"]["status"] == "completed"
    print(f"visit changes against the mocks: the cancelled visit held the order after {noticed:.1f} s")
