"""TMF666 routes (thin: parse, call the service, render). Only the billing account is served."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf666 import service

router = APIRouter(prefix=service.API_PATH, tags=["Account Management"])

# Validated by the service against the official schema, so the document is stored exactly as sent.
JsonBody = Annotated[dict[str, Any], Body(description="The billing account, or a JSON merge patch for PATCH")]


@router.get("/billingAccount", operation_id="listBillingAccount")
def list_billing_accounts(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.billing_accounts(store).list(query), query, settings.public_url)


@router.post("/billingAccount", operation_id="createBillingAccount", status_code=status.HTTP_201_CREATED)
def create_billing_account(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_billing_account(store, body)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/billingAccount/{id}", operation_id="retrieveBillingAccount")
def retrieve_billing_account(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    found = service.billing_accounts(store).get(id)
    return tmf630.resource_response(found, settings.public_url, fields=fields)


@router.patch("/billingAccount/{id}", operation_id="patchBillingAccount")
def patch_billing_account(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_billing_account(store, id, patch), settings.public_url)


@router.delete(
    "/billingAccount/{id}", operation_id="deleteBillingAccount", status_code=status.HTTP_204_NO_CONTENT
)
def delete_billing_account(id: str, store: StoreDep) -> Response:
    service.billing_accounts(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
