"""The products a customer has (TMF637), shaped for the "my broadband" screens: lines with their add-ons.

A line is a product of a broadband offer; an add-on (router, static IP) is a product that relies on a line
(`productRelationship` reliesOn, what the order manager records) and is listed under it, never as a line.
A product made before add-ons were related is still known as one by its offering (an add-on of the
catalogue, or an offering with no technology) and goes under the line its order made, if there is one.
Ended lines (`terminated`) stay in the list, after the active ones, with their `terminationDate`.

Speeds and technology come from the catalogue offer the product was sold as (read alongside the inventory);
a product whose offer is no longer on sale falls back to its own productCharacteristic values. Prices come
from the product's own `productPrice` (what the order agreed), never from today's catalogue. A running line
also shows its minimum term's end and what ending it today would cost (early_termination.py).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from bff.core.catalog import Catalog, CatalogCache
from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf637 import Tmf637Client
from bff.core.early_termination import early_termination_of, minimum_term_of
from bff.core.errors import ProductNotFound
from bff.core.filters import find_checked
from bff.core.models import ProductAddOnView, ProductList, ProductView
from bff.core.places import address_from_place
from tmf_models.tmf637 import Product


def _number(value: Any) -> int | None:
    try:
        return int(float(str(value)))
    except (TypeError, ValueError):
        return None


def customer_of(product: Product) -> str | None:
    for party in product.related_party or []:
        if (party.role or "").lower() == "customer":
            return party.id
    return None


def installation_place_of(product: Product) -> dict[str, Any] | None:
    body = product.model_dump(mode="json", by_alias=True, exclude_none=True)
    places = body.get("place") or []
    return next(
        (place for place in places if place.get("role") == "installationAddress"),
        places[0] if places else None,
    )


RELIES_ON = "reliesOn"
ENDED = "terminated"


def line_of(product: Product) -> str | None:
    """The id of the line an add-on relies on (productRelationship reliesOn), if it names one."""
    for relationship in product.product_relationship or []:
        if relationship.relationship_type == RELIES_ON and relationship.product.id:
            return relationship.product.id
    return None


def is_add_on(product: Product, catalog: Catalog | None = None) -> bool:
    """An add-on, not a line: it relies on a line, or (products made before that was recorded) it was sold
    as one of the catalogue's add-ons, or its offering is no broadband offer and it names no technology."""
    if line_of(product) is not None:
        return True
    offering_id = product.product_offering.id if product.product_offering else ""
    if catalog is None or offering_id in catalog.offers:
        return False
    if offering_id in catalog.add_ons:
        return True
    return "technology" not in _characteristics(product)


def _characteristics(product: Product) -> dict[str, str]:
    body = product.model_dump(mode="json", by_alias=True, exclude_none=True)
    return {
        str(entry["name"]): str(entry.get("value"))
        for entry in body.get("productCharacteristic") or []
        if entry.get("name") and entry.get("value") is not None
    }


def _amount(price: dict[str, Any]) -> Decimal | None:
    amount = ((price.get("price") or {}).get("taxIncludedAmount") or {}).get("value")
    try:
        return Decimal(str(amount)) if amount is not None else None
    except InvalidOperation:
        return None


def prices_of(product: Product) -> tuple[Decimal | None, Decimal | None, str | None]:
    """The product's monthly (recurring) and one-off prices and their currency, from `productPrice`."""
    body = product.model_dump(mode="json", by_alias=True, exclude_none=True)
    monthly = one_off = None
    currency = None
    for price in body.get("productPrice") or []:
        amount = _amount(price)
        if amount is None:
            continue
        currency = currency or ((price.get("price") or {}).get("taxIncludedAmount") or {}).get("unit")
        if price.get("priceType") == "recurring":
            monthly = (monthly or Decimal(0)) + amount
        elif price.get("priceType") in ("oneTime", "one-off", "oneOff"):
            one_off = (one_off or Decimal(0)) + amount
    return monthly, one_off, currency


