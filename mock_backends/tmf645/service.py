"""Service qualification: which access technologies an installation address (or flat) can have.

Follows docs/architecture.md "Serviceability conventions". The address is found through TMF673
(`tmf673.service.resolve_place`): by the id of an address or of a flat (sub-address), or by postcode
(case and spaces ignored) and streetNr, optionally with `geographicSubAddress[0]` naming the flat
(`subUnitNumber`, `name` or `id`). A flat can get what its building can get (unless the seed gives the
flat a serviceability record of its own).

- checkServiceQualification ("can I have this here?"): answered at once (`state: done`,
  `instantSyncQualification: true`), `qualificationResult` qualified/unqualified, one item per technology.
  Each item carries both the v4 spec's `qualificationResult` and the convention's `qualificationItemResult`.
- queryServiceQualification ("what can I have here?"): `searchCriteria.service.place[]` names the place;
  `searchCriteria.service.serviceSpecification.id`, if given, narrows the answer to that service. The
  answer lists one `serviceQualificationItem` per available access service (`state: done`; none when
  nothing is available), or is `state: terminatedWithError` with no items when the address is unknown.

Both POSTs answer 201 Created: the spec allows 200 or 201, and the qualification is stored and
retrievable at its href even though it is computed synchronously. PATCH may change the descriptive
attributes (description, externalId, relatedParty, ...); the results (items, qualificationResult, dates)
are the server's (400 NON_PATCHABLE_ATTRIBUTE) and `state` follows TaskStateType: a done task is final
(409 INVALID_STATE_TRANSITION).
"""

from datetime import UTC, datetime

from pydantic import BaseModel

from mock_backends import tmf630
from mock_backends.errors import BadRequest
from mock_backends.resources import IDENTITY_ATTRIBUTES, Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf645.models import SERVICEABILITY, AvailableTechnology, Serviceability
from mock_backends.tmf673 import service as addresses
from mock_backends.tmf673.service import normalise_postcode
from tmf_models.tmf645 import (
    CheckServiceQualification,
    CheckServiceQualificationCreate,
    QueryServiceQualification,
    QueryServiceQualificationCreate,
)

__all__ = ["normalise_postcode"]

API_PATH = "/tmf-api/serviceQualificationManagement/v4"
CHECK_RESULTS = frozenset(
    {
        "checkServiceQualificationDate",
        "effectiveQualificationDate",
        "qualificationResult",
        "serviceQualificationItem",
    }
)
QUERY_RESULTS = frozenset(
    {
        "queryServiceQualificationDate",
        "effectiveQualificationDate",
        "searchCriteria",
        "serviceQualificationItem",
    }
)
CHECK_SERVICE_QUALIFICATION = ResourceKind(
    "checkServiceQualification", API_PATH, non_patchable=IDENTITY_ATTRIBUTES | CHECK_RESULTS
)
QUERY_SERVICE_QUALIFICATION = ResourceKind(
    "queryServiceQualification", API_PATH, non_patchable=IDENTITY_ATTRIBUTES | QUERY_RESULTS
)

INSTALLATION_ADDRESS = "installationAddress"
ADDRESS_FIELDS = ("id", "href", "streetNr", "streetName", "city", "postcode", "country")
DONE = "done"
TERMINATED_WITH_ERROR = "terminatedWithError"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def checks(store: DocumentStore) -> Collection:
    return Collection(store, CHECK_SERVICE_QUALIFICATION)


def queries(store: DocumentStore) -> Collection:
    return Collection(store, QUERY_SERVICE_QUALIFICATION)


def list_checks(store: DocumentStore, query: tmf630.ListQuery) -> tmf630.Page:
    return checks(store).list(query)


def _place_in(items: list[JsonDocument], where: str) -> JsonDocument:
    places = [place for item in items for place in ((item.get("service") or {}).get("place") or [])]
    place: JsonDocument | None = next(
        (p for p in places if p.get("role") == INSTALLATION_ADDRESS), places[0] if places else None
    )
    if place is None or not (place.get("id") or (place.get("postcode") and place.get("streetNr"))):
        raise BadRequest(
            f"{where}.service.place[] must hold the installation address: the id of an address or "
            "sub-address, or a postcode and a streetNr",
            code="MISSING_INSTALLATION_ADDRESS",
        )
    return place


def _place_of(address: JsonDocument, sub: JsonDocument | None = None) -> JsonDocument:
    place = {name: address[name] for name in ADDRESS_FIELDS if name in address}
    if sub is not None:
        place[addresses.SUB_ADDRESSES] = [sub]
    return {**place, "role": INSTALLATION_ADDRESS, "@type": "GeographicAddress"}


