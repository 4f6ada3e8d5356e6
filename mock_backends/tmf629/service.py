"""Customer rules.

A customer is the role a TMF632 party plays towards us: `engagedParty` refers to an individual or an
organization (`@referredType` Individual or Organization), which must exist in TMF632 on this server
(400 UNKNOWN_PARTY otherwise); a party of another type is taken as given. Documents are stored as
received and validated against the official schema.

`status` (a free string in v4) starts `Initialized` unless the client says otherwise, and moves along
STATUS_TRANSITIONS: Initialized → Approved | Closed, Approved ⇄ Suspended, either → Closed; Closed is
final. A status outside that list is accepted and not judged. Refusals are 409 INVALID_STATE_TRANSITION.
`@type` is `Customer` unless the client names a subclass (TMF630: every resource says what it is).
"""

from mock_backends import tmf630
from mock_backends.errors import BadRequest
from mock_backends.resources import Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf632 import service as party
from tmf_models.tmf629 import Customer, CustomerCreate

API_PATH = "/tmf-api/customerManagement/v4"
CUSTOMER = ResourceKind("customer", API_PATH)

INITIAL_STATUS = "Initialized"
STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    "Initialized": frozenset({"Approved", "Closed"}),
    "Approved": frozenset({"Suspended", "Closed"}),
    "Suspended": frozenset({"Approved", "Closed"}),
    "Closed": frozenset(),
}
PARTY_KINDS = {"individual": party.INDIVIDUAL, "organization": party.ORGANIZATION}


def customers(store: DocumentStore) -> Collection:
    return Collection(store, CUSTOMER)


def _check_engaged_party(store: DocumentStore, customer: JsonDocument) -> None:
    engaged = customer.get("engagedParty") or {}
    kind = PARTY_KINDS.get(str(engaged.get("@referredType", "")).lower())
    if kind is not None and Collection(store, kind).find(str(engaged.get("id"))) is None:
        raise BadRequest(
            f"engagedParty: no TMF632 {kind.name} with id {engaged.get('id')} ({kind.api_path}/{kind.name})",
            code="UNKNOWN_PARTY",
        )


def create_customer(store: DocumentStore, body: JsonDocument) -> JsonDocument:
    tmf630.validated(CustomerCreate, body)
    _check_engaged_party(store, body)
    defaults = {"@type": body.get("@type") or "Customer", "status": body.get("status", INITIAL_STATUS)}
    return customers(store).create({**body, **defaults})


def patch_customer(store: DocumentStore, customer_id: str, patch: JsonDocument) -> JsonDocument:
    current = customers(store).get(customer_id)
    if "status" in patch:
        tmf630.refuse_illegal_transition("status", current.get("status"), patch["status"], STATUS_TRANSITIONS)

    def validate(document: JsonDocument) -> JsonDocument:
        tmf630.validated(Customer, document)
        if "engagedParty" in patch:
            _check_engaged_party(store, document)
        return document

    return customers(store).patch(customer_id, patch, validate=validate)
