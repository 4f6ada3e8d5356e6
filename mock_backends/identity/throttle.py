"""Slowing down repeated failed sign-ins, per account and per client address.

After `free` failures in a row, every further failure locks the key (account or address) for
base * 2**(failures - free) seconds, capped: with the defaults 1 s, 2 s, 4 s ... 30 s. While locked, a
sign-in is answered "try again in N seconds" without looking at the password, so guessing gains nothing
from the lock window. Failures older than the window are forgotten; a success clears them.
"""

import math
from dataclasses import dataclass
from typing import Protocol


class Throttled(Protocol):
    """A row that counts failures (models.User for accounts, models.IpThrottle for addresses)."""

    failed_logins: int
    last_failed_at: float | None
    locked_until: float | None


@dataclass(frozen=True)
class Policy:
    free_failures: int
    base_seconds: float
    max_seconds: float
    window_seconds: float

    def delay_after(self, failures: int) -> float:
        if failures < self.free_failures:
            return 0.0
        return min(self.base_seconds * 2.0 ** (failures - self.free_failures), self.max_seconds)


def seconds_locked(record: Throttled, now: float) -> int:
    """Whole seconds until the record may try again (0 when it may now)."""
    if record.locked_until is None or record.locked_until <= now:
        return 0
    return max(1, math.ceil(record.locked_until - now))


def record_failure(record: Throttled, policy: Policy, now: float) -> None:
    if record.last_failed_at is not None and now - record.last_failed_at > policy.window_seconds:
        record.failed_logins = 0
    record.failed_logins += 1
    record.last_failed_at = now
    delay = policy.delay_after(record.failed_logins)
    record.locked_until = now + delay if delay else None


def record_success(record: Throttled) -> None:
    record.failed_logins = 0
    record.last_failed_at = None
    record.locked_until = None
