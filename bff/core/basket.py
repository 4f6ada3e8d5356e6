"""A basket: one broadband offer and its add-ons, at an installation address."""

from __future__ import annotations

from pydantic import Field

from bff.core.catalog import Catalog
from bff.core.models import AddOn, ChannelModel, Offer

ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,100}$"


class Basket(ChannelModel):
    address_id: str = Field(pattern=ID_PATTERN)
    offer_id: str = Field(pattern=ID_PATTERN)
    add_on_ids: list[str] = Field(default_factory=list, max_length=20)


def resolve(basket: Basket, catalog: Catalog) -> tuple[Offer, list[AddOn]]:
    """The basket's offer and add-ons from the catalogue (OfferNotFound / AddOnNotFound if gone)."""
    offer = catalog.offer(basket.offer_id)
    add_ons = [catalog.add_on(add_on_id) for add_on_id in dict.fromkeys(basket.add_on_ids)]
    return offer, add_ons
