"""Appointments for engineer visits: search free slots, hold one, confirm, reschedule, cancel.

- searchTimeSlot: `relatedPlace` names the visit's address (a TMF673 address or flat id, or a `postcode`)
  and `workType` (an extension attribute) the visit: "new line installation" (the default),
  "router-only visit" or "fault visit". The answer (`status: done`) lists the free AM (8am-1pm) and PM
  (1pm-6pm) slots of the address's postcode area from the work type's lead time on, for two weeks
  (`searchResult: fail` and no slot when none is free); an address TMF673 does not know is
  `status: rejected`. `requestedTimeSlot[].validFor` narrows the answer to slots overlapping those periods.
- appointment POST: `validFor` must be one of the slots (as offered), `relatedPlace` its address, and
  `category` the work type. The visit is taken from the slot's capacity at once (409 SLOT_UNAVAILABLE when
  the slot is full: search again) and held: `status: initialized` until `holdExpiryDate`
  (MOCKS_APPOINTMENT_HOLD_MINUTES after creation). A hold that is not confirmed by then is cancelled and
  its visit goes back to the slot.
- PATCH `status: confirmed` confirms a held appointment (409 HOLD_EXPIRED once the hold has lapsed);
  PATCH `validFor` to another slot reschedules (a full new slot: 409, and the visit stays where it was);
  PATCH `status: cancelled` (or DELETE) gives the visit back. `completed` and `failed` record the visit.
"""

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlmodel import col

from mock_backends import tmf630
from mock_backends.errors import BadRequest, Conflict
from mock_backends.resources import IDENTITY_ATTRIBUTES, Collection, ResourceKind, new_id
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf646 import capacity
from mock_backends.tmf646.capacity import UK, Slot
from mock_backends.tmf646.models import CONFIRMED, HELD, RELEASED, SlotBooking, utc
from mock_backends.tmf673 import service as addresses
from mock_backends.tmf673.service import normalise_postcode
from tmf_models.tmf646 import Appointment, AppointmentCreate, SearchTimeSlot, SearchTimeSlotCreate

API_PATH = "/tmf-api/appointment/v4"

# Work type -> days of notice: a new line needs network work planned, a fault is seen the next day.
WORK_TYPES = {"new line installation": 3, "router-only visit": 2, "fault visit": 1}
DEFAULT_WORK_TYPE = "new line installation"
SEARCH_DAYS = 14

INITIALIZED = "initialized"
STATUS_CONFIRMED = "confirmed"
CANCELLED = "cancelled"
STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    INITIALIZED: frozenset({STATUS_CONFIRMED, CANCELLED}),
    STATUS_CONFIRMED: frozenset({CANCELLED, "completed", "failed"}),
    CANCELLED: frozenset(),
    "completed": frozenset(),
    "failed": frozenset(),
}

SERVER_APPOINTMENT_ATTRIBUTES = frozenset({"creationDate", "calendarEvent", "holdExpiryDate"})
APPOINTMENT = ResourceKind(
    "appointment",
    API_PATH,
    # The place and the work type decide which slots fit: a different visit is a new appointment.
    non_patchable=IDENTITY_ATTRIBUTES | SERVER_APPOINTMENT_ATTRIBUTES | {"relatedPlace", "category"},
)
SEARCH_RESULTS = frozenset({"searchDate", "searchResult", "availableTimeSlot", "status"})
SEARCH_TIME_SLOT = ResourceKind(
    "searchTimeSlot",
    API_PATH,
    non_patchable=IDENTITY_ATTRIBUTES | SEARCH_RESULTS | {"relatedPlace", "requestedTimeSlot", "workType"},
)


def _now() -> datetime:
    return datetime.now(UTC)


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def appointments(store: DocumentStore) -> Collection:
    return Collection(store, APPOINTMENT)


def searches(store: DocumentStore) -> Collection:
    return Collection(store, SEARCH_TIME_SLOT)


def _connection(store: DocumentStore) -> Connection:
    # The capacity rows change in the transaction of the documents they go with.
    return store.session.connection()


# --- places and work types ------------------------------------------------------------------------------


def _work_type(value: Any, attribute: str) -> str:
    if value is None:
        return DEFAULT_WORK_TYPE
    if not isinstance(value, str) or value not in WORK_TYPES:
        known = ", ".join(f'"{name}"' for name in WORK_TYPES)
        raise BadRequest(f"{attribute} must be one of {known}", code="UNKNOWN_WORK_TYPE")
    return str(value)


