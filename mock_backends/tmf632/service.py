"""Party rules. A new individual or organization is `initialized` until validated (TMF632
IndividualStateType, OrganizationStateType); documents are stored as received and validated against the
official schema. An organization's `status` may go from initialized to validated or closed, and from
validated to closed; closed is final (409 INVALID_STATE_TRANSITION otherwise)."""

import json

from pydantic import ValidationError

from mock_backends import tmf630
from mock_backends.errors import bad_request_from
from mock_backends.resources import Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from tmf_models.tmf632 import Individual, IndividualCreate, Organization, OrganizationCreate

API_PATH = "/tmf-api/party/v4"

INDIVIDUAL = ResourceKind("individual", API_PATH)
ORGANIZATION = ResourceKind("organization", API_PATH)

INITIAL_STATUS = "initialized"
ORGANIZATION_TRANSITIONS: dict[str, frozenset[str]] = {
    "initialized": frozenset({"validated", "closed"}),
    "validated": frozenset({"closed"}),
    "closed": frozenset(),
}


def individuals(store: DocumentStore) -> Collection:
    return Collection(store, INDIVIDUAL)


def create_individual(store: DocumentStore, individual: IndividualCreate) -> JsonDocument:
    body = individual.model_dump(by_alias=True, exclude_none=True, exclude_unset=True, mode="json")
    body.setdefault("status", INITIAL_STATUS)
    return individuals(store).create(body)


def _validated(document: JsonDocument) -> JsonDocument:
    try:
        Individual.model_validate_json(json.dumps(document), strict=True)
    except ValidationError as error:
        raise bad_request_from(error) from error
    return document


def patch_individual(store: DocumentStore, individual_id: str, patch: JsonDocument) -> JsonDocument:
    return individuals(store).patch(individual_id, patch, validate=_validated)


def list_individuals(store: DocumentStore, query: tmf630.ListQuery) -> tmf630.Page:
    return individuals(store).list(query)


def organizations(store: DocumentStore) -> Collection:
    return Collection(store, ORGANIZATION)


def create_organization(store: DocumentStore, body: JsonDocument) -> JsonDocument:
    tmf630.validated(OrganizationCreate, body)
    return organizations(store).create({**body, "status": body.get("status", INITIAL_STATUS)})


def patch_organization(store: DocumentStore, organization_id: str, patch: JsonDocument) -> JsonDocument:
    current = organizations(store).get(organization_id)
    if "status" in patch:
        tmf630.refuse_illegal_transition(
            "status", current.get("status"), patch["status"], ORGANIZATION_TRANSITIONS
        )
    return organizations(store).patch(
        organization_id, patch, validate=lambda document: tmf630.validated(Organization, document)
    )
