"""TMF629 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf629 import service

router = APIRouter(prefix=service.API_PATH, tags=["Customer Management"])

# Validated by the service against the official schema, so the document is stored exactly as sent.
JsonBody = Annotated[dict[str, Any], Body(description="The customer (JSON), or a JSON merge patch for PATCH")]


@router.get("/customer", operation_id="listCustomer")
def list_customers(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.customers(store).list(query), query, settings.public_url)


@router.post("/customer", operation_id="createCustomer", status_code=status.HTTP_201_CREATED)
def create_customer(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_customer(store, body)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/customer/{id}", operation_id="retrieveCustomer")
def retrieve_customer(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(service.customers(store).get(id), settings.public_url, fields=fields)


@router.patch("/customer/{id}", operation_id="patchCustomer")
def patch_customer(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_customer(store, id, patch), settings.public_url)


@router.delete("/customer/{id}", operation_id="deleteCustomer", status_code=status.HTTP_204_NO_CONTENT)
def delete_customer(id: str, store: StoreDep) -> Response:
    service.customers(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
