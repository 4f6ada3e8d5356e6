"""Placing and reading broadband orders: TMF645 (re-qualify), TMF632 (the person), TMF622 (the order).

The Idempotency-Key becomes the order's externalId, so a retry whose first answer was lost finds the order
it already made instead of making a second one.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from pydantic import ValidationError

from bff.core.availability import offers_for, qualify_address
from bff.core.basket import Basket, resolve
from bff.core.catalog import CatalogCache
from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.clients.tmf645 import Tmf645Client
from bff.core.errors import OfferNotAvailableHere, OrderNotFound
from bff.core.models import AddOn, Address, Contact, Offer, OrderItemView, OrderView
from bff.core.places import address_from_place, installation_place
from tmf_models.tmf622 import ProductOrder, ProductOrderCreate
from tmf_models.tmf632 import Individual, IndividualCreate


class OrderRequest(Basket):
    contact: Contact
    quote_id: str | None = None


def individual_request(contact: Contact) -> IndividualCreate:
    return IndividualCreate.model_validate(
        {
            "@type": "Individual",
            "givenName": contact.given_name,
            "familyName": contact.family_name,
            "contactMedium": [
                {"mediumType": "email", "preferred": True, "characteristic": {"emailAddress": contact.email}},
                {"mediumType": "mobile", "characteristic": {"phoneNumber": contact.phone}},
            ],
        }
    )


def order_request(
    request: OrderRequest,
    *,
    idempotency_key: str,
    party_id: str,
    address: Address,
    offer: Offer,
    add_ons: list[AddOn],
    channel_id: str,
    ordered_at: datetime,
) -> ProductOrderCreate:
    place = {
        **installation_place(address.id),
        "@type": "GeographicAddress",
        "streetNr": address.house_number,
        "streetName": address.street,
        "city": address.city,
        "postcode": address.postcode,
    }
    items: list[dict[str, object]] = [
        {
            "id": "1",
            "action": "add",
            "quantity": 1,
            "@type": "ProductOrderItem",
            "productOffering": {"id": offer.id, "name": offer.name},
            "product": {"@type": "Product", "place": [place]},
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
    contact = request.contact
    body: dict[str, object] = {
        "@type": "ProductOrder",
        "externalId": idempotency_key,
        "category": "residential",
        "description": f"{offer.name} for {address.label}",
        "requestedStartDate": ordered_at.isoformat(),
        "notificationContact": contact.email,
        "channel": [{"id": channel_id, "name": channel_id, "role": "salesChannel"}],
        "relatedParty": [
            {
                "id": party_id,
                "name": f"{contact.given_name} {contact.family_name}",
                "role": "customer",
                "@referredType": "Individual",
            }
        ],
        "productOrderItem": items,
    }
    if request.quote_id:
        body["quote"] = [{"id": request.quote_id, "@referredType": "Quote"}]
    return ProductOrderCreate.model_validate(body)


def read_contact(individual: Individual) -> Contact | None:
    """Name, email and phone of a TMF632 individual, if it has them all."""
    body = individual.model_dump(mode="json", by_alias=True, exclude_none=True)
    media = [medium.get("characteristic") or {} for medium in body.get("contactMedium") or []]
    email = next((medium["emailAddress"] for medium in media if medium.get("emailAddress")), None)
    phone = next((medium["phoneNumber"] for medium in media if medium.get("phoneNumber")), None)
    if not (email and phone and body.get("givenName") and body.get("familyName")):
        return None
    try:
        return Contact(given_name=body["givenName"], family_name=body["familyName"], email=email, phone=phone)
    except ValidationError:
        return None  # details another channel stored in a shape we do not show


def customer_party_id(order: ProductOrder) -> str | None:
    for party in order.related_party or []:
        if party.role == "customer" and party.field_referred_type == "Individual":
            return party.id
    return None


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
            )
            for item in items
        ],
    )


async def find_order_by_key(client: Tmf622Client, idempotency_key: str) -> ProductOrder | None:
    found = await client.find_product_orders(externalId=idempotency_key)
    return found[0] if found else None


async def place_order(
    *,
    orders: Tmf622Client,
    parties: Tmf632Client,
    qualification: Tmf645Client,
    catalog: CatalogCache,
    request: OrderRequest,
    idempotency_key: str,
    channel_id: str,
) -> tuple[OrderView, bool]:
    """Place the order once; returns it and whether it was created now (False: an earlier try made it)."""
    # Independent reads first, side by side: re-qualify the address, the catalogue, an earlier try's order.
    qualified, current, existing = await asyncio.gather(
        qualify_address(qualification, address_id=request.address_id),
        catalog.get(),
        find_order_by_key(orders, idempotency_key),
    )
    if existing is not None:
        return read_order(existing, request.contact), False
    offer, add_ons = resolve(request, current)
    if offer not in offers_for(current, qualified.technologies):
        raise OfferNotAvailableHere()
    party = await parties.create_individual(individual_request(request.contact))
    order = await orders.create_product_order(
        order_request(
            request,
            idempotency_key=idempotency_key,
            party_id=party.id or "",
            address=qualified.address,
            offer=offer,
            add_ons=add_ons,
            channel_id=channel_id,
            ordered_at=datetime.now().astimezone(),
        )
    )
    return read_order(order, request.contact), True


async def get_order(orders: Tmf622Client, parties: Tmf632Client, order_id: str) -> OrderView:
    try:
        order = await orders.get_product_order(order_id)
    except TmfNotFound:
        raise OrderNotFound() from None
    contact: Contact | None = None
    party_id = customer_party_id(order)
    if party_id:
        try:
            contact = read_contact(await parties.get_individual(party_id))
        except TmfNotFound:
            contact = None  # the order stands on its own; its contact is a nicety on this screen
    return read_order(order, contact)
