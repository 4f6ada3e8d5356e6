"""Missed engineer visits: the engineer came but could not get in, so the visit did not happen.

Which visits are missed: an order's first visit at a MISSED_VISIT_ADDRESSES address (seeded: Gatehouse Mews,
Reading, a gated mews) or at an address `PUT /admin/faults/visits` names, and any appointment it names
(faults/visits.py). A visit booked after a missed one goes ahead (the customer now knows to let them in).

When a missed visit's "Installed" milestone falls due (the slot's end), the order manager instead, in the
order's transaction:
- TMF646: the appointment becomes `failed` (AppointmentStateType: the visit was not carried out), with a
  note; its engineer's time was spent, so the slot is not given back;
- TMF622 (v5 shapes, as the other milestones): the visit's milestones reached so far are kept, under ids
  of their own (`<item>.<step>.missed-<n>`), then "Engineer visit missed" (`status: Violated`, dated at
  the slot's end), then the visit's milestones again, Yet-To-Reach, for the next visit;
- the order gets a `productOrderJeopardyAlert` (v5 ProductOrderJeopardyAlert: id, alertDate, name,
  jeopardyType, exception, message, productOrderItem) and a note. It stays inProgress, in jeopardy, and
  reaches no milestone while its visit is the failed one.

A client books a new visit (TMF646) and PATCHes it onto the item's `appointment`: the order manager then
withdraws the alert (`productOrderJeopardyAlert` lists the alerts in force; the violated milestone and the
notes keep the history), dates the expected completion after the new visit and carries on.
"""

import contextlib
from datetime import UTC, datetime, timedelta
from typing import Any

from mock_backends.errors import Conflict
from mock_backends.faults import visits as visit_faults
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf622 import fulfilment, validation, visits
from mock_backends.tmf646 import service as appointments

# Seed addresses (seed/addresses.py, Gatehouse Mews) whose gate keeps the engineer out on the first visit.
# A rule of the order simulation, like fulfilment.BUILD_ISSUE_ADDRESSES, not a fact of the address base.
MISSED_VISIT_ADDRESSES = frozenset({"addr-rg18gm-1", "addr-rg18gm-2"})

FAILED = "failed"
MISSED_STEP = "visit-missed"
MISSED_NAME = "Engineer visit missed"
MISSED_MESSAGE = "The engineer could not get access to the property, so the visit did not happen"
JEOPARDY_ALERTS = "productOrderJeopardyAlert"
JEOPARDY_NAME = "Engineer visit missed"
JEOPARDY_TYPE = "Critical"  # the spec's examples: Normal, Hazard, Critical
JEOPARDY_EXCEPTION = "VISIT_MISSED"
# How long an order whose visit was missed sleeps before it looks again (virtual time); a change of any
# appointment (a new visit booked) wakes it at once (engine.py).
WAIT_FOR_NEW_VISIT = timedelta(days=1)


def _appointment(store: DocumentStore, order: JsonDocument) -> JsonDocument | None:
    item = visits.visit_item(order)
    ref = visits.appointment_ref(item) if item is not None else None
    return appointments.appointments(store).find(str(ref["id"])) if ref is not None else None


def _missed_before(order: JsonDocument) -> int:
    return sum(
        1
        for milestone in order.get("productOrderMilestone") or []
        if str(milestone.get("id", "")).rpartition(".")[2].startswith(MISSED_STEP)
    )


def to_be_missed(store: DocumentStore, order: JsonDocument, milestone: JsonDocument) -> bool:
    """Whether this due milestone is the "Installed" of a visit the engineer misses."""
    if not str(milestone.get("id", "")).endswith(f".{visits.INSTALLED}"):
        return False
    found = _appointment(store, order)
    if found is None or found.get("status") != appointments.STATUS_CONFIRMED:
        return False
    faults = visit_faults.read(store)
    if found.get("id") in faults.appointment_ids:
        return True
    address = (validation.installation_place(order) or {}).get("id")
    first_visit = _missed_before(order) == 0
    return first_visit and address in MISSED_VISIT_ADDRESSES | set(faults.address_ids)


def waiting_for_new_visit(store: DocumentStore, order: JsonDocument) -> bool:
    """The order's visit was missed and no new one is booked yet."""
    found = _appointment(store, order)
    return found is not None and found.get("status") == FAILED and bool(order.get(JEOPARDY_ALERTS))


