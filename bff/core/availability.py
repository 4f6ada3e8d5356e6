"""Address qualification (TMF645) and the offers that can be sold at a qualified address.

The installation address goes to TMF645 as a GeographicAddress value in the item's service.place, either by
postcode and house number or by the address id a previous qualification returned. See docs/architecture.md.

The answer is read as either major version of TMF645 writes it, so no setting can be wrong: an item's result
is `qualificationResult` in v4 (TMF645 v4.0.0 `CheckServiceQualificationItem`) and `qualificationItemResult`
in v5 (as in the v5 qualification APIs, e.g. TMF679 v5.0.0); no version uses the other's name on an item, so
whichever the item carries is its result. A related place carries the address inline in v4 and under
`place` in v5 (`RelatedPlaceRefOrValue`).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from cachetools import TTLCache

from bff.config import CatalogueProfile
from bff.core.catalog import Catalog, CatalogCache
from bff.core.clients.tmf645 import Tmf645Client
from bff.core.clients.tmf679 import Tmf679Client
from bff.core.errors import AddressNotFound, FlatNumberNeeded
from bff.core.models import Address, Availability, Offer, Technology, UnavailableOffer
from bff.core.offer_qualification import qualify_offers
from bff.core.places import address_from_place
from tmf_models.tmf645 import CheckServiceQualification, CheckServiceQualificationCreate

ADDRESS_NOT_FOUND = "ADDRESS_NOT_FOUND"


@dataclass(frozen=True)
class Qualification:
    address: Address
    technologies: list[Technology]
    # The ids of the flats (TMF673 geographicSubAddress) the answered place carries: all of a block's flats
    # when the building itself was asked for, the one flat when a flat was; none for a house.
    flat_ids: tuple[str, ...] = ()

    def require_flat(self, address_id: str) -> None:
        """FlatNumberNeeded when the address asked for is a block of flats rather than one of its flats."""
        if self.flat_ids and address_id not in self.flat_ids:
            raise FlatNumberNeeded()


def qualification_request(
    *, postcode: str | None = None, house_number: str | None = None, address_id: str | None = None
) -> CheckServiceQualificationCreate:
    place: dict[str, object] = {"@type": "GeographicAddress", "role": "installationAddress"}
    if address_id:
        place["id"] = address_id
    else:
        place["postcode"] = postcode
        place["streetNr"] = house_number
    return CheckServiceQualificationCreate.model_validate(
        {
            "instantSyncQualification": True,
            "provideUnavailabilityReason": True,
            "@type": "CheckServiceQualification",
            "serviceQualificationItem": [
                {"id": "1", "@type": "ServiceQualificationItem", "service": {"place": [place]}}
            ],
        }
    )


# An item's result by the name each TMF645 version gives it; the v5 name first (our mocks write both).
ITEM_RESULT_FIELDS = ("qualificationItemResult", "qualificationResult")


def item_result(item: dict[str, Any]) -> str | None:
    """qualified / alternate / unqualified, from whichever version's field the item carries."""
    return next((str(item[name]) for name in ITEM_RESULT_FIELDS if item.get(name) is not None), None)


def _place_value(related: dict[str, Any]) -> dict[str, Any]:
    """The place a RelatedPlaceRefOrValue carries: inline (v4) or nested under `place` (v5)."""
    nested = related.get("place")
    return nested if isinstance(nested, dict) else related


def _value(characteristics: list[dict[str, object]], name: str) -> object | None:
    return next((item.get("value") for item in characteristics if item.get("name") == name), None)


