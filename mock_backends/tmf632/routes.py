"""TMF632 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf632 import service
from tmf_models.tmf632 import IndividualCreate

router = APIRouter(prefix=service.API_PATH, tags=["Party Management"])

MergePatch = Annotated[dict[str, Any], Body(description="JSON merge patch (attributes of Individual_Update)")]
# Validated by the service against the official schema, so the document is stored exactly as sent.
JsonBody = Annotated[dict[str, Any], Body(description="The resource (JSON), or a JSON merge patch for PATCH")]


@router.get("/individual", operation_id="listIndividual")
def list_individuals(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.list_individuals(store, query), query, settings.public_url)


@router.post("/individual", operation_id="createIndividual", status_code=status.HTTP_201_CREATED)
def create_individual(individual: IndividualCreate, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_individual(store, individual)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/individual/{id}", operation_id="retrieveIndividual")
def retrieve_individual(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(service.individuals(store).get(id), settings.public_url, fields=fields)


@router.patch("/individual/{id}", operation_id="patchIndividual")
def patch_individual(id: str, patch: MergePatch, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_individual(store, id, patch), settings.public_url)


@router.delete("/individual/{id}", operation_id="deleteIndividual", status_code=status.HTTP_204_NO_CONTENT)
def delete_individual(id: str, store: StoreDep) -> Response:
    service.individuals(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/organization", operation_id="listOrganization")
def list_organizations(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.organizations(store).list(query), query, settings.public_url)


@router.post("/organization", operation_id="createOrganization", status_code=status.HTTP_201_CREATED)
def create_organization(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_organization(store, body)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/organization/{id}", operation_id="retrieveOrganization")
def retrieve_organization(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(service.organizations(store).get(id), settings.public_url, fields=fields)


@router.patch("/organization/{id}", operation_id="patchOrganization")
def patch_organization(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_organization(store, id, patch), settings.public_url)


@router.delete(
    "/organization/{id}", operation_id="deleteOrganization", status_code=status.HTTP_204_NO_CONTENT
)
def delete_organization(id: str, store: StoreDep) -> Response:
    service.organizations(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
