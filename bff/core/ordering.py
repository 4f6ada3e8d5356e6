"""Placing and reading broadband orders: TMF645 (re-qualify), TMF629/632 (the customer), TMF622 (the order).

    [645 check ∥ catalogue ∥ 622 order by externalId ∥ 629 customer by email ∥ 632 individual by email]
      → (new person: 632 create individual → 629 create customer) → 622 create order

A signed-in customer orders as themselves: the customer comes from their token (`OrderAsked.customer_claim`,
found or made through the CustomerDirectory), never from the email in the request, and an order found by the
key must be theirs.

Orders are built and read as the generated TMF622 models (tmf_models/tmf622.py). What TMF622 v4 does not
model is read from the model's extras: the address a place carries by value (the GeographicAddress subtype's
fields) and the v5 milestones and error messages an order manager may add.

The Idempotency-Key becomes the order's externalId, so a retry whose first answer was lost finds the order
it already made instead of making a second one (the second line of defence behind the idempotency store).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import Any

from pydantic import Field, model_validator

from bff.core.appointments import BookedVisit, confirm_for_order, describe_visit, visit_now
from bff.core.availability import offers_for, qualify_address
from bff.core.backends import ChannelServices
from bff.core.basket import ID_PATTERN, Basket, resolve
from bff.core.billing import PaymentSetup, billing_account_for, check_payment
from bff.core.catalog import Catalog
from bff.core.clients.base import TmfError, TmfNotFound, TmfUnavailable, dump
from bff.core.clients.tmf622 import (
    DEPOSIT_AMOUNT,
    ERROR_MESSAGES,
    JEOPARDY_ALERTS,
    MILESTONES,
    VISIT_MISSED,
    Tmf622Client,
)
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.clients.tmf646 import Tmf646Client
from bff.core.configuration import ConfigurationRequest, configure
from bff.core.contract_summary import (
    SummaryRules,
    check_accepted,
    kept_summary,
    summary_agreement,
    summary_note,
    with_summary,
)
from bff.core.credit_decisions import credit_decision
from bff.core.customers import CustomerParties, Owner, read_contact
from bff.core.errors import InvalidConfiguration, OfferNotAvailableHere, OrderNotFound
from bff.core.exactly_once import Ready, create_once, no_wait
from bff.core.filters import find_checked
from bff.core.idempotency import IdempotencyKeyReused
from bff.core.models import (
    AddOn,
    Address,
    Characteristics,
    Consents,
    Contact,
    InstallationSlot,
    JeopardyAlert,
    Milestone,
    Offer,
    OrderItemView,
    OrderList,
    OrderProblem,
    OrderView,
    VisitAppointment,
)
from bff.core.offer_qualification import qualify_offers
from bff.core.order_prices import (
    check_priced,
    line_price,
    order_reference,
    order_totals,
    price_order,
    pricing_quote,
    repriced_code,
    summary_of_quote,
)
from bff.core.places import address_from_place
from bff.core.pricing import quote_request
from bff.core.self_install import (
    SelfInstallNotAvailable,
    chosen_options,
    installation,
    is_self_install,
    self_installable,
)
from tmf_models.tmf622 import (
    AgreementRef,
    AppointmentRef,
    Characteristic,
    Note,
    OrderItemActionType,
    OrderItemRelationship,
    ProductOfferingRef,
    ProductOrder,
    ProductOrderCreate,
    ProductOrderItem,
    ProductRefOrValue,
    QuoteRef,
    RelatedChannel,
    RelatedParty,
    RelatedPlaceRefOrValue,
)

CUSTOMER_ROLE = "customer"
# Where an order's milestones and error messages are read from: TMF622 v5's attributes, which a v4 order
# manager may add as extensions (ours does). Without them an order shows its states only.
CONTACT_ROLE = "contact"
INSTALLATION_ROLE = "installationAddress"
APPOINTMENT_TYPE = "Appointment"
# The visit's status as an order's state implies it, when TMF646 is not asked (lists of orders).
VISIT_STATUS_BY_ORDER_STATE = {"completed": "completed", "partial": "completed", "cancelled": "cancelled"}
VISIT_CANCELLED = "VISIT_CANCELLED"  # the order manager's hold for an order whose visit was cancelled


# The agreement a web order is placed under (TMF622 agreement ref); its text is versioned by the operator.
TERMS_AGREEMENT_ID = "terms-residential-2026"


class OrderRequest(Basket):
    contact: Contact
    quote_id: str | None = Field(None, pattern=ID_PATTERN)
    characteristics: Characteristics = Field(
        default_factory=dict, description="Options chosen for the offer (see POST /api/v1/configurations)"
    )
    installation_slot: InstallationSlot | None = Field(None, description="Chosen engineer visit, if any")
    appointment_id: str | None = Field(
        None,
        pattern=ID_PATTERN,
        description="The visit held for this order (POST /api/v1/visits): confirmed as the order is placed",
    )
    self_install: bool = Field(
        False,
        description="Set it up myself: no engineer visit, the router is posted (only where the address's "
        "line allows it: Technology.selfInstall, else 409 SELF_INSTALL_NOT_AVAILABLE)",
    )
    date_of_birth: date | None = Field(None, description="For the credit check (TMF632 birthDate)")
    consents: Consents | None = Field(
        None, description="What the customer agreed to; when given, the credit check and terms must be agreed"
    )
    payment: PaymentSetup | None = Field(
        None,
        description="How the customer pays (bff/core/billing.py); none: the order names no billing account",
    )

    @model_validator(mode="after")
    def _consents_needed_to_order(self) -> OrderRequest:
        if self.consents is not None and not (self.consents.credit_check and self.consents.terms):
            raise ValueError("the credit check and the terms must be agreed to place an order")
        if self.date_of_birth is not None and self.date_of_birth > date.today().replace(
            year=date.today().year - 18
        ):
            raise ValueError("the account holder must be 18 or over")
        return self


def check_configuration(catalog: Catalog, basket: Basket, characteristics: dict[str, str]) -> dict[str, str]:
    """The characteristics to order (defaults filled in); else InvalidConfiguration with the first reason."""
    result = configure(
        catalog,
        ConfigurationRequest(
            offer_id=basket.offer_id, add_on_ids=basket.add_on_ids, characteristics=characteristics
        ),
    )
    if not result.valid:
        raise InvalidConfiguration(result.problems[0].message)
    return result.characteristics


def order_create(
    *,
    items: list[ProductOrderItem],
    external_id: str,
    channel_id: str,
    customer: CustomerParties,
    description: str,
    ordered_at: datetime,
) -> ProductOrderCreate:
    """What every order the channel places carries: its items, key, channel, the customer and the person
    (a party without an id, e.g. a product's unknown person, is left out)."""
    parties = [
        RelatedParty(
            id=customer.customer_id, name=customer.name, role=CUSTOMER_ROLE, field_referred_type="Customer"
        ),
        RelatedParty(
            id=customer.individual_id, name=customer.name, role=CONTACT_ROLE, field_referred_type="Individual"
        ),
    ]
    return ProductOrderCreate(
        field_type="ProductOrder",
        external_id=external_id,
        category="residential",
        description=description,
        requested_start_date=ordered_at,
        channel=[RelatedChannel(id=channel_id, name=channel_id, role="salesChannel")],
        related_party=[party for party in parties if party.id],
        product_order_item=items,
    )


def address_place(address: Address) -> RelatedPlaceRefOrValue:
    """The installation address by value. Its GeographicAddress fields are not in the generated ref model,
    so they are given by their TMF names and kept as the model's extras."""
    return RelatedPlaceRefOrValue.model_validate(
        {
            "id": address.id,
            "role": INSTALLATION_ROLE,
            "@referredType": "GeographicAddress",
            "@type": "GeographicAddress",
            "streetNr": address.house_number,
            "streetName": address.street,
            "city": address.city,
            "postcode": address.postcode,
        }
    )


def _offering(offer: Offer | AddOn) -> ProductOfferingRef:
    return ProductOfferingRef(id=offer.id, name=offer.name)


def _consent_notes(consents: Consents, agreed: datetime) -> list[Note]:
    given = (
        ("Consent: credit check agreed", consents.credit_check),
        ("Consent: terms and conditions accepted", consents.terms),
        ("Consent: marketing " + ("agreed" if consents.marketing else "declined"), True),
    )
    return [
        Note(author="customer", date=agreed, text=text, field_type="Note")
        for text, agreed_to in given
        if agreed_to
    ]


def order_request(
    request: OrderRequest,
    *,
    idempotency_key: str,
    customer: CustomerParties,
    address: Address,
    offer: Offer,
    add_ons: list[AddOn],
    characteristics: dict[str, str],
    channel_id: str,
    ordered_at: datetime,
    visit: BookedVisit | None = None,
) -> ProductOrderCreate:
    product = ProductRefOrValue(
        field_type="Product",
        place=[address_place(address)],
        product_characteristic=[
            Characteristic(name=name, value_type="string", value=value)
            for name, value in characteristics.items()
        ]
        or None,
    )
    main = ProductOrderItem(
        id="1",
        action=OrderItemActionType.add,
        quantity=1,
        field_type="ProductOrderItem",
        product_offering=_offering(offer),
        product=product,
    )
    if visit is not None:
        main.appointment = AppointmentRef(
            id=visit.appointment_id, href=visit.href, field_referred_type=APPOINTMENT_TYPE
        )
    add_on_items = [
        ProductOrderItem(
            id=str(index),
            action=OrderItemActionType.add,
            quantity=1,
            field_type="ProductOrderItem",
            product_offering=_offering(add_on),
            product_order_item_relationship=[OrderItemRelationship(id="1", relationship_type="reliesOn")],
        )
        for index, add_on in enumerate(add_ons, start=2)
    ]
    order = order_create(
        items=[main, *add_on_items],
        external_id=idempotency_key,
        channel_id=channel_id,
        customer=customer,
        description=f"{offer.name} for {address.label}",
        ordered_at=ordered_at,
    )
    order.notification_contact = request.contact.email
    if request.installation_slot:
        order.requested_start_date = request.installation_slot.start
        order.requested_completion_date = request.installation_slot.end
    if visit is not None:  # the visit as booked wins over a slot the request repeats
        order.requested_start_date, order.requested_completion_date = visit.slot.start, visit.slot.end
    if request.consents:
        # What was agreed, when: kept on the order itself, where disputes about a sale are settled.
        order.agreement = [AgreementRef(id=TERMS_AGREEMENT_ID, name="Residential terms and conditions")]
        order.note = _consent_notes(request.consents, ordered_at)
    if request.quote_id:
        order.quote = [QuoteRef(id=request.quote_id, field_referred_type="Quote")]
    return order


def _slot(order: ProductOrder) -> InstallationSlot | None:
    start, end = order.requested_start_date, order.requested_completion_date
    if not (start and end):
        return None
    try:
        return InstallationSlot(start=start, end=end)
    except ValueError:
        return None  # another channel's dates that do not form a visit window


def _party(order: ProductOrder, referred_type: str, roles: tuple[str, ...]) -> str | None:
    for party in order.related_party or []:
        if party.field_referred_type == referred_type and (party.role or "").lower() in roles:
            return party.id
    return None


def customer_party_id(order: ProductOrder) -> str | None:
    """The Individual whose contact details the order shows (the contact, or a customer given as a person)."""
    return _party(order, "Individual", (CONTACT_ROLE, CUSTOMER_ROLE))


def _characteristics(item: ProductOrderItem | None) -> dict[str, str]:
    entries = item.product.product_characteristic if item and item.product else None
    return {
        entry.name: str(entry.value.root)
        for entry in entries or []
        if entry.name and entry.value.root is not None
    }


def _extension(order: ProductOrder, name: str) -> Iterator[dict[str, Any]]:
    """The entries of a list attribute TMF622 v4 does not model (kept as the model's extras)."""
    entries = (order.model_extra or {}).get(name)
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict):
            yield entry


