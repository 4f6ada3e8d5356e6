"""Which notifications each TMF API defines, transcribed from the `/listener/<eventName>` paths of the v4
specs in specs/tmf/ (tests/unit/test_mock_events_names.py checks the table against the files).

A resource change is only notified when its API's spec defines that event: TMF620 v4.0.0, for instance,
has no `categoryStateChangeEvent`, and TMF673 notifies only the state changes of address validations.
"""

from typing import Any, Literal

ChangeKind = Literal[
    "Create", "AttributeValueChange", "StateChange", "StatusChange", "Delete", "InformationRequired"
]

# api base path -> resource -> the change kinds its spec notifies
_ALL: tuple[ChangeKind, ...] = ("Create", "AttributeValueChange", "StateChange", "Delete")

EVENTS: dict[str, dict[str, tuple[ChangeKind, ...]]] = {
    "/tmf-api/productCatalogManagement/v4": {
        "catalog": ("Create", "Delete"),
        "category": ("Create", "Delete"),
        "productOffering": _ALL,
        "productOfferingPrice": _ALL,
        "productSpecification": ("Create", "Delete"),
    },
    "/tmf-api/productOrderingManagement/v4": {
        "productOrder": (*_ALL, "InformationRequired"),
        "cancelProductOrder": ("Create", "StateChange", "InformationRequired"),
    },
    "/tmf-api/customerManagement/v4": {"customer": _ALL},
    "/tmf-api/party/v4": {"individual": _ALL, "organization": _ALL},
    "/tmf-api/productInventory/v4": {"product": _ALL},
    "/tmf-api/serviceQualificationManagement/v4": {
        "checkServiceQualification": (*_ALL, "InformationRequired"),
        "queryServiceQualification": ("Create", "StateChange", "Delete"),
    },
    "/tmf-api/quoteManagement/v4": {"quote": (*_ALL, "InformationRequired")},
    "/tmf-api/appointment/v4": {"appointment": _ALL, "searchTimeSlot": _ALL},
    "/tmf-api/accountManagement/v4": {
        "partyAccount": ("AttributeValueChange", "StateChange"),
        "billingAccount": ("AttributeValueChange", "StateChange"),
        "settlementAccount": ("AttributeValueChange", "StateChange"),
        "financialAccount": _ALL,
    },
    # TMF670 calls a change of `status` a StatusChange.
    "/tmf-api/paymentMethod/v4": {
        "paymentMethod": ("Create", "AttributeValueChange", "StatusChange", "Delete")
    },
    "/tmf-api/geographicAddressManagement/v4": {"geographicAddressValidation": ("StateChange",)},
    "/tmf-api/productOfferingQualification/v4": {
        "productOfferingQualification": (*_ALL, "InformationRequired")
    },
}

# Attributes whose change is a state change (TMF622/645/648 `state`, TMF632/637 `status`, TMF620
# `lifecycleStatus`); any other change is an attribute value change.
STATE_ATTRIBUTES = ("state", "status", "lifecycleStatus")


def event_name(api_path: str, resource: str, kind: ChangeKind) -> str | None:
    """`productOrderStateChangeEvent`, or None when the API's spec defines no such event."""
    kinds = EVENTS.get(api_path.rstrip("/"), {}).get(resource, ())
    if kind == "StateChange" and "StatusChange" in kinds:
        kind = "StatusChange"
    return f"{resource}{kind}Event" if kind in kinds else None


def change_kind(before: dict[str, Any], after: dict[str, Any]) -> ChangeKind | None:
    if any(before.get(name) != after.get(name) for name in STATE_ATTRIBUTES):
        return "StateChange"
    return "AttributeValueChange" if before != after else None


def changed_attributes(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
