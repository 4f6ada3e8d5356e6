"""Installation addresses as TMF places (RelatedPlaceRefOrValue with a GeographicAddress value)."""

from __future__ import annotations

from typing import Any

from bff.core.models import Address


def installation_place(address_id: str) -> dict[str, str]:
    """A reference to the installation address, for quote and order items."""
    return {"id": address_id, "role": "installationAddress", "@referredType": "GeographicAddress"}


def address_from_place(place: dict[str, Any]) -> Address | None:
    """The address a place carries by value, or None for a bare reference."""
    if not (place.get("id") and place.get("streetName")):
        return None
    return Address(
        id=place["id"],
        house_number=str(place.get("streetNr", "")),
        street=place["streetName"],
        city=place.get("city", ""),
        postcode=place.get("postcode", ""),
    )
