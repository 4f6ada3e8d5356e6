"""What the store staff's screens show, as pure functions of the retail BFF's answers (no Reflex here).

- the store queue: one row per order (jeopardy spelled out as "in held for 5 min, target 2 min"), counts per
  state, average time per phase, and the filters (state, jeopardy only, free text);
- an order's outcome in a sentence that follows its real TMF622 state (held → waiting for a manager,
  rejected → why), for the order-on-behalf result and the 360's order list;
- a quote's lines and totals, for the 360 and the customer's account;
- the 360's address check for the customer: why nothing can be ordered there, in words.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel

from storefront.clients.models import AgentQuote, Availability
from storefront.clients.retail import RetailOrderView, StoreQueue
from storefront.staff_words import staff_state_words
from storefront.views import format_day, format_money, format_when

# The order the queue lists states in: the work still to do first, then what is finished.
QUEUE_STATES = (
    "acknowledged",
    "pending",
    "held",
    "inProgress",
    "assessingCancellation",
    "pendingCancellation",
    "completed",
    "partial",
    "failed",
    "rejected",
    "cancelled",
)
ALL_STATES = ""  # the state filter's "every state"
# The queue's views, served by the retail BFF (`?view=`): value, words.
QUEUE_VIEWS = (
    ("", "All orders"),
    ("dueToday", "Due today"),
    ("missedVisit", "Missed visit"),
    ("awaitingAppointment", "Awaiting appointment"),
)
# Jeopardy against the promised date (bff/core/staff/commitments.py), in words.
JEOPARDY_WORDS = {"missedVisit": "Missed visit", "late": "Late", "atRisk": "At risk", "overdue": "Overdue"}


def duration_words(seconds: float | None) -> str:
    """A time span as staff read it at a glance: "45 s", "12 min", "3 h 5 min", "2 d 4 h"; "" when unknown."""
    if seconds is None or seconds < 0:
        return ""
    whole = int(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, hours, days = whole // 60, whole // 3600, whole // 86400
    if whole < 3600:
        return f"{minutes} min"
    if whole < 86400:
        rest = minutes % 60
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    rest = hours % 24
    return f"{days} d {rest} h" if rest else f"{days} d"


class QueueRow(BaseModel):
    order_id: str = ""
    reference: str = ""  # LF-7K3Q9
    customer: str = ""
    offer: str = ""
    state: str = ""
    state_words: str = ""  # "On hold"
    agent: str = ""
    ordered: str = ""
    seconds_in_state: float | None = None  # open states only (those with a target)
    target_seconds: float | None = None
    in_state: str = ""  # "On hold for 5 min"
    target: str = ""  # "target 2 min"
    in_jeopardy: bool = False
    jeopardy: str = ""  # "Missed visit", "Late", "At risk", "Overdue"
    jeopardy_reason: str = ""  # "Engineer visit missed: the engineer could not get in"
    promised: str = ""  # "Promised Tue 12 Jan"
    discount: str = ""
    reason: str = ""
    search_text: str = ""  # lower case, what the text filter looks in


class StateCount(BaseModel):
    state: str = ""
    words: str = ""
    count: int = 0


class PhaseRow(BaseModel):
    name: str = ""
    count: int = 0
    average: str = ""


def _customer_name(order: RetailOrderView) -> str:
    contact = order.contact
    if contact and (contact.given_name or contact.family_name):
        return f"{contact.given_name} {contact.family_name}".strip()
    return order.customer_name or order.customer_id


def queue_row(
    order: RetailOrderView, *, seconds_in_state: float | None, target_seconds: float | None, in_jeopardy: bool
) -> QueueRow:
    if target_seconds is None:
        seconds_in_state = None  # a final state has no clock running
    discount = ""
    if order.discount and order.discount.percentage:
        discount = f"{order.discount.percentage:g} % discount: {order.discount.reason}"
    row = QueueRow(
        order_id=order.id,
        reference=order.reference or order.id,
        customer=_customer_name(order),
        offer=order.offer_name,
        state=order.state,
        state_words=staff_state_words(order.state),
        agent=order.agent.name or order.agent.id if order.agent else "",
        ordered=format_when(order.order_date),
        seconds_in_state=seconds_in_state,
        target_seconds=target_seconds,
        in_state=_in_state(order.state, seconds_in_state),
        target=f"target {duration_words(target_seconds)}" if target_seconds is not None else "",
        in_jeopardy=in_jeopardy,
        discount=discount,
        reason=order.state_reason,
    )
    words = (
        row.order_id,
        row.customer,
        row.offer,
        row.state,
        row.state_words,
        row.agent,
        row.discount,
        row.reason,
    )
    return row.model_copy(update={"search_text": " ".join(words).lower()})


def _in_state(state: str, seconds: float | None) -> str:
    since = duration_words(seconds)
    return f"{staff_state_words(state)} for {since}" if since else ""


def aged_rows(rows: list[QueueRow], seconds: float) -> list[QueueRow]:
    """The rows ``seconds`` later: each open order's time in its state grows (jeopardy is the BFF's call)."""
    aged = []
    for row in rows:
        if row.seconds_in_state is None:
            aged.append(row)
            continue
        grown = row.seconds_in_state + seconds
        aged.append(
            row.model_copy(update={"seconds_in_state": grown, "in_state": _in_state(row.state, grown)})
        )
    return aged


def queue_rows(queue: StoreQueue) -> list[QueueRow]:
    """The queue's orders in the BFF's order (jeopardy first, then the longest in their state)."""
    return [
        queue_row(
            entry.order,
            seconds_in_state=entry.seconds_in_state,
            target_seconds=entry.target_seconds,
            in_jeopardy=entry.in_jeopardy,
        ).model_copy(
            update={
                "jeopardy": JEOPARDY_WORDS.get(entry.jeopardy or "", ""),
                "jeopardy_reason": entry.jeopardy_reason or "",
                "promised": f"Promised {format_day(entry.promised_date)}" if entry.promised_date else "",
            }
        )
        for entry in queue.orders
    ]


def view_summary(views: dict[str, int]) -> str:
    """E.g. "1 due today · 1 missed visit · 2 awaiting appointment"."""
    return " · ".join(f"{views.get(value, 0)} {words.lower()}" for value, words in QUEUE_VIEWS if value)


def state_counts(counts: dict[str, int]) -> list[StateCount]:
    """Orders per state, in QUEUE_STATES order (a state the list does not know goes last)."""
    known = [
        StateCount(state=state, words=staff_state_words(state), count=counts[state])
        for state in QUEUE_STATES
        if counts.get(state)
    ]
    other = [
        StateCount(state=state, words=staff_state_words(state), count=n)
        for state, n in sorted(counts.items())
        if state not in QUEUE_STATES
    ]
    return known + [count for count in other if count.count]


def phase_rows(queue: StoreQueue) -> list[PhaseRow]:
    return [
        PhaseRow(name=phase.name, count=phase.count, average=duration_words(phase.average_seconds))
        for phase in queue.phase_averages
    ]


def filter_rows(rows: list[QueueRow], *, state: str, jeopardy_only: bool, text: str) -> list[QueueRow]:
    """The rows that pass every filter: one state (ALL_STATES: any), jeopardy only, and each typed word."""
    words = text.lower().split()
    return [
        row
        for row in rows
        if (state == ALL_STATES or row.state == state)
        and (row.in_jeopardy or not jeopardy_only)
        and all(word in row.search_text for word in words)
    ]


def order_outcome(order: RetailOrderView) -> tuple[str, str]:
    """The headline and detail of an order placed on a customer's behalf, from its state now.

    ``approvalRequired`` in the BFF's first answer is only an expectation; TMF622 decides (it may hold the
    order, or reject it first, e.g. as a duplicate), so the words follow the state.
    """
    state, reason = order.state, order.state_reason
    if state == "held":
        return "Placed and waiting for manager approval", reason
    if state == "rejected":
        return "Order rejected", reason or "The order was not accepted."
    if state == "acknowledged":
        detail = "The discount needs a manager's approval." if order.approval_required else ""
        return "Order placed, being checked", detail
    if state == "pending":
        return "Order placed, waiting for information", reason
    if state in ("inProgress", "completed"):
        return "Order placed", ""
    if state == "partial":
        return "Order partly completed", reason
    if state == "failed":
        return "Order failed", reason
    if state in ("assessingCancellation", "pendingCancellation", "cancelled"):
        return "Order being cancelled" if state != "cancelled" else "Order cancelled", ""
    return "Order placed", ""


def order_detail(order: RetailOrderView) -> str:
    """One line under an order in the 360: why it waits or why it ended, when there is a why."""
    if order.state == "held":
        return "Waiting for manager approval" + (f": {order.state_reason}" if order.state_reason else "")
    if order.state in ("rejected", "failed", "partial", "pending") and order.state_reason:
        return order.state_reason
    return ""


# The BFF's state of a quote whose validFor has passed (bff/core/staff/quotes.py).
EXPIRED = "expired"


class QuoteCardLine(BaseModel):
    name: str = ""
    price: str = ""


class QuoteCard(BaseModel):
    id: str = ""
    title: str = ""
    state: str = ""
    lines: list[QuoteCardLine] = []
    monthly: str = ""
    one_off: str = ""
    valid_until: str = ""
    agent: str = ""


def _price(monthly: Decimal, one_off: Decimal) -> str:
    parts = []
    if monthly:
        parts.append(f"{format_money(monthly)}/month")
    if one_off:
        parts.append(f"{format_money(one_off)} one-off")
    return " + ".join(parts) or "Included"


def quote_card(quote: AgentQuote) -> QuoteCard:
    """A quote's items with their prices and its totals, as the customer and the agent read it."""
    lines = [
        QuoteCardLine(name=item.name, price=_price(item.monthly_price, item.one_off_price))
        for item in quote.items
    ]
    promotion = ""
    if quote.promotion_monthly_total is not None and quote.promotion_months:
        first = format_money(quote.promotion_monthly_total)
        promotion = f" ({first}/month for the first {quote.promotion_months} months)"
    return QuoteCard(
        id=quote.id,
        title=" + ".join(line.name for line in lines) or quote.id,
        state=quote.state,
        lines=lines,
        monthly=f"{format_money(quote.monthly_total)}/month{promotion}",
        one_off=format_money(quote.one_off_total),
        valid_until=format_when(quote.valid_until),
        agent=(quote.agent.name or "") if quote.agent else "",
    )


NOT_SERVICEABLE = "We cannot sell broadband at this address yet."
NOTHING_FOR_THIS_CUSTOMER = (
    "The line here carries broadband, but none of its plans can be sold to this customer: see why below."
)


def address_refusal(availability: Availability) -> str:
    """Why nothing can be ordered for the customer at the address ("" when a plan can)."""
    if availability.serviceable:
        return ""
    return NOTHING_FOR_THIS_CUSTOMER if availability.unavailable else NOT_SERVICEABLE
