"""The storefront's way to the retail BFF (``/api/v1``, see docs/architecture.md "Retail BFF API").

Every call carries the signed-in staff member's access token. Errors are mapped as for the web BFF
(``BffError`` with a message fit to show), except that a 403 here means "not for your role or store".
"""

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from pydantic import Field, model_validator

from storefront.clients import sse
from storefront.clients.http import BffConnection, ClientModel, bearer, decoded, parse, path_id
from storefront.clients.models import (
    AgentQuote,
    AgentRef,
    Availability,
    CatalogView,
    Configuration,
    Contact,
    ProductView,
)
from storefront.clients.web import CancellationView, OrderItemView

__all__ = [
    "AgentQuote",
    "AgentRef",
    "Approval",
    "ApprovalList",
    "Availability",
    "CancellationView",
    "CatalogView",
    "Configuration",
    "Contact",
    "ConversionReport",
    "ConversionRow",
    "CreditDecision",
    "Customer360",
    "CustomerList",
    "CustomerSummary",
    "Discount",
    "LeadView",
    "NoteView",
    "PhaseAverage",
    "ProductView",
    "QueueEntry",
    "Referral",
    "ReferralList",
    "RetailOrderView",
    "StaffMember",
    "StoreLeads",
    "StoreQueue",
    "WorkedLead",
]

STAFF_ONLY_MESSAGE = "This area is for store staff, and this store's staff only."

bff = BffConnection(lambda settings: settings.retail_bff_url, forbidden_message=STAFF_ONLY_MESSAGE)
lifespan = bff.lifespan


class _Answer(ClientModel):
    """The retail BFF sends null for unknown details; the screens show them as empty."""

    drops_nulls = True

    @model_validator(mode="before")
    @classmethod
    def _drop_nulls(cls, data: Any) -> Any:
        return {k: v for k, v in data.items() if v is not None} if isinstance(data, dict) else data


class StaffMember(_Answer):
    id: str = ""
    name: str = ""
    email: str = ""
    roles: list[str] = Field(default_factory=list)
    store_id: str = ""
    store_name: str = ""
    is_manager: bool = False
    discount_limit_percent: float = 0


class CustomerSummary(_Answer):
    id: str
    name: str = ""
    status: str = ""
    email: str = ""
    phone: str = ""
    postcode: str = ""


class CustomerList(_Answer):
    customers: list[CustomerSummary] = Field(default_factory=list)


class LeadView(_Answer):
    """Interest registered with the customer's email, reduced to what the 360 lists."""

    id: str = ""
    interest: str = ""
    postcode: str = ""


class LeadNoteView(_Answer):
    id: str = ""
    text: str = ""
    author_name: str = ""
    created_at: str = ""


class WorkedLead(_Answer):
    """A lead on the store's worklist (``WorkedLead`` in docs/architecture.md)."""

    id: str
    postcode: str = ""
    house_number: str = ""
    given_name: str = ""
    family_name: str = ""
    email: str = ""
    phone: str = ""
    interest: str = ""
    created_at: str = ""
    status: str = "new"
    lost_reason: str = ""
    assignee: AgentRef | None = None
    follow_up: str = ""
    customer_id: str = ""
    quote_id: str = ""
    order_id: str = ""
    won_at: str = ""
    now_serviceable: bool = False
    serviceable_since: str = ""
    notes: list[LeadNoteView] = Field(default_factory=list)


class StoreLeads(_Answer):
    store_id: str = ""
    store_name: str = ""
    now_serviceable: int = 0
    leads: list[WorkedLead] = Field(default_factory=list)


class ConversionRow(_Answer):
    agent: AgentRef | None = None
    label: str = ""
    leads: int = 0
    quotes: int = 0
    orders: int = 0
    lost: int = 0
    lead_to_quote_percent: float | None = None
    lead_to_order_percent: float | None = None
    orders_completed: int = 0
    orders_accurate: int = 0
    order_accuracy_percent: float | None = None
    average_lead_to_order_seconds: float | None = None
    average_order_to_activation_seconds: float | None = None


class ConversionReport(_Answer):
    store_id: str = ""
    store_name: str = ""
    generated_at: str = ""
    store: ConversionRow
    agents: list[ConversionRow] = Field(default_factory=list)


class NoteView(_Answer):
    id: str = ""
    text: str = ""
    author_name: str = ""
    created_at: str = ""


