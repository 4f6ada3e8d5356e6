"""Orders that wait for an engineer visit: the order follows the TMF646 appointment its item references.

An order item with `appointment` (TMF622 v4 AppointmentRef) gets three milestones before its services are
activated, each due at a moment of the visit (read from the TMF646 appointment, so a rescheduled visit
moves them; else from the order's requestedStartDate / requestedCompletionDate):

    Engineer assigned     the day before the visit (not before the order was placed)
    Engineer on the way   the slot's start
    Installed             the slot's end (the TMF646 appointment is then `completed`)

A milestone is not reached before it is due, so the order stays inProgress until the visit and completes
only after the slot's end. A visit milestone is dated when it was due; the others when they were reached.

The mocks' clock for such an order can be compressed (MOCKS_DAY_SECONDS, real seconds per day) until the
visit is over:

    virtual now = orderDate + (real now - orderDate) x 86400 / day_seconds

and from the slot's end on it runs at real speed again (the activations after the visit take seconds, as
without a visit, rather than days). Every date the order manager writes on such an order (milestones,
notes, completionDate) is a virtual date. With 86400 (the default) virtual time is real time. Orders without
a visit always keep real time, except self-installs.

Self-install: an order whose main item carries no appointment but the product characteristic
`installationMethod: selfInstall` (the line at the address works already; TMF645 `selfInstallable`) needs no
engineer: the router is posted. Its item gets two milestones before its activations, on the same clock:

    Router dispatched     a day after the order
    Router delivered      two days after the order (the clock then runs at real speed, as after a visit)
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from mock_backends.errors import Conflict
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf646 import service as appointments

REAL_DAY_SECONDS = 86400.0

ASSIGNED = "engineer-assigned"
ON_THE_WAY = "engineer-on-the-way"
INSTALLED = "installed"
VISIT_STEPS = ((ASSIGNED, "Engineer assigned"), (ON_THE_WAY, "Engineer on the way"), (INSTALLED, "Installed"))
ASSIGNED_BEFORE = timedelta(days=1)

SELF_INSTALL_CHARACTERISTIC = "installationMethod"
SELF_INSTALL = "selfInstall"
DISPATCHED = "router-dispatched"
DELIVERED = "router-delivered"
DELIVERY_STEPS = ((DISPATCHED, "Router dispatched"), (DELIVERED, "Router delivered"))
DISPATCHED_AFTER = timedelta(days=1)
DELIVERED_AFTER = timedelta(days=2)


@dataclass(frozen=True)
class Clock:
    """An order's clock: real time sped up `86400 / day_seconds` times from the order's date until
    `visit_end` (if known), at real speed after it."""

    origin: datetime
    day_seconds: float
    visit_end: datetime | None = None

    @property
    def _factor(self) -> float:
        return REAL_DAY_SECONDS / self.day_seconds

    def _compressed(self, real: datetime) -> datetime:
        return self.origin + (real - self.origin) * self._factor

    def _real_compressed(self, virtual: datetime) -> datetime:
        return self.origin + (virtual - self.origin) / self._factor

    def virtual(self, real: datetime) -> datetime:
        if self.visit_end is not None and self.visit_end > self.origin:
            visit_over = self._real_compressed(self.visit_end)
            if real > visit_over:
                return self.visit_end + (real - visit_over)
        return self._compressed(real)

    def real(self, virtual: datetime) -> datetime:
        if self.visit_end is not None and self.visit_end > self.origin and virtual > self.visit_end:
            return self._real_compressed(self.visit_end) + (virtual - self.visit_end)
        return self._real_compressed(virtual)


def _parse(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def appointment_ref(item: JsonDocument) -> JsonDocument | None:
    ref = item.get("appointment")
    return ref if isinstance(ref, dict) and ref.get("id") else None


def visit_item(order: JsonDocument) -> JsonDocument | None:
    """The first item that references an appointment, if any."""
    return next((item for item in order.get("productOrderItem") or [] if appointment_ref(item)), None)


def self_installed(item: JsonDocument) -> bool:
    """An item the customer sets up themselves (no appointment; `installationMethod: selfInstall`)."""
    if appointment_ref(item) is not None:
        return False
    characteristics = (item.get("product") or {}).get("productCharacteristic") or []
    return any(
        c.get("name") == SELF_INSTALL_CHARACTERISTIC and c.get("value") == SELF_INSTALL
        for c in characteristics
    )


def delivery(order: JsonDocument) -> tuple[datetime, datetime] | None:
    """When a self-install's router is dispatched and delivered (virtual time); None for any other order."""
    placed = _parse(order.get("orderDate"))
    if placed is None or not any(self_installed(item) for item in order.get("productOrderItem") or []):
        return None
    return placed + DISPATCHED_AFTER, placed + DELIVERED_AFTER


def clock(store: DocumentStore, order: JsonDocument, day_seconds: float) -> Clock | None:
    """The order's virtual clock, or None for an order without a visit or a posted router (real time)."""
    origin = _parse(order.get("orderDate"))
    if origin is None:
        return None
    if visit_item(order) is None:
        posted = delivery(order)
        return Clock(origin, day_seconds, posted[1]) if posted is not None else None
    slot = window(store, order)
    return Clock(origin, day_seconds, slot[1] if slot is not None else None)