def _area_of_postcode(postcode: Any) -> str | None:
    normalised = normalise_postcode(str(postcode))
    # The inward code (the last three characters) narrows to a street; the area is what precedes it.
    return normalised[:-3] if len(normalised) > 3 else None


def _area(store: DocumentStore, place: Any, attribute: str) -> str | None:
    """The postcode area of the place, None if the address is unknown; 400 when no place is given."""
    if not isinstance(place, dict) or not (place.get("id") or place.get("postcode")):
        raise BadRequest(
            f"{attribute} must name the visit's address: the id of an address or flat, or a postcode",
            code="MISSING_PLACE",
        )
    if place.get("id"):
        found = addresses.resolve_place(store, place)
        return _area_of_postcode(found[0].get("postcode", "")) if found is not None else None
    return _area_of_postcode(place["postcode"])


def _first_day(work_type: str, now: datetime) -> date:
    return now.astimezone(UK).date() + timedelta(days=WORK_TYPES[work_type])


# --- holds ----------------------------------------------------------------------------------------------


def _move_booking(
    connection: Connection,
    appointment_id: str,
    from_states: tuple[str, ...],
    to_state: str,
    *,
    lapsed: bool = False,
) -> bool:
    """Move the booking along one transition, atomically: False when another request moved it first.

    Only a lapsed hold keeps its expiry time: it tells a late confirmation why it is refused."""
    values: dict[str, Any] = {"state": to_state}
    if not lapsed:
        values["expires_at"] = None
    statement = (
        update(SlotBooking)
        .where(col(SlotBooking.appointment_id) == appointment_id, col(SlotBooking.state).in_(from_states))
        .values(**values)
    )
    return connection.execute(statement).rowcount == 1


def _booking(connection: Connection, appointment_id: str) -> tuple[str, str, datetime | None] | None:
    query = select(col(SlotBooking.slot_id), col(SlotBooking.state), col(SlotBooking.expires_at)).where(
        col(SlotBooking.appointment_id) == appointment_id
    )
    row = connection.execute(query).first()
    return (row[0], row[1], row[2]) if row is not None else None


def expire_holds(store: DocumentStore, now: datetime | None = None) -> int:
    """Cancel the appointments whose hold lapsed and give their visits back; returns how many.

    Run before each TMF646 request, so a lapsed hold is never confirmed and its visit is offered again.
    """
    now = now or _now()
    connection = _connection(store)
    held = connection.execute(
        select(col(SlotBooking.appointment_id), col(SlotBooking.slot_id), col(SlotBooking.expires_at)).where(
            col(SlotBooking.state) == HELD
        )
    ).all()
    expired = 0
    for appointment_id, slot_id, expires_at in held:
        if expires_at is None or utc(expires_at) > now:
            continue
        if not _move_booking(connection, appointment_id, (HELD,), RELEASED, lapsed=True):
            continue  # a concurrent request confirmed, cancelled or expired it
        capacity.give_back(connection, slot_id)
        document = appointments(store).find(appointment_id)
        if document is not None:
            note = {
                "date": _timestamp(now),
                "author": "appointment service",
                "text": "The slot was held until holdExpiryDate and not confirmed: it was released.",
            }
            lapsed = {
                **document,
                "status": CANCELLED,
                "lastUpdate": _timestamp(now),
                "note": [*(document.get("note") or []), note],
            }
            appointments(store).replace(lapsed)
        expired += 1
    return expired


# --- searchTimeSlot -------------------------------------------------------------------------------------


def _overlaps(slot: Slot, periods: list[tuple[datetime | None, datetime | None]]) -> bool:
    if not periods:
        return True
    return any(
        (start is None or slot.end > start) and (end is None or slot.start < end) for start, end in periods
    )


def _parse_time(value: Any, attribute: str) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError as error:
        raise BadRequest(f"{attribute} is not a date-time: {value}", code="INVALID_BODY") from error
    if moment.tzinfo is None:
        raise BadRequest(f"{attribute} needs a time zone offset: {value}", code="INVALID_BODY")
    return moment