def read_add_on(product: Product, catalog: Catalog) -> ProductAddOnView:
    offering = product.product_offering
    offering_id = offering.id if offering else ""
    add_on = catalog.add_ons.get(offering_id)
    monthly, one_off, currency = prices_of(product)
    return ProductAddOnView(
        id=product.id or "",
        name=(add_on.name if add_on else None) or product.name or (offering.name if offering else "") or "",
        status=product.status.value if product.status else None,
        offer_id=offering_id,
        monthly_price=monthly,
        one_off_price=one_off,
        currency=currency,
        start_date=product.start_date,
        termination_date=product.termination_date,
    )


def read_product(
    product: Product,
    catalog: Catalog,
    *,
    today: date | None = None,
    currency: str = "GBP",
    discount_percent: Decimal = Decimal(0),
) -> ProductView:
    """The line as shown; `today` the cease date its early-termination charge is computed for."""
    cease_on = today or datetime.now(UTC).date()
    found = early_termination_of(
        product, cease_on, currency=currency, discount_percent=discount_percent, catalog=catalog
    )
    term = found.term if found else minimum_term_of(product, catalog)
    body = product.model_dump(mode="json", by_alias=True, exclude_none=True)
    characteristics = _characteristics(product)
    offering = body.get("productOffering") or {}
    offer = catalog.offers.get(offering.get("id", ""))
    place = installation_place_of(product)
    monthly, _, unit = prices_of(product)
    return ProductView(
        id=body.get("id", ""),
        name=body.get("name") or offering.get("name") or "",
        status=body.get("status"),
        offer_id=offering.get("id", ""),
        offer_name=offer.name if offer else offering.get("name") or offering.get("id", ""),
        technology=offer.technology if offer else characteristics.get("technology"),
        download_mbps=offer.download_mbps if offer else _number(characteristics.get("downloadSpeed")),
        upload_mbps=offer.upload_mbps if offer else _number(characteristics.get("uploadSpeed")),
        monthly_price=monthly,
        currency=unit,
        start_date=product.start_date,
        termination_date=product.termination_date,
        minimum_term_months=term.months if term else None,
        contract_ends_on=term.ends_on if term else None,
        months_left=found.months_left if found else None,
        early_termination_charge=found.charge if found else None,
        address=address_from_place(place) if place else None,
        customer_id=customer_of(product),
        characteristics=characteristics,
    )


def _orders_of(product: Product) -> set[str]:
    return {ref.product_order_id for ref in product.product_order_item or [] if ref.product_order_id}


def lines_with_add_ons(
    products: list[Product],
    catalog: Catalog,
    *,
    today: date | None = None,
    currency: str = "GBP",
    discount_percent: Decimal = Decimal(0),
) -> ProductList:
    """Lines (active first, then ended), each with the add-ons that rely on it; an add-on that names no line
    goes under the line its order made, else into `add_ons`."""
    lines = [product for product in products if not is_add_on(product, catalog)]
    views = {
        line.id: read_product(
            line, catalog, today=today, currency=currency, discount_percent=discount_percent
        )
        for line in lines
        if line.id
    }
    unplaced = []
    for product in products:
        if not is_add_on(product, catalog):
            continue
        line_id = line_of(product) or next(
            (line.id for line in lines if line.id and _orders_of(line) & _orders_of(product)), None
        )
        if line_id in views:
            views[line_id].add_ons.append(read_add_on(product, catalog))
        else:
            unplaced.append(read_add_on(product, catalog))
    ordered = sorted(views.values(), key=lambda view: view.status == ENDED)  # stable: inventory order
    return ProductList(products=ordered, add_ons=unplaced)


async def products_of(
    inventory: Tmf637Client,
    catalog: CatalogCache,
    customer_id: str | None,
    *,
    currency: str = "GBP",
    discount_percent: Decimal = Decimal(0),
) -> ProductList:
    """The customer's lines and their add-ons; none for a customer not in TMF629 yet (`customer_id` None)."""
    if customer_id is None:
        return ProductList(products=[])
    products, current = await asyncio.gather(
        find_checked(inventory.api, inventory.find_products, {"relatedParty.id": customer_id}), catalog.get()
    )
    return lines_with_add_ons(products, current, currency=currency, discount_percent=discount_percent)


async def product_by_id(inventory: Tmf637Client, product_id: str) -> Product:
    try:
        return await inventory.get_product(product_id)
    except TmfNotFound:
        raise ProductNotFound() from None
