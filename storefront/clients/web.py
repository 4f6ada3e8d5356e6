"""The storefront's way to the web BFF (``/api/v1``, see docs/architecture.md "Web BFF API").

Every function returns a model named as the BFF's OpenAPI document names it, or raises ``BffError``, whose
``message`` is already fit to show a customer.
"""

from collections.abc import AsyncIterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import Field

from storefront.clients import sse
from storefront.clients.http import (
    NOT_YOURS_MESSAGE,
    BffConnection,
    BffError,
    ClientModel,
    bearer,
    parse,
    path_id,
)
from storefront.clients.models import (
    AddOn,
    Address,
    AddressList,
    AddressOption,
    AgentQuote,
    AgentRef,
    AllowedAddOn,
    Availability,
    CatalogView,
    CharacteristicChoice,
    Configuration,
    Contact,
    ContractSummary,
    Offer,
    Problem,
    ProductView,
    Promotion,
    QuoteLine,
    QuoteSummary,
    SubAddress,
    Technology,
    UnavailableOffer,
    UnavailableReason,
)

__all__ = [
    "AddOn",
    "Address",
    "AddressList",
    "AddressOption",
    "AgentQuote",
    "AgentQuoteList",
    "AgentRef",
    "AllowedAddOn",
    "Availability",
    "BffError",
    "CancellationView",
    "CatalogView",
    "CharacteristicChoice",
    "Configuration",
    "Contact",
    "ContractSummary",
    "HeldVisit",
    "LeadCreate",
    "Milestone",
    "Offer",
    "OrderItemView",
    "OrderList",
    "OrderProblem",
    "OrderView",
    "Problem",
    "ProductList",
    "ProductView",
    "Promotion",
    "QuoteLine",
    "QuoteSummary",
    "SlotList",
    "SubAddress",
    "Technology",
    "UnavailableOffer",
    "UnavailableReason",
    "VisitAppointment",
    "VisitSlot",
]

# The visit a new line needs (the engineers' calendar, TMF646, knows others: router-only, fault).
NEW_LINE_INSTALLATION = "new line installation"
# Why a chosen slot is gone (409): someone else took it, or its hold lapsed before the order was placed.
SLOT_TAKEN = "SLOT_TAKEN"
# The order manager refused the order's price: the error carries the price now, to accept before ordering.
PRICE_CHANGED = "PRICE_CHANGED"
# The contract summary accepted is not the one the order would be placed under: read the new one.
CONTRACT_SUMMARY_CHANGED = "CONTRACT_SUMMARY_CHANGED"
QUOTE_EXPIRED = "QUOTE_EXPIRED"
SLOT_HOLD_EXPIRED = "SLOT_HOLD_EXPIRED"
# Why an order's visit cannot be changed online (409): it is too close, or the order no longer waits for it.
VISIT_TOO_SOON = "VISIT_TOO_SOON"
VISIT_NOT_CHANGEABLE = "VISIT_NOT_CHANGEABLE"
# The order's problem while its visit is cancelled (the order is held until a new slot is booked).
VISIT_CANCELLED = "VISIT_CANCELLED"
# The credit check's and fraud screen's problems (TMF622 validation): their details are never shown.
CREDIT_DECLINED = "CREDIT_DECLINED"
CREDIT_REFERRAL = "CREDIT_REFERRAL"
FRAUD_REVIEW = "FRAUD_REVIEW"
DEPOSIT_REQUIRED = "DEPOSIT_REQUIRED"

bff = BffConnection(lambda settings: settings.bff_url, forbidden_message=NOT_YOURS_MESSAGE)
lifespan = bff.lifespan


class PriceCut(ClientModel):
    """A promotion or an agent's discount on a line's monthly price."""

    name: str = ""
    reason: str | None = None
    percentage: Decimal = Decimal(0)
    months: int | None = None
    ends_on: str | None = None  # ISO date


