"""Orders placed for a customer who already exists in TMF629, and the retail facts an order carries.

What a store order records, TMF-faithfully (TMF622 v4 ProductOrder):
- `channel: [{id: "retail", name: <store id>, role: salesChannel}]` (a web order: `{id: "web"}`);
- `relatedParty` the customer and their contact, plus `{id: <agent's subject>, name, role: salesAgent,
  @referredType: Individual}`;
- an agent's discount on the main item: `itemPrice: [{priceType: recurring, price: {taxIncludedAmount},
  priceAlteration: [{priceType: discount, name: "Agent discount", description: <reason>,
  applicationDuration: <months>, price: {percentage}}]}]` — an ad-hoc alteration (no productOfferingPrice
  of the catalogue), which the order manager holds for approval above its threshold (its code: the
  catalogue profile's approval_hold_code, APPROVAL_REQUIRED by default);
- a `note` saying who placed it, where, and why the discount.

    [645 check ∥ catalogue ∥ 622 order by externalId ∥ 629 customer → 632 individual] → 622 create
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from bff.config import Settings
from bff.core.auth.principal import Principal
from bff.core.availability import offers_for, qualify_address
from bff.core.backends import ChannelServices
from bff.core.basket import Basket, resolve
from bff.core.clients.base import TmfNotFound, dump
from bff.core.clients.tmf629 import Tmf629Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.customers import CustomerParties, read_contact
from bff.core.errors import ChannelError, OfferNotAvailableHere
from bff.core.exactly_once import Ready, create_once, no_wait
from bff.core.idempotency import IdempotencyKeyReused
from bff.core.models import Contact, Offer
from bff.core.offer_qualification import qualify_offers
from bff.core.order_prices import AgentDiscount, check_priced, price_order, pricing_quote
from bff.core.ordering import OrderRequest, check_configuration, find_order_by_key, order_request, read_order
from bff.core.pricing import quote_request
from bff.core.staff.cycle_times import when
from bff.core.staff.models import AgentRef, Discount, OrderProblem, RetailOrderView
from tmf_models.tmf622 import ProductOrder, ProductOrderCreate

SALES_AGENT_ROLE = "salesAgent"
# The store a quote was made in (a relatedParty of the TMF648 quote, an Organization named by its store id).
STORE_ROLE = "store"
APPROVER_ROLE = "approver"  # the manager who approved a held order (four eyes)
AGENT_DISCOUNT = "Agent discount"
# A manager's rejection note starts so (approvals.decide writes it); the rest says who and why.
REJECTED_BY = "Rejected by "
REASONED_STATES = {"held", "pending", "rejected", "failed", "partial"}


class CustomerNotFound(ChannelError):
    status = 404
    code = "CUSTOMER_NOT_FOUND"
    message = "We could not find that customer."


class ContactIncomplete(ChannelError):
    status = 422
    code = "CONTACT_DETAILS_INCOMPLETE"
    message = "The customer's name, email and phone are needed before ordering. Update their details first."


@dataclass(frozen=True)
class KnownCustomer:
    parties: CustomerParties
    contact: Contact | None


async def known_customer(customers: Tmf629Client, parties: Tmf632Client, customer_id: str) -> KnownCustomer:
    """The TMF629 customer and the contact details of its person (TMF632 engagedParty)."""
    try:
        customer = await customers.get_customer(customer_id)
    except TmfNotFound:
        raise CustomerNotFound() from None
    engaged = customer.engaged_party
    individual_id = engaged.id if engaged and engaged.id else ""
    contact: Contact | None = None
    if individual_id:
        try:
            contact = read_contact(await parties.get_individual(individual_id))
        except TmfNotFound:
            contact = None
    name = customer.name or (f"{contact.given_name} {contact.family_name}" if contact else customer_id)
    return KnownCustomer(CustomerParties(customer.id or customer_id, individual_id, name), contact)


@dataclass(frozen=True)
class Placement:
    """How an order for a known customer is placed: by whom, through which channel, on what terms."""

    channel_id: str
    store_id: str | None = None
    agent: Principal | None = None
    discount: Discount | None = None
    quote_id: str | None = None
    extra_parties: list[dict[str, Any]] = field(default_factory=list)


def agent_party(agent: Principal) -> dict[str, Any]:
    return {
        "id": agent.subject,
        "name": agent.name or agent.email or agent.subject,
        "role": SALES_AGENT_ROLE,
        "@referredType": "Individual",
    }


def discount_price(monthly: Decimal, currency: str, discount: Discount) -> dict[str, Any]:
    alteration: dict[str, Any] = {
        "@type": "PriceAlteration",
        "name": AGENT_DISCOUNT,
        "description": discount.reason,
        "priceType": "recurring",
        "recurringChargePeriod": "month",
        "price": {"@type": "Price", "percentage": float(discount.percentage)},
    }
    if discount.months:
        alteration["applicationDuration"] = discount.months
    return {
        "@type": "OrderPrice",
        "name": "Monthly price",
        "priceType": "recurring",
        "recurringChargePeriod": "month",
        "price": {"@type": "Price", "taxIncludedAmount": {"unit": currency, "value": float(monthly)}},
        "priceAlteration": [alteration],
    }


def _note(placement: Placement, ordered_at: datetime) -> list[dict[str, Any]]:
    if placement.agent is None:
        return []
    agent = placement.agent.name or placement.agent.subject
    text = f"Placed by {agent} ({placement.store_id}) on the customer's behalf"
    if placement.discount:
        months = f" for {placement.discount.months} months" if placement.discount.months else ""
        text += f"; {placement.discount.percentage:g} % discount{months}: {placement.discount.reason}"
    return [{"@type": "Note", "author": agent, "date": ordered_at.isoformat(), "text": text}]


async def place_for_customer(
    services: ChannelServices,
    *,
    customer_id: str,
    basket: Basket,
    characteristics: dict[str, str],
    placement: Placement,
    idempotency_key: str,
    ready: Ready = no_wait,
) -> tuple[RetailOrderView, bool]:
    """The order once per key (True: created now); the same checks as the web journey's place_order."""
    backends = services.backends
    qualified, current, existing, known = await asyncio.gather(
        qualify_address(backends.tmf645, address_id=basket.address_id),
        services.catalog.get(),
        find_order_by_key(backends.tmf622, idempotency_key),
        known_customer(backends.tmf629, backends.tmf632, customer_id),
    )
    if existing is not None:
        found = read_retail_order(existing, OrderReading.of(services.settings), known.contact)
        if found.store_id != placement.store_id or found.customer_id != customer_id:
            # Another store's key (or another customer's order): refused as reused, revealing nothing.
            raise IdempotencyKeyReused()
        return found, False
    if known.contact is None:
        raise ContactIncomplete()
    qualified.require_flat(basket.address_id)
    offer, add_ons = resolve(basket, current)
    chosen = check_configuration(current, basket, characteristics)
    if offer not in offers_for(current, qualified.technologies):
        raise OfferNotAvailableHere()
    if backends.tmf679 is not None:
        # The operator's qualification may refuse what the line carries (a line the customer already has
        # there, their credit class): the offer the 360 listed as unavailable cannot be ordered either.
        _, refused = await qualify_offers(backends.tmf679, qualified.address, [offer], customer_id)
        if refused:
            raise OfferNotAvailableHere()
    await ready()
    ordered_at = datetime.now().astimezone()
    request = OrderRequest(
        address_id=basket.address_id,
        offer_id=basket.offer_id,
        add_on_ids=basket.add_on_ids,
        contact=known.contact,
        quote_id=placement.quote_id,
        characteristics=chosen,
    )
    body = dump(
        order_request(
            request,
            idempotency_key=idempotency_key,
            customer=known.parties,
            address=qualified.address,
            offer=offer,
            add_ons=add_ons,
            characteristics=chosen,
            channel_id=placement.channel_id,
            ordered_at=ordered_at,
        )
    )
    as_placed(body, services.settings.retail_channel_id, placement, offer, ordered_at)
    # Priced by the store's quote (or one made now); the agent's discount as an alteration of its price.
    priced_by = quote_request(basket, offer, add_ons)
    quote = await pricing_quote(backends.tmf648, placement.quote_id, priced_by)
    cut = placement.discount
    discount = AgentDiscount(Decimal(str(cut.percentage)), cut.months, cut.reason) if cut else None
    currency, term = services.settings.currency, offer.contract_months
    body = price_order(body, quote, currency=currency, contract_months=term, discount=discount)
    order = await create_once(
        lambda: backends.tmf622.create_product_order(ProductOrderCreate.model_validate(body)),
        lambda: find_order_by_key(backends.tmf622, idempotency_key),
    )
    await check_priced(order, backends.tmf648, priced_by, currency=currency, contract_months=term)
    return read_retail_order(order, OrderReading.of(services.settings), known.contact), True