class Discount(_Answer):
    """An agent's discount on an order (the BFF's ``Discount`` as it answers it)."""

    percentage: float = 0
    months: int | None = None
    reason: str = ""


class VisitAppointment(_Answer):
    """The engineer visit an order waits for ("Engineer visit Tue 12 Jan, 8am-1pm", its status)."""

    id: str = ""
    start: str = ""
    end: str = ""
    label: str = ""
    status: str = ""


class Milestone(_Answer):
    name: str = ""
    status: str = ""


class VisitSlot(_Answer):
    """A free slot the visit can move to, worded by the BFF."""

    id: str
    start: str
    end: str
    label: str = ""


class SlotList(_Answer):
    slots: list[VisitSlot] = Field(default_factory=list)


class OrderView(_Answer):
    """An order after its visit changed: its state and the visit as it is now."""

    id: str
    state: str = ""
    appointment: VisitAppointment | None = None


class RetailOrderView(_Answer):
    """An order as the retail BFF shows it, reduced to what the staff screens use."""

    id: str
    reference: str = ""  # LF-7K3Q9: what staff read out to the customer
    state: str = ""
    order_date: str = ""
    offer_name: str = ""
    add_on_ids: list[str] = Field(default_factory=list)
    items: list[OrderItemView] = Field(default_factory=list)  # each line with its price as ordered
    contact: Contact | None = None
    customer_id: str = ""
    customer_name: str = ""
    store_id: str = ""
    agent: AgentRef | None = None
    discount: Discount | None = None
    approval_required: bool = False
    state_reason: str = ""
    monthly_price: Decimal | None = None
    appointment: VisitAppointment | None = None
    milestones: list[Milestone] = Field(default_factory=list)


class Customer360(_Answer):
    customer: CustomerSummary
    products: list[ProductView] = Field(default_factory=list)
    orders: list[RetailOrderView] = Field(default_factory=list)
    quotes: list[AgentQuote] = Field(default_factory=list)
    leads: list[LeadView] = Field(default_factory=list)
    notes: list[NoteView] = Field(default_factory=list)


class Approval(_Answer):
    order: RetailOrderView
    held_since: str = ""
    waiting_seconds: float | None = None
    reason: str = ""
    list_price: Decimal | None = None
    price_after_discount: Decimal | None = None
    store_name: str = ""


class ApprovalList(_Answer):
    store_id: str = ""
    store_name: str = ""
    approvals: list[Approval] = Field(default_factory=list)


class QueueEntry(_Answer):
    order: RetailOrderView
    state_since: str = ""
    seconds_in_state: float | None = None
    target_seconds: float | None = None
    in_jeopardy: bool = False
    jeopardy: str | None = None  # missedVisit, late, atRisk, overdue
    jeopardy_reason: str | None = None
    promised_date: str | None = None
    cycle_seconds: float | None = None


class PhaseAverage(_Answer):
    name: str
    count: int = 0
    average_seconds: float = 0


class StoreQueue(_Answer):
    store_id: str = ""
    generated_at: str = ""
    counts: dict[str, int] = Field(default_factory=dict)
    in_jeopardy: int = 0
    views: dict[str, int] = Field(default_factory=dict)  # dueToday, missedVisit, awaitingAppointment
    view: str | None = None
    phase_averages: list[PhaseAverage] = Field(default_factory=list)
    orders: list[QueueEntry] = Field(default_factory=list)


async def _request(method: str, path: str, token: str, **kwargs: Any) -> Any:
    headers = {**bearer(token), **kwargs.pop("headers", {})}
    return await bff.request(method, path, headers=headers, **kwargs)


async def get_me(token: str) -> StaffMember:
    """Who the staff member is and which store they work in (``GET /api/v1/me``)."""
    return parse(StaffMember, await _request("GET", "/api/v1/me", token))


async def search_customers(token: str, **criteria: str) -> list[CustomerSummary]:
    """Customers matching every given criterion: name, email, phone, postcode (``GET /api/v1/customers``)."""
    params = {name: value.strip() for name, value in criteria.items() if value.strip()}
    return parse(CustomerList, await _request("GET", "/api/v1/customers", token, params=params)).customers