def _requested_periods(body: JsonDocument) -> list[tuple[datetime | None, datetime | None]]:
    periods = []
    for position, requested in enumerate(body.get("requestedTimeSlot") or []):
        valid_for = requested.get("validFor") or {}
        where = f"requestedTimeSlot[{position}].validFor"
        start, end = valid_for.get("startDateTime"), valid_for.get("endDateTime")
        periods.append(
            (
                _parse_time(start, f"{where}.startDateTime") if start else None,
                _parse_time(end, f"{where}.endDateTime") if end else None,
            )
        )
    return periods


def time_slot(slot: Slot) -> JsonDocument:
    return {"id": slot.id, "validFor": slot.valid_for(), "@type": "TimeSlot"}


def search(store: DocumentStore, body: JsonDocument) -> JsonDocument:
    tmf630.validated(SearchTimeSlotCreate, body)
    now = _now()
    expire_holds(store, now)
    work_type = _work_type(body.get("workType"), "workType")
    area = _area(store, body.get("relatedPlace"), "relatedPlace")
    periods = _requested_periods(body)
    slots: list[Slot] = []
    if area is not None:
        first = _first_day(work_type, now)
        last = first + timedelta(days=SEARCH_DAYS - 1)
        connection = _connection(store)
        capacity.ensure(connection, area, first, last)
        slots = [slot for slot in capacity.free(connection, area, first, last) if _overlaps(slot, periods)]
    result = {
        **body,
        "workType": work_type,
        "searchDate": _timestamp(now),
        "status": "done" if area is not None else "rejected",
        "searchResult": "success" if slots else "fail",
        "availableTimeSlot": [time_slot(slot) for slot in slots],
    }
    return searches(store).create(result)


def patch_search(store: DocumentStore, search_id: str, patch: JsonDocument) -> JsonDocument:
    # The results are the server's; what is left (relatedParty, relatedEntity, ...) is descriptive.
    return searches(store).patch(
        search_id, patch, validate=lambda document: tmf630.validated(SearchTimeSlot, document)
    )


# --- appointments ---------------------------------------------------------------------------------------


def _slot_for(area: str, valid_for: Any, work_type: str, now: datetime) -> Slot:
    """The slot `validFor` names, if the work type may be booked in it; 400 otherwise."""
    start = (valid_for or {}).get("startDateTime")
    slot = capacity.slot_starting(area, _parse_time(start, "validFor.startDateTime")) if start else None
    end = (valid_for or {}).get("endDateTime")
    if slot is not None and end and _parse_time(end, "validFor.endDateTime") != slot.end:
        slot = None
    if slot is None:
        raise BadRequest(
            "validFor must be one of the slots searchTimeSlot offers (8am-1pm or 1pm-6pm UK time)",
            code="NOT_A_SLOT",
        )
    if slot.day < _first_day(work_type, now):
        raise BadRequest(
            f"A {work_type} needs {WORK_TYPES[work_type]} days' notice: the first day is "
            f"{_first_day(work_type, now).isoformat()}",
            code="SLOT_TOO_SOON",
        )
    return slot


def _take(connection: Connection, slot: Slot) -> None:
    capacity.ensure(connection, slot.area, slot.day, slot.day)
    if not capacity.take(connection, slot.id):
        raise Conflict(
            f"The slot {slot.valid_for()['startDateTime']} to {slot.valid_for()['endDateTime']} is no "
            "longer available (another customer took the last visit, or the day is full); search for "
            "time slots again",
            code="SLOT_UNAVAILABLE",
        )


def _calendar_event(slot: Slot) -> JsonDocument:
    return {
        "id": slot.id,
        "name": f"{slot.area} {slot.start:%a %d %b %Y} {slot.period.upper()}",
        "@referredType": "CalendarEvent",
    }


def create_appointment(store: DocumentStore, body: JsonDocument, hold_minutes: float) -> JsonDocument:
    tmf630.validated(AppointmentCreate, body)
    now = _now()
    expire_holds(store, now)
    work_type = _work_type(body.get("category"), "category")
    area = _area(store, body.get("relatedPlace"), "relatedPlace")
    if area is None:
        raise BadRequest("relatedPlace is not a known address", code="UNKNOWN_PLACE")
    slot = _slot_for(area, body.get("validFor"), work_type, now)
    connection = _connection(store)
    _take(connection, slot)
    appointment_id = new_id()
    expires_at = now + timedelta(minutes=hold_minutes)
    connection.execute(
        insert(SlotBooking).values(
            appointment_id=appointment_id, slot_id=slot.id, state=HELD, expires_at=expires_at
        )
    )
    document = {
        **{name: value for name, value in body.items() if name != "status"},
        "category": work_type,
        "status": INITIALIZED,
        "creationDate": _timestamp(now),
        "lastUpdate": _timestamp(now),
        "validFor": slot.valid_for(),
        "calendarEvent": _calendar_event(slot),
        "holdExpiryDate": _timestamp(expires_at),
    }
    return appointments(store).create(document, appointment_id)