def read_qualification(
    result: CheckServiceQualification, profile: CatalogueProfile | None = None
) -> Qualification:
    """The address TMF645 resolved and the technologies qualified there (characteristics named as the
    profile says); AddressNotFound if none."""
    profile = profile or CatalogueProfile()
    body = result.model_dump(mode="json", by_alias=True, exclude_none=True)
    items = body.get("serviceQualificationItem") or []
    address: Address | None = None
    technologies: list[Technology] = []
    flat_ids: set[str] = set()
    for item in items:
        reasons = item.get("eligibilityUnavailabilityReason") or []
        if any(reason.get("code") == ADDRESS_NOT_FOUND for reason in reasons):
            raise AddressNotFound()
        service = item.get("service") or {}
        for place in service.get("place") or []:
            value = _place_value(place)
            address = address or address_from_place(value)
            flats = value.get("geographicSubAddress") or []
            flat_ids.update(str(sub["id"]) for sub in flats if sub.get("id"))
        if item_result(item) != "qualified":
            continue
        characteristics = service.get("serviceCharacteristic") or []
        technology = _value(characteristics, profile.qualified_technology_characteristic)
        if technology:
            down = _value(characteristics, profile.qualified_download_characteristic) or 0
            up = _value(characteristics, profile.qualified_upload_characteristic) or 0
            technologies.append(
                Technology(
                    technology=str(technology),
                    max_download_mbps=int(float(str(down))),
                    max_upload_mbps=int(float(str(up))),
                    # Absent (the spec's answer): not offered, an engineer visit is booked.
                    self_install=_value(characteristics, profile.self_installable_characteristic) is True,
                )
            )
    if address is None:
        raise AddressNotFound()
    technologies.sort(key=lambda tech: tech.max_download_mbps, reverse=True)
    return Qualification(address=address, technologies=technologies, flat_ids=tuple(sorted(flat_ids)))


def offers_for(catalog: Catalog, technologies: list[Technology]) -> list[Offer]:
    """Offers whose technology is qualified here at a speed the line can carry."""
    best = {tech.technology: tech.max_download_mbps for tech in technologies}
    return [
        offer
        for offer in catalog.offers.values()
        if offer.technology in best and offer.download_mbps <= best[offer.technology]
    ]


async def qualify_address(
    client: Tmf645Client,
    *,
    postcode: str | None = None,
    house_number: str | None = None,
    address_id: str | None = None,
) -> Qualification:
    request = qualification_request(postcode=postcode, house_number=house_number, address_id=address_id)
    return read_qualification(await client.check_service_qualification(request), client.profile)


class QualificationCache:
    """Recent qualifications by address, for the availability check only (orders always qualify afresh).

    A customer checks an address, goes back, changes plan, checks again: what the network can deliver at
    an address changes over weeks, so a minute's reuse saves a TMF645 round trip per repeat. A failed or
    unknown address is never kept. `ttl_seconds` 0 turns the cache off.
    """

    def __init__(self, ttl_seconds: float, max_addresses: int = 10_000) -> None:
        self._entries: TTLCache[tuple[str, str], Qualification] | None = (
            TTLCache(maxsize=max_addresses, ttl=ttl_seconds) if ttl_seconds > 0 else None
        )

    @staticmethod
    def key(postcode: str, house_number: str) -> tuple[str, str]:
        return "".join(postcode.split()).upper(), " ".join(house_number.split()).lower()

    async def qualify(self, client: Tmf645Client, *, postcode: str, house_number: str) -> Qualification:
        key = self.key(postcode, house_number)
        if self._entries is not None and (known := self._entries.get(key)) is not None:
            return known
        qualification = await qualify_address(client, postcode=postcode, house_number=house_number)
        if self._entries is not None:
            self._entries[key] = qualification
        return qualification


async def availability_at(
    client: Tmf645Client,
    catalog: CatalogCache,
    *,
    postcode: str,
    house_number: str,
    qualifications: QualificationCache | None = None,
    offer_qualification: Tmf679Client | None = None,
    customer_id: str | None = None,
) -> Availability:
    """What the line at the address carries and the offers on sale there; with `offer_qualification`
    (TMF679, when configured) only those it qualifies for the customer (None: anyone), the others listed
    with their reasons."""
    cache = qualifications or QualificationCache(ttl_seconds=0)
    # Qualification and the catalogue read do not depend on each other: run them side by side.
    qualification, current = await asyncio.gather(
        cache.qualify(client, postcode=postcode, house_number=house_number), catalog.get()
    )
    offers = offers_for(current, qualification.technologies)
    unavailable: list[UnavailableOffer] = []
    if offer_qualification is not None:
        offers, unavailable = await qualify_offers(
            offer_qualification, qualification.address, offers, customer_id
        )
    return Availability(
        address=qualification.address,
        serviceable=bool(offers),
        technologies=qualification.technologies,
        offers=offers,
        unavailable=unavailable,
    )
