"""The sellable catalogue, read from TMF620 and shaped into offers and add-ons, cached with a TTL.

An offering is a broadband offer when its product specification carries a `technology` characteristic
(with `downloadSpeed`/`uploadSpeed`); any other sellable offering is an add-on. Prices come from the
offering's productOfferingPrice references: `recurring` (monthly), `oneTime`, and `discount` (a promotion:
`percentage` off the monthly price for `recurringChargePeriodLength` months). See docs/architecture.md.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from bff.config import CatalogueProfile
from bff.core.clients.tmf620 import Tmf620Client
from bff.core.errors import AddOnNotFound, OfferNotFound
from bff.core.models import AddOn, Offer, Promotion
from tmf_models.tmf620 import ProductOffering, ProductOfferingPrice, ProductSpecification

CENTS = Decimal("0.01")


@dataclass(frozen=True)
class Catalog:
    offers: dict[str, Offer]
    add_ons: dict[str, AddOn]
    # Each sellable offering as TMF620 JSON, for the configuration rules (see configuration.py).
    offerings: dict[str, dict[str, Any]] = field(default_factory=dict)

    def offering(self, offering_id: str) -> dict[str, Any]:
        return self.offerings.get(offering_id, {})

    def offer(self, offer_id: str) -> Offer:
        try:
            return self.offers[offer_id]
        except KeyError:
            raise OfferNotFound() from None

    def add_on(self, add_on_id: str) -> AddOn:
        try:
            return self.add_ons[add_on_id]
        except KeyError:
            raise AddOnNotFound() from None


def _characteristics(spec: ProductSpecification) -> dict[str, object]:
    """Each characteristic's default value (or its only value) by name."""
    body = spec.model_dump(mode="json", by_alias=True, exclude_none=True)
    values: dict[str, object] = {}
    for characteristic in body.get("productSpecCharacteristic") or []:
        candidates = characteristic.get("productSpecCharacteristicValue") or []
        chosen = next((value for value in candidates if value.get("isDefault")), None)
        chosen = chosen or (candidates[0] if candidates else {})
        if characteristic.get("name") and chosen.get("value") is not None:
            values[characteristic["name"]] = chosen["value"]
    return values


def _amount(pop: ProductOfferingPrice) -> Decimal:
    if pop.price is None or pop.price.value is None:
        return Decimal(0)
    return Decimal(str(pop.price.value)).quantize(CENTS)


@dataclass
class _Prices:
    monthly: Decimal
    one_off: Decimal
    currency: str | None
    discount: ProductOfferingPrice | None


def _lower(values: tuple[str, ...]) -> set[str]:
    return {value.lower() for value in values}


def _prices(
    offering: ProductOffering, pops: dict[str, ProductOfferingPrice], profile: CatalogueProfile
) -> _Prices:
    prices = _Prices(Decimal(0), Decimal(0), None, None)
    for ref in offering.product_offering_price or []:
        pop = pops.get(ref.id or "")
        if pop is None:
            continue
        kind = (pop.price_type or "").lower()
        if kind in _lower(profile.recurring_price_types):
            prices.monthly += _amount(pop)
        elif kind in _lower(profile.one_off_price_types):
            prices.one_off += _amount(pop)
        elif kind in _lower(profile.discount_price_types):
            prices.discount = pop
            continue
        else:
            continue
        if pop.price is not None and pop.price.unit:
            prices.currency = pop.price.unit
    return prices


def _promotion(discount: ProductOfferingPrice | None, monthly: Decimal) -> Promotion | None:
    if discount is None or not discount.percentage:
        return None
    percentage = Decimal(str(discount.percentage))
    return Promotion(
        name=discount.name or "Promotion",
        description=discount.description or "",
        percentage=percentage,
        months=discount.recurring_charge_period_length or 0,
        monthly_price=(monthly * (100 - percentage) / 100).quantize(CENTS),
    )


