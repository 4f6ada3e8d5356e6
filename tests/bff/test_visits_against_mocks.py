"""A checkout with an engineer visit against the real processes (identity provider, TMF mocks, BFF over
HTTP, auth on): slots for the address, a hold, the order placed with it, the order showing the visit and
completing only after the slot's end on the mocks' compressed clock (MOCKS_DAY_SECONDS)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from datetime import datetime

import httpx
import pytest

from mock_backends.tmf622.visits import Clock
from tests.bff.factories import accepting_summary_sync
from tests.bff.test_against_mocks import HOUSE, POSTCODE, Stack, order_body, tmf_orders
from tests.bff.visit_stack import visit_stack

DAY_SECONDS = 1.0  # the earliest new line slot (3 days' notice) ends within about 3 to 5 seconds


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with visit_stack(tmp_path_factory.mktemp("visits_against_mocks"), DAY_SECONDS) as stack:
        yield stack


def parse(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_an_order_with_a_visit_follows_it_to_completion(stack: Stack) -> None:
    email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
    key = f"visit-{uuid.uuid4().hex}"
    with httpx.Client(base_url=stack.bff_url, timeout=10, headers=stack.new_customer(email)) as bff:
        available = bff.post("/api/v1/availability", json={"postcode": POSTCODE, "houseNumber": HOUSE}).json()
        address_id, offer = available["address"]["id"], available["offers"][0]
        visit = {"addressId": address_id, "workType": "new line installation"}
        slot = bff.get("/api/v1/visits/slots", params=visit).json()["slots"][0]
        held = bff.post("/api/v1/visits", json={**visit, "slot": slot})
        assert held.status_code == 201, held.text
        appointment_id = held.json()["appointmentId"]
        body = {
            "addressId": address_id,
            "offerId": offer["id"],
            "addOnIds": [],
            "appointmentId": appointment_id,
            "installationSlot": {"start": slot["start"], "end": slot["end"]},
            **order_body(email),
        }

        placed = bff.post(
            "/api/v1/orders", json=accepting_summary_sync(bff, body), headers={"Idempotency-Key": key}
        )
        again = bff.post(
            "/api/v1/orders", json=accepting_summary_sync(bff, body), headers={"Idempotency-Key": key}
        )

        assert placed.status_code == 201, placed.text
        assert again.status_code == 201 and again.json()["id"] == placed.json()["id"]  # replayed
        order = placed.json()
        assert order["appointment"] == {**slot, "id": appointment_id, "status": "confirmed"}
        (stored,) = tmf_orders(stack, key)
        assert stored["productOrderItem"][0]["appointment"]["id"] == appointment_id
        clock = Clock(parse(stored["orderDate"]), DAY_SECONDS)
        slot_over = clock.real(parse(slot["end"])).timestamp()
        states: list[tuple[float, str]] = []
        deadline = time.time() + 60
        while time.time() < deadline:
            read = bff.get(f"/api/v1/orders/{order['id']}").json()
            states.append((time.time(), read["state"]))
            if read["state"] in ("completed", "failed", "partial"):
                break
            time.sleep(0.2)

    assert read["state"] == "completed", read["errorMessages"]
    done_at = next(moment for moment, state in states if state == "completed")
    assert done_at >= slot_over
    assert {state for moment, state in states if moment < slot_over} <= {"acknowledged", "inProgress"}
    names = [milestone["name"] for milestone in read["milestones"]]
    assert names[:3] == ["Engineer assigned", "Engineer on the way", "Installed"]
    assert read["appointment"]["status"] == "completed"  # the visit as TMF646 has it now
    assert read["appointment"]["label"] == slot["label"]
