"""Placing and reading broadband orders: TMF645 (re-qualify), TMF632 (the person), TMF622 (the order).

The Idempotency-Key becomes the order's externalId, so a retry whose first answer was lost finds the order
it already made instead of making a second one.
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from bff.core.availability import offers_for, qualify_address
from bff.core.basket import Basket, installation_place, resolve
from bff.core.catalog import CatalogCache
from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.clients.tmf645 import Tmf645Client
from bff.core.errors import OfferNotAvailableHere, OrderNotFound
from bff.core.models import AddOn, Address, Contact, Offer, OrderItemView, OrderView
from tmf_models.tmf622 import ProductOrder, ProductOrderCreate
from tmf_models.tmf632 import IndividualCreate


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


def read_order(order: ProductOrder) -> OrderView:
    body = order.model_dump(mode="json", by_alias=True, exclude_none=True)
    items = body.get("productOrderItem") or []
    main = next(
        (item for item in items if not item.get("productOrderItemRelationship")), items[0] if items else {}
    )
    address: Address | None = None
    for place in (main.get("product") or {}).get("place") or []:
        if place.get("role") == "installationAddress" and place.get("streetName"):
            address = Address(
                id=place.get("id", ""),
                house_number=str(place.get("streetNr", "")),
                street=place["streetName"],
                city=place.get("city", ""),
                postcode=place.get("postcode", ""),
            )
    customer = next(
        (party for party in body.get("relatedParty") or [] if party.get("role") == "customer"), {}
    )
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
        customer_name=customer.get("name"),
        notification_email=body.get("notificationContact"),
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
        return read_order(existing), False
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
    return read_order(order), True


async def get_order(client: Tmf622Client, order_id: str) -> OrderView:
    try:
        return read_order(await client.get_product_order(order_id))
    except TmfNotFound:
        raise OrderNotFound() from None