def _service(available: AvailableTechnology, place: JsonDocument) -> JsonDocument:
    technology = available.technology
    return {
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
            {"name": "selfInstallable", "valueType": "boolean", "value": available.selfInstallable},
        ],
        "place": [place],
    }


def _qualified_item(item_id: str, available: AvailableTechnology, place: JsonDocument) -> JsonDocument:
    return {
        "id": item_id,
        "state": DONE,
        "qualificationResult": "qualified",
        "qualificationItemResult": "qualified",
        "service": _service(available, place),
    }


def _unqualified_item(place: JsonDocument, code: str, label: str) -> JsonDocument:
    return {
        "id": "1",
        "state": DONE,
        "qualificationResult": "unqualified",
        "qualificationItemResult": "unqualified",
        "eligibilityUnavailabilityReason": [{"code": code, "label": label}],
        "service": {"@type": "Service", "place": [place]},
    }


def available_at(
    store: DocumentStore, place: JsonDocument
) -> tuple[JsonDocument, list[AvailableTechnology]] | None:
    """The place as answered (the full address, narrowed to the flat) and what it can get; None if unknown."""
    found = addresses.resolve_place(store, place)
    if found is None:
        return None
    address, sub = found
    record = (sub and store.get(SERVICEABILITY, str(sub.get("id")))) or store.get(
        SERVICEABILITY, address["id"]
    )
    serviceability = Serviceability.model_validate(record or {"id": address["id"], "technologies": []})
    return _place_of(address, sub), serviceability.technologies


def qualify(store: DocumentStore, place: JsonDocument) -> list[JsonDocument]:
    """The check's items for one installation address."""
    found = available_at(store, place)
    if found is None:
        requested = {**place, "role": place.get("role") or INSTALLATION_ADDRESS}
        return [_unqualified_item(requested, "ADDRESS_NOT_FOUND", "The address was not found")]
    answered_place, technologies = found
    if not technologies:
        label = "No broadband technology is available at this address"
        return [_unqualified_item(answered_place, "NO_COVERAGE", label)]
    return [
        _qualified_item(str(number), available, answered_place)
        for number, available in enumerate(technologies, start=1)
    ]


def check(store: DocumentStore, body: JsonDocument) -> JsonDocument:
    tmf630.validated(CheckServiceQualificationCreate, body)
    items = qualify(
        store, _place_in(body.get("serviceQualificationItem") or [], "serviceQualificationItem[]")
    )
    qualified = all(item["qualificationResult"] == "qualified" for item in items)
    now = _now()
    result = {
        **body,
        "checkServiceQualificationDate": now,
        "effectiveQualificationDate": now,
        "instantSyncQualification": True,
        "qualificationResult": "qualified" if qualified else "unqualified",
        "serviceQualificationItem": items,
        "state": DONE,
    }
    return checks(store).create(result)


def query(store: DocumentStore, body: JsonDocument) -> JsonDocument:
    tmf630.validated(QueryServiceQualificationCreate, body)
    criteria = body["searchCriteria"]
    found = available_at(store, _place_in([criteria], "searchCriteria"))
    wanted = ((criteria.get("service") or {}).get("serviceSpecification") or {}).get("id")
    items = []
    if found is not None:
        answered_place, technologies = found
        services = (_service(available, answered_place) for available in technologies)
        matching = [s for s in services if wanted in (None, s["serviceSpecification"]["id"])]
        items = [
            {"id": str(number), "@type": "ServiceQualificationItem", "service": service}
            for number, service in enumerate(matching, start=1)
        ]
    now = _now()
    result = {
        **body,
        "queryServiceQualificationDate": now,
        "effectiveQualificationDate": now,
        "instantSyncQualification": True,
        "serviceQualificationItem": items,
        "state": DONE if found is not None else TERMINATED_WITH_ERROR,
    }
    return queries(store).create(result)


def _patch_task(
    collection: Collection, model: type[BaseModel], task_id: str, patch: JsonDocument
) -> JsonDocument:
    current = collection.get(task_id)
    tmf630.refuse_non_patchable(patch, collection.kind.non_patchable)
    if "state" in patch:
        tmf630.refuse_illegal_transition(
            "state", current.get("state"), patch["state"], tmf630.TASK_STATE_TRANSITIONS
        )
    return collection.patch(task_id, patch, validate=lambda document: tmf630.validated(model, document))


def patch_check(store: DocumentStore, check_id: str, patch: JsonDocument) -> JsonDocument:
    return _patch_task(checks(store), CheckServiceQualification, check_id, patch)


def patch_query(store: DocumentStore, query_id: str, patch: JsonDocument) -> JsonDocument:
    return _patch_task(queries(store), QueryServiceQualification, query_id, patch)