async def create_customer(
    token: str, *, given_name: str, family_name: str, email: str, phone: str
) -> tuple[CustomerSummary, bool]:
    """A new customer (``POST /api/v1/customers``); False with the existing one when the email is known."""
    body = {"givenName": given_name, "familyName": family_name, "email": email, "phone": phone}
    response = await bff.send("POST", "/api/v1/customers", headers=bearer(token), json=body)
    return parse(CustomerSummary, decoded(response)), response.status_code == 201


async def get_customer(token: str, customer_id: str) -> Customer360:
    """Everything about one customer (``GET /api/v1/customers/{id}``)."""
    return parse(Customer360, await _request("GET", f"/api/v1/customers/{path_id(customer_id)}", token))


async def add_note(token: str, customer_id: str, text: str) -> NoteView:
    """Write a note on a customer (``POST /api/v1/customers/{id}/notes``)."""
    path = f"/api/v1/customers/{path_id(customer_id)}/notes"
    return parse(NoteView, await _request("POST", path, token, json={"text": text}))


async def check_availability(
    token: str, postcode: str, house_number: str, customer_id: str = ""
) -> Availability:
    """Quick address check: what can be sold there (``POST /api/v1/availability``); for a customer, the
    offers the operator's qualification refuses them are under ``unavailable``, with the reasons."""
    body = {"postcode": postcode, "houseNumber": house_number}
    if customer_id:
        body["customerId"] = customer_id
    return parse(Availability, await _request("POST", "/api/v1/availability", token, json=body))


async def get_catalogue(token: str) -> CatalogView:
    """Every offer and add-on on sale (``GET /api/v1/offers``)."""
    return parse(CatalogView, await _request("GET", "/api/v1/offers", token))


async def configure(token: str, offer_id: str, add_on_ids: list[str]) -> Configuration:
    """The catalogue's rules on a basket: add-ons allowed with the offer, and why a choice is refused."""
    body = {"offerId": offer_id, "addOnIds": add_on_ids, "characteristics": {}}
    return parse(Configuration, await _request("POST", "/api/v1/configurations", token, json=body))


async def place_order(
    token: str,
    customer_id: str,
    *,
    address_id: str,
    offer_id: str,
    add_on_ids: list[str],
    discount_percent: float | None,
    discount_reason: str,
    idempotency_key: str,
    lead_id: str = "",
) -> RetailOrderView:
    """Order on the customer's behalf (``POST /api/v1/customers/{id}/orders``); the key makes a retry safe.

    A discount is recorded on the order with its reason (the item price's alteration and a note)."""
    body: dict[str, Any] = {"addressId": address_id, "offerId": offer_id, "addOnIds": add_on_ids}
    if discount_percent:
        body["discount"] = {"percentage": discount_percent, "reason": discount_reason}
    if lead_id:  # the order wins the lead
        body["leadId"] = lead_id
    path = f"/api/v1/customers/{path_id(customer_id)}/orders"
    data = await _request("POST", path, token, json=body, headers={"Idempotency-Key": idempotency_key})
    return parse(RetailOrderView, data)


async def send_quote(
    token: str,
    customer_id: str,
    *,
    address_id: str,
    offer_id: str,
    add_on_ids: list[str],
    idempotency_key: str,
    lead_id: str = "",
) -> AgentQuote:
    """Send the customer a quote to accept online (``POST /api/v1/customers/{id}/quotes``).

    The retail BFF's quotes carry no agent discount: they are priced from the catalogue."""
    body: dict[str, Any] = {"addressId": address_id, "offerId": offer_id, "addOnIds": add_on_ids}
    if lead_id:  # the lead is quoted
        body["leadId"] = lead_id
    path = f"/api/v1/customers/{path_id(customer_id)}/quotes"
    data = await _request("POST", path, token, json=body, headers={"Idempotency-Key": idempotency_key})
    return parse(AgentQuote, data)


async def list_approvals(token: str, store_id: str) -> list[Approval]:
    """The store's held orders, oldest first (``GET /api/v1/stores/{s}/approvals``)."""
    path = f"/api/v1/stores/{path_id(store_id)}/approvals"
    return parse(ApprovalList, await _request("GET", path, token)).approvals


async def decide(
    token: str, store_id: str, order_id: str, *, approve: bool, reason: str = ""
) -> RetailOrderView:
    """A manager approves or rejects a held order (``POST .../approvals/{id}/approve|reject``)."""
    action = "approve" if approve else "reject"
    path = f"/api/v1/stores/{path_id(store_id)}/approvals/{path_id(order_id)}/{action}"
    body = None if approve else {"reason": reason}
    return parse(RetailOrderView, await _request("POST", path, token, json=body))


