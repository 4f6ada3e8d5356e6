"""Channel-shaped answers of the staff journeys (the retail channel's screens)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from bff.core.basket import ID_PATTERN, Basket
from bff.core.leads import LeadView
from bff.core.models import (
    ChannelModel,
    Characteristics,
    Money,
    MultilineText,
    Number,
    OrderView,
    PlainText,
    ProductView,
    QuoteSummary,
)
from bff.core.staff.notes import NoteView


class StaffMember(ChannelModel):
    """Who is signed in, and the store they work in (the context of every staff screen)."""

    id: str
    name: str | None
    email: str | None
    roles: list[str]
    store_id: str
    store_name: str = Field("", description="The store's name (BFF_RETAIL_STORE_NAMES), else its id")
    is_manager: bool
    discount_limit_percent: Number = Field(description="Discounts above this need a manager's approval")


class Discount(ChannelModel):
    """An ad-hoc discount an agent gives on the recurring price of the main item."""

    percentage: Number = Field(gt=0, le=100, examples=[15])
    months: int | None = Field(None, ge=1, le=60, description="How long it applies; none: the whole contract")
    reason: PlainText = Field(min_length=1, max_length=200, examples=["Price match"])


class StaffOrderRequest(Basket):
    characteristics: Characteristics = Field(
        default_factory=dict, description="Options chosen for the offer (see POST /api/v1/configurations)"
    )
    discount: Discount | None = None
    lead_id: str | None = Field(None, pattern=ID_PATTERN, description="The lead this order wins")


class StaffQuoteRequest(Basket):
    characteristics: Characteristics = Field(default_factory=dict)
    lead_id: str | None = Field(None, pattern=ID_PATTERN, description="The lead this quote is for")


class AgentRef(ChannelModel):
    id: str
    name: str | None = None


class OrderProblem(ChannelModel):
    """Why TMF622 held, rejected or failed (part of) the order (productOrderErrorMessage)."""

    code: str
    reason: str | None = None
    message: str | None = None
    at: datetime | None = None


class RetailOrderView(OrderView):
    channel: str | None = Field(None, description="TMF622 channel.id: web or retail")
    store_id: str | None = Field(None, description="The store that placed it (retail orders)")
    agent: AgentRef | None = Field(None, description="The salesAgent who placed it on the customer's behalf")
    approved_by: AgentRef | None = Field(
        None, description="The manager who approved it (relatedParty approver)"
    )
    customer_name: str | None = Field(None, description="The name the order's customer relatedParty carries")
    discount: Discount | None = None
    approval_required: bool = Field(False, description="Held for a manager's decision")
    problems: list[OrderProblem] = Field(default_factory=list)
    monthly_price: Money | None = Field(None, description="Recurring price of the main item, when priced")
    state_reason: str | None = Field(
        None,
        description="Why the order is held, pending, rejected or failed: a manager's rejection note, "
        "else TMF622's latest productOrderErrorMessage",
    )


class CustomerSummary(ChannelModel):
    id: str
    name: str
    status: str | None = None
    email: str | None = None
    phone: str | None = None
    postcode: str | None = None


class CustomerList(ChannelModel):
    customers: list[CustomerSummary]


class AgentQuote(QuoteSummary):
    """A quote sent to a customer (TMF648), to accept online or in store."""

    customer_id: str | None = None
    agent: AgentRef | None = None
    address_id: str | None = None
    offer_id: str | None = None
    add_on_ids: list[str] = Field(default_factory=list)
    characteristics: dict[str, str] = Field(default_factory=dict)
    valid_until: datetime | None = None
    quoted_at: datetime | None = None


class AgentQuoteList(ChannelModel):
    quotes: list[AgentQuote]


class Customer360(ChannelModel):
    customer: CustomerSummary
    products: list[ProductView]
    orders: list[RetailOrderView]
    quotes: list[AgentQuote] = Field(description="Open quotes (inProgress, pending, approved)")
    leads: list[LeadView] = Field(description="Interest registered with the customer's email")
    notes: list[NoteView]


class Approval(ChannelModel):
    """A held order with the facts a manager decides on: the order carries the customer's name, the plan
    (offer_name), the list price (monthly_price), the agent's discount with its reason, and the agent."""

    order: RetailOrderView
    held_since: datetime | None
    waiting_seconds: float | None = Field(None, description="How long it has been held, until the answer")
    reason: str | None = Field(None, description="Why TMF622 holds it (the latest problem's message)")
    list_price: Money | None = Field(None, description="The main item's monthly price before the discount")
    price_after_discount: Money | None = Field(
        None, description="The monthly price with the agent's discount, while it applies"
    )
    store_name: str = Field(description="The store that placed it, by name")


class ApprovalList(ChannelModel):
    store_id: str
    store_name: str = Field(description="The store's name (BFF_RETAIL_STORE_NAMES), else its id")
    approvals: list[Approval]


class RejectRequest(ChannelModel):
    reason: MultilineText = Field(min_length=1, max_length=500)


class Phase(ChannelModel):
    name: str
    started_at: datetime
    ended_at: datetime | None = Field(None, description="None: still running")
    seconds: float


class PhaseAverage(ChannelModel):
    name: str
    count: int
    average_seconds: float


class QueueEntry(ChannelModel):
    order: RetailOrderView
    state_since: datetime | None
    seconds_in_state: float | None
    target_seconds: float | None = Field(
        None, description="Target time in this state (BFF_RETAIL_JEOPARDY_SECONDS)"
    )
    in_jeopardy: bool
    jeopardy: Literal["missedVisit", "late", "atRisk", "overdue"] | None = Field(
        None,
        description="Against the promised date: missedVisit, late, atRisk; overdue: longer in its state than "
        "its target, for an order that was promised nothing yet (bff/core/staff/commitments.py)",
    )
    jeopardy_reason: str | None = Field(None, examples=["Late: promised for Tue 12 Jan"])
    promised_date: datetime | None = Field(
        None, description="The visit's end while the order waits for it, else its requested or expected date"
    )
    visit_start: datetime | None = Field(None, description="The engineer visit still to come, if any")
    cycle_seconds: float | None = Field(None, description="Ordered until completion (or until now)")
    phases: list[Phase]


class StoreQueue(ChannelModel):
    store_id: str
    generated_at: datetime
    counts: dict[str, int] = Field(description="Orders per state (before the jeopardy filter)")
    in_jeopardy: int
    views: dict[str, int] = Field(
        default_factory=dict, description="Orders in each view: dueToday, missedVisit, awaitingAppointment"
    )
    view: str | None = Field(None, description="The view listed (all orders when none)")
    phase_averages: list[PhaseAverage] = Field(description="Average time per phase over the orders listed")
    orders: list[QueueEntry]
