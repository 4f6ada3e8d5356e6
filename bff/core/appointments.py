"""Engineer visits for the channels (TMF646): the slots an address can have, held while the customer
finishes checkout, confirmed with the order, and said in plain words.

A slot someone else took meanwhile, or a hold that lapsed, is a ChannelError the storefront answers by
offering the slots again (nothing the customer typed is lost: only the slot is chosen again).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from pydantic import AwareDatetime, computed_field

from bff.core.clients.base import TmfError, TmfNotFound, TmfRejected
from bff.core.clients.tmf646 import Tmf646Client, WorkType
from bff.core.errors import ChannelError
from bff.core.models import ChannelModel
from tmf_models.tmf646 import Appointment, AppointmentCreate, AppointmentStateType, SearchTimeSlotCreate

log = logging.getLogger("bff.visits")

UK = ZoneInfo("Europe/London")
INSTALLATION_ADDRESS = "installationAddress"
EN_DASH = "\N{EN DASH}"  # a range of times, as written for people


class SlotTaken(ChannelError):
    status = 409
    code = "SLOT_TAKEN"
    message = "That visit slot has just been taken. Please choose another one."


class SlotHoldExpired(ChannelError):
    status = 409
    code = "SLOT_HOLD_EXPIRED"
    message = "We could only keep that visit slot for a few minutes. Please choose a slot again."


class VisitSlot(ChannelModel):
    id: str
    start: AwareDatetime
    end: AwareDatetime

    @computed_field  # type: ignore[prop-decorator]  # mypy cannot type a decorated property
    @property
    def label(self) -> str:
        """E.g. "Engineer visit Tue 12 Jan, 8am-1pm", so the screens need not format dates."""
        return describe_visit(self.start, self.end)


class HeldVisit(ChannelModel):
    appointment_id: str
    slot: VisitSlot
    status: str
    hold_expires: AwareDatetime | None = None


def _hour(moment: datetime) -> str:
    local = moment.astimezone(UK)
    text = f"{local.hour % 12 or 12}{f':{local.minute:02d}' if local.minute else ''}"
    return text + ("am" if local.hour < 12 else "pm")


def describe_visit(start: datetime, end: datetime) -> str:
    """E.g. "Engineer visit Tue 12 Jan, 8am-1pm" (en dash; UK time, whatever offset the dates carry)."""
    local = start.astimezone(UK)
    return f"Engineer visit {local:%a} {local.day} {local:%b}, {_hour(start)}{EN_DASH}{_hour(end)}"


def _place(address_id: str) -> dict[str, str]:
    return {"id": address_id, "role": INSTALLATION_ADDRESS, "@referredType": "GeographicAddress"}


async def offered_slots(client: Tmf646Client, address_id: str, work_type: WorkType) -> list[VisitSlot]:
    """The free slots for a visit at the address, earliest first (none: no engineer can come soon)."""
    request = SearchTimeSlotCreate.model_validate({"relatedPlace": _place(address_id)})
    search = await client.search_time_slots(request, work_type)
    slots = []
    for offered in search.available_time_slot or []:
        start, end = offered.valid_for.start_date_time, offered.valid_for.end_date_time
        if offered.id and start is not None and end is not None:
            slots.append(VisitSlot(id=offered.id, start=start, end=end))
    return slots


def _held(appointment: Appointment, slot: VisitSlot) -> HeldVisit:
    expiry = (appointment.model_extra or {}).get("holdExpiryDate")
    return HeldVisit(
        appointment_id=appointment.id or "",
        slot=slot,
        status=appointment.status.value if appointment.status else "initialized",
        hold_expires=datetime.fromisoformat(expiry) if isinstance(expiry, str) else None,
    )


async def hold_slot(
    client: Tmf646Client,
    address_id: str,
    work_type: WorkType,
    slot: VisitSlot,
    customer_id: str | None = None,
) -> HeldVisit:
    """Hold the slot for this customer while they finish checking out (releasing the one they held at the
    address before); SlotTaken if it is gone."""
    body: dict[str, object] = {
        "category": work_type,
        "relatedPlace": _place(address_id),
        "validFor": {"startDateTime": slot.start.isoformat(), "endDateTime": slot.end.isoformat()},
    }
    if customer_id:
        body["relatedParty"] = [{"id": customer_id, "role": "customer", "@referredType": "Customer"}]
    try:
        appointment = await client.create_appointment(AppointmentCreate.model_validate(body))
    except TmfRejected as refused:
        if refused.status == 409:
            raise SlotTaken() from refused
        raise
    if customer_id and appointment.id:
        await _release_other_holds(client, customer_id, address_id, appointment.id)
    return _held(appointment, slot)


async def _release_other_holds(client: Tmf646Client, customer_id: str, address_id: str, kept: str) -> None:
    """A customer holds one visit per address: a slot chosen again gives the one held before back to the
    calendar (after the new one is held, so a refused choice keeps the old). Best effort: a hold left
    behind lapses on its own."""
    try:
        held = await client.find_appointments(**{"relatedParty.id": customer_id, "status": "initialized"})
        for appointment in held:
            place = appointment.related_place
            if (
                appointment.id
                and appointment.id != kept
                and place is not None
                and place.id == address_id
                and customer_id in _customers_of(appointment)
                and appointment.status == AppointmentStateType.initialized
            ):
                await client.cancel_appointment(appointment.id)
    except TmfError as exc:
        log.warning("could not release earlier visit holds", extra={"reason": repr(exc)[:300]})


async def confirm_visit(client: Tmf646Client, appointment_id: str, slot: VisitSlot) -> HeldVisit:
    """Confirm a held visit (with the order); SlotHoldExpired when the hold lapsed first."""
    try:
        appointment = await client.confirm_appointment(appointment_id)
    except TmfRejected as refused:
        if refused.code == "HOLD_EXPIRED":
            raise SlotHoldExpired() from refused
        raise
    return _held(appointment, slot)


@dataclass(frozen=True)
class BookedVisit:
    """A visit confirmed for an order: what the order item references (TMF622 AppointmentRef)."""

    appointment_id: str
    href: str | None
    slot: VisitSlot
    status: str


def _slot_of(appointment: Appointment) -> VisitSlot | None:
    start, end = appointment.valid_for.start_date_time, appointment.valid_for.end_date_time
    if start is None or end is None or end <= start:
        return None
    event = appointment.calendar_event
    return VisitSlot(id=(event.id if event else None) or appointment.id or "", start=start, end=end)


def _customers_of(appointment: Appointment) -> set[str]:
    return {
        party.id
        for party in appointment.related_party or []
        if party.id and (party.role or "").lower() == "customer"
    }


async def confirm_for_order(client: Tmf646Client, appointment_id: str, customer_id: str) -> BookedVisit:
    """Confirm the visit the customer held, as their order is placed.

    Confirming again is harmless (the server answers the confirmed appointment), so a retried order confirms
    the same visit twice without failing. A hold that lapsed, was cancelled, is unknown or is another
    customer's is SlotHoldExpired: the customer chooses a slot again and nothing is placed.
    """
    try:
        current = await client.get_appointment(appointment_id)
    except TmfNotFound:
        raise SlotHoldExpired() from None
    customers = _customers_of(current)
    if (customers and customer_id not in customers) or current.status == AppointmentStateType.cancelled:
        raise SlotHoldExpired()
    try:
        confirmed = await client.confirm_appointment(appointment_id)
    except TmfRejected as refused:
        if refused.status == 409:
            raise SlotHoldExpired() from refused
        raise
    slot = _slot_of(confirmed)
    if slot is None:
        raise SlotHoldExpired()
    status = confirmed.status.value if confirmed.status else "confirmed"
    return BookedVisit(confirmed.id or appointment_id, confirmed.href, slot, status)


async def visit_now(client: Tmf646Client, appointment_id: str) -> tuple[VisitSlot, str] | None:
    """The visit's slot and status as TMF646 has them now (rescheduled, completed...); None if unknown."""
    try:
        appointment = await client.get_appointment(appointment_id)
    except TmfNotFound:
        return None
    slot = _slot_of(appointment)
    if slot is None:
        return None
    return slot, appointment.status.value if appointment.status else "confirmed"
