"""Changing an order's engineer visit after ordering (TMF646 via the order's item): another slot, or none.

    [622 order] → owner? waiting for its visit? → [646 appointment] → not within the notice?
        reschedule: 646 PATCH validFor                      (the order follows the appointment)
        cancel:     646 PATCH status cancelled              (the order manager then holds the order)
        a slot for a cancelled visit: 646 POST + confirm, 622 PATCH the item's appointment (+ inProgress)

Rules: nothing changes within `notice` of the visit's start (VISIT_TOO_SOON), nor once the order stopped
waiting for it (completed, cancelled, the engineer on the way: VISIT_NOT_CHANGEABLE); a slot taken
meanwhile is SLOT_TAKEN. A visit cancelled already has no slot to be near: a new one may be booked at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bff.core.appointments import SlotTaken, VisitSlot, describe_visit
from bff.core.clients.base import TmfError, TmfNotFound, TmfRejected
from bff.core.clients.tmf622 import ERROR_MESSAGES, MILESTONES, Tmf622Client
from bff.core.clients.tmf646 import Tmf646Client
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
    if appointment.status in (AppointmentStateType.completed, AppointmentStateType.failed):
        raise VisitNotChangeable()
    return WaitingVisit(order, item, appointment)


def _check_notice(appointment: Appointment, notice: timedelta, now: datetime) -> None:
    start = appointment.valid_for.start_date_time
    if start is not None and start - now < notice:
        hours = notice.total_seconds() / 3600
        raise VisitTooSoon(
            f"Your engineer visit is less than {hours:g} hours away, so it can no longer be changed online. "
            "Please call us to change it."
        )


def _cancelled(appointment: Appointment) -> bool:
    return appointment.status == AppointmentStateType.cancelled


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
    notice: timedelta,
    ready: Ready = no_wait,
) -> None:
    """Move the order's visit to `slot` (an offered one); for a cancelled visit, book `slot` and take the
    order the order manager held for it back to inProgress."""
    found = await waiting_visit(orders, visits, order_id, owner)
    appointment = found.appointment
    if _cancelled(appointment):
        await ready()
        await _book_again(orders, visits, found, slot)
        return
    _check_notice(appointment, notice, datetime.now(UTC))
    current = appointment.valid_for
    if (current.start_date_time, current.end_date_time) == (slot.start, slot.end):
        return  # already there (a retry whose answer was lost)
    await ready()
    await _taking(visits.reschedule_appointment(appointment.id or "", _valid_for(slot)))
    # The order's requested dates follow the visit: lists read them from the order (My account showed the
    # old visit). The move itself is done; a refusal here leaves only those dates behind, so it is logged.
    dates = {"requestedStartDate": slot.start.isoformat(), "requestedCompletionDate": slot.end.isoformat()}
    try:
        await orders.patch_product_order(found.order.id or "", dates)
    except TmfError as exc:
        log.warning("the order's dates did not follow its moved visit", extra={"reason": str(exc)})


async def cancel_visit(
    orders: Tmf622Client,
    visits: Tmf646Client,
    order_id: str,
    owner: Owner | None,
    notice: timedelta,
    ready: Ready = no_wait,
) -> None:
    """Cancel the order's visit (the slot goes back to the calendar; the order manager holds the order
    until the customer books another slot). Cancelling a cancelled visit again changes nothing."""
    found = await waiting_visit(orders, visits, order_id, owner)
    if _cancelled(found.appointment):
        return
    _check_notice(found.appointment, notice, datetime.now(UTC))
    await ready()
    try:
        await visits.cancel_appointment(found.appointment.id or "")
    except TmfRejected as refused:
        if refused.status == 409:
            raise VisitNotChangeable() from refused
        raise


async def _book_again(
    orders: Tmf622Client, visits: Tmf646Client, found: WaitingVisit, slot: VisitSlot
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
    if order.state is not None and order.state.value == HELD:
        changes["state"] = "inProgress"
    await orders.patch_product_order(order.id or "", changes)