class LinePrice(ClientModel):
    """What one order line costs, as ordered."""

    currency: str = "GBP"
    monthly_price: Decimal = Decimal(0)
    monthly_price_now: Decimal = Decimal(0)
    monthly_price_after: Decimal = Decimal(0)
    one_off_price: Decimal = Decimal(0)
    promotion: PriceCut | None = None
    discount: PriceCut | None = None
    contract_months: int | None = None
    contract_ends_on: str | None = None  # ISO date


class OrderItemView(ClientModel):
    id: str = ""
    offer_id: str = ""
    name: str = ""
    state: str | None = None
    action: str = "add"
    product_id: str | None = None
    price: LinePrice | None = None


class Milestone(ClientModel):
    """A step of the order's fulfilment (TMF622 v5 productOrderMilestone), when the BFF passes them on."""

    id: str = ""
    name: str = ""
    status: str = ""
    date: str | None = None
    item_id: str | None = None


class OrderProblem(ClientModel):
    """Why an order is rejected, held or pending (TMF622 productOrderErrorMessage), if the BFF says."""

    code: str = ""
    reason: str = ""
    message: str | None = None
    amount: Decimal | None = None  # DEPOSIT_REQUIRED: the deposit asked for, in GBP


class VisitSlot(ClientModel):
    """An engineer visit slot: ``label`` is how a person reads it ("Engineer visit Tue 12 Jan, 8am-1pm")."""

    id: str
    start: str
    end: str
    label: str = ""


class SlotList(ClientModel):
    """The free slots for a visit at an address, earliest first."""

    slots: list[VisitSlot] = Field(default_factory=list)


class HeldVisit(ClientModel):
    """A slot held for the customer while they finish checking out; the order confirms it."""

    appointment_id: str
    slot: VisitSlot
    status: str = ""
    hold_expires: str | None = None


class VisitAppointment(ClientModel):
    """The engineer visit an order waits for."""

    id: str = ""
    start: str | None = None
    end: str | None = None
    label: str = ""
    status: str = ""


class OrderView(ClientModel):
    """An order as the customer sees it."""

    id: str
    reference: str = ""  # LF-7K3Q9: what a person reads out (the id stays in URLs)
    state: str
    monthly_total: Decimal | None = None
    one_off_total: Decimal | None = None
    order_date: str | None = None
    external_id: str | None = None
    offer_id: str = ""
    offer_name: str = ""
    add_on_ids: list[str] = Field(default_factory=list)
    address: Address | None = None
    contact: Contact | None = None
    items: list[OrderItemView] = Field(default_factory=list)
    customer_id: str | None = None
    characteristics: dict[str, str] = Field(default_factory=dict)
    milestones: list[Milestone] = Field(default_factory=list)
    error_messages: list[OrderProblem] = Field(default_factory=list)
    credit_decision: str | None = None  # the credit team's, on a referral: approved or declined
    credit_decision_reason: str | None = None
    expected_completion_date: str | None = None
    appointment: VisitAppointment | None = None
    self_install: bool = False
    contract_summary: ContractSummary | None = None  # the one accepted, kept with the order


class OrderList(ClientModel):
    orders: list[OrderView] = Field(default_factory=list)


class ProductList(ClientModel):
    products: list[ProductView] = Field(default_factory=list)


class CancellationView(ClientModel):
    id: str = ""
    order_id: str = ""
    state: str = ""
    reason: str | None = None


class AgentQuoteList(ClientModel):
    quotes: list[AgentQuote] = Field(default_factory=list)


class LeadCreate(ClientModel):
    """Someone who wants broadband where none can be sold yet (the body of ``POST /api/v1/leads``)."""

    postcode: str
    house_number: str
    address_id: str | None = None
    given_name: str
    family_name: str
    email: str
    phone: str | None = None
    interest: str


def _headers(access_token: str | None = None, idempotency_key: str | None = None) -> dict[str, str]:
    headers = bearer(access_token)
    if idempotency_key:
        headers["Idempotency-Key"] = idempotency_key
    return headers


