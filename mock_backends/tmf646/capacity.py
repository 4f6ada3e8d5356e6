"""Slots and their capacity: written on demand from the seeded profile, taken and given back atomically.

A visit is taken with one conditional UPDATE (`booked = booked + 1 WHERE booked < capacity`): the database
decides, so two customers can never both get the last visit of a slot. On PostgreSQL the second UPDATE
waits for the first transaction's row lock and then re-checks the condition against the committed row
(READ COMMITTED); on SQLite writers are serialised. Nothing is read first and written later.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, and_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import col

from mock_backends.seed import appointments as seeded
from mock_backends.tmf646.models import SlotCapacity

UK = ZoneInfo("Europe/London")


@dataclass(frozen=True)
class Slot:
    area: str
    day: date
    period: str  # seeded.AM | seeded.PM

    @property
    def id(self) -> str:
        return f"{self.area.lower()}-{self.day.isoformat()}-{self.period}"

    @property
    def start(self) -> datetime:
        return datetime.combine(self.day, time(seeded.PERIOD_HOURS[self.period][0]), UK)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.day, time(seeded.PERIOD_HOURS[self.period][1]), UK)

    def valid_for(self) -> dict[str, str]:
        # UK local time with its offset, so "8am-1pm" reads as it is said to the customer.
        return {"startDateTime": self.start.isoformat(), "endDateTime": self.end.isoformat()}

    @classmethod
    def parse(cls, slot_id: str) -> "Slot":
        area, year, month, day, period = slot_id.rsplit("-", 4)
        return cls(area.upper(), date(int(year), int(month), int(day)), period)


def slot_starting(area: str, start: datetime) -> Slot | None:
    """The slot of `area` that starts at `start` (any offset), or None if no slot starts then."""
    local = start.astimezone(UK)
    for period, (first_hour, _) in seeded.PERIOD_HOURS.items():
        if (local.hour, local.minute, local.second, local.microsecond) == (first_hour, 0, 0, 0):
            return Slot(area, local.date(), period)
    return None


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def ensure(connection: Connection, area: str, first: date, last: date) -> None:
    """Write the capacity rows of `area` from `first` to `last` that do not exist yet, from the seed profile.

    Concurrent searches may write the same rows: the insert skips rows another transaction wrote.
    """
    existing = set(
        connection.scalars(
            select(col(SlotCapacity.slot_id)).where(
                col(SlotCapacity.area) == area,
                col(SlotCapacity.day) >= first.isoformat(),
                col(SlotCapacity.day) <= last.isoformat(),
            )
        )
    )
    rows: list[dict[str, Any]] = []
    for day in days(first, last):
        for period in seeded.PERIODS:
            slot = Slot(area, day, period)
            capacity = seeded.engineers(area, day, period)
            if slot.id in existing or capacity == 0:
                continue
            booked = seeded.already_booked(area, day, period)
            rows.append(
                {
                    "slot_id": slot.id,
                    "area": area,
                    "day": day.isoformat(),
                    "period": period,
                    "capacity": capacity,
                    "booked": booked,
                }
            )
    if not rows:
        return
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    connection.execute(dialect.insert(SlotCapacity).values(rows).on_conflict_do_nothing())


def free(connection: Connection, area: str, first: date, last: date) -> list[Slot]:
    """The slots of `area` from `first` to `last` with at least one visit left, in time order."""
    query = (
        select(col(SlotCapacity.slot_id))
        .where(
            col(SlotCapacity.area) == area,
            col(SlotCapacity.day) >= first.isoformat(),
            col(SlotCapacity.day) <= last.isoformat(),
            col(SlotCapacity.booked) < col(SlotCapacity.capacity),
        )
        .order_by(col(SlotCapacity.day), col(SlotCapacity.period))
    )
    return [Slot.parse(slot_id) for slot_id in connection.scalars(query)]


def take(connection: Connection, slot_id: str) -> bool:
    """Book one visit of the slot; False when it is full (or does not exist)."""
    statement = (
        update(SlotCapacity)
        .where(
            and_(col(SlotCapacity.slot_id) == slot_id, col(SlotCapacity.booked) < col(SlotCapacity.capacity))
        )
        .values(booked=col(SlotCapacity.booked) + 1)
    )
    return connection.execute(statement).rowcount == 1


def give_back(connection: Connection, slot_id: str) -> None:
    statement = (
        update(SlotCapacity)
        .where(and_(col(SlotCapacity.slot_id) == slot_id, col(SlotCapacity.booked) > 0))
        .values(booked=col(SlotCapacity.booked) - 1)
    )
    connection.execute(statement)


def remaining(connection: Connection, slot_ids: Sequence[str]) -> dict[str, int]:
    """Visits left per slot (for tests and the admin view of the calendar)."""
    query = select(col(SlotCapacity.slot_id), col(SlotCapacity.capacity) - col(SlotCapacity.booked)).where(
        col(SlotCapacity.slot_id).in_(list(slot_ids))
    )
    return {slot_id: int(left) for slot_id, left in connection.execute(query)}
