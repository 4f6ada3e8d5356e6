"""The credit team's decision on an order, as a note on the TMF622 order (written by staff/credit.py).

"Credit approved by <who>: <reason>"   the order went ahead after a referral
"Credit declined by <who>: <reason>"   the order was refused; the reason is for the customer too
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

APPROVED_BY, DECLINED_BY = "Credit approved by ", "Credit declined by "


def credit_decision(notes: Iterable[dict[str, Any]]) -> tuple[str, str] | None:
    """("approved" | "declined", the reason given) from the latest decision note; None without one."""
    for note in reversed(list(notes)):
        text = str(note.get("text", ""))
        for prefix, decision in ((APPROVED_BY, "approved"), (DECLINED_BY, "declined")):
            if text.startswith(prefix):
                return decision, text.partition(": ")[2]
    return None
