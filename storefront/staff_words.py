"""Words for the staff screens: order states as a colleague would say them, stores by name, waiting times.

The customer's screens say states in the customer's words (storefront.views.ORDER_STATE_WORDS); staff get
short plain labels, never the raw TMF622 code beside them.
"""

from __future__ import annotations

from decimal import Decimal

from storefront.views import format_money

STAFF_STATE_WORDS = {
    "acknowledged": "Received",
    "pending": "Pending",
    "held": "On hold",
    "inProgress": "In progress",
    "completed": "Completed",
    "partial": "Partly completed",
    "rejected": "Rejected",
    "failed": "Failed",
    "cancelled": "Cancelled",
    "assessingCancellation": "Cancellation requested",
    "pendingCancellation": "Being cancelled",
    # TMF648 quote states and TMF637 product statuses the 360 lists.
    "approved": "Approved",
    "accepted": "Accepted",
    "active": "Active",
    "created": "Created",
    "suspended": "Suspended",
    "terminated": "Ended",
    "pendingActive": "Being set up",
    "pendingTerminate": "Being ended",
}


def staff_state_words(state: str) -> str:
    """A state in plain words; an unknown code split into words ("somethingNew" → "Something new")."""
    if state in STAFF_STATE_WORDS:
        return STAFF_STATE_WORDS[state]
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in state).strip()
    return words[:1].upper() + words[1:]


def store_label(store_name: str, store_id: str) -> str:
    return store_name or store_id


def waiting_words(seconds: float | None) -> str:
    """'waiting 12 min', 'waiting 3 h 5 min', 'waiting 2 days'; empty when not known."""
    if seconds is None:
        return ""
    minutes = int(seconds // 60)
    if minutes < 1:
        return "waiting under a minute"
    if minutes < 60:
        return f"waiting {minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"waiting {hours} h {minutes} min" if minutes else f"waiting {hours} h"
    return f"waiting {hours // 24} days"


def monthly(amount: Decimal | None) -> str:
    return f"{format_money(amount)}/month" if amount is not None else ""


LEAD_STATUS_WORDS = {
    "new": "New",
    "contacted": "Contacted",
    "qualified": "Qualified",
    "quoted": "Quoted",
    "won": "Won",
    "lost": "Lost",
}
# Forward only (the retail BFF refuses going back); won comes from an order placed from the lead.
LEAD_PIPELINE = ("new", "contacted", "qualified", "quoted")


def lead_status_words(status: str) -> str:
    return LEAD_STATUS_WORDS.get(status, staff_state_words(status))


def next_lead_statuses(status: str) -> list[str]:
    """What staff may move a lead to by hand: a later open status, or lost."""
    if status not in LEAD_PIPELINE:
        return []
    return [*LEAD_PIPELINE[LEAD_PIPELINE.index(status) + 1 :], "lost"]


def duration_words(seconds: float | None) -> str:
    """An average time: '45 s', '12 min', '3 h 5 min', '2 days 4 h'; '—' when there is none yet."""
    if seconds is None:
        return "—"
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} days {hours} h" if hours else f"{days} days"