def _milestone(entry: dict[str, Any]) -> Milestone:
    return Milestone(
        id=str(entry.get("id", "")),
        name=str(entry.get("name", "")),
        status=str(entry.get("status", "")),
        date=entry.get("milestoneDate"),
        item_id=next(
            (str(ref.get("productOrderItemId")) for ref in entry.get("productOrderItem") or []), None
        ),
    )


def _alert(entry: dict[str, Any]) -> JeopardyAlert:
    return JeopardyAlert(
        id=str(entry.get("id", "")),
        name=str(entry.get("name", "")),
        type=entry.get("jeopardyType"),
        exception=entry.get("exception"),
        message=entry.get("message"),
        date=entry.get("alertDate"),
    )


def visit_missed(order: ProductOrder) -> bool:
    """The engineer missed the order's visit and no new one is booked yet."""
    return any(alert.get("exception") == VISIT_MISSED for alert in _extension(order, JEOPARDY_ALERTS))


def _problem(entry: dict[str, Any]) -> OrderProblem:
    amount = (entry.get(DEPOSIT_AMOUNT) or {}).get("value")  # an extension: a deposit asked for
    return OrderProblem(
        code=str(entry.get("code", "")),
        reason=str(entry.get("reason", "")),
        message=entry.get("message"),
        amount=Decimal(str(amount)) if isinstance(amount, int | float) else None,
    )