async def check_availability(postcode: str, house_number: str) -> Availability:
    """What can be sold at an address (``POST /api/v1/availability``)."""
    body = {"postcode": postcode, "houseNumber": house_number}
    return parse(Availability, await bff.request("POST", "/api/v1/availability", json=body))


async def get_catalogue() -> CatalogView:
    """The whole catalogue: broadband offers and add-ons (``GET /api/v1/offers``)."""
    return parse(CatalogView, await bff.request("GET", "/api/v1/offers"))


async def create_quote(address_id: str, offer_id: str, add_on_ids: list[str]) -> QuoteSummary:
    """Price a basket (``POST /api/v1/quotes``)."""
    body = {"addressId": address_id, "offerId": offer_id, "addOnIds": add_on_ids}
    return parse(QuoteSummary, await bff.request("POST", "/api/v1/quotes", json=body))


async def find_addresses(postcode: str) -> AddressList:
    """Every address at a full postcode, flats included (``GET /api/v1/addresses``), for the type-ahead."""
    return parse(AddressList, await bff.request("GET", "/api/v1/addresses", params={"postcode": postcode}))


async def configure(offer_id: str, add_on_ids: list[str], characteristics: dict[str, str]) -> Configuration:
    """The catalogue's verdict on a basket (``POST /api/v1/configurations``): allowed options and problems."""
    body = {"offerId": offer_id, "addOnIds": add_on_ids, "characteristics": characteristics}
    return parse(Configuration, await bff.request("POST", "/api/v1/configurations", json=body))


async def register_interest(lead: LeadCreate) -> None:
    """Record someone who wants broadband where none is sold yet (``POST /api/v1/leads``)."""
    await bff.request("POST", "/api/v1/leads", json=lead.model_dump(by_alias=True, exclude_none=True))


async def place_order(
    *,
    address_id: str,
    offer_id: str,
    add_on_ids: list[str],
    contact: Contact,
    idempotency_key: str,
    quote_id: str | None = None,
    characteristics: dict[str, str] | None = None,
    access_token: str | None = None,
    installation_slot: tuple[datetime, datetime] | None = None,
    date_of_birth: date | None = None,
    consents: dict[str, bool] | None = None,
    appointment_id: str | None = None,
    self_install: bool = False,
    payment: dict[str, str] | None = None,
    contract_summary_version: str | None = None,
) -> OrderView:
    """Place an order (``POST /api/v1/orders``); the same key on a retry never makes a second order.

    ``appointment_id`` names the visit held for it (``hold_visit``), which the order confirms; a hold that
    lapsed meanwhile is a 409 ``SLOT_HOLD_EXPIRED`` and nothing is placed."""
    body: dict[str, Any] = {
        "addressId": address_id,
        "offerId": offer_id,
        "addOnIds": add_on_ids,
        "contact": contact.model_dump(by_alias=True),
    }
    if quote_id:
        body["quoteId"] = quote_id
    if characteristics:
        body["characteristics"] = characteristics
    if installation_slot:
        body["installationSlot"] = {
            "start": installation_slot[0].isoformat(),
            "end": installation_slot[1].isoformat(),
        }
    if date_of_birth:
        body["dateOfBirth"] = date_of_birth.isoformat()
    if consents:
        body["consents"] = consents
    if appointment_id:
        body["appointmentId"] = appointment_id
    if self_install:  # no visit: the router is posted (only where the line allows it)
        body["selfInstall"] = True
    if contract_summary_version:  # the contract summary the customer confirmed they read
        body["contractSummaryAccepted"] = True
        body["contractSummaryVersion"] = contract_summary_version
    if payment:  # a direct debit (checked by the BFF), or {"method": "existing"}
        body["payment"] = payment
    headers = _headers(access_token, idempotency_key)
    return parse(OrderView, await bff.request("POST", "/api/v1/orders", json=body, headers=headers))