def as_placed(
    body: dict[str, Any],
    retail_channel_id: str,
    placement: Placement,
    offer: Offer | None,
    ordered_at: datetime,
) -> None:
    """The order body (order_request's) as a store places it: its channel, the agent, the agent's discount
    on `offer`'s price and the note saying who and why, written into `body`."""
    if placement.store_id:
        store = {"id": retail_channel_id, "name": placement.store_id, "role": "salesChannel"}
        # In store: the store's channel alone. Online from a store's quote: the web channel it came through,
        # and the store that made the sale, so the order is in that store's queue too.
        body["channel"] = [store] if placement.channel_id == store["id"] else [*body["channel"], store]
    body["relatedParty"] = [
        *body["relatedParty"],
        *([agent_party(placement.agent)] if placement.agent else []),
        *placement.extra_parties,
    ]
    if placement.discount and offer is not None:
        body["productOrderItem"][0]["itemPrice"] = [
            discount_price(offer.monthly_price, offer.currency, placement.discount)
        ]
    if notes := _note(placement, ordered_at):
        body["note"] = notes


# --- reading the retail facts of an order ------------------------------------------------------------------


@dataclass(frozen=True)
class OrderReading:
    """How the retail facts of an order are read: the store channel's id (TMF622 channel.id) and the codes
    of an order held for a person's decision (the catalogue profile's approval_hold_code and
    credit_referral_code), of which the credit team's alone (credit_codes) are never a store manager's."""

    channel_id: str
    hold_codes: frozenset[str]
    credit_codes: frozenset[str] = frozenset()

    @classmethod
    def of(cls, settings: Settings) -> OrderReading:
        return cls(settings.retail_channel_id, settings.profile.hold_codes, settings.profile.credit_codes)