def _installation_address(item: ProductOrderItem | None) -> Address | None:
    places = item.product.place if item and item.product else None
    installation = next((place for place in places or [] if place.role == INSTALLATION_ROLE), None)
    if installation is None:
        return None
    return address_from_place(installation.model_dump(mode="json", by_alias=True, exclude_none=True))


def _item_view(item: ProductOrderItem, ordered_on: date) -> OrderItemView:
    action = item.action.value
    return OrderItemView(
        price=line_price(dump(item), ordered_on, "GBP"),
        id=item.id,
        offer_id=item.product_offering.id if item.product_offering else "",
        name=(item.product_offering.name if item.product_offering else None) or "",
        state=item.state.value if item.state else None,
        action=action,
        product_id=item.product.id if item.product and action != "add" else None,
    )


def _appointment_id(item: ProductOrderItem | None) -> str | None:
    return item.appointment.id if item is not None and item.appointment is not None else None


def _appointment(
    order: ProductOrder, item: ProductOrderItem | None, visit: tuple[InstallationSlot, str] | None
) -> VisitAppointment | None:
    """The visit the item references, dated by TMF646 (`visit`) or else by the order's requested dates."""
    appointment_id = _appointment_id(item)
    if appointment_id is None:
        return None
    if visit is not None:
        slot, status = visit
    else:
        found = _slot(order)
        if found is None:
            return None
        state = order.state.value if order.state else ""
        status = VISIT_STATUS_BY_ORDER_STATE.get(state, "confirmed")
        if state == "held" and any(
            e.get("code") == VISIT_CANCELLED for e in _extension(order, ERROR_MESSAGES)
        ):
            status = "cancelled"  # the order manager holds the order for its cancelled visit
        if visit_missed(order):
            status = "failed"  # TMF646's status of a visit that did not happen
        slot = found
    return VisitAppointment(
        id=appointment_id,
        start=slot.start,
        end=slot.end,
        label=describe_visit(slot.start, slot.end),
        status=status,
    )


