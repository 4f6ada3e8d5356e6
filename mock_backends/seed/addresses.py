"""The seed address base: UK-style addresses (TMF673 geographicAddress) and what each can get.

Generated deterministically from a few streets; every house on a street shares its postcode and its
serviceability profile. Ids read as `addr-<postcode>-<house number>`, e.g. `addr-sw1a2aa-10`.

Some buildings are blocks of flats: their address carries `geographicSubAddress` (TMF673), one per flat,
with ids `<address id>-flat-<n>` (e.g. `addr-rg13dw-1-flat-4`). A flat can get what its building can get.
"""

from dataclasses import dataclass

from mock_backends.tmf645.models import (
    GEOGRAPHIC_ADDRESS,
    GEOGRAPHIC_ADDRESS_PATH,
    AvailableTechnology,
    Serviceability,
    Technology,
)

Document = dict[str, object]


def _tech(technology: Technology, down: int, up: int, line_live: bool = False) -> AvailableTechnology:
    return AvailableTechnology(
        technology=technology, maxDownloadSpeed=down, maxUploadSpeed=up, selfInstallable=line_live
    )


# Serviceability profiles (docs/architecture.md: an offering is available when its technology is
# qualified and its downloadSpeed is at most that technology's maxDownloadSpeed).
FULL_FIBRE_1000 = (_tech("FTTP", 1000, 220), _tech("FTTC", 80, 20))
FULL_FIBRE_900_AND_5G = (_tech("FTTP", 900, 110), _tech("FTTC", 80, 20), _tech("FWA", 300, 50))
NEW_BUILD_FIBRE = (_tech("FTTP", 1000, 220),)
# Working full fibre and copper lines left live by the previous occupants: set up without an engineer.
LINES_LIVE = (_tech("FTTP", 1000, 220, line_live=True), _tech("FTTC", 80, 20, line_live=True))
FTTC_ONLY = (_tech("FTTC", 80, 20),)
ADSL_ONLY = (_tech("ADSL", 18, 1),)
ADSL_PLUS_ONLY = (_tech("ADSL", 24, 1),)
FWA_5G_ONLY = (_tech("FWA", 300, 50),)
FWA_4G_ONLY = (_tech("FWA", 100, 20),)
NOTHING: tuple[AvailableTechnology, ...] = ()


@dataclass(frozen=True)
class Street:
    street_name: str
    city: str
    postcode: str
    house_numbers: tuple[str, ...]
    technologies: tuple[AvailableTechnology, ...]
    # For blocks of flats: the building's name per house number, and how many flats each has.
    buildings: tuple[str, ...] = ()
    flats: int = 0


def _numbers(first: int, last: int, step: int = 1) -> tuple[str, ...]:
    return tuple(str(number) for number in range(first, last + 1, step))


STREETS = (
    Street("Downing Street", "London", "SW1A 2AA", ("10", "11", "12"), FULL_FIBRE_900_AND_5G),
    Street("Orchard Close", "Reading", "RG1 4AB", _numbers(1, 12), FULL_FIBRE_1000),
    Street("Victoria Road", "Leeds", "LS6 2AB", _numbers(2, 16, 2), FULL_FIBRE_1000),
    Street("Kingfisher Way", "Milton Keynes", "MK10 7HF", _numbers(1, 8), NEW_BUILD_FIBRE),
    # Lines still working from the previous occupants: the customer may set broadband up themselves.
    Street("Royal Park Terrace", "Leeds", "LS6 1RT", _numbers(1, 6), LINES_LIVE),
    Street("Cromwell Road", "Bristol", "BS7 8NU", _numbers(1, 8), FTTC_ONLY),
    Street("Unthank Road", "Norwich", "NR2 3DJ", _numbers(20, 27), FTTC_ONLY),
    Street("Fell View", "Hexham", "NE46 4BS", _numbers(1, 8), ADSL_ONLY),
    Street("Cefnllys Lane", "Llandrindod Wells", "LD1 5EE", _numbers(1, 6), ADSL_PLUS_ONLY),
    Street("Kenwyn Hill", "Truro", "TR1 3DX", _numbers(1, 6), FWA_5G_ONLY),
    Street("Glen Road", "Inverness", "IV2 6XR", _numbers(1, 6), FWA_4G_ONLY),
    Street("Dunvegan Road", "Portree", "IV51 9EL", _numbers(1, 6), NOTHING),
    Street("Moor Lane", "Princetown", "PL20 6QF", _numbers(1, 4), NOTHING),
    Street(
        "Kennet Side",
        "Reading",
        "RG1 3DW",
        _numbers(1, 3),
        FULL_FIBRE_1000,
        buildings=("Wharf House", "Mill House", "Lock House"),
        flats=6,
    ),
    # A gated mews: the engineer cannot get access on an order's first visit, so that visit is missed
    # (the order goes into jeopardy and the customer books a new slot; tmf622/missed_visits.py).
    Street("Gatehouse Mews", "Reading", "RG1 8GM", ("1", "2"), FULL_FIBRE_1000),
)


def address_id(postcode: str, house_number: str) -> str:
    return f"addr-{''.join(postcode.split()).lower()}-{house_number.lower()}"


def _flat(address_href: str, address_id: str, building: str, number: int) -> Document:
    resource_id = f"{address_id}-flat-{number}"
    return {
        "id": resource_id,
        "href": f"{address_href}/geographicSubAddress/{resource_id}",
        "name": f"Flat {number}",
        "subAddressType": "subUnit",
        "subUnitType": "flat",
        "subUnitNumber": str(number),
        "buildingName": building,
        "levelType": "floor",
        "levelNumber": str((number - 1) // 2),  # two flats a floor, from the ground floor (0)
        "@type": "GeographicSubAddress",
    }


def _address(street: Street, house_number: str) -> Document:
    resource_id = address_id(street.postcode, house_number)
    href = f"{GEOGRAPHIC_ADDRESS_PATH}/{GEOGRAPHIC_ADDRESS}/{resource_id}"
    address: Document = {
        "id": resource_id,
        "href": href,
        "streetNr": house_number,
        "streetName": street.street_name,
        "city": street.city,
        "postcode": street.postcode,
        "country": "GB",
        "@type": "GeographicAddress",
    }
    if street.flats:
        building = street.buildings[street.house_numbers.index(house_number)]
        address["geographicSubAddress"] = [
            _flat(href, resource_id, building, number) for number in range(1, street.flats + 1)
        ]
    return address


def address_documents() -> list[Document]:
    return [_address(street, number) for street in STREETS for number in street.house_numbers]


def serviceability_records() -> list[Serviceability]:
    return [
        Serviceability(id=address_id(street.postcode, number), technologies=list(street.technologies))
        for street in STREETS
        for number in street.house_numbers
    ]
