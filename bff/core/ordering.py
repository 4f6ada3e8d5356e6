"""Placing and reading broadband orders: TMF645 (re-qualify), TMF629/632 (the customer), TMF622 (the order).

    [645 check ∥ catalogue ∥ 622 order by externalId ∥ 629 customer by email ∥ 632 individual by email]
      → (new person: 632 create individual → 629 create customer) → 622 create order

A signed-in customer orders as themselves: the customer comes from their token (`customer_claim`, found or
made through the CustomerDirectory), never from the email in the request, and an order found by the key must
be theirs.

The Idempotency-Key becomes the order's externalId, so a retry whose first answer was lost finds the order
it already made instead of making a second one (the second line of defence behind the idempotency store).
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from typing import Any

from pydantic import Field, model_validator

from bff.core.availability import offers_for, qualify_address
from bff.core.basket import Basket, resolve
from bff.core.catalog import Catalog, CatalogCache
from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.clients.tmf629 import Tmf629Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.clients.tmf645 import Tmf645Client
from bff.core.configuration import ConfigurationRequest, configure
from bff.core.customers import (
    CustomerDirectory,
    CustomerParties,
    KnownParties,
    Owner,
    ensure_customer,
    find_parties,
    read_contact,
)
from bff.core.errors import InvalidConfiguration, OfferNotAvailableHere, OrderNotFound
from bff.core.exactly_once import Ready, create_once, no_wait
from bff.core.models import (
    AddOn,
    Address,
    Consents,
    Contact,
    InstallationSlot,
    Milestone,
    Offer,
    OrderItemView,
    OrderList,
    OrderProblem,
    OrderView,
)
from bff.core.places import address_from_place, installation_place
from tmf_models.tmf622 import ProductOrder, ProductOrderCreate

CUSTOMER_ROLE = "customer"
CONTACT_ROLE = "contact"


# The agreement a web order is placed under (TMF622 agreement ref); its text is versioned by the operator.
TERMS_AGREEMENT_ID = "terms-residential-2026"


class OrderRequest(Basket):
    contact: Contact
    quote_id: str | None = None
    characteristics: dict[str, str] = Field(
        default_factory=dict, description="Options chosen for the offer (see POST /api/v1/configurations)"
    )
    installation_slot: InstallationSlot | None = Field(None, description="Chosen engineer visit, if any")
    date_of_birth: date | None = Field(None, description="For the credit check (TMF632 birthDate)")
    consents: Consents | None = Field(
        None, description="What the customer agreed to; when given, the credit check and terms must be agreed"
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


def order_envelope(
    *, external_id: str, channel_id: str, customer: CustomerParties, description: str, ordered_at: datetime
) -> dict[str, Any]:
    """What every order the channel places carries: key, channel, the customer and the person."""
    return {
        "@type": "ProductOrder",
        "externalId": external_id,
        "category": "residential",
        "description": description,
        "requestedStartDate": ordered_at.isoformat(),
        "channel": [{"id": channel_id, "name": channel_id, "role": "salesChannel"}],
        "relatedParty": [
            {
                "id": customer.customer_id,
                "name": customer.name,
                "role": CUSTOMER_ROLE,
                "@referredType": "Customer",
            },
            {
                "id": customer.individual_id,
                "name": customer.name,
                "role": CONTACT_ROLE,
                "@referredType": "Individual",
            },
        ],
    }


def address_place(address: Address) -> dict[str, Any]:
    return {
        **installation_place(address.id),
        "@type": "GeographicAddress",
        "streetNr": address.house_number,
        "streetName": address.street,
        "city": address.city,
        "postcode": address.postcode,
    }


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
) -> ProductOrderCreate:
    product: dict[str, Any] = {"@type": "Product", "place": [address_place(address)]}
    if characteristics:
        product["productCharacteristic"] = [
            {"name": name, "valueType": "string", "value": value} for name, value in characteristics.items()
        ]
    items: list[dict[str, Any]] = [
        {
            "id": "1",
            "action": "add",
            "quantity": 1,
            "@type": "ProductOrderItem",
            "productOffering": {"id": offer.id, "name": offer.name},
            "product": product,
        }
    ]
    for index, add_on in enumerate(add_ons, start=2):
        items.append(
            {
                "id": str(index),
                "action": "add",
                "quantity": 1,
                "@type": "ProductOrderItem",
                "productOffering": {"id": add_on.id, "name": add_on.name},
                "productOrderItemRelationship": [{"id": "1", "relationshipType": "reliesOn"}],
            }
        )
    body = order_envelope(
        external_id=idempotency_key,
        channel_id=channel_id,
        customer=customer,
        description=f"{offer.name} for {address.label}",
        ordered_at=ordered_at,
    )
    body["notificationContact"] = request.contact.email
    body["productOrderItem"] = items
    if request.installation_slot:
        body["requestedStartDate"] = request.installation_slot.start.isoformat()
        body["requestedCompletionDate"] = request.installation_slot.end.isoformat()
    if request.consents:
        # What was agreed, when: kept on the order itself, where disputes about a sale are settled.
        agreed = ordered_at.isoformat()
        body["agreement"] = [{"id": TERMS_AGREEMENT_ID, "name": "Residential terms and conditions"}]
        body["note"] = [
            {"author": "customer", "date": agreed, "text": text, "@type": "Note"}
            for text, given in (
                ("Consent: credit check agreed", request.consents.credit_check),
                ("Consent: terms and conditions accepted", request.consents.terms),
                ("Consent: marketing " + ("agreed" if request.consents.marketing else "declined"), True),
            )
            if given
        ]
    if request.quote_id:
        body["quote"] = [{"id": request.quote_id, "@referredType": "Quote"}]
    return ProductOrderCreate.model_validate(body)


def _slot(body: dict[str, Any]) -> InstallationSlot | None:
    start, end = body.get("requestedStartDate"), body.get("requestedCompletionDate")
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


def _characteristics(item: dict[str, Any]) -> dict[str, str]:
    product = item.get("product") or {}
    return {
        str(entry["name"]): str(entry.get("value"))
        for entry in product.get("productCharacteristic") or []
        if entry.get("name") and entry.get("value") is not None
    }


def read_order(order: ProductOrder, contact: Contact | None = None) -> OrderView:
    body = order.model_dump(mode="json", by_alias=True, exclude_none=True)
    items = body.get("productOrderItem") or []
    main = next(
        (item for item in items if not item.get("productOrderItemRelationship")), items[0] if items else {}
    )
    places = (main.get("product") or {}).get("place") or []
    installation = next((place for place in places if place.get("role") == "installationAddress"), None)
    address = address_from_place(installation) if installation else None
    offering = main.get("productOffering") or {}
    return OrderView(
        installation_slot=_slot(body),
        expected_completion_date=order.expected_completion_date,
        milestones=[
            Milestone(
                id=str(milestone.get("id", "")),
                name=str(milestone.get("name", "")),
                status=str(milestone.get("status", "")),
                date=milestone.get("milestoneDate"),
                item_id=next(
                    (str(ref.get("productOrderItemId")) for ref in milestone.get("productOrderItem") or []),
                    None,
                ),
            )
            for milestone in body.get("productOrderMilestone") or []
            if isinstance(milestone, dict)
        ],
        error_messages=[
            OrderProblem(
                code=str(error.get("code", "")),
                reason=str(error.get("reason", "")),
                message=error.get("message"),
            )
            for error in body.get("productOrderErrorMessage") or []
            if isinstance(error, dict)
        ],
        id=body["id"],
        state=body.get("state") or "acknowledged",
        order_date=order.order_date,
        external_id=body.get("externalId"),
        offer_id=offering.get("id", ""),
        offer_name=offering.get("name") or offering.get("id", ""),
        add_on_ids=[(item.get("productOffering") or {}).get("id", "") for item in items if item is not main],
        address=address,
        contact=contact,
        items=[
            OrderItemView(
                id=item.get("id", ""),
                offer_id=(item.get("productOffering") or {}).get("id", ""),
                name=(item.get("productOffering") or {}).get("name") or "",
                state=item.get("state"),
                action=item.get("action") or "add",
                product_id=(item.get("product") or {}).get("id") if item.get("action") != "add" else None,
            )
            for item in items
        ],
        customer_id=_party(order, "Customer", (CUSTOMER_ROLE,)),
        characteristics=_characteristics(main),
    )


async def find_order_by_key(client: Tmf622Client, idempotency_key: str) -> ProductOrder | None:
    found = await client.find_product_orders(externalId=idempotency_key)
    return found[0] if found else None


async def place_order(
    *,
    orders: Tmf622Client,
    customers: Tmf629Client,
    parties: Tmf632Client,
    qualification: Tmf645Client,
    catalog: CatalogCache,
    request: OrderRequest,
    idempotency_key: str,
    channel_id: str,
    ready: Ready = no_wait,
    directory: CustomerDirectory | None = None,
    customer_claim: str | None = None,
) -> tuple[OrderView, bool]:
    """Place the order once; returns it and whether it was created now (False: an earlier try made it).

    With `directory` and `customer_claim` (a signed-in customer) the order is theirs; without, the customer
    is found or made by the contact's email. `ready` is awaited before the first write (exactly_once)."""
    signed_in = directory is not None and customer_claim is not None

    async def no_parties() -> KnownParties:
        return KnownParties(None, None)

    # Every read the order needs is independent of the others: run them side by side.
    qualified, current, existing, known = await asyncio.gather(
        qualify_address(qualification, address_id=request.address_id),
        catalog.get(),
        find_order_by_key(orders, idempotency_key),
        no_parties() if signed_in else find_parties(customers, parties, request.contact),
    )
    if existing is not None:
        found = read_order(existing, request.contact)
        if directory is not None and customer_claim is not None:
            (await directory.owner(customers, customer_claim)).check(found.customer_id)
        return found, False
    offer, add_ons = resolve(request, current)
    characteristics = check_configuration(current, request, request.characteristics)
    if offer not in offers_for(current, qualified.technologies):
        raise OfferNotAvailableHere()
    await ready()
    if directory is not None and customer_claim is not None:
        customer = await directory.ensure(
            customers, parties, customer_claim, request.contact, request.date_of_birth
        )
    else:
        customer = await ensure_customer(customers, parties, request.contact, known, request.date_of_birth)
    create = order_request(
        request,
        idempotency_key=idempotency_key,
        customer=customer,
        address=qualified.address,
        offer=offer,
        add_ons=add_ons,
        characteristics=characteristics,
        channel_id=channel_id,
        ordered_at=datetime.now().astimezone(),
    )
    order = await create_once(
        lambda: orders.create_product_order(create), lambda: find_order_by_key(orders, idempotency_key)
    )
    return read_order(order, request.contact), True


