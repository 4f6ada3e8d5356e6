"""Finding an address as the customer types a postcode (TMF673), flats included.

The list is one TMF673 call, `GET geographicAddress?postcode=<normalised>` (see "TMF673 address search" in
docs/architecture.md); sub-addresses (flats) come embedded in each GeographicAddress as the spec allows.
One address read by id asks for its sub-addresses from their own resource, alongside the address.
"""

from __future__ import annotations

import asyncio
import re

from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf673 import Tmf673Client
from bff.core.errors import AddressNotFound
from bff.core.filters import find_checked
from bff.core.models import AddressList, AddressOption, SubAddress
from tmf_models.tmf673 import GeographicAddress, GeographicSubAddress

_HOUSE = re.compile(r"(\d+)(.*)")


def normalise_postcode(postcode: str) -> str:
    """UK postcodes in their printed form: upper case, one space before the three-character inward code."""
    compact = "".join(postcode.split()).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


def sub_address_label(sub: GeographicSubAddress) -> str:
    if sub.sub_unit_type or sub.sub_unit_number:
        return " ".join(
            part for part in ((sub.sub_unit_type or "").title(), sub.sub_unit_number or "") if part
        )
    return sub.name or sub.building_name or sub.id or ""


def read_address(address: GeographicAddress, subs: list[GeographicSubAddress] | None = None) -> AddressOption:
    flats = subs if subs is not None else address.geographic_sub_address or []
    return AddressOption(
        id=address.id or "",
        house_number=address.street_nr or "",
        street=" ".join(part for part in (address.street_name, address.street_type) if part),
        city=address.city or address.locality or "",
        postcode=address.postcode or "",
        sub_addresses=[SubAddress(id=sub.id or "", label=sub_address_label(sub)) for sub in flats if sub.id],
    )


def _house_order(option: AddressOption) -> tuple[int, str, str]:
    match = _HOUSE.match(option.house_number)
    return (
        (int(match.group(1)), match.group(2), option.street)
        if match
        else (10**9, option.house_number, option.street)
    )


async def addresses_at(client: Tmf673Client, postcode: str) -> AddressList:
    wanted = normalise_postcode(postcode)
    found = await find_checked(client.api, client.find_addresses, {"postcode": wanted})
    options = sorted((read_address(address) for address in found if address.id), key=_house_order)
    return AddressList(postcode=wanted, addresses=options)


async def address_by_id(client: Tmf673Client, address_id: str) -> AddressOption:
    try:
        address, subs = await asyncio.gather(
            client.get_address(address_id), client.list_sub_addresses(address_id)
        )
    except TmfNotFound:
        raise AddressNotFound() from None
    return read_address(address, subs)
