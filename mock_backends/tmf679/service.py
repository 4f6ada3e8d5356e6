"""Product offering qualification: can this customer buy these offerings at this place?

A qualification (`POST productOfferingQualification`) names the place (`place[]`: an address id, or a
postcode and streetNr, as TMF645 takes them), the customer (`relatedParty[]` with role customer or
@referredType Customer; optional) and one item per offering (`productOfferingQualificationItem[].
productOffering.id`). It is answered at once (`state: done`); each item is `qualified` or `unqualified`
with `eligibilityUnavailabilityReason[]` ({code, label}):

- OFFERING_NOT_FOUND / NOT_SELLABLE: not in the TMF620 catalogue, or not on sale;
- ADDRESS_NOT_FOUND / NO_COVERAGE / SPEED_NOT_AVAILABLE: the TMF645 serviceability of the place (an
  offering with a `technology` characteristic needs that technology there at its `downloadSpeed`);
- ALREADY_HAS_LINE: the customer already has a line (a TMF637 product with a technology) at that place
  that is not terminated: a second line of the same kind is not sold (change the existing one instead);
- CREDIT_CLASS: the customer's credit class does not allow a new line (`creditProfile[].creditRiskRating`
  of 8 or more); never words in a name (the order's own credit check asks the credit bureau).

The qualification is stored and readable at its href (GET by id, and the list).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from mock_backends import tmf630
from mock_backends.errors import BadRequest
from mock_backends.resources import IDENTITY_ATTRIBUTES, Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf645 import service as serviceability
from mock_backends.tmf645.models import AvailableTechnology
from tmf_models.tmf679 import ProductOfferingQualificationCreate

API_PATH = "/tmf-api/productOfferingQualification/v4"
RESULTS = frozenset({"productOfferingQualificationItem", "qualificationResult", "effectiveQualificationDate"})
QUALIFICATION = ResourceKind(
    "productOfferingQualification", API_PATH, non_patchable=IDENTITY_ATTRIBUTES | RESULTS
)
SELLABLE = {"active", "launched"}
ENDED_PRODUCT_STATES = {"terminated", "cancelled", "aborted"}
HIGH_CREDIT_RISK = 8
DONE = "done"


def qualifications(store: DocumentStore) -> Collection:
    return Collection(store, QUALIFICATION)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _reason(code: str, label: str) -> JsonDocument:
    return {"code": code, "label": label}


def _customer_id(body: JsonDocument) -> str | None:
    for party in body.get("relatedParty") or []:
        if str(party.get("role", "")).lower() == "customer" or party.get("@referredType") == "Customer":
            return str(party.get("id")) if party.get("id") else None
    return None


def _place(body: JsonDocument) -> JsonDocument:
    places = body.get("place") or []
    place = places[0] if places else None
    if isinstance(place, dict) and isinstance(place.get("place"), dict):
        place = place["place"]  # v5's RelatedPlaceRefOrValue nests the place
    if not place or not (place.get("id") or (place.get("postcode") and place.get("streetNr"))):
        raise BadRequest(
            "place[] must name the place: the id of an address, or a postcode and a streetNr",
            code="MISSING_PLACE",
        )
    return dict(place)


def _traits(store: DocumentStore, offering: JsonDocument) -> dict[str, Any]:
    spec_id = (offering.get("productSpecification") or {}).get("id")
    spec = store.get("productSpecification", str(spec_id)) if spec_id else None
    traits: dict[str, Any] = {}
    for characteristic in (spec or {}).get("productSpecCharacteristic") or []:
        values = characteristic.get("productSpecCharacteristicValue") or []
        chosen = next((value for value in values if value.get("isDefault")), values[0] if values else {})
        if characteristic.get("name") and chosen.get("value") is not None:
            traits[characteristic["name"]] = chosen["value"]
    return traits


def _has_line_at(store: DocumentStore, customer_id: str, place_id: str) -> bool:
    for product in store.all("product"):
        if str(product.get("status", "")).lower() in ENDED_PRODUCT_STATES:
            continue
        if not any(party.get("id") == customer_id for party in product.get("relatedParty") or []):
            continue
        places = [
            place.get("id") or (place.get("place") or {}).get("id") for place in product.get("place") or []
        ]
        characteristics = {item.get("name") for item in product.get("productCharacteristic") or []}
        if place_id in places and "technology" in characteristics:
            return True
    return False


def _credit_refused(customer: JsonDocument | None) -> bool:
    if customer is None:
        return False
    ratings = [profile.get("creditRiskRating") for profile in customer.get("creditProfile") or []]
    return any(isinstance(rating, int) and rating >= HIGH_CREDIT_RISK for rating in ratings)


def _judge(
    store: DocumentStore,
    item: JsonDocument,
    technologies: list[AvailableTechnology] | None,
    has_line: bool,
    credit_refused: bool,
) -> list[JsonDocument]:
    """Why this item cannot be bought; none when it can."""
    offering_id = str((item.get("productOffering") or {}).get("id", ""))
    offering = store.get("productOffering", offering_id) if offering_id else None
    if offering is None:
        return [_reason("OFFERING_NOT_FOUND", "This offering is not in the catalogue")]
    if (
        offering.get("isSellable") is False
        or str(offering.get("lifecycleStatus", "active")).lower() not in SELLABLE
    ):
        return [_reason("NOT_SELLABLE", "This offering is not on sale")]
    traits = _traits(store, offering)
    if "technology" not in traits:
        return []  # an add-on: sold wherever its line is
    reasons: list[JsonDocument] = []
    if technologies is None:
        return [_reason("ADDRESS_NOT_FOUND", "The address was not found")]
    there = {available.technology: available.maxDownloadSpeed for available in technologies}
    if traits["technology"] not in there:
        reasons.append(_reason("NO_COVERAGE", f"{traits['technology']} is not available at this address"))
    elif float(traits.get("downloadSpeed", 0)) > there[traits["technology"]]:
        reasons.append(
            _reason(
                "SPEED_NOT_AVAILABLE", f"The line here carries at most {there[traits['technology']]} Mb/s"
            )
        )
    if has_line:
        reasons.append(
            _reason("ALREADY_HAS_LINE", "You already have broadband at this address: change it instead")
        )
    if credit_refused:
        reasons.append(_reason("CREDIT_CLASS", "A new line cannot be offered on this account"))
    return reasons


def create(store: DocumentStore, body: JsonDocument) -> JsonDocument:
    tmf630.validated(ProductOfferingQualificationCreate, body)
    items = body.get("productOfferingQualificationItem") or []
    if not items:
        raise BadRequest("productOfferingQualificationItem[] must name at least one offering")
    found = serviceability.available_at(store, _place(body))
    answered_place, technologies = found if found is not None else (None, None)
    customer_id = _customer_id(body)
    customer = store.get("customer", customer_id) if customer_id else None
    place_id = str((answered_place or {}).get("id", ""))
    has_line = bool(customer_id and place_id and _has_line_at(store, customer_id, place_id))
    answered = []
    for item in items:
        reasons = _judge(store, item, technologies, has_line, _credit_refused(customer))
        answered.append(
            {
                **item,
                "state": DONE,
                "qualificationItemResult": "unqualified" if reasons else "qualified",
                **({"eligibilityUnavailabilityReason": reasons} if reasons else {}),
            }
        )
    now = _now()
    result = {
        **body,
        **({"place": [answered_place]} if answered_place else {}),
        "productOfferingQualificationDate": now,
        "effectiveQualificationDate": now,
        "instantSyncQualification": True,
        "state": DONE,
        "qualificationResult": "qualified"
        if all(item["qualificationItemResult"] == "qualified" for item in answered)
        else "unqualified",
        "productOfferingQualificationItem": answered,
    }
    return qualifications(store).create(result)