def _queue_path(store_id: str) -> str:
    return f"/api/v1/stores/{path_id(store_id)}/orders"


def _view_query(view: str) -> str:
    # One of the BFF's view names (dueToday, missedVisit, awaitingAppointment); "" lists every order.
    return f"?view={quote(view, safe='')}" if view else ""


async def get_queue(token: str, store_id: str, view: str = "") -> StoreQueue:
    """The store's orders by state, jeopardy first (``GET /api/v1/stores/{s}/orders[?view=]``)."""
    return parse(StoreQueue, await _request("GET", _queue_path(store_id) + _view_query(view), token))


async def follow_queue(token: str, store_id: str, view: str = "") -> AsyncIterator[StoreQueue | None]:
    """The store's queue now and each time it changes (``GET .../orders/events``, Server-Sent Events).

    Yields None for each keep-alive, so the caller can stop between changes. Raises ``BffError`` when the
    stream cannot be opened or breaks; the caller then reads the queue itself for a while.
    """
    path = f"{_queue_path(store_id)}/events{_view_query(view)}"
    async for data in sse.follow(bff, path, "queue", bearer(token)):
        yield None if data is None else parse(StoreQueue, data)


def _visit_path(customer_id: str, order_id: str) -> str:
    return f"/api/v1/customers/{path_id(customer_id)}/orders/{path_id(order_id)}/visit"


async def visit_slots(token: str, customer_id: str, order_id: str) -> list[VisitSlot]:
    """Free slots the order's engineer visit can move to (``GET .../orders/{id}/visit/slots``)."""
    data = await _request("GET", f"{_visit_path(customer_id, order_id)}/slots", token)
    return parse(SlotList, data).slots


async def move_visit(
    token: str, customer_id: str, order_id: str, slot: VisitSlot, *, idempotency_key: str
) -> OrderView:
    """Move the visit to `slot`, or book it for a cancelled visit (``POST .../orders/{id}/visit``); 409s:
    ``VISIT_TOO_SOON``, ``VISIT_NOT_CHANGEABLE``, ``SLOT_TAKEN``."""
    body = {"slot": {"id": slot.id, "start": slot.start, "end": slot.end}}
    headers = {"Idempotency-Key": idempotency_key}
    data = await _request("POST", _visit_path(customer_id, order_id), token, json=body, headers=headers)
    return parse(OrderView, data)


async def cancel_visit(token: str, customer_id: str, order_id: str, *, idempotency_key: str) -> OrderView:
    """Cancel the visit (``POST .../orders/{id}/visit/cancel``): the order waits, held, for a new slot."""
    path = f"{_visit_path(customer_id, order_id)}/cancel"
    return parse(OrderView, await _request("POST", path, token, headers={"Idempotency-Key": idempotency_key}))


async def change_speed(
    token: str, customer_id: str, product_id: str, *, offer_id: str, idempotency_key: str
) -> RetailOrderView:
    """Change the speed of the customer's line on their behalf (``POST .../products/{id}/modify``)."""
    path = f"/api/v1/customers/{path_id(customer_id)}/products/{path_id(product_id)}/modify"
    headers = {"Idempotency-Key": idempotency_key}
    data = await _request("POST", path, token, json={"offerId": offer_id}, headers=headers)
    return parse(RetailOrderView, data)


async def end_line(
    token: str,
    customer_id: str,
    product_id: str,
    *,
    idempotency_key: str,
    accept_charge: tuple[Decimal, str] | None = None,
    reason: str = "",
) -> OrderView:
    """End the customer's line on their behalf (``POST .../products/{id}/cease``); inside its minimum term
    ``accept_charge`` is the early-termination charge the agent showed the customer (value, currency)."""
    path = f"/api/v1/customers/{path_id(customer_id)}/products/{path_id(product_id)}/cease"
    body: dict[str, Any] = {"reason": reason} if reason else {}
    if accept_charge is not None:
        body["acceptCharge"] = {"value": float(accept_charge[0]), "unit": accept_charge[1]}
    headers = {"Idempotency-Key": idempotency_key}
    return parse(OrderView, await _request("POST", path, token, json=body, headers=headers))


