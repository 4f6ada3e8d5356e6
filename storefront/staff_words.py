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