def milestones(order: JsonDocument, item: JsonDocument) -> list[JsonDocument]:
    """The visit's milestones of one item, or a self-install's delivery ones (none for other items)."""
    steps = (
        VISIT_STEPS if appointment_ref(item) is not None else DELIVERY_STEPS if self_installed(item) else ()
    )
    if not steps:
        return []
    ref = {"productOrderId": order["id"], "productOrderItemId": str(item["id"])}
    return [
        {
            "id": f"{item['id']}.{key}",
            "name": name,
            "status": "Yet-To-Reach",
            "productOrderItem": [{**ref, "@referredType": "ProductOrderItem"}],
            "@type": "ProductOrderMilestone",
        }
        for key, name in steps
    ]


def window(store: DocumentStore, order: JsonDocument) -> tuple[datetime, datetime] | None:
    """The visit's slot: the TMF646 appointment's validFor, else the order's requested dates."""
    item = visit_item(order)
    ref = appointment_ref(item) if item is not None else None
    if ref is None:
        return None
    found = appointments.appointments(store).find(str(ref["id"]))
    valid_for = (found or {}).get("validFor") or {}
    start, end = _parse(valid_for.get("startDateTime")), _parse(valid_for.get("endDateTime"))
    if start is None or end is None:
        start, end = _parse(order.get("requestedStartDate")), _parse(order.get("requestedCompletionDate"))
    return (start, end) if start is not None and end is not None and start < end else None


def _step_of(milestone: JsonDocument) -> str | None:
    step = str(milestone.get("id", "")).rpartition(".")[2]
    return step if step in {key for key, _ in VISIT_STEPS} else None


def due(store: DocumentStore, order: JsonDocument, milestone: JsonDocument) -> datetime | None:
    """When a visit or delivery milestone is due (virtual time); None for any other, or without a slot."""
    posted = str(milestone.get("id", "")).rpartition(".")[2]
    if posted in (DISPATCHED, DELIVERED):
        dates = delivery(order)
        return None if dates is None else dates[0] if posted == DISPATCHED else dates[1]
    step = _step_of(milestone)
    slot = window(store, order) if step is not None else None
    if slot is None:
        return None
    start, end = slot
    if step == ASSIGNED:
        # Not before the order was placed, nor, after a missed visit (missed_visits.py), before the miss.
        missed = [
            _parse(m.get("milestoneDate"))
            for m in order.get("productOrderMilestone") or []
            if ".visit-missed-" in str(m.get("id", ""))
        ]
        floor = [moment for moment in (_parse(order.get("orderDate")), *missed) if moment is not None]
        return max(start - ASSIGNED_BEFORE, *floor)
    return start if step == ON_THE_WAY else end


def expected_completion(store: DocumentStore, order: JsonDocument, step_seconds: float) -> datetime | None:
    """The slot's end (or the router's delivery), then one pace step per milestone after it and one to
    complete."""
    slot = window(store, order) or delivery(order)
    if slot is None:
        return None
    after = 0
    seen_installed = False
    for milestone in order.get("productOrderMilestone") or []:
        if seen_installed:
            after += 1
        step = str(milestone.get("id", "")).rpartition(".")[2]
        seen_installed = seen_installed or step in (INSTALLED, DELIVERED)
    return slot[1] + timedelta(seconds=step_seconds * (after + 1))


def after_reached(store: DocumentStore, order: JsonDocument, milestone: JsonDocument) -> None:
    """Record the visit on TMF646 once the engineer installed the line (a confirmed appointment only)."""
    item = visit_item(order)
    ref = appointment_ref(item) if item is not None else None
    if ref is None or _step_of(milestone) != INSTALLED:
        return
    found = appointments.appointments(store).find(str(ref["id"]))
    if found is None or found.get("status") != appointments.STATUS_CONFIRMED:
        return
    try:
        appointments.patch_appointment(store, str(ref["id"]), {"status": "completed"})
    except Conflict:
        return  # changed meanwhile (cancelled): the order's milestones stand on their own


VISIT_CANCELLED = "VISIT_CANCELLED"
VISIT_CANCELLED_REASON = "Engineer visit cancelled"
VISIT_CANCELLED_MESSAGE = "Your engineer visit was cancelled: choose a new slot"


def _appointment_of(store: DocumentStore, order: JsonDocument) -> JsonDocument | None:
    item = visit_item(order)
    ref = appointment_ref(item) if item is not None else None
    return appointments.appointments(store).find(str(ref["id"])) if ref is not None else None


def visit_cancelled(store: DocumentStore, order: JsonDocument) -> bool:
    """Whether the visit the order still waits for was cancelled (the order cannot go on without one)."""
    installed = any(
        _step_of(m) == INSTALLED and m.get("status") == "Completed"
        for m in order.get("productOrderMilestone") or []
    )
    found = _appointment_of(store, order)
    return not installed and found is not None and found.get("status") == appointments.CANCELLED


def give_back(store: DocumentStore, order: JsonDocument) -> None:
    """Give the order's visit back to the calendar (a cancelled order needs no engineer)."""
    found = _appointment_of(store, order)
    if found is None or found.get("status") not in (appointments.INITIALIZED, appointments.STATUS_CONFIRMED):
        return
    try:
        appointments.patch_appointment(store, str(found["id"]), {"status": appointments.CANCELLED})
    except Conflict:
        return  # changed meanwhile: nothing left to give back