async def cancel_order(
    token: str, customer_id: str, order_id: str, *, idempotency_key: str, reason: str = ""
) -> CancellationView:
    """Ask for the customer's order to be cancelled on their behalf (``POST .../orders/{id}/cancel``)."""
    path = f"/api/v1/customers/{path_id(customer_id)}/orders/{path_id(order_id)}/cancel"
    body = {"reason": reason} if reason else {}
    headers = {"Idempotency-Key": idempotency_key}
    return parse(CancellationView, await _request("POST", path, token, json=body, headers=headers))


async def change_contact(
    token: str, customer_id: str, *, email: str | None = None, phone: str | None = None
) -> CustomerSummary:
    """Correct the customer's email and/or phone (``PATCH /api/v1/customers/{id}/contact``)."""
    changes = {key: value for key, value in (("email", email), ("phone", phone)) if value is not None}
    path = f"/api/v1/customers/{path_id(customer_id)}/contact"
    return parse(CustomerSummary, await _request("PATCH", path, token, json=changes))


def _leads_path(store_id: str) -> str:
    return f"/api/v1/stores/{path_id(store_id)}/leads"


async def list_leads(token: str, store_id: str, *, recheck: bool = False) -> StoreLeads:
    """The store's leads worklist (``GET /api/v1/stores/{s}/leads``); recheck asks TMF645 about all now."""
    params = {"recheck": "true"} if recheck else {}
    return parse(StoreLeads, await _request("GET", _leads_path(store_id), token, params=params))


async def update_lead(token: str, store_id: str, lead_id: str, changes: dict[str, Any]) -> WorkedLead:
    """Status, agent, follow-up date or a note (``PATCH .../leads/{id}``, camelCase fields)."""
    path = f"{_leads_path(store_id)}/{path_id(lead_id)}"
    return parse(WorkedLead, await _request("PATCH", path, token, json=changes))


async def open_lead(token: str, store_id: str, lead_id: str, phone: str) -> WorkedLead:
    """The lead as a customer: its e-mail's, else created (``POST .../leads/{id}/customer``)."""
    path = f"{_leads_path(store_id)}/{path_id(lead_id)}/customer"
    body = {"phone": phone} if phone else {}
    return parse(WorkedLead, await _request("POST", path, token, json=body))


async def get_lead(token: str, store_id: str, lead_id: str) -> WorkedLead | None:
    """One of the store's leads, from its worklist (None when it is not there)."""
    leads = await list_leads(token, store_id)
    return next((lead for lead in leads.leads if lead.id == lead_id), None)


def _report_path(store_id: str) -> str:
    return f"/api/v1/stores/{path_id(store_id)}/reports/conversion"


async def get_conversion(token: str, store_id: str) -> ConversionReport:
    """Conversion per store and agent (``GET .../reports/conversion``)."""
    return parse(ConversionReport, await _request("GET", _report_path(store_id), token))


async def conversion_csv(token: str, store_id: str) -> str:
    """The same report as CSV (``GET .../reports/conversion.csv``)."""
    response = await bff.send("GET", f"{_report_path(store_id)}.csv", headers=bearer(token))
    return response.text


# --- the credit team's referral queue ----------------------------------------------------------------------


class Referral(ClientModel):
    order_id: str
    state: str = ""
    offer_name: str = ""
    address: str = ""
    kind: str = ""
    kind_label: str = ""
    reason: str | None = None
    channel: str = ""
    customer_name: str | None = None
    held_since: str | None = None
    waiting_seconds: float | None = None


class ReferralList(ClientModel):
    referrals: list[Referral] = Field(default_factory=list)


class CreditDecision(ClientModel):
    order_id: str
    state: str = ""
    decision: str = ""
    reason: str = ""


async def list_referrals(token: str) -> list[Referral]:
    """Every channel's orders held for credit or fraud, oldest first (``GET /api/v1/credit/referrals``)."""
    return parse(ReferralList, await _request("GET", "/api/v1/credit/referrals", token)).referrals


async def decide_referral(token: str, order_id: str, *, approve: bool, reason: str) -> CreditDecision:
    """The credit team approves or declines a referral, with a reason (``POST .../approve|decline``)."""
    action = "approve" if approve else "decline"
    path = f"/api/v1/credit/referrals/{path_id(order_id)}/{action}"
    return parse(CreditDecision, await _request("POST", path, token, json={"reason": reason}))