async def find_visit_slots(
    address_id: str, access_token: str | None, work_type: str = NEW_LINE_INSTALLATION
) -> list[VisitSlot]:
    """The free engineer visit slots at an address, earliest first (``GET /api/v1/visits/slots``)."""
    params = {"addressId": address_id, "workType": work_type}
    data = await bff.request("GET", "/api/v1/visits/slots", params=params, headers=_headers(access_token))
    return parse(SlotList, data).slots


async def hold_visit(
    address_id: str, slot: VisitSlot, access_token: str | None, work_type: str = NEW_LINE_INSTALLATION
) -> HeldVisit:
    """Hold a slot while the customer checks out (``POST /api/v1/visits``); a slot someone else took
    meanwhile is a 409 ``SLOT_TAKEN``."""
    body = {
        "addressId": address_id,
        "workType": work_type,
        "slot": {"id": slot.id, "start": slot.start, "end": slot.end},
    }
    return parse(
        HeldVisit, await bff.request("POST", "/api/v1/visits", json=body, headers=_headers(access_token))
    )


async def get_order(order_id: str, access_token: str | None = None) -> OrderView:
    """One order as the customer sees it (``GET /api/v1/orders/{id}``)."""
    path = f"/api/v1/orders/{path_id(order_id)}"
    return parse(OrderView, await bff.request("GET", path, headers=_headers(access_token)))


async def follow_order(order_id: str, access_token: str | None = None) -> AsyncIterator[OrderView | None]:
    """The order now and on each change until it is final (``GET /api/v1/orders/{id}/events``, SSE).

    Yields None for each keep-alive, so the caller can stop following between changes. Raises
    ``BffError`` if the stream cannot be opened or breaks; the caller then falls back to polling.
    """
    path = f"/api/v1/orders/{path_id(order_id)}/events"
    async for data in sse.follow(bff, path, "order", _headers(access_token)):
        yield None if data is None else parse(OrderView, data)


async def list_orders(access_token: str) -> list[OrderView]:
    """The signed-in customer's orders, newest first (``GET /api/v1/account/orders``)."""
    data = await bff.request("GET", "/api/v1/account/orders", headers=_headers(access_token))
    return parse(OrderList, data).orders


async def cancel_order(
    order_id: str, *, reason: str, idempotency_key: str, access_token: str | None
) -> CancellationView:
    """Ask for an order to be cancelled (``POST /api/v1/orders/{id}/cancel``)."""
    data = await bff.request(
        "POST",
        f"/api/v1/orders/{path_id(order_id)}/cancel",
        json={"reason": reason} if reason else {},
        headers=_headers(access_token, idempotency_key),
    )
    return parse(CancellationView, data)


async def accept_deposit(order_id: str, access_token: str | None) -> OrderView:
    """Accept the deposit the credit check asked for (``POST /api/v1/orders/{id}/deposit``): the order is
    checked again and goes ahead. Retrying is safe: an order carrying the deposit is answered as it is."""
    data = await bff.request(
        "POST", f"/api/v1/orders/{path_id(order_id)}/deposit", headers=_headers(access_token, None)
    )
    return parse(OrderView, data)


async def change_visit(
    order_id: str, slot: VisitSlot, *, idempotency_key: str, access_token: str | None
) -> OrderView:
    """Move the order's visit to another free slot, or book one after the visit was cancelled
    (``POST /api/v1/orders/{id}/visit``). Refusals are 409s: ``VISIT_TOO_SOON``, ``VISIT_NOT_CHANGEABLE``,
    ``SLOT_TAKEN``."""
    body = {"slot": {"id": slot.id, "start": slot.start, "end": slot.end}}
    path = f"/api/v1/orders/{path_id(order_id)}/visit"
    headers = _headers(access_token, idempotency_key)
    return parse(OrderView, await bff.request("POST", path, json=body, headers=headers))


