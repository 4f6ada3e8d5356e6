"""The product order state machine (TMF622 v4 ProductOrderStateType), shared by the engine and PATCH.

    acknowledged ──► inProgress ──► completed | failed | partial
        │  ▲  │          │  ▲
        │  │  │          ▼  │
        │  └─ pending    held ──► rejected
        ▼
    rejected          (any open state) ──► assessingCancellation ──► pendingCancellation ──► cancelled

- acknowledged: received, being validated. → rejected (a check failed), pending (information missing),
  held (a manual approval is needed), inProgress (valid: decomposed and being fulfilled).
- pending → acknowledged: the missing information was supplied; the order is validated again.
- held → inProgress (approved) or rejected (refused).
- inProgress → held / pending when fulfilment needs a decision or information; → completed (every item
  done), failed (none), partial (some).
- Cancellation goes through cancelProductOrder: assessingCancellation → pendingCancellation → cancelled.
- rejected, cancelled, completed, failed and partial are final.

A client's PATCH may only make the decisions that belong to a client (approve or refuse a held order,
resubmit a pending one, put an order on hold); the order manager alone moves an order on otherwise.
"""

from typing import Final

from mock_backends.errors import Conflict

ACKNOWLEDGED: Final = "acknowledged"
REJECTED: Final = "rejected"
PENDING: Final = "pending"
HELD: Final = "held"
IN_PROGRESS: Final = "inProgress"
CANCELLED: Final = "cancelled"
COMPLETED: Final = "completed"
FAILED: Final = "failed"
PARTIAL: Final = "partial"
ASSESSING_CANCELLATION: Final = "assessingCancellation"
PENDING_CANCELLATION: Final = "pendingCancellation"

TRANSITIONS: Final[dict[str, frozenset[str]]] = {
    ACKNOWLEDGED: frozenset({REJECTED, PENDING, HELD, IN_PROGRESS, ASSESSING_CANCELLATION}),
    PENDING: frozenset({ACKNOWLEDGED, ASSESSING_CANCELLATION}),
    HELD: frozenset({IN_PROGRESS, REJECTED, ASSESSING_CANCELLATION}),
    IN_PROGRESS: frozenset({COMPLETED, FAILED, PARTIAL, HELD, PENDING, ASSESSING_CANCELLATION}),
    ASSESSING_CANCELLATION: frozenset({PENDING_CANCELLATION}),
    PENDING_CANCELLATION: frozenset({CANCELLED}),
    REJECTED: frozenset(),
    CANCELLED: frozenset(),
    COMPLETED: frozenset(),
    FAILED: frozenset(),
    PARTIAL: frozenset(),
}

FINAL: Final = frozenset(state for state, targets in TRANSITIONS.items() if not targets)
CANCELLABLE: Final = frozenset({ACKNOWLEDGED, PENDING, HELD, IN_PROGRESS})

# (from, to) a client may ask for with PATCH.
CLIENT_TRANSITIONS: Final = frozenset(
    {
        (HELD, IN_PROGRESS),
        (HELD, REJECTED),
        (PENDING, ACKNOWLEDGED),
        (ACKNOWLEDGED, HELD),
        (IN_PROGRESS, HELD),
    }
)


def is_legal(current: str, target: str) -> bool:
    return target == current or target in TRANSITIONS.get(current, frozenset())


def check_transition(current: str, target: str) -> None:
    """Refuse a transition the state machine does not have (the engine calls this before each step)."""
    if not is_legal(current, target):
        raise Conflict(
            f"A productOrder cannot go from {current} to {target}", code="INVALID_STATE_TRANSITION"
        )


def check_client_transition(current: str, target: str) -> None:
    """What a PATCH of `state` may do: a legal transition that is a client's decision."""
    check_transition(current, target)
    if target != current and (current, target) not in CLIENT_TRANSITIONS:
        raise Conflict(
            f"Only the order manager moves a productOrder from {current} to {target}"
            + (" (use cancelProductOrder to cancel)" if target == ASSESSING_CANCELLATION else ""),
            code="INVALID_STATE_TRANSITION",
        )
