"""Individual rules: a new individual is `initialized` until validated (TMF632 IndividualStateType)."""

import json

from pydantic import ValidationError

from mock_backends import tmf630
from mock_backends.errors import bad_request_from
from mock_backends.resources import Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from tmf_models.tmf632 import Individual, IndividualCreate

API_PATH = "/tmf-api/party/v4"

INDIVIDUAL = ResourceKind("individual", API_PATH)

INITIAL_STATUS = "initialized"


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