def _main_item(order: ProductOrder) -> ProductOrderItem | None:
    """The offer ordered: the item that relies on no other (add-ons rely on it)."""
    items = order.product_order_item
    return next(
        (item for item in items if not item.product_order_item_relationship), items[0] if items else None
    )


def read_order(
    order: ProductOrder, contact: Contact | None = None, visit: tuple[InstallationSlot, str] | None = None
) -> OrderView:
    """The order as the channels show it; `visit`: its engineer visit as TMF646 has it now, if read."""
    items = order.product_order_item
    main = _main_item(order)
    offering = main.product_offering if main else None
    # Promotions and the minimum term are counted from the order date (the checkout counts from today).
    ordered_on = order.order_date.date() if order.order_date else date.today()
    item_views = [_item_view(item, ordered_on) for item in items]
    lines = [view.price for view in item_views if view.price is not None]
    monthly_total, one_off_total = order_totals(dump(order), lines)
    notes = [note.model_dump(mode="json") for note in order.note or []]
    decided = credit_decision(notes)
    return OrderView(
        reference=order_reference(order.id) if order.id else "",
        quote_id=next((ref.id for ref in order.quote or [] if ref.id), None),
        currency=lines[0].currency if lines else None,
        monthly_total=monthly_total,
        one_off_total=one_off_total,
        installation_slot=_slot(order),
        appointment=_appointment(order, main, visit),
        self_install=is_self_install(_characteristics(main)),
        expected_completion_date=order.expected_completion_date,
        milestones=[_milestone(entry) for entry in _extension(order, MILESTONES)],
        error_messages=[_problem(entry) for entry in _extension(order, ERROR_MESSAGES)],
        jeopardy_alerts=[_alert(entry) for entry in _extension(order, JEOPARDY_ALERTS)],
        credit_decision=decided[0] if decided else None,
        credit_decision_reason=decided[1] if decided else None,
        id=order.id or "",
        state=order.state.value if order.state else "acknowledged",
        order_date=order.order_date,
        external_id=order.external_id,
        offer_id=offering.id if offering else "",
        offer_name=(offering.name or offering.id) if offering else "",
        add_on_ids=[
            item.product_offering.id if item.product_offering else "" for item in items if item is not main
        ],
        address=_installation_address(main),
        contact=contact,
        items=item_views,
        customer_id=_party(order, "Customer", (CUSTOMER_ROLE,)),
        characteristics=chosen_options(_characteristics(main)),
        contract_summary=kept_summary(notes),
    )