def _reschedule(
    store: DocumentStore, current: JsonDocument, valid_for: Any, booking_slot: str, now: datetime
) -> Slot:
    old = Slot.parse(booking_slot)
    new = _slot_for(old.area, valid_for, str(current.get("category") or DEFAULT_WORK_TYPE), now)
    if new.id == old.id:
        return old
    connection = _connection(store)
    # Rows are locked in one order everywhere (the booking, then slots by id), so two customers swapping
    # slots cannot deadlock on PostgreSQL. A full new slot raises: the request's transaction is rolled
    # back, the booking and the old visit with it.
    moved = connection.execute(
        update(SlotBooking)
        .where(
            col(SlotBooking.appointment_id) == current["id"],
            col(SlotBooking.slot_id) == old.id,
            col(SlotBooking.state).in_((HELD, CONFIRMED)),
        )
        .values(slot_id=new.id)
    )
    if moved.rowcount != 1:
        raise Conflict("The appointment changed meanwhile; read it again", code="CONCURRENT_CHANGE")
    for slot_id in sorted((old.id, new.id)):
        if slot_id == new.id:
            _take(connection, new)
        else:
            capacity.give_back(connection, old.id)
    return new


def patch_appointment(store: DocumentStore, appointment_id: str, patch: JsonDocument) -> JsonDocument:
    now = _now()
    expire_holds(store, now)
    current = appointments(store).get(appointment_id)
    tmf630.refuse_non_patchable(patch, APPOINTMENT.non_patchable)
    tmf630.validated(Appointment, tmf630.merge_patch(current, patch))  # well-formed before anything moves
    status = current.get("status")
    requested = patch.get("status", status)
    connection = _connection(store)
    booking = _booking(connection, appointment_id)
    if requested == STATUS_CONFIRMED and status == CANCELLED and booking and booking[2] is not None:
        raise Conflict(
            f"The hold on this slot lapsed at {current.get('holdExpiryDate')}: search for time slots again",
            code="HOLD_EXPIRED",
        )
    tmf630.refuse_illegal_transition("status", status, requested, STATUS_TRANSITIONS)
    server: JsonDocument = {"lastUpdate": _timestamp(now)}
    slot_id = booking[0] if booking is not None else None
    if "validFor" in patch and patch["validFor"] != current.get("validFor"):
        if status not in (INITIALIZED, STATUS_CONFIRMED) or slot_id is None:
            raise Conflict(f"A {status} appointment cannot be rescheduled", code="INVALID_STATE_TRANSITION")
        slot = _reschedule(store, current, patch["validFor"], slot_id, now)
        slot_id = slot.id
        server |= {"validFor": slot.valid_for(), "calendarEvent": _calendar_event(slot)}
    if requested != status and slot_id is not None:
        held = (HELD,)
        if requested == STATUS_CONFIRMED and not _move_booking(connection, appointment_id, held, CONFIRMED):
            raise Conflict("The hold on this slot lapsed: search for time slots again", code="HOLD_EXPIRED")
        if requested == CANCELLED and _move_booking(connection, appointment_id, (HELD, CONFIRMED), RELEASED):
            capacity.give_back(connection, slot_id)
    merged = {**tmf630.merge_patch(current, patch), **server}
    if requested != INITIALIZED:
        merged.pop("holdExpiryDate", None)
    tmf630.validated(Appointment, merged)
    return appointments(store).replace(merged)


def delete_appointment(store: DocumentStore, appointment_id: str) -> None:
    expire_holds(store)
    appointments(store).get(appointment_id)
    connection = _connection(store)
    booking = _booking(connection, appointment_id)
    if booking is not None and _move_booking(connection, appointment_id, (HELD, CONFIRMED), RELEASED):
        capacity.give_back(connection, booking[0])
    appointments(store).delete(appointment_id)
