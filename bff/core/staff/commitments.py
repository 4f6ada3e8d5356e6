"""Jeopardy measured against what the customer was promised (seed 003), read from the order alone.

The promised date: the end of the engineer visit's slot while the order waits for its visit, else the date
the order was promised for (`requestedCompletionDate`, which follows a moved visit), else the order
manager's `expectedCompletionDate`. An open order is in jeopardy when:

    missed visit   the order manager's alert VISIT_MISSED is in force (the engineer could not get in and
                   no new visit is booked yet)
    late           the promised date has passed
    at risk        the promised date is less than `at_risk` away and the order is not where it should be:
                   not yet being worked on (acknowledged, pending, held), or its visit is less than 12
                   hours away and no engineer is assigned yet (the engineer is assigned the day before)

An order with no promised date (e.g. held for a manager before it was validated) is judged on time in its
state as before (cycle_times.py). Views of the queue: `dueToday` (promised today, UK time),
`missedVisit`, `awaitingAppointment` (an engineer visit booked and still to come).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

# Named as the catalogue profile says on the wire; the TMF622 client renames them to these.
from bff.core.clients.tmf622 import JEOPARDY_ALERTS, MILESTONES, VISIT_MISSED
from bff.core.order_events import FINAL_STATES
from bff.core.staff.cycle_times import when

UK = ZoneInfo("Europe/London")
QueueView = Literal["dueToday", "missedVisit", "awaitingAppointment"]
Jeopardy = Literal["missedVisit", "late", "atRisk", "overdue"]
NOT_STARTED = frozenset({"acknowledged", "pending", "held"})
# The engineer is assigned the day before the visit: still none half a day before it is a risk.
UNASSIGNED_AT_RISK = timedelta(hours=12)
# Visit milestone steps (the order manager's ids end with them: `<item>.engineer-assigned`).
ASSIGNED, INSTALLED = "engineer-assigned", "installed"


@dataclass(frozen=True)
class Commitment:
    promised: datetime | None
    visit_start: datetime | None  # the visit still to come, if any
    jeopardy: Jeopardy | None
    reason: str | None  # the jeopardy in plain words


def _reached(body: dict[str, Any], step: str) -> bool:
    return any(
        str(m.get("id", "")).rpartition(".")[2] == step and m.get("status") == "Completed"
        for m in body.get(MILESTONES) or []
    )


def _has_visit(body: dict[str, Any]) -> bool:
    return any(
        isinstance(item.get("appointment"), dict) and item["appointment"].get("id")
        for item in body.get("productOrderItem") or []
    )


def visit_missed(body: dict[str, Any]) -> bool:
    return any(alert.get("exception") == VISIT_MISSED for alert in body.get(JEOPARDY_ALERTS) or [])


def _day(moment: datetime) -> str:
    local = moment.astimezone(UK)
    return f"{local:%a} {local.day} {local:%b}"


def commitment(body: dict[str, Any], now: datetime, at_risk: timedelta) -> Commitment:
    """What the order was promised and whether it is in jeopardy against it (None: not judged here)."""
    state = str(body.get("state") or "acknowledged")
    if state in FINAL_STATES:
        promised = when(body.get("requestedCompletionDate")) or when(body.get("expectedCompletionDate"))
        return Commitment(promised, None, None, None)
    missed = visit_missed(body)
    waiting_for_visit = _has_visit(body) and not missed and not _reached(body, INSTALLED)
    visit_start = when(body.get("requestedStartDate")) if waiting_for_visit else None
    promised = when(body.get("requestedCompletionDate")) or when(body.get("expectedCompletionDate"))
    if missed:
        return Commitment(
            promised, None, "missedVisit", "Engineer visit missed: the engineer could not get in"
        )
    if promised is None:
        return Commitment(None, visit_start, None, None)
    if now > promised:
        return Commitment(promised, visit_start, "late", f"Late: promised for {_day(promised)}")
    if promised - now <= at_risk and state in NOT_STARTED:
        return Commitment(promised, visit_start, "atRisk", f"At risk: due {_day(promised)} and still {state}")
    unassigned = visit_start is not None and not _reached(body, ASSIGNED)
    if unassigned and visit_start is not None and visit_start - now <= min(at_risk, UNASSIGNED_AT_RISK):
        reason = f"At risk: visit {_day(visit_start)}, no engineer assigned"
        return Commitment(promised, visit_start, "atRisk", reason)
    return Commitment(promised, visit_start, None, None)


def in_view(view: QueueView, found: Commitment, body: dict[str, Any], now: datetime) -> bool:
    """Whether an order belongs to one of the queue's views."""
    if view == "missedVisit":
        return found.jeopardy == "missedVisit"
    if view == "awaitingAppointment":
        return found.visit_start is not None
    if str(body.get("state")) in FINAL_STATES:
        return False
    due = found.visit_start or found.promised
    return due is not None and due.astimezone(UK).date() == now.astimezone(UK).date()
