"""Changing an order's engineer visit after ordering (TMF646 via the order's item): another slot, or none.

    [622 order] → owner? waiting for its visit? → [646 appointment] → not within the notice?
        reschedule: 646 PATCH validFor                      (the order follows the appointment)
        cancel:     646 PATCH status cancelled              (the order manager then holds the order)
        a slot for a cancelled visit: 646 POST + confirm, 622 PATCH the item's appointment (+ inProgress)

Rules: nothing changes within `notice` of the visit's start (VISIT_TOO_SOON), nor once the order stopped
waiting for it (completed, cancelled, the engineer on the way: VISIT_NOT_CHANGEABLE); a slot taken
meanwhile is SLOT_TAKEN. A visit cancelled already has no slot to be near: a new one may be booked at once.
The same rules hold for the customer online and for an agent in store; an agent's change is recorded on the
order as a note naming them and their store.

Whose clock the notice is measured on: the order manager's. The slot's start is the backend's date (TMF646
validFor); the order manager reaches "Engineer on the way" when its own clock says that date has come. A
real OSS keeps real time. The mocks can compress an order's clock (MOCKS_DAY_SECONDS) from its orderDate on:
order now = orderDate + (real now - orderDate) x 86400 / day seconds, so a slot three days ahead arrives
within seconds. Judged on real time the notice would then never be reached before the engineer came; judged
on the order's clock (BFF_VISIT_DAY_SECONDS, set to the mocks' value) "24 hours before the visit" is the
same moment for the rule as for the order's milestones. The slot dates themselves are never rewritten.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bff.config import Settings
from bff.core.appointments import SlotTaken, VisitSlot, describe_visit, offered_slots
from bff.core.auth.principal import Principal
from bff.core.clients.base import TmfError, TmfNotFound, TmfRejected
from bff.core.clients.tmf622 import ERROR_MESSAGES, MILESTONES, Tmf622Client
from bff.core.clients.tmf646 import Tmf646Client, WorkType
from bff.core.customers import Owner
from bff.core.errors import ChannelError, OrderNotFound
from bff.core.exactly_once import Ready, no_wait
from bff.core.ordering import (
    APPOINTMENT_TYPE,
    CUSTOMER_ROLE,
    VISIT_CANCELLED,
    _main_item,
    _party,
)
from tmf_models.tmf622 import ProductOrder, ProductOrderItem
from tmf_models.tmf646 import Appointment, AppointmentCreate, AppointmentStateType, TimePeriod

# Orders still waiting for their visit (TMF622 states); any other is done with it or being cancelled.
WAITING = {"acknowledged", "pending", "held", "inProgress"}
# Milestones (mock TMF622 visits.py) after which the visit is happening or happened.
VISIT_UNDER_WAY = ("engineer-on-the-way", "installed")
HELD = "held"
REAL_DAY_SECONDS = 86400.0

log = logging.getLogger("bff.visits")


class VisitTooSoon(ChannelError):
    status = 409
    code = "VISIT_TOO_SOON"
    message = "Your engineer visit is too close to change online. Please call us to change it."


class VisitNotChangeable(ChannelError):
    status = 409
    code = "VISIT_NOT_CHANGEABLE"
    message = "This order is no longer waiting for an engineer visit, so the visit cannot be changed."


@dataclass(frozen=True)
class WaitingVisit:
    order: ProductOrder
    item: ProductOrderItem
    appointment: Appointment


@dataclass(frozen=True)
class ChangeRules:
    """When a visit may still be changed: not within `notice` of its start, on the order manager's clock
    (a day lasting `day_seconds` real seconds from the order's date: see the module docstring)."""

    notice: timedelta
    day_seconds: float = REAL_DAY_SECONDS

    @classmethod
    def of(cls, settings: Settings) -> ChangeRules:
        return cls(timedelta(hours=settings.visit_change_notice_hours), settings.visit_day_seconds)

    def order_now(self, order: ProductOrder, real_now: datetime) -> datetime:
        """The order manager's now for this order (real time unless its clock is compressed)."""
        origin = order.order_date
        if origin is None or origin.tzinfo is None or self.day_seconds == REAL_DAY_SECONDS:
            return real_now
        return origin + (real_now - origin) * (REAL_DAY_SECONDS / self.day_seconds)


@dataclass(frozen=True)
class StaffChange:
    """An agent changing the visit on the customer's behalf: recorded on the order."""

    agent: Principal

    def note(self, what: str) -> dict[str, Any]:
        who = self.agent.name or self.agent.email or self.agent.subject
        store = f" ({self.agent.store_id})" if self.agent.store_id else ""
        text = f"{what} by {who}{store} on the customer's behalf"
        return {"@type": "Note", "author": who, "date": datetime.now(UTC).isoformat(), "text": text}


def notes_with(order: ProductOrder, note: dict[str, Any]) -> list[dict[str, Any]]:
    """The order's notes with `note` appended (a merge patch replaces the array)."""
    kept = [n.model_dump(mode="json", by_alias=True, exclude_none=True) for n in order.note or []]
    return [*kept, note]


def _under_way(order: ProductOrder) -> bool:
    for milestone in (order.model_extra or {}).get(MILESTONES) or []:
        step = str(milestone.get("id", "")).rpartition(".")[2]
        if step in VISIT_UNDER_WAY and milestone.get("status") == "Completed":
            return True
    return False


async def waiting_visit(
    orders: Tmf622Client, visits: Tmf646Client, order_id: str, owner: Owner | None
) -> WaitingVisit:
    """The owner's order and the visit it still waits for; else 404 / 403 / VISIT_NOT_CHANGEABLE."""
    try:
        order = await orders.get_product_order(order_id)
    except TmfNotFound:
        raise OrderNotFound() from None
    if owner is not None:
        owner.check(_party(order, "Customer", (CUSTOMER_ROLE,)))
    item = _main_item(order)
    if item is None or item.appointment is None or not item.appointment.id:
        raise VisitNotChangeable("This order has no engineer visit to change.")
    state = order.state.value if order.state else "acknowledged"
    if state not in WAITING or _under_way(order):
        raise VisitNotChangeable()
    try:
        appointment = await visits.get_appointment(item.appointment.id)
    except TmfNotFound:
        raise VisitNotChangeable() from None
    if appointment.status == AppointmentStateType.completed:  # a missed (failed) visit is booked again
        raise VisitNotChangeable()
    return WaitingVisit(order, item, appointment)


WORK_TYPES: tuple[WorkType, ...] = ("new line installation", "router-only visit", "fault visit")


async def slots_for_order(
    orders: Tmf622Client, visits: Tmf646Client, order_id: str, owner: Owner | None
) -> list[VisitSlot]:
    """The free slots the order's visit may move to: at its address, for its kind of work."""
    found = await waiting_visit(orders, visits, order_id, owner)
    place = found.appointment.related_place
    if place is None or not place.id:
        raise VisitNotChangeable("This visit has no address to find other slots at.")
    category = found.appointment.category
    work_type = next((kind for kind in WORK_TYPES if kind == category), WORK_TYPES[0])
    return await offered_slots(visits, place.id, work_type)


def _check_notice(found: WaitingVisit, rules: ChangeRules) -> None:
    start = found.appointment.valid_for.start_date_time
    now = rules.order_now(found.order, datetime.now(UTC))
    if start is not None and start - now < rules.notice:
        hours = rules.notice.total_seconds() / 3600
        raise VisitTooSoon(
            f"Your engineer visit is less than {hours:g} hours away, so it can no longer be changed online. "
            "Please call us to change it."
        )


def _cancelled(appointment: Appointment) -> bool:
    """No visit to come: cancelled, or missed (`failed`: the engineer could not get in), so a slot is
    booked anew rather than moved."""
    return appointment.status in (AppointmentStateType.cancelled, AppointmentStateType.failed)


def _valid_for(slot: VisitSlot) -> TimePeriod:
    return TimePeriod.model_validate(
        {"startDateTime": slot.start.isoformat(), "endDateTime": slot.end.isoformat()}
    )


async def _taking(call: Any) -> Appointment:
    try:
        return await call  # type: ignore[no-any-return]
    except TmfRejected as refused:
        if refused.status == 409 and refused.code == "SLOT_UNAVAILABLE":
            raise SlotTaken() from refused
        if refused.status == 409:
            raise VisitNotChangeable() from refused
        raise


async def reschedule_visit(
    orders: Tmf622Client,
    visits: Tmf646Client,
    order_id: str,
    slot: VisitSlot,
    owner: Owner | None,
    rules: ChangeRules,
    ready: Ready = no_wait,
    by: StaffChange | None = None,
) -> None:
    """Move the order's visit to `slot` (an offered one); for a cancelled visit, book `slot` and take the
    order the order manager held for it back to inProgress. `by`: an agent's change, noted on the order."""
    found = await waiting_visit(orders, visits, order_id, owner)
    appointment = found.appointment
    if _cancelled(appointment):
        await ready()
        await _book_again(orders, visits, found, slot, by)
        return
    _check_notice(found, rules)
    current = appointment.valid_for
    if (current.start_date_time, current.end_date_time) == (slot.start, slot.end):
        return  # already there (a retry whose answer was lost)
    await ready()
    await _taking(visits.reschedule_appointment(appointment.id or "", _valid_for(slot)))
    # The order's requested dates follow the visit: lists read them from the order (My account showed the
    # old visit). The move itself is done; a refusal here leaves only those dates behind, so it is logged.
    dates: dict[str, Any] = {
        "requestedStartDate": slot.start.isoformat(),
        "requestedCompletionDate": slot.end.isoformat(),
    }
    if by is not None:
        moved_to = describe_visit(slot.start, slot.end).removeprefix("Engineer visit ")
        dates["note"] = notes_with(found.order, by.note(f"Engineer visit moved to {moved_to}"))
    try:
        await orders.patch_product_order(found.order.id or "", dates)
    except TmfError as exc:
        log.warning("the order's dates did not follow its moved visit", extra={"reason": str(exc)})


async def cancel_visit(
    orders: Tmf622Client,
    visits: Tmf646Client,
    order_id: str,
    owner: Owner | None,
    rules: ChangeRules,
    ready: Ready = no_wait,
    by: StaffChange | None = None,
) -> None:
    """Cancel the order's visit (the slot goes back to the calendar; the order manager holds the order
    until the customer books another slot). Cancelling a cancelled visit again changes nothing. `by`: an
    agent's change, noted on the order."""
    found = await waiting_visit(orders, visits, order_id, owner)
    if _cancelled(found.appointment):
        return
    _check_notice(found, rules)
    await ready()
    try:
        await visits.cancel_appointment(found.appointment.id or "")
    except TmfRejected as refused:
        if refused.status == 409:
            raise VisitNotChangeable() from refused
        raise
    if by is None:
        return
    # The cancellation itself is done; a refused note is logged rather than failing it.
    try:
        note = by.note("Engineer visit cancelled")
        await orders.patch_product_order(found.order.id or "", {"note": notes_with(found.order, note)})
    except TmfError as exc:
        log.warning("the agent's cancellation was not noted on the order", extra={"reason": str(exc)})


async def _book_again(
    orders: Tmf622Client,
    visits: Tmf646Client,
    found: WaitingVisit,
    slot: VisitSlot,
    by: StaffChange | None = None,
) -> None:
    old = found.appointment
    body: dict[str, Any] = {
        "category": old.category,
        "relatedPlace": old.related_place.model_dump(mode="json", by_alias=True, exclude_none=True)
        if old.related_place
        else None,
        "relatedParty": [
            party.model_dump(mode="json", by_alias=True, exclude_none=True)
            for party in old.related_party or []
        ],
        "validFor": {"startDateTime": slot.start.isoformat(), "endDateTime": slot.end.isoformat()},
        "description": describe_visit(slot.start, slot.end),
    }
    held = await _taking(visits.create_appointment(AppointmentCreate.model_validate(body)))
    booked = await _taking(visits.confirm_appointment(held.id or ""))
    order = found.order
    items = []
    for item in order.product_order_item:
        dumped = item.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_unset=True)
        if item is found.item:
            dumped["appointment"] = {"id": booked.id, "href": booked.href, "@referredType": APPOINTMENT_TYPE}
            dumped["appointment"] = {k: v for k, v in dumped["appointment"].items() if v is not None}
        items.append(dumped)
    errors = [
        error
        for error in (order.model_extra or {}).get(ERROR_MESSAGES) or []
        if not isinstance(error, dict) or error.get("code") != VISIT_CANCELLED
    ]
    changes: dict[str, Any] = {
        "productOrderItem": items,
        ERROR_MESSAGES: errors,
        "requestedStartDate": slot.start.isoformat(),
        "requestedCompletionDate": slot.end.isoformat(),
    }
    # Only the visit's hold is lifted (the order manager holds for VISIT_CANCELLED only orders it works on);
    # an order held for a manager's approval stays held until that is decided. Earlier problems, solved,
    # may stay listed: they do not keep the order held.
    held_for_visit = len(errors) < len((order.model_extra or {}).get(ERROR_MESSAGES) or [])
    if order.state is not None and order.state.value == HELD and held_for_visit:
        changes["state"] = "inProgress"
    if by is not None:
        booked_for = describe_visit(slot.start, slot.end).removeprefix("Engineer visit ")
        changes["note"] = notes_with(order, by.note(f"Engineer visit booked for {booked_for}"))
    await orders.patch_product_order(order.id or "", changes)