def store_of(body: dict[str, Any], retail_channel_id: str) -> str | None:
    for channel in body.get("channel") or []:
        if channel.get("id") == retail_channel_id:
            return channel.get("name") or None
    return None


def _agent(body: dict[str, Any]) -> AgentRef | None:
    for party in body.get("relatedParty") or []:
        if (party.get("role") or "") == SALES_AGENT_ROLE and party.get("id"):
            return AgentRef(id=party["id"], name=party.get("name"))
    return None


def _approver(body: dict[str, Any]) -> AgentRef | None:
    for party in body.get("relatedParty") or []:
        if (party.get("role") or "") == APPROVER_ROLE and party.get("id"):
            return AgentRef(id=party["id"], name=party.get("name"))
    return None


def _customer_name(body: dict[str, Any]) -> str | None:
    for party in body.get("relatedParty") or []:
        if (party.get("role") or "").lower() == "customer" and party.get("name"):
            return str(party["name"])
    return None


def _main_item(body: dict[str, Any]) -> dict[str, Any]:
    items = body.get("productOrderItem") or []
    return next(
        (item for item in items if not item.get("productOrderItemRelationship")), items[0] if items else {}
    )


def _discount_and_price(item: dict[str, Any]) -> tuple[Discount | None, Decimal | None]:
    for price in item.get("itemPrice") or []:
        if (price.get("priceType") or "").lower() != "recurring":
            continue
        value = ((price.get("price") or {}).get("taxIncludedAmount") or {}).get("value")
        monthly = Decimal(str(value)) if value is not None else None
        for alteration in price.get("priceAlteration") or []:
            percentage = (alteration.get("price") or {}).get("percentage")
            if percentage is None or (alteration.get("productOfferingPrice") or {}).get("id"):
                continue  # a catalogue promotion, not an agent's discount
            discount = Discount(
                percentage=Decimal(str(percentage)),
                months=alteration.get("applicationDuration") or None,
                reason=alteration.get("description") or alteration.get("name") or AGENT_DISCOUNT,
            )
            return discount, monthly
        return None, monthly
    return None, None


def problems_of(body: dict[str, Any]) -> list[OrderProblem]:
    return [
        OrderProblem(
            code=str(error.get("code") or "UNKNOWN"),
            reason=error.get("reason"),
            message=error.get("message"),
            at=when(error.get("timestamp")),
        )
        for error in body.get("productOrderErrorMessage") or []
    ]


def state_reason(body: dict[str, Any], problems: list[OrderProblem]) -> str | None:
    """Why the order is where it is: a manager's rejection (the note approvals.decide writes), else the
    order manager's latest finding; None for an order that is simply moving on."""
    state = body.get("state")
    if state not in REASONED_STATES:
        return None
    if state == "rejected":
        for note in reversed(body.get("note") or []):
            text = str(note.get("text") or "")
            if text.startswith(REJECTED_BY):
                return text
    latest = problems[-1] if problems else None
    return (latest.message or latest.reason or latest.code) if latest else None


def read_retail_order(
    order: ProductOrder, reading: OrderReading, contact: Contact | None = None
) -> RetailOrderView:
    view = read_order(order, contact)
    body = order.model_dump(mode="json", by_alias=True, exclude_none=True)
    discount, monthly = _discount_and_price(_main_item(body))
    problems = problems_of(body)
    held_for_approval = view.state == "held" and any(
        problem.code in reading.hold_codes for problem in problems
    )
    channels = body.get("channel") or []
    return RetailOrderView(
        **dict(view),
        channel=channels[0].get("id") if channels else None,
        store_id=store_of(body, reading.channel_id),
        agent=_agent(body),
        approved_by=_approver(body),
        customer_name=_customer_name(body),
        discount=discount,
        approval_required=held_for_approval,
        problems=problems,
        monthly_price=monthly,
        state_reason=state_reason(body, problems),
    )
