"""A missed engineer visit against the real processes (identity provider, TMF mocks on a compressed clock,
both BFF channels over HTTP, auth on): an online order at the seeded gated address (Gatehouse Mews, RG1 8GM)
has its first visit missed; the customer's order says so (TMF646 `failed`, the jeopardy alert, the violated
milestone); the Reading store's queue lists the web order under `view=missedVisit`; a new slot booked through
the web BFF brings it back on track and it completes after the new visit. Prints the order's dated timeline
(real seconds since ordering against the order's own dates)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.bff.factories import accepting_summary_sync
from tests.bff.test_against_mocks import Stack, order_body
from tests.bff.test_visit_changes_against_mocks import wait_for
from tests.bff.test_visits_against_mocks import parse
from tests.bff.visit_stack import visit_stack

DAY_SECONDS = 3.0
GATED = ("RG1 8GM", "1")
ALEX = "alex.agent@lumen.example"  # Reading: the RG area's store, and the default one


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with visit_stack(tmp_path_factory.mktemp("missed_visit_against_mocks"), DAY_SECONDS) as stack:
        yield stack


def _store_queue(stack: Stack, view: str) -> list[dict[str, Any]]:
    retail = f"http://127.0.0.1:{stack.env['BFF_RETAIL_PORT']}"
    answer = httpx.get(
        f"{retail}/api/v1/stores/store-rdg/orders",
        params={"view": view},
        headers=stack.signed_in(ALEX),
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return list(answer.json()["orders"])


def test_a_missed_visit_is_in_jeopardy_in_the_store_queue_and_a_new_slot_completes_the_order(
    stack: Stack,
) -> None:
    email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
    with httpx.Client(base_url=stack.bff_url, timeout=10, headers=stack.new_customer(email)) as bff:
        postcode, house = GATED
        available = bff.post("/api/v1/availability", json={"postcode": postcode, "houseNumber": house}).json()
        address_id, offer = available["address"]["id"], available["offers"][0]
        visit = {"addressId": address_id, "workType": "new line installation"}
        first = bff.get("/api/v1/visits/slots", params=visit).json()["slots"][0]
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
            headers={"Idempotency-Key": f"m-{uuid.uuid4().hex}"},
        )
        assert placed.status_code == 201, placed.text
        order_id, ordered_at = placed.json()["id"], time.time()

        missed = wait_for(bff, order_id, lambda read: bool(read["jeopardyAlerts"]), within=40)
        missed_after = time.time() - ordered_at

        assert missed["state"] == "inProgress"
        assert missed["appointment"]["status"] == "failed"
        [alert] = missed["jeopardyAlerts"]
        assert (alert["name"], alert["exception"]) == ("Engineer visit missed", "VISIT_MISSED")
        violated = next(m for m in missed["milestones"] if m["name"] == "Engineer visit missed")
        assert violated["status"] == "Violated" and parse(violated["date"]) == parse(first["end"])
        [entry] = [e for e in _store_queue(stack, "missedVisit") if e["order"]["id"] == order_id]
        assert entry["inJeopardy"] and entry["jeopardy"] == "missedVisit"
        assert entry["order"]["channel"] != "retail"  # a web order, in the store's area

        again = next(
            slot
            for slot in bff.get("/api/v1/visits/slots", params=visit).json()["slots"]
            if parse(slot["start"]) >= parse(first["end"])
        )
        booked = bff.post(
            f"/api/v1/orders/{order_id}/visit",
            json={"slot": again},
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )
        assert booked.status_code == 200, booked.text
        assert booked.json()["appointment"]["status"] == "confirmed"
        rebooked_after = time.time() - ordered_at

        done = wait_for(bff, order_id, lambda read: read["state"] not in ("inProgress", "acknowledged"), 60)
        done_after = time.time() - ordered_at

    assert done["state"] == "completed", done["errorMessages"]
    assert done["jeopardyAlerts"] == []
    installed = next(m for m in done["milestones"] if m["name"] == "Installed")
    assert parse(installed["date"]) == parse(again["end"])  # the new visit, not the missed one
    assert not [e for e in _store_queue(stack, "missedVisit") if e["order"]["id"] == order_id]
    print(f"\nmissed visit timeline of {order_id} (real seconds after ordering | order date):")
    print(f"  ordered, first visit {first['label']}")
    for milestone in done["milestones"]:
        print(f"  {milestone['name']:<24} {milestone['status']:<10} {milestone['date']}")
    print(
        f"  missed seen after {missed_after:.1f} s; new slot {again['label']}, after {rebooked_after:.1f} s"
    )
    print(f"  completed after {done_after:.1f} s")
