"""The address base (TMF673 geographicAddress, sub-addresses embedded) and address validation.

Addresses are read-only here (the seed loads them); a block of flats carries its flats in
`geographicSubAddress`, each with an id of its own, also readable at
`geographicAddress/{id}/geographicSubAddress[/{subId}]`.

Searching: every TMF630 filter works on `geographicAddress`; `postcode` compares with case and spaces
ignored (`postcode=rg14ab` finds "RG1 4AB"), and `postcode.regex` is tried on both the printed and the
compact form, so a type-ahead may send what the customer typed (docs/architecture.md
"TMF673 address search").

Validation (`geographicAddressValidation`, answered at once, `state: done`):
- `success`: the submitted address is one address of the base (by `id`, or by postcode + streetNr with
  every other attribute given agreeing), and names a flat when the building has flats;
  `validGeographicAddress` is the stored address (only the chosen flat in `geographicSubAddress`).
- `partial`: it identifies one address but something is wrong or missing (a street name or city that
  does not agree, a postcode that does not agree with street and number, no flat or an unknown flat in a
  block): `validGeographicAddress` is the address as stored; or the postcode or street exists but not the
  number: no `validGeographicAddress`.
- `fails`: nothing matches.
With `provideAlternative`, `alternateGeographicAddress` lists up to 10 candidates when the result is not
`success` (the flats of the building, or the addresses of the postcode or street).
A PATCH that changes `submittedGeographicAddress` or `provideAlternative` validates again; the result
attributes are the server's (400 NON_PATCHABLE_ATTRIBUTE), and `state` follows TaskStateType (409).
"""

from datetime import UTC, datetime
from typing import Any

from mock_backends import tmf630
from mock_backends.errors import NotFound
from mock_backends.resources import IDENTITY_ATTRIBUTES, Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf645.models import GEOGRAPHIC_ADDRESS, GEOGRAPHIC_ADDRESS_PATH
from tmf_models.tmf673 import GeographicAddressValidation, GeographicAddressValidationCreate

API_PATH = GEOGRAPHIC_ADDRESS_PATH
SUB_ADDRESSES = "geographicSubAddress"
ADDRESS = ResourceKind(GEOGRAPHIC_ADDRESS, API_PATH)
RESULT_ATTRIBUTES = frozenset(
    {"validationDate", "validationResult", "validGeographicAddress", "alternateGeographicAddress"}
)
VALIDATION = ResourceKind(
    "geographicAddressValidation", API_PATH, non_patchable=IDENTITY_ATTRIBUTES | RESULT_ATTRIBUTES
)
VALIDATION_INPUTS = ("submittedGeographicAddress", "provideAlternative")

SUCCESS, PARTIAL, FAILS = "success", "partial", "fails"
MAX_ALTERNATIVES = 10


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def normalise_postcode(postcode: str) -> str:
    return "".join(postcode.split()).upper()


def _same_text(left: Any, right: Any) -> bool:
    return " ".join(str(left).split()).casefold() == " ".join(str(right).split()).casefold()


# `postcode` filters compare with case and spaces ignored.
NORMALISERS: tmf630.Normalisers = {"postcode": normalise_postcode}


# --- addresses and sub-addresses ------------------------------------------------------------------------


def addresses(store: DocumentStore) -> Collection:
    return Collection(store, ADDRESS)


def list_addresses(store: DocumentStore, query: tmf630.ListQuery) -> tmf630.Page:
    return tmf630.paginate(store.all(ADDRESS.name), query, NORMALISERS)


def list_sub_addresses(store: DocumentStore, address_id: str, query: tmf630.ListQuery) -> tmf630.Page:
    return tmf630.paginate(addresses(store).get(address_id).get(SUB_ADDRESSES) or [], query)


def get_sub_address(store: DocumentStore, address_id: str, sub_address_id: str) -> JsonDocument:
    subs: list[JsonDocument] = addresses(store).get(address_id).get(SUB_ADDRESSES) or []
    for sub in subs:
        if sub.get("id") == sub_address_id:
            return sub
    raise NotFound(f"geographicAddress {address_id} has no geographicSubAddress {sub_address_id}")


def _sub_address_matching(address: JsonDocument, wanted: JsonDocument) -> JsonDocument | None:
    """The flat of `address` that `wanted` (a GeographicSubAddress, possibly partial) names."""
    subs: list[JsonDocument] = address.get(SUB_ADDRESSES) or []
    for sub in subs:
        if wanted.get("id"):
            if sub.get("id") == wanted["id"]:
                return sub
            continue
        named = [
            _same_text(wanted[key], sub.get(key, ""))
            for key in ("subUnitNumber", "name", "buildingName")
            if wanted.get(key)
        ]
        if named and all(named):
            return sub
    return None


def _by_id(store: DocumentStore, resource_id: str) -> tuple[JsonDocument, JsonDocument | None] | None:
    """An address by its id, or a flat by its id (with its building)."""
    address = store.get(ADDRESS.name, resource_id)
    if address is not None:
        return address, None
    for candidate in store.all(ADDRESS.name):
        for sub in candidate.get(SUB_ADDRESSES) or []:
            if sub.get("id") == resource_id:
                return candidate, sub
    return None


def _at(store: DocumentStore, postcode: Any, street_nr: Any) -> JsonDocument | None:
    wanted_postcode, wanted_number = normalise_postcode(str(postcode)), str(street_nr).strip().upper()
    return next(
        (
            address
            for address in store.all(ADDRESS.name)
            if normalise_postcode(str(address.get("postcode", ""))) == wanted_postcode
            and str(address.get("streetNr", "")).upper() == wanted_number
        ),
        None,
    )


