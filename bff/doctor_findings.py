"""What a doctor probe finds: yes / no / degraded / n/a, the reason, and the setting to change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["yes", "no", "degraded", "n/a"]


@dataclass(frozen=True)
class Outcome:
    """What one probe found."""

    status: Status
    detail: str
    setting: str = ""


class Found(Exception):
    """A probe's finding that is not "yes", raised from deep in a probe."""

    def __init__(self, status: Status, detail: str, setting: str = "") -> None:
        super().__init__(detail)
        self.outcome = Outcome(status, detail, setting)
