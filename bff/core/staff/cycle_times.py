"""How long an order has been in its state, whether that is too long (jeopardy), and where its time went.

Read from the order alone (TMF622 v4 plus the v5 extensions the order manager writes):

- state since: the latest of `orderDate`, `productOrderErrorMessage[].timestamp` and `note[].date` — the
  order manager writes a note (or an error message) at every state change, and so does a manager's decision;
  milestones are progress inside inProgress, not state changes;
- jeopardy: in an open state longer than its target (`BFF_RETAIL_JEOPARDY_SECONDS`, state → seconds);
- phases ("average cycle time by phase", seed 003), each from the end of the one before:
    Validation   orderDate → held, or the first milestone (validation and decomposition)
    Approval     held (an error message with one of the hold codes, the catalogue profile's
                 approval_hold_code and credit_referral_code) → the first note after it (the manager's
                 decision), while held: until now
    <milestone>  one per reached or violated `productOrderMilestone` (its `milestoneDate`), in time order
    Completion   last milestone → `completionDate`
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bff.core.order_events import FINAL_STATES
from bff.core.staff.models import Phase, PhaseAverage


def when(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.astimezone()


def state_since(body: dict[str, Any]) -> datetime | None:
    moments = [when(body.get("orderDate"))]
    moments += [when(error.get("timestamp")) for error in body.get("productOrderErrorMessage") or []]
    moments += [when(note.get("date")) for note in body.get("note") or []]
    found = [moment for moment in moments if moment is not None]
    return max(found) if found else None


def _phase(name: str, start: datetime, end: datetime | None, now: datetime) -> Phase:
    return Phase(
        name=name, started_at=start, ended_at=end, seconds=round(((end or now) - start).total_seconds(), 3)
    )


def phases(body: dict[str, Any], now: datetime, *, hold_codes: frozenset[str]) -> list[Phase]:
    ordered = when(body.get("orderDate"))
    if ordered is None:
        return []
    milestones = sorted(
        (
            (moment, str(milestone.get("name") or milestone.get("id") or "Milestone"))
            for milestone in body.get("productOrderMilestone") or []
            if (moment := when(milestone.get("milestoneDate"))) is not None
        ),
        key=lambda pair: pair[0],
    )
    holds = sorted(
        moment
        for error in body.get("productOrderErrorMessage") or []
        if error.get("code") in hold_codes and (moment := when(error.get("timestamp"))) is not None
    )
    completed = when(body.get("completionDate"))
    state = body.get("state")
    result: list[Phase] = []
    cursor = ordered
    if holds:
        result.append(_phase("Validation", ordered, holds[0], now))
        decided = min(
            (
                moment
                for note in body.get("note") or []
                if (moment := when(note.get("date"))) and moment > holds[0]
            ),
            default=None,
        )
        if decided is None and state != "held":
            decided = milestones[0][0] if milestones else completed
        result.append(_phase("Approval", holds[0], decided, now))
        if decided is None:
            return result
        cursor = decided
    elif not milestones:
        end = completed if state in FINAL_STATES else None
        return [_phase("Validation", ordered, end, now)]
    for moment, name in milestones:
        result.append(_phase(name, cursor, moment, now))
        cursor = moment
    if completed is not None and milestones:
        result.append(_phase("Completion", cursor, completed, now))
    return result


@dataclass(frozen=True)
class Timing:
    state_since: datetime | None
    seconds_in_state: float | None
    target_seconds: float | None
    in_jeopardy: bool
    cycle_seconds: float | None
    phases: list[Phase]


def timing(
    body: dict[str, Any], targets: dict[str, float], now: datetime, *, hold_codes: frozenset[str]
) -> Timing:
    state = str(body.get("state") or "acknowledged")
    since = state_since(body)
    in_state = round((now - since).total_seconds(), 3) if since else None
    target = None if state in FINAL_STATES else targets.get(state)
    ordered = when(body.get("orderDate"))
    end = when(body.get("completionDate")) if state in FINAL_STATES else None
    if state in FINAL_STATES and end is None:
        end = since
    return Timing(
        state_since=since,
        seconds_in_state=in_state,
        target_seconds=target,
        in_jeopardy=bool(target is not None and in_state is not None and in_state > target),
        cycle_seconds=round(((end or now) - ordered).total_seconds(), 3) if ordered else None,
        phases=phases(body, now, hold_codes=hold_codes),
    )


def phase_averages(all_phases: list[list[Phase]]) -> list[PhaseAverage]:
    """Average time per phase name over finished phases, in the order phases first appear."""
    totals: dict[str, list[float]] = defaultdict(list)
    for order_phases in all_phases:
        for phase in order_phases:
            if phase.ended_at is not None:
                totals[phase.name].append(phase.seconds)
    return [
        PhaseAverage(name=name, count=len(values), average_seconds=round(sum(values) / len(values), 3))
        for name, values in totals.items()
    ]
