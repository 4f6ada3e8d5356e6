"""checkServiceQualification: which access technologies an installation address can have.

Follows docs/architecture.md "Serviceability conventions": the address is found by id, or by postcode
(case and spaces ignored) and streetNr; the answer is computed at once (`state: done`) and stored.
Each item carries both the v4 spec's `qualificationResult` and the convention's `qualificationItemResult`.
"""

from datetime import UTC, datetime
from typing import Any

from mock_backends import tmf630
from mock_backends.errors import BadRequest
from mock_backends.resources import Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf645.models import (
    GEOGRAPHIC_ADDRESS,
    SERVICEABILITY,
    AvailableTechnology,
    Serviceability,
)
from tmf_models.tmf645 import CheckServiceQualificationCreate

API_PATH = "/tmf-api/serviceQualificationManagement/v4"
CHECK_SERVICE_QUALIFICATION = ResourceKind("checkServiceQualification", API_PATH)

INSTALLATION_ADDRESS = "installationAddress"
ADDRESS_FIELDS = ("id", "href", "streetNr", "streetName", "city", "postcode", "country")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def normalise_postcode(postcode: str) -> str:
    return "".join(postcode.split()).upper()


def checks(store: DocumentStore) -> Collection:
    return Collection(store, CHECK_SERVICE_QUALIFICATION)


def list_checks(store: DocumentStore, query: tmf630.ListQuery) -> tmf630.Page:
    return checks(store).list(query)


def _requested_place(request: JsonDocument) -> JsonDocument:
    items = request.get("serviceQualificationItem") or []
    places = [place for item in items for place in (item.get("service") or {}).get("place") or []]
    place = next((p for p in places if p.get("role") == INSTALLATION_ADDRESS), places[0] if places else None)
    if place is None or not (place.get("id") or (place.get("postcode") and place.get("streetNr"))):
        raise BadRequest(
            "serviceQualificationItem[0].service.place[] must hold the installation address: "
            "an id, or a postcode and a streetNr",
            code="MISSING_INSTALLATION_ADDRESS",
        )
    return place


def find_address(store: DocumentStore, place: JsonDocument) -> JsonDocument | None:
    if place.get("id"):
        return store.get(GEOGRAPHIC_ADDRESS, str(place["id"]))
    postcode = normalise_postcode(str(place["postcode"]))
    street_nr = str(place["streetNr"]).strip().upper()
    return next(
        (
            address
            for address in store.all(GEOGRAPHIC_ADDRESS)
            if normalise_postcode(address.get("postcode", "")) == postcode
            and str(address.get("streetNr", "")).upper() == street_nr
        ),
        None,
    )


def _place_of(address: JsonDocument) -> JsonDocument:
    place = {name: address[name] for name in ADDRESS_FIELDS if name in address}
    return {**place, "role": INSTALLATION_ADDRESS, "@type": "GeographicAddress"}


def _qualified_item(item_id: str, available: AvailableTechnology, address: JsonDocument) -> JsonDocument:
    technology = available.technology
    return {
        "id": item_id,
        "state": "done",
        "qualificationResult": "qualified",
        "qualificationItemResult": "qualified",
        "service": {
            "@type": "Service",
            "serviceSpecification": {
                "id": f"cfs-access-{technology.lower()}",
                "name": f"{technology} access",
                "@referredType": "ServiceSpecification",
            },
            "serviceCharacteristic": [
                {"name": "technology", "valueType": "string", "value": technology},
                {"name": "maxDownloadSpeed", "valueType": "number", "value": available.maxDownloadSpeed},
                {"name": "maxUploadSpeed", "valueType": "number", "value": available.maxUploadSpeed},
            ],
            "place": [_place_of(address)],
        },
    }


def _unqualified_item(place: JsonDocument, code: str, label: str) -> JsonDocument:
    return {
        "id": "1",
        "state": "done",
        "qualificationResult": "unqualified",
        "qualificationItemResult": "unqualified",
        "eligibilityUnavailabilityReason": [{"code": code, "label": label}],
        "service": {"@type": "Service", "place": [place]},
    }


def qualify(store: DocumentStore, place: JsonDocument) -> list[JsonDocument]:
    """The answer's items for one installation address."""
    address = find_address(store, place)
    if address is None:
        requested = {**place, "role": place.get("role") or INSTALLATION_ADDRESS}
        return [_unqualified_item(requested, "ADDRESS_NOT_FOUND", "The address was not found")]
    record = store.get(SERVICEABILITY, address["id"])
    serviceability = Serviceability.model_validate(record or {"id": address["id"], "technologies": []})
    if not serviceability.technologies:
        label = "No broadband technology is available at this address"
        return [_unqualified_item(_place_of(address), "NO_COVERAGE", label)]
    return [
        _qualified_item(str(number), available, address)
        for number, available in enumerate(serviceability.technologies, start=1)
    ]


def check(store: DocumentStore, request: CheckServiceQualificationCreate) -> JsonDocument:
    body: dict[str, Any] = request.model_dump(
        by_alias=True, exclude_none=True, exclude_unset=True, mode="json"
    )
    items = qualify(store, _requested_place(body))
    qualified = all(item["qualificationResult"] == "qualified" for item in items)
    now = _now()
    result = {
        **body,
        "checkServiceQualificationDate": now,
        "effectiveQualificationDate": now,
        "instantSyncQualification": True,
        "qualificationResult": "qualified" if qualified else "unqualified",
        "serviceQualificationItem": items,
        "state": "done",
    }
    return checks(store).create(result)