async def cancel_visit(order_id: str, *, idempotency_key: str, access_token: str | None) -> OrderView:
    """Cancel the order's visit (``POST /api/v1/orders/{id}/visit/cancel``): the order is then held until
    a new slot is booked (``change_visit``)."""
    path = f"/api/v1/orders/{path_id(order_id)}/visit/cancel"
    headers = _headers(access_token, idempotency_key)
    return parse(OrderView, await bff.request("POST", path, headers=headers))


async def list_products(access_token: str) -> list[ProductView]:
    """The broadband lines of the customer the token names (``GET /api/v1/products``)."""
    data = await bff.request("GET", "/api/v1/products", headers=_headers(access_token))
    return parse(ProductList, data).products


async def modify_product(
    product_id: str, *, offer_id: str, idempotency_key: str, access_token: str | None
) -> OrderView:
    """Change a line's speed to another offer (``POST /api/v1/products/{id}/modify``)."""
    return await _change_product(product_id, "modify", {"offerId": offer_id}, idempotency_key, access_token)


async def cease_product(
    product_id: str,
    *,
    reason: str,
    idempotency_key: str,
    access_token: str | None,
    accept_charge: tuple[Decimal, str] | None = None,
) -> OrderView:
    """End a line (``POST /api/v1/products/{id}/cease``); inside its minimum term ``accept_charge`` is the
    early-termination charge (amount, currency) the customer was shown and confirmed."""
    body: dict[str, Any] = {"reason": reason} if reason else {}
    if accept_charge is not None:
        body["acceptCharge"] = {"value": float(accept_charge[0]), "unit": accept_charge[1]}
    return await _change_product(product_id, "cease", body, idempotency_key, access_token)


async def _change_product(
    product_id: str, action: str, body: dict[str, Any], idempotency_key: str, access_token: str | None
) -> OrderView:
    """The order that makes a change to a line; the key makes a retry safe."""
    path = f"/api/v1/products/{path_id(product_id)}/{action}"
    headers = _headers(access_token, idempotency_key)
    return parse(OrderView, await bff.request("POST", path, json=body, headers=headers))


async def list_account_quotes(access_token: str) -> list[AgentQuote]:
    """Open quotes a store sent the signed-in customer (``GET /api/v1/account/quotes``)."""
    data = await bff.request("GET", "/api/v1/account/quotes", headers=_headers(access_token))
    return parse(AgentQuoteList, data).quotes


async def accept_quote(quote_id: str, *, idempotency_key: str, access_token: str | None) -> OrderView:
    """Accept a store's quote, which places its order (``POST /api/v1/quotes/{id}/accept``)."""
    path = f"/api/v1/quotes/{path_id(quote_id)}/accept"
    return parse(OrderView, await bff.request("POST", path, headers=_headers(access_token, idempotency_key)))


class PaymentMethodView(ClientModel):
    """How the customer pays, named by its last digits only."""

    kind: str = "directDebit"
    description: str = ""
    account_holder: str | None = None
    sort_code: str | None = None
    account_ending: str | None = None
    mandate_reference: str | None = None
    card_ending: str | None = None


class ChargeView(ClientModel):
    product_id: str = ""
    name: str = ""
    kind: str = "monthly"
    amount: Decimal = Decimal(0)
    start_date: date
    first_bill_amount: Decimal = Decimal(0)
    promotion: str | None = None
    promotion_ends: date | None = None


class FirstBillView(ClientModel):
    date: date
    amount: Decimal = Decimal(0)


class BillingView(ClientModel):
    account_id: str = ""
    name: str = ""
    state: str = ""
    currency: str = "GBP"
    payment_method: PaymentMethodView | None = None
    charges: list[ChargeView] = Field(default_factory=list)
    first_bill: FirstBillView | None = None


async def get_billing(access_token: str | None) -> BillingView | None:
    """The customer's billing account (``GET /api/v1/billing``); None until their first order sets it up."""
    try:
        return parse(BillingView, await bff.request("GET", "/api/v1/billing", headers=_headers(access_token)))
    except BffError as exc:
        if exc.status == 404:
            return None
        raise
