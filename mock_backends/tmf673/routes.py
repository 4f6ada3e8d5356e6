"""TMF673 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf673 import service

router = APIRouter(prefix=service.API_PATH, tags=["Geographic Address Management"])

# Validated by the service against the official schema, so the document is stored exactly as sent.
JsonBody = Annotated[
    dict[str, Any], Body(description="The validation request, or a JSON merge patch for PATCH")
]


@router.get("/geographicAddress", operation_id="listGeographicAddress")
def list_addresses(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.list_addresses(store, query), query, settings.public_url)


@router.get("/geographicAddress/{id}", operation_id="retrieveGeographicAddress")
def retrieve_address(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(service.addresses(store).get(id), settings.public_url, fields=fields)


@router.get(
    "/geographicAddress/{geographicAddressId}/geographicSubAddress", operation_id="listGeographicSubAddress"
)
def list_sub_addresses(
    geographicAddressId: str, query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    page = service.list_sub_addresses(store, geographicAddressId, query)
    return tmf630.page_response(page, query, settings.public_url)


@router.get(
    "/geographicAddress/{geographicAddressId}/geographicSubAddress/{id}",
    operation_id="retrieveGeographicSubAddress",
)
def retrieve_sub_address(
    geographicAddressId: str, id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    sub = service.get_sub_address(store, geographicAddressId, id)
    return tmf630.resource_response(sub, settings.public_url, fields=fields)


@router.get("/geographicAddressValidation", operation_id="listGeographicAddressValidation")
def list_validations(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.validations(store).list(query), query, settings.public_url)


@router.post(
    "/geographicAddressValidation",
    operation_id="createGeographicAddressValidation",
    status_code=status.HTTP_201_CREATED,
)
def create_validation(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_validation(store, body)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/geographicAddressValidation/{id}", operation_id="retrieveGeographicAddressValidation")
def retrieve_validation(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(service.validations(store).get(id), settings.public_url, fields=fields)


@router.patch("/geographicAddressValidation/{id}", operation_id="patchGeographicAddressValidation")
def patch_validation(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_validation(store, id, patch), settings.public_url)
