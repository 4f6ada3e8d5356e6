"""TMF670 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf670 import service

router = APIRouter(prefix=service.API_PATH, tags=["Payment Method"])

# Validated by the service against the official schema (the @type's own), so nothing secret is stored.
JsonBody = Annotated[dict[str, Any], Body(description="The payment method, or a JSON merge patch for PATCH")]


@router.get("/paymentMethod", operation_id="listPaymentMethod")
def list_payment_methods(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.payment_methods(store).list(query), query, settings.public_url)


@router.post("/paymentMethod", operation_id="createPaymentMethod", status_code=status.HTTP_201_CREATED)
def create_payment_method(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_payment_method(store, body)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/paymentMethod/{id}", operation_id="retrievePaymentMethod")
def retrieve_payment_method(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    found = service.payment_methods(store).get(id)
    return tmf630.resource_response(found, settings.public_url, fields=fields)


@router.patch("/paymentMethod/{id}", operation_id="patchPaymentMethod")
def patch_payment_method(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_payment_method(store, id, patch), settings.public_url)


@router.delete(
    "/paymentMethod/{id}", operation_id="deletePaymentMethod", status_code=status.HTTP_204_NO_CONTENT
)
def delete_payment_method(id: str, store: StoreDep) -> Response:
    service.payment_methods(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