async def find_order_by_key(client: Tmf622Client, idempotency_key: str) -> ProductOrder | None:
    """The order placed with this Idempotency-Key (its externalId), or None when there is none yet.

    Only an order whose externalId is the key counts (a server may ignore the filter and answer every order).
    "None yet" is never concluded while the listing skipped malformed items, one of which may be the order:
    that would place a second one. The answer is then a retryable 503 (TmfUnavailable).
    """
    found = await find_checked(client.api, client.find_product_orders, {"externalId": idempotency_key})
    if found:
        return found[0]
    if found.skipped:
        raise TmfUnavailable(
            client.api, f"cannot tell whether an order exists: {found.skipped} malformed order(s) skipped"
        )
    return None


@dataclass(frozen=True)
class OrderAsked:
    """The order a signed-in customer asks for: what, for whom (their token's customer claim), under which
    Idempotency-Key (the order's externalId) and through which channel."""

    request: OrderRequest
    customer_claim: str
    idempotency_key: str
    channel_id: str
    # The version of the contract summary the customer accepted; the order is placed only under that one
    # and keeps it (bff/core/contract_summary.py). None: no summary is checked or kept.
    accepted_summary: str | None = None


async def place_order(
    services: ChannelServices, asked: OrderAsked, ready: Ready = no_wait
) -> tuple[OrderView, bool]:
    """Place the order once; returns it and whether it was created now (False: an earlier try made it, which
    must be the caller's). `ready` is awaited before the first write (exactly_once)."""
    backends, request, key = services.backends, asked.request, asked.idempotency_key
    # Every read the order needs is independent of the others: run them side by side.
    qualified, current, existing = await asyncio.gather(
        qualify_address(backends.tmf645, address_id=request.address_id),
        services.catalog.get(),
        find_order_by_key(backends.tmf622, key),
    )
    if existing is not None:
        found = read_order(existing, request.contact)
        owner = await services.customers.owner(backends.tmf629, asked.customer_claim)
        if not owner.owns(found.customer_id):
            raise IdempotencyKeyReused()  # another customer's key: say nothing of their order
        if repriced_code(existing):  # refused for its price: the retry is told the price now, again
            offer, add_ons = resolve(request, current)
            await check_priced(
                existing,
                backends.tmf648,
                quote_request(request, offer, add_ons),
                currency=services.settings.currency,
                contract_months=offer.contract_months,
            )
        return found, False
    qualified.require_flat(request.address_id)
    offer, add_ons = resolve(request, current)
    characteristics = check_configuration(current, request, request.characteristics)
    if offer not in offers_for(current, qualified.technologies):
        raise OfferNotAvailableHere()
    if request.self_install and (
        request.appointment_id or not self_installable(qualified.technologies, offer)
    ):
        raise SelfInstallNotAvailable()
    characteristics = installation(characteristics, request.self_install)
    if backends.tmf679 is not None:
        # The operator's qualification may refuse what the line carries (a second line, the credit class).
        owner = await services.customers.owner(backends.tmf629, asked.customer_claim)
        _, refused = await qualify_offers(backends.tmf679, qualified.address, [offer], owner.customer_id)
        if refused:
            raise OfferNotAvailableHere()
    if request.payment is not None:
        check_payment(request.payment)  # bank details that fail the modulus check place nothing
    await ready()
    priced_by = quote_request(request, offer, add_ons)
    quote = await pricing_quote(backends.tmf648, request.quote_id, priced_by)
    summary = summarise = None
    if asked.accepted_summary is not None:
        # Before any other write: an order under a summary the customer did not read places nothing.
        rules = SummaryRules.of(services.settings)
        summary = summary_of_quote(quote, offer, add_ons, rules, services.settings.currency, date.today())
        check_accepted(summary, asked.accepted_summary)
        summarise = partial(with_summary, offer=offer, add_ons=add_ons, rules=rules)
    visit = None
    if request.appointment_id:
        # Before the order: a lapsed hold places nothing (the customer chooses a slot again).
        visit = await confirm_for_order(backends.tmf646, request.appointment_id, asked.customer_claim)
    customer = await services.customers.ensure(
        backends.tmf629, backends.tmf632, asked.customer_claim, request.contact, request.date_of_birth
    )
    create = order_request(
        request,
        idempotency_key=key,
        customer=customer,
        address=qualified.address,
        offer=offer,
        add_ons=add_ons,
        characteristics=characteristics,
        channel_id=asked.channel_id,
        ordered_at=datetime.now().astimezone(),
        visit=visit,
    )
    create = ProductOrderCreate.model_validate(
        price_order(
            dump(create), quote, currency=services.settings.currency, contract_months=offer.contract_months
        )
    )
    if summary is not None:  # kept with the order as the customer accepted it
        create.note = [*(create.note or []), summary_note(summary, datetime.now().astimezone())]
        create.agreement = [*(create.agreement or []), summary_agreement(summary)]
    if request.payment is not None:  # the customer's billing account, set up now if they have none
        create.billing_account = await billing_account_for(services, customer, request.payment)
    order = await create_once(
        lambda: backends.tmf622.create_product_order(create), lambda: find_order_by_key(backends.tmf622, key)
    )
    await check_priced(
        order,
        backends.tmf648,
        priced_by,
        currency=services.settings.currency,
        contract_months=offer.contract_months,
        summarise=summarise,
    )
    booked = (InstallationSlot(start=visit.slot.start, end=visit.slot.end), visit.status) if visit else None
    return read_order(order, request.contact, booked), True