def _item_ref(order: JsonDocument, item_id: str) -> JsonDocument:
    return {"productOrderId": order["id"], "productOrderItemId": item_id, "@referredType": "ProductOrderItem"}


def next_look(now: datetime) -> datetime:
    return now + WAIT_FOR_NEW_VISIT


def _replanned(order: JsonDocument, item_id: str, when: str, attempt: int) -> list[JsonDocument]:
    """The milestones with the missed visit's history kept and its steps to come again."""
    ref = _item_ref(order, item_id)
    steps = {f"{item_id}.{key}": name for key, name in visits.VISIT_STEPS}
    result: list[JsonDocument] = []
    for milestone in order["productOrderMilestone"]:
        mid = str(milestone["id"])
        if mid in steps and milestone.get("status") == fulfilment.COMPLETED:
            result.append({**milestone, "id": f"{mid}.missed-{attempt}"})  # history, no longer a visit step
            continue
        if mid == f"{item_id}.{visits.INSTALLED}":
            result.append(
                {
                    "id": f"{item_id}.{MISSED_STEP}-{attempt}",
                    "name": MISSED_NAME,
                    "status": fulfilment.VIOLATED,
                    "milestoneDate": when,
                    "message": MISSED_MESSAGE,
                    "productOrderItem": [ref],
                    "@type": "ProductOrderMilestone",
                }
            )
            result.extend(
                {
                    "id": step_id,
                    "name": name,
                    "status": fulfilment.YET_TO_REACH,
                    "productOrderItem": [ref],
                    "@type": "ProductOrderMilestone",
                }
                for step_id, name in steps.items()
            )
            continue
        result.append(milestone)
    return result


def miss(store: DocumentStore, order: JsonDocument, when: datetime) -> JsonDocument:
    """The order (and its TMF646 appointment) after the engineer missed the visit that ended `when`."""
    item = visits.visit_item(order)
    assert item is not None
    item_id = str(item["id"])
    stamp = fulfilment.timestamp(when.astimezone(UTC))
    found = _appointment(store, order)
    if found is not None:
        note = {"date": stamp, "author": "field engineer", "text": MISSED_MESSAGE, "@type": "Note"}
        # Changed meanwhile (cancelled): the order's record of the missed visit then stands alone.
        with contextlib.suppress(Conflict):
            appointments.patch_appointment(
                store, str(found["id"]), {"status": FAILED, "note": [*(found.get("note") or []), note]}
            )
    attempt = _missed_before(order) + 1
    alert: dict[str, Any] = {
        "id": f"{item_id}.{MISSED_STEP}-{attempt}",
        "alertDate": stamp,
        "name": JEOPARDY_NAME,
        "jeopardyType": JEOPARDY_TYPE,
        "exception": JEOPARDY_EXCEPTION,
        "message": f"{MISSED_MESSAGE}: a new visit must be booked",
        "productOrderItem": [_item_ref(order, item_id)],
        "@type": "ProductOrderJeopardyAlert",
    }
    missed = {
        **order,
        "productOrderMilestone": _replanned(order, item_id, stamp, attempt),
        JEOPARDY_ALERTS: [*(order.get(JEOPARDY_ALERTS) or []), alert],
    }
    return fulfilment.add_note(missed, f"{MISSED_NAME}: {MISSED_MESSAGE}; waiting for a new visit", when)


def recovered(
    store: DocumentStore, order: JsonDocument, now: datetime, step_seconds: float
) -> JsonDocument | None:
    """The order back on track once a new visit is booked (its missed-visit alert withdrawn), else None."""
    alerts = order.get(JEOPARDY_ALERTS) or []
    if not any(alert.get("exception") == JEOPARDY_EXCEPTION for alert in alerts):
        return None
    found = _appointment(store, order)
    if found is None or found.get("status") not in (appointments.STATUS_CONFIRMED, appointments.INITIALIZED):
        return None
    kept = [alert for alert in alerts if alert.get("exception") != JEOPARDY_EXCEPTION]
    back = {**order, JEOPARDY_ALERTS: kept}
    expected = visits.expected_completion(store, back, step_seconds)
    if expected is not None:
        back["expectedCompletionDate"] = fulfilment.timestamp(expected.astimezone(UTC))
    slot = visits.window(store, back)
    booked = f" for {slot[0]:%a %d %b %H:%M} UTC" if slot is not None else ""
    return fulfilment.add_note(back, f"New engineer visit booked{booked}: the order is back on track", now)
