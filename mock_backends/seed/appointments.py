"""Seeded engineer capacity for TMF646 appointments: how many visits each postcode area can take per slot.

A day has two slots, AM (8am-1pm) and PM (1pm-6pm) UK time, Monday to Saturday; no visits on Sundays.
Each area has a number of engineers per slot on weekdays and on Saturdays, and some of that capacity is
already taken by other customers: a deterministic share per (area, day, slot), so some days are full and
the same date always looks the same on every run and every database. The capacity rows are written on
demand for the days a search looks at (tmf646/capacity.py), so the calendar never runs out however long
the mocks run.
"""

import hashlib
from dataclasses import dataclass
from datetime import date

AM = "am"
PM = "pm"
PERIODS = (AM, PM)
# Local (Europe/London) hours of each slot: start, end.
PERIOD_HOURS = {AM: (8, 13), PM: (13, 18)}

SATURDAY = 5
SUNDAY = 6


@dataclass(frozen=True)
class AreaCapacity:
    weekday: int  # engineers (visits) per slot, Monday to Friday
    saturday: int  # per slot on Saturdays
    weekdays_open: frozenset[int] = frozenset(range(5))  # 0 = Monday; thin areas are visited on some days


_ALL_WEEK = frozenset(range(5))
_TUESDAY_THURSDAY = frozenset({1, 3})

# Postcode area (outward code) -> capacity. Towns with fibre build teams have several engineers a slot;
# rural areas share one engineer who comes on Tuesdays and Thursdays only.
AREAS: dict[str, AreaCapacity] = {
    "SW1A": AreaCapacity(weekday=3, saturday=2),
    "RG1": AreaCapacity(weekday=4, saturday=2),
    "LS6": AreaCapacity(weekday=3, saturday=1),
    "MK10": AreaCapacity(weekday=3, saturday=1),
    "BS7": AreaCapacity(weekday=2, saturday=1),
    "NR2": AreaCapacity(weekday=2, saturday=1),
    "NE46": AreaCapacity(weekday=1, saturday=0, weekdays_open=_TUESDAY_THURSDAY),
    "LD1": AreaCapacity(weekday=1, saturday=0, weekdays_open=_TUESDAY_THURSDAY),
    "TR1": AreaCapacity(weekday=1, saturday=0, weekdays_open=_TUESDAY_THURSDAY),
    "IV2": AreaCapacity(weekday=1, saturday=0, weekdays_open=_TUESDAY_THURSDAY),
    "IV51": AreaCapacity(weekday=1, saturday=0, weekdays_open=frozenset({2})),
    "PL20": AreaCapacity(weekday=1, saturday=0, weekdays_open=frozenset({2})),
}

# Share of (area, day, slot) already fully booked, and share with all but one visit booked.
FULL_PERCENT = 20
NEARLY_FULL_PERCENT = 30


def engineers(area: str, day: date, period: str) -> int:
    """Visits the area can take in that slot (0: no visits that day, or an area the mocks do not serve)."""
    profile = AREAS.get(area)
    if profile is None or day.weekday() == SUNDAY:
        return 0
    if day.weekday() == SATURDAY:
        return profile.saturday
    return profile.weekday if day.weekday() in profile.weekdays_open else 0


def already_booked(area: str, day: date, period: str) -> int:
    """Visits other customers booked before the mocks started: the same for a given date on every run."""
    capacity = engineers(area, day, period)
    digest = hashlib.sha256(f"{area}|{day.isoformat()}|{period}".encode()).digest()
    share = int.from_bytes(digest[:2], "big") % 100
    if share < FULL_PERCENT:
        return capacity
    if share < FULL_PERCENT + NEARLY_FULL_PERCENT:
        return max(capacity - 1, 0)
    return 0