def _contract_months(offering: ProductOffering, unit: str) -> int | None:
    for term in offering.product_offering_term or []:
        duration = term.duration
        if duration and duration.amount and (duration.units or "").lower().startswith(unit.lower()):
            return int(duration.amount)
    return None


def build_catalog(
    offerings: list[ProductOffering],
    pops: list[ProductOfferingPrice],
    specs: list[ProductSpecification],
    currency: str,
    profile: CatalogueProfile | None = None,
) -> Catalog:
    """The offers (offerings with a technology) and add-ons on sale in `currency`, read by the profile."""
    profile = profile or CatalogueProfile()
    sellable = _lower(profile.sellable_statuses)
    pops_by_id = {pop.id: pop for pop in pops if pop.id}
    specs_by_id = {spec.id: spec for spec in specs if spec.id}
    offers: dict[str, Offer] = {}
    add_ons: dict[str, AddOn] = {}
    raw: dict[str, dict[str, Any]] = {}
    for offering in offerings:
        if not offering.id or offering.is_sellable is False:
            continue
        # No lifecycleStatus at all (it is optional in v4) reads as on sale.
        if offering.lifecycle_status is not None and offering.lifecycle_status.lower() not in sellable:
            continue
        spec = specs_by_id.get(offering.product_specification.id) if offering.product_specification else None
        traits = _characteristics(spec) if spec else {}
        prices = _prices(offering, pops_by_id, profile)
        if prices.currency not in (None, currency):
            continue  # sold in another currency: not for this channel
        raw[offering.id] = offering.model_dump(mode="json", by_alias=True, exclude_none=True)
        if profile.technology_characteristic in traits:
            offers[offering.id] = Offer(
                id=offering.id,
                name=offering.name or offering.id,
                description=offering.description or "",
                technology=str(traits[profile.technology_characteristic]),
                download_mbps=int(float(str(traits.get(profile.download_characteristic, 0)))),
                upload_mbps=int(float(str(traits.get(profile.upload_characteristic, 0)))),
                monthly_price=prices.monthly,
                one_off_price=prices.one_off,
                currency=currency,
                contract_months=_contract_months(offering, profile.contract_term_unit),
                promotion=_promotion(prices.discount, prices.monthly),
            )
        else:
            add_ons[offering.id] = AddOn(
                id=offering.id,
                name=offering.name or offering.id,
                description=offering.description or "",
                monthly_price=prices.monthly,
                one_off_price=prices.one_off,
                currency=currency,
            )
    ordered = dict(sorted(offers.items(), key=lambda item: (item[1].monthly_price, item[1].download_mbps)))
    return Catalog(offers=ordered, add_ons=add_ons, offerings=raw)


class CatalogCache:
    """Reads the catalogue from TMF620 at most once per TTL; concurrent readers share one refresh."""

    def __init__(
        self, client: Tmf620Client, ttl_seconds: float, currency: str, profile: CatalogueProfile | None = None
    ) -> None:
        self._client = client
        self._ttl = ttl_seconds
        self._currency = currency
        self._profile = profile or CatalogueProfile()
        self._catalog: Catalog | None = None
        self._loaded_at = 0.0
        self._lock = asyncio.Lock()

    def _fresh(self) -> Catalog | None:
        """The catalogue read last, while it is younger than the TTL."""
        if self._catalog is not None and time.monotonic() - self._loaded_at < self._ttl:
            return self._catalog
        return None

    async def get(self) -> Catalog:
        if (catalog := self._fresh()) is not None:
            return catalog
        async with self._lock:
            if (catalog := self._fresh()) is None:
                # The three collections are independent: read them concurrently.
                offerings, pops, specs = await asyncio.gather(
                    self._client.list_product_offerings(),
                    self._client.list_product_offering_prices(),
                    self._client.list_product_specifications(),
                )
                catalog = build_catalog(offerings, pops, specs, self._currency, self._profile)
                self._catalog = catalog
                self._loaded_at = time.monotonic()
        return catalog

    def invalidate(self) -> None:
        self._catalog = None
