"""TMF679 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf679 import service

router = APIRouter(prefix=service.API_PATH, tags=["Product Offering Qualification"])

# Validated by the service against the official schema, so the document is stored exactly as sent.
JsonBody = Annotated[dict[str, Any], Body(description="The qualification request")]


@router.get("/productOfferingQualification", operation_id="listProductOfferingQualification")
def list_qualifications(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.qualifications(store).list(query), query, settings.public_url)


@router.post(
    "/productOfferingQualification",
    operation_id="createProductOfferingQualification",
    status_code=status.HTTP_201_CREATED,
)
def create_qualification(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create(store, body)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/productOfferingQualification/{id}", operation_id="retrieveProductOfferingQualification")
def retrieve_qualification(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(service.qualifications(store).get(id), settings.public_url, fields=fields)
