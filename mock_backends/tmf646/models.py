"""The engineer calendar behind TMF646: capacity per slot, and which appointment holds which slot.

Not TMF resources (the appointments and searches are documents in the document store): these two tables are
what the booking rules update atomically, so capacity holds when many customers book at once.
"""

from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import Column, DateTime
from sqlmodel import Field, SQLModel

BookingState = Literal["held", "confirmed", "released"]
HELD: BookingState = "held"
CONFIRMED: BookingState = "confirmed"
RELEASED: BookingState = "released"


class SlotCapacity(SQLModel, table=True):
    """One visit slot of one postcode area: `booked` never exceeds `capacity` (see capacity.py)."""

    __tablename__ = "tmf646_slot_capacity"

    slot_id: str = Field(primary_key=True)  # "<area>-<yyyy-mm-dd>-<am|pm>", e.g. "rg1-2026-12-08-am"
    area: str = Field(index=True)  # postcode outward code, e.g. "RG1"
    day: str = Field(index=True)  # ISO date: compares as text on every database
    period: str  # "am" | "pm"
    capacity: int
    booked: int = 0


class SlotBooking(SQLModel, table=True):
    """The slot an appointment takes. `state` moves by conditional UPDATEs, so a slot is released once."""

    __tablename__ = "tmf646_slot_booking"

    appointment_id: str = Field(primary_key=True)
    slot_id: str = Field(index=True)
    state: str = Field(default="held", index=True)  # BookingState
    # A held slot is released at this moment unless the appointment was confirmed; None once confirmed.
    expires_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))


def utc(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes (stored as UTC): make them comparable again."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
