"""Changing a product the customer has, by TMF622 orders on the existing TMF637 product:

- modify (speed change): one item, action `modify`, `product.id` the existing product, `productOffering` the
  new tier; the new tier must be a broadband offer whose technology and speed are qualified at the product's
  installation address. The new tier's price is quoted (TMF648) and carried as the item's `itemPrice`, with
  a new minimum term (order_prices.py).
      [637 product ∥ catalogue ∥ 622 order by externalId] → 645 check at the product's address
      → 648 quote → 622 create
- cease: one item, action `delete`, `product.id` the existing product, `productOffering` its current offer,
  `product.place` its installation address (the order manager counts the product's own place anyway).
  Inside the minimum term the early-termination charge (early_termination.py) must be accepted, to the
  penny (`acceptCharge`), else 409 EARLY_TERMINATION_CHARGE says it: nobody is charged unseen. The item
  then carries it as a one-off `itemPrice` "Early termination charge", and the order its total.
      [637 product ∥ 622 order by externalId] → 622 create

Only an active line may be changed: an add-on (a product that relies on a line) changes or ends with it.

As for new orders, the Idempotency-Key is the externalId, so a lost answer never makes a second order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from pydantic import Field

from bff.core.availability import offers_for, qualify_address
from bff.core.catalog import Catalog, CatalogCache
from bff.core.clients.base import dump
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.clients.tmf637 import Tmf637Client
from bff.core.clients.tmf645 import Tmf645Client
from bff.core.clients.tmf648 import Tmf648Client
from bff.core.customers import CustomerParties, Owner
from bff.core.early_termination import charge_price, check_accepted, early_termination_of
from bff.core.errors import ChannelError, OfferNotAvailableHere, ProductCannotBeChanged
from bff.core.exactly_once import Ready, create_once, no_wait
from bff.core.filters import find_checked
from bff.core.idempotency import IdempotencyKeyReused
from bff.core.inventory import customer_of, installation_place_of, is_add_on, product_by_id
from bff.core.models import ChannelModel, Money, MultilineText, OrderView
from bff.core.order_prices import check_priced, order_total_price, price_order, pricing_quote
from bff.core.ordering import find_order_by_key, order_create, read_order
from tmf_models.tmf622 import (
    OrderItemActionType,
    ProductOfferingRef,
    ProductOrder,
    ProductOrderCreate,
    ProductOrderItem,
    ProductRefOrValue,
    RelatedPlaceRefOrValue,
)
from tmf_models.tmf637 import Product
from tmf_models.tmf648 import QuoteCreate

CHANGEABLE = {"active"}
# TMF622 states of an order still to be carried out (or decided): a second change would race it.
OPEN_ORDER_STATES = {"acknowledged", "inProgress", "held", "pending", "assessingCancellation"}


class ChangeInProgress(ChannelError):
    status = 409
    code = "CHANGE_IN_PROGRESS"
    message = "A change to this line is already in progress. Wait until it is done, then try again."


ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,100}$"


class ModifyRequest(ChannelModel):
    offer_id: str = Field(pattern=ID_PATTERN, description="The broadband offer (speed tier) to change to")


class AcceptedCharge(ChannelModel):
    """The early-termination charge the customer was shown and accepts."""

    value: Money = Field(ge=0, max_digits=9, decimal_places=2)
    unit: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 currency, e.g. GBP")


class CeaseRequest(ChannelModel):
    reason: MultilineText | None = Field(None, max_length=500)
    accept_charge: AcceptedCharge | None = Field(
        None, description="Inside the minimum term: the early-termination charge shown (GET /products)"
    )


def _parties_of(product: Product) -> CustomerParties:
    customer_id = customer_of(product) or ""
    individual = next(
        (party.id for party in product.related_party or [] if party.field_referred_type == "Individual"), ""
    )
    return CustomerParties(customer_id, individual or "", product.name or "")


def _order(
    product: Product, key: str, channel_id: str, description: str, item: ProductOrderItem
) -> ProductOrderCreate:
    """The order of one item on the product, for the parties the product names."""
    return order_create(
        items=[item],
        external_id=key,
        channel_id=channel_id,
        customer=_parties_of(product),
        description=description,
        ordered_at=datetime.now().astimezone(),
    )


def _found(existing: ProductOrder, owner: Owner | None, product_id: str) -> OrderView:
    """The order an earlier try made with this key, if it is the caller's and about this product; a key of
    another customer's (or another product's) order is refused as reused, saying nothing about that order."""
    order = read_order(existing)
    if owner is not None and not owner.owns(order.customer_id):
        raise IdempotencyKeyReused()
    if all(item.product_id != product_id for item in order.items):
        raise IdempotencyKeyReused()
    return order


async def _check_no_change_in_flight(orders: Tmf622Client, product_id: str) -> None:
    """One change of a line at a time: a modify or cease order of the product still open refuses another
    (run under the product's lock, so two at once cannot both pass)."""
    found = await find_checked(
        orders.api, orders.find_product_orders, {"productOrderItem.product.id": product_id}
    )
    for order in found:
        state = order.state.value if order.state else "acknowledged"
        changes = any(
            item.product and item.product.id == product_id and item.action != OrderItemActionType.add
            for item in order.product_order_item
        )
        if changes and state in OPEN_ORDER_STATES:
            raise ChangeInProgress()


def _check_changeable(product: Product, catalog: Catalog | None = None) -> None:
    """An active line: an add-on (router, static IP) is changed or ended only with its line."""
    if is_add_on(product, catalog):
        raise ProductCannotBeChanged("This is an add-on of your line: it changes or ends with the line.")
    status = product.status.value if product.status else None
    if status not in CHANGEABLE:
        raise ProductCannotBeChanged(f"This product is {status or 'not active'} and cannot be changed now.")


async def modify_product(
    *,
    orders: Tmf622Client,
    inventory: Tmf637Client,
    qualification: Tmf645Client,
    quotes: Tmf648Client,
    currency: str,
    catalog: CatalogCache,
    product_id: str,
    request: ModifyRequest,
    idempotency_key: str,
    channel_id: str,
    ready: Ready = no_wait,
    owner: Owner | None = None,
    on_behalf: Callable[[dict[str, Any]], None] | None = None,
) -> tuple[OrderView, bool]:
    """With `owner`, only that customer's product may be changed (else 403); `on_behalf` writes who
    changed it where (a store's channel, its agent, a note) into the order body."""
    product, current, existing = await asyncio.gather(
        product_by_id(inventory, product_id), catalog.get(), find_order_by_key(orders, idempotency_key)
    )
    if owner is not None:
        owner.check(customer_of(product))
    if existing is not None:
        return _found(existing, owner, product_id), False
    _check_changeable(product, current)
    await _check_no_change_in_flight(orders, product_id)
    offer = current.offer(request.offer_id)
    if product.product_offering and product.product_offering.id == offer.id:
        raise ProductCannotBeChanged("You already have this speed.")
    place = installation_place_of(product)
    if place and place.get("id"):
        qualified = await qualify_address(qualification, address_id=place["id"])
        if offer not in offers_for(current, qualified.technologies):
            raise OfferNotAvailableHere()
    item = ProductOrderItem(
        id="1",
        action=OrderItemActionType.modify,
        quantity=1,
        field_type="ProductOrderItem",
        product_offering=ProductOfferingRef(id=offer.id, name=offer.name),
        product=ProductRefOrValue(
            id=product_id,
            field_type="Product",
            place=[RelatedPlaceRefOrValue.model_validate(place)] if place else None,
        ),
    )
    create = _order(product, idempotency_key, channel_id, f"Change to {offer.name}", item)
    quoted = {"id": "1", "action": "modify", "quantity": 1, "@type": "QuoteItem"}
    priced_by = QuoteCreate.model_validate(
        {
            "@type": "Quote",
            "category": "residential",
            "instantSyncQuote": True,
            "quoteItem": [{**quoted, "productOffering": {"id": offer.id, "name": offer.name}}],
        }
    )
    await ready()
    quote = await pricing_quote(quotes, None, priced_by)
    term = offer.contract_months
    body = price_order(dump(create), quote, currency=currency, contract_months=term)
    if on_behalf is not None:
        on_behalf(body)
    create = ProductOrderCreate.model_validate(body)
    order = await create_once(
        lambda: orders.create_product_order(create),
        lambda: find_order_by_key(orders, idempotency_key),
    )
    await check_priced(order, quotes, priced_by, currency=currency, contract_months=term)
    return read_order(order), True


async def cease_product(
    *,
    orders: Tmf622Client,
    inventory: Tmf637Client,
    product_id: str,
    request: CeaseRequest,
    catalog: CatalogCache | None = None,
    idempotency_key: str,
    channel_id: str,
    ready: Ready = no_wait,
    owner: Owner | None = None,
    currency: str = "GBP",
    discount_percent: Decimal = Decimal(0),
    today: date | None = None,
    on_behalf: Callable[[dict[str, Any]], None] | None = None,
) -> tuple[OrderView, bool]:
    """With `owner`, only that customer's product may be ended (else 403). With `catalog`, an add-on made
    before add-ons were related to their line is known as one by its offering, and a line recorded without
    a productTerm has the offer's minimum term. `today`: the cease date (tests). `on_behalf`: as for
    modify_product."""
    product, existing = await asyncio.gather(
        product_by_id(inventory, product_id), find_order_by_key(orders, idempotency_key)
    )
    if owner is not None:
        owner.check(customer_of(product))
    if existing is not None:
        return _found(existing, owner, product_id), False
    current_catalog = await catalog.get() if catalog else None
    _check_changeable(product, current_catalog)
    await _check_no_change_in_flight(orders, product_id)
    cease_on = today or datetime.now(UTC).date()
    charge = early_termination_of(
        product, cease_on, currency=currency, discount_percent=discount_percent, catalog=current_catalog
    )
    accepted = request.accept_charge
    check_accepted(charge, accepted.value if accepted else None, accepted.unit if accepted else None)
    current = product.product_offering
    place = installation_place_of(product)
    item = ProductOrderItem(
        id="1",
        action=OrderItemActionType.delete,
        quantity=1,
        field_type="ProductOrderItem",
        product=ProductRefOrValue(
            id=product_id,
            field_type="Product",
            place=[RelatedPlaceRefOrValue.model_validate(place)] if place else None,
        ),
        product_offering=ProductOfferingRef(id=current.id, name=current.name) if current else None,
    )
    description = request.reason or "Cease requested by the customer"
    body = dump(_order(product, idempotency_key, channel_id, description, item))
    if charge is not None and charge.charge > 0:
        body["productOrderItem"][0]["itemPrice"] = [charge_price(charge)]
        body["orderTotalPrice"] = order_total_price(body["productOrderItem"], charge.currency)
    if on_behalf is not None:
        on_behalf(body)
    create = ProductOrderCreate.model_validate(body)
    await ready()
    order = await create_once(
        lambda: orders.create_product_order(create),
        lambda: find_order_by_key(orders, idempotency_key),
    )
    return read_order(order), True
