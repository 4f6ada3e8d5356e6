"""The products a customer has (TMF637), shaped for the "my broadband" screens.

Speeds and technology come from the catalogue offer the product was sold as (read alongside the inventory);
a product whose offer is no longer on sale falls back to its own productCharacteristic values.
"""

from __future__ import annotations

import asyncio
from typing import Any

from bff.core.catalog import Catalog, CatalogCache
from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf637 import Tmf637Client
from bff.core.errors import ProductNotFound
from bff.core.filters import find_checked
from bff.core.models import ProductList, ProductView
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


def read_product(product: Product, catalog: Catalog) -> ProductView:
    body = product.model_dump(mode="json", by_alias=True, exclude_none=True)
    characteristics = {
        str(entry["name"]): str(entry.get("value"))
        for entry in body.get("productCharacteristic") or []
        if entry.get("name") and entry.get("value") is not None
    }
    offering = body.get("productOffering") or {}
    offer = catalog.offers.get(offering.get("id", ""))
    place = installation_place_of(product)
    return ProductView(
        id=body.get("id", ""),
        name=body.get("name") or offering.get("name") or "",
        status=body.get("status"),
        offer_id=offering.get("id", ""),
        offer_name=offer.name if offer else offering.get("name") or offering.get("id", ""),
        technology=offer.technology if offer else characteristics.get("technology"),
        download_mbps=offer.download_mbps if offer else _number(characteristics.get("downloadSpeed")),
        upload_mbps=offer.upload_mbps if offer else _number(characteristics.get("uploadSpeed")),
        start_date=product.start_date,
        address=address_from_place(place) if place else None,
        customer_id=customer_of(product),
        characteristics=characteristics,
    )


async def products_of(inventory: Tmf637Client, catalog: CatalogCache, customer_id: str | None) -> ProductList:
    """The customer's products; none for a customer not in TMF629 yet (`customer_id` None)."""
    if customer_id is None:
        return ProductList(products=[])
    products, current = await asyncio.gather(
        find_checked(inventory.api, inventory.find_products, {"relatedParty.id": customer_id}), catalog.get()
    )
    return ProductList(products=[read_product(product, current) for product in products])


async def product_by_id(inventory: Tmf637Client, product_id: str) -> Product:
    try:
        return await inventory.get_product(product_id)
    except TmfNotFound:
        raise ProductNotFound() from None
