"""Calendar months of a contract or a promotion: when one counted from a date ends."""

from __future__ import annotations

from datetime import date, timedelta


def add_months(start: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has no such day)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = start.day
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1  # 31 January + 1 month: 28 or 29 February


def ends_on(start: date, months: int | None) -> date | None:
    """The last day of `months` counted from `start` (the day before the same date `months` later)."""
    return add_months(start, months) - timedelta(days=1) if months else None