async def get_order(
    orders: Tmf622Client,
    parties: Tmf632Client,
    order_id: str,
    owner: Owner | None = None,
    visits: Tmf646Client | None = None,
) -> OrderView:
    """The order as a channel shows it; with `owner`, only if it is that customer's (else 403). With
    `visits`, its engineer visit is read from TMF646 (rescheduled, completed), else from the order."""
    try:
        order = await orders.get_product_order(order_id)
    except TmfNotFound:
        raise OrderNotFound() from None
    if owner is not None:
        owner.check(_party(order, "Customer", (CUSTOMER_ROLE,)))
    appointment_id = _appointment_id(_main_item(order))
    contact, visit = await asyncio.gather(
        _contact(parties, customer_party_id(order)),
        _visit(visits, appointment_id) if visits is not None and appointment_id else _nothing(),
    )
    return read_order(order, contact, visit)


async def _nothing() -> None:
    return None


async def _contact(parties: Tmf632Client, party_id: str | None) -> Contact | None:
    if not party_id:
        return None
    try:
        return read_contact(await parties.get_individual(party_id))
    except TmfNotFound:
        return None  # the order stands on its own; its contact is a nicety on this screen


async def _visit(visits: Tmf646Client, appointment_id: str) -> tuple[InstallationSlot, str] | None:
    """The visit as TMF646 has it now; None (the order's dates are shown) when TMF646 cannot say."""
    try:
        found = await visit_now(visits, appointment_id)
    except TmfError:
        return None  # the order stands on its own: its dates are the visit as booked
    if found is None:
        return None
    slot, status = found
    return InstallationSlot(start=slot.start, end=slot.end), status


async def orders_of(orders: Tmf622Client, customer_id: str | None) -> OrderList:
    """A customer's orders, newest first (TMF622 `productOrder?relatedParty.id=`); none before their first."""
    if customer_id is None:
        return OrderList(orders=[])
    found = await find_checked(orders.api, orders.find_product_orders, {"relatedParty.id": customer_id})
    # An order refused for its price was never placed as far as the customer is concerned: not listed.
    views = [
        read_order(order)
        for order in found
        if _party(order, "Customer", (CUSTOMER_ROLE,)) == customer_id and not repriced_code(order)
    ]
    views.sort(key=lambda view: view.order_date.timestamp() if view.order_date else 0.0, reverse=True)
    return OrderList(orders=views)
