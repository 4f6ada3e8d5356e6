"""`GET/PUT /admin/coverage/{area}`: what the network reaches in an area, changed at run time — coverage
arriving (or going) as a roll-out would, so TMF645's answers for its addresses change.

`area` is a full postcode (`IV51 9EL`) or an outward code (`IV51`), case and spaces ignored. PUT replaces
the serviceability record of every address in the area and of its flats (the body's `technologies`, empty
for none) and answers the addresses changed; an area with no address is 404. Not a TMF API: the mocks'
own admin surface, like /admin/faults.
"""

from typing import Annotated

from fastapi import APIRouter, Body, Path
from pydantic import BaseModel, Field

from mock_backends.deps import StoreDep
from mock_backends.errors import NotFound
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf645.models import (
    GEOGRAPHIC_ADDRESS,
    SERVICEABILITY,
    AvailableTechnology,
    Serviceability,
)
from mock_backends.tmf673.service import normalise_postcode

router = APIRouter(prefix="/admin/coverage", tags=["Admin"])

AreaPath = Annotated[str, Path(pattern=r"^[A-Za-z0-9 ]{2,10}$", examples=["IV51 9EL", "IV51"])]


class Coverage(BaseModel):
    technologies: list[AvailableTechnology] = Field(
        examples=[[{"technology": "FTTP", "maxDownloadSpeed": 900, "maxUploadSpeed": 110}]]
    )


class AreaCoverage(Coverage):
    area: str
    addressIds: list[str]  # camelCase as the rest of the mocks' answers


def _in_area(address: JsonDocument, area: str) -> bool:
    printed = str(address.get("postcode", ""))
    wanted = normalise_postcode(area)
    outward = printed.split()[0].upper() if printed.split() else ""
    return normalise_postcode(printed) == wanted or outward == wanted


def _addresses(store: DocumentStore, area: str) -> list[JsonDocument]:
    found = [address for address in store.all(GEOGRAPHIC_ADDRESS) if _in_area(address, area)]
    if not found:
        raise NotFound(f"No address has the postcode or outward code {area}", code="AREA_NOT_FOUND")
    return found


def _put(store: DocumentStore, record_id: str, technologies: list[AvailableTechnology]) -> None:
    body = Serviceability(id=record_id, technologies=technologies).model_dump(mode="json")
    if store.replace(SERVICEABILITY, body) is None:
        store.add(SERVICEABILITY, body)


@router.get("/{area}", operation_id="getCoverage")
def get_coverage(area: AreaPath, store: StoreDep) -> AreaCoverage:
    found = _addresses(store, area)
    first = store.get(SERVICEABILITY, found[0]["id"]) or {"id": found[0]["id"], "technologies": []}
    return AreaCoverage(
        area=area,
        addressIds=[address["id"] for address in found],
        technologies=Serviceability.model_validate(first).technologies,
    )


@router.put("/{area}", operation_id="setCoverage")
def set_coverage(area: AreaPath, coverage: Annotated[Coverage, Body()], store: StoreDep) -> AreaCoverage:
    found = _addresses(store, area)
    for address in found:
        _put(store, address["id"], coverage.technologies)
        for flat in address.get("geographicSubAddress") or []:
            if store.get(SERVICEABILITY, str(flat.get("id"))) is not None:
                _put(store, str(flat["id"]), coverage.technologies)
    return AreaCoverage(area=area, addressIds=[a["id"] for a in found], technologies=coverage.technologies)