def resolve_place(
    store: DocumentStore, place: JsonDocument
) -> tuple[JsonDocument, JsonDocument | None] | None:
    """The address (and flat, if the place names one) a place refers to: by the id of an address or of
    a flat, or by postcode + streetNr, with an optional `geographicSubAddress[0]` naming the flat.
    None when the address, or the flat asked for, is unknown."""
    if place.get("id"):
        found = _by_id(store, str(place["id"]))
    elif place.get("postcode") and place.get("streetNr"):
        address = _at(store, place["postcode"], place["streetNr"])
        found = (address, None) if address is not None else None
    else:
        return None
    if found is None or found[1] is not None:
        return found
    subs = place.get(SUB_ADDRESSES)
    if isinstance(subs, list) and subs and isinstance(subs[0], dict):
        sub = _sub_address_matching(found[0], subs[0])
        return (found[0], sub) if sub is not None else None
    return found


def with_only(address: JsonDocument, sub: JsonDocument | None) -> JsonDocument:
    """The address narrowed to one of its flats (or as it is, without one)."""
    return address if sub is None else {**address, SUB_ADDRESSES: [sub]}


# --- validation -----------------------------------------------------------------------------------------


def _disagreeing(submitted: JsonDocument, address: JsonDocument) -> list[str]:
    checked = ("streetName", "city", "country", "streetType", "locality")
    disagree = [
        key for key in checked if submitted.get(key) and not _same_text(submitted[key], address.get(key, ""))
    ]
    if submitted.get("postcode") and normalise_postcode(str(submitted["postcode"])) != normalise_postcode(
        str(address.get("postcode", ""))
    ):
        disagree.append("postcode")
    return disagree


def _candidates(store: DocumentStore, submitted: JsonDocument) -> list[JsonDocument]:
    """Addresses sharing the submitted postcode, or else its street (and city, if given)."""
    everything = store.all(ADDRESS.name)
    if submitted.get("postcode"):
        postcode = normalise_postcode(str(submitted["postcode"]))
        same = [a for a in everything if normalise_postcode(str(a.get("postcode", ""))) == postcode]
        if same:
            return same
    if submitted.get("streetName"):
        return [
            a
            for a in everything
            if _same_text(a.get("streetName", ""), submitted["streetName"])
            and (not submitted.get("city") or _same_text(a.get("city", ""), submitted["city"]))
        ]
    return []


def _identified(
    store: DocumentStore, submitted: JsonDocument, candidates: list[JsonDocument]
) -> tuple[JsonDocument, JsonDocument | None] | None:
    if submitted.get("id"):
        return _by_id(store, str(submitted["id"]))
    if not submitted.get("streetNr"):
        return None
    number = str(submitted["streetNr"]).strip().upper()
    address = next((a for a in candidates if str(a.get("streetNr", "")).upper() == number), None)
    return (address, None) if address is not None else None


def validate_address(store: DocumentStore, submitted: JsonDocument) -> JsonDocument:
    """validationResult, validGeographicAddress and the alternatives for one submitted address."""
    candidates = _candidates(store, submitted)
    identified = _identified(store, submitted, candidates)
    if identified is None:
        result = PARTIAL if candidates else FAILS
        return {"validationResult": result, "alternateGeographicAddress": candidates}
    address, sub = identified
    flats = address.get(SUB_ADDRESSES) or []
    wanted_subs = submitted.get(SUB_ADDRESSES)
    if sub is None and isinstance(wanted_subs, list) and wanted_subs and isinstance(wanted_subs[0], dict):
        sub = _sub_address_matching(address, wanted_subs[0])
    complete = sub is not None or not flats
    result = SUCCESS if complete and not _disagreeing(submitted, address) else PARTIAL
    alternatives = [] if complete else [with_only(address, flat) for flat in flats]
    return {
        "validationResult": result,
        "validGeographicAddress": with_only(address, sub),
        "alternateGeographicAddress": alternatives,
    }


def _validated_document(store: DocumentStore, document: JsonDocument) -> JsonDocument:
    outcome = validate_address(store, document.get("submittedGeographicAddress") or {})
    alternatives = outcome.pop("alternateGeographicAddress")
    validated = {name: value for name, value in document.items() if name not in RESULT_ATTRIBUTES}
    validated |= {"state": "done", "validationDate": _now(), **outcome}
    if document.get("provideAlternative") and outcome["validationResult"] != SUCCESS and alternatives:
        validated["alternateGeographicAddress"] = alternatives[:MAX_ALTERNATIVES]
    return validated


def validations(store: DocumentStore) -> Collection:
    return Collection(store, VALIDATION)


def create_validation(store: DocumentStore, body: JsonDocument) -> JsonDocument:
    tmf630.validated(GeographicAddressValidationCreate, body)
    return validations(store).create(_validated_document(store, body))


def patch_validation(store: DocumentStore, validation_id: str, patch: JsonDocument) -> JsonDocument:
    current = validations(store).get(validation_id)
    if "state" in patch:
        tmf630.refuse_illegal_transition(
            "state", current.get("state"), patch["state"], tmf630.TASK_STATE_TRANSITIONS
        )

    def validate(document: JsonDocument) -> JsonDocument:
        tmf630.validated(GeographicAddressValidation, document)
        if any(name in patch for name in VALIDATION_INPUTS):
            return _validated_document(store, document)
        return document

    return validations(store).patch(validation_id, patch, validate=validate)