async def get_order(
    orders: Tmf622Client, parties: Tmf632Client, order_id: str, owner: Owner | None = None
) -> OrderView:
    """The order as a channel shows it; with `owner`, only if it is that customer's (else 403)."""
    try:
        order = await orders.get_product_order(order_id)
    except TmfNotFound:
        raise OrderNotFound() from None
    if owner is not None:
        owner.check(_party(order, "Customer", (CUSTOMER_ROLE,)))
    contact: Contact | None = None
    party_id = customer_party_id(order)
    if party_id:
        try:
            contact = read_contact(await parties.get_individual(party_id))
        except TmfNotFound:
            contact = None  # the order stands on its own; its contact is a nicety on this screen
    return read_order(order, contact)


async def orders_of(orders: Tmf622Client, customer_id: str | None) -> OrderList:
    """A customer's orders, newest first (TMF622 `productOrder?relatedParty.id=`); none before their first."""
    if customer_id is None:
        return OrderList(orders=[])
    found = await orders.find_product_orders(**{"relatedParty.id": customer_id})
    views = [
        read_order(order) for order in found if _party(order, "Customer", (CUSTOMER_ROLE,)) == customer_id
    ]
    views.sort(key=lambda view: view.order_date.timestamp() if view.order_date else 0.0, reverse=True)
    return OrderList(orders=views)
