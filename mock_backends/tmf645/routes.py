"""TMF645 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf645 import service

router = APIRouter(prefix=service.API_PATH, tags=["Service Qualification"])

# Validated by the service against the official schema, so the document is stored exactly as sent.
JsonBody = Annotated[dict[str, Any], Body(description="The qualification request, or a JSON merge patch")]


@router.get("/checkServiceQualification", operation_id="listCheckServiceQualification")
def list_checks(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.list_checks(store, query), query, settings.public_url)


@router.post(
    "/checkServiceQualification",
    operation_id="createCheckServiceQualification",
    status_code=status.HTTP_201_CREATED,
)
def create_check(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.check(store, body)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/checkServiceQualification/{id}", operation_id="retrieveCheckServiceQualification")
def retrieve_check(id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.checks(store).get(id), settings.public_url, fields=fields)


@router.patch("/checkServiceQualification/{id}", operation_id="patchCheckServiceQualification")
def patch_check(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_check(store, id, patch), settings.public_url)


@router.delete(
    "/checkServiceQualification/{id}",
    operation_id="deleteCheckServiceQualification",
    status_code=status.HTTP_204_NO_CONTENT,
)
def delete_check(id: str, store: StoreDep) -> Response:
    service.checks(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/queryServiceQualification", operation_id="listQueryServiceQualification")
def list_queries(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.queries(store).list(query), query, settings.public_url)


@router.post(
    "/queryServiceQualification",
    operation_id="createQueryServiceQualification",
    status_code=status.HTTP_201_CREATED,
)
def create_query(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.query(store, body)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/queryServiceQualification/{id}", operation_id="retrieveQueryServiceQualification")
def retrieve_query(id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.queries(store).get(id), settings.public_url, fields=fields)


@router.patch("/queryServiceQualification/{id}", operation_id="patchQueryServiceQualification")
def patch_query(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_query(store, id, patch), settings.public_url)


@router.delete(
    "/queryServiceQualification/{id}",
    operation_id="deleteQueryServiceQualification",
    status_code=status.HTTP_204_NO_CONTENT,
)
def delete_query(id: str, store: StoreDep) -> Response:
    service.queries(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
