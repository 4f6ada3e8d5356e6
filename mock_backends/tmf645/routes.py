"""TMF645 routes (thin: parse, call the service, render)."""

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf645 import service
from tmf_models.tmf645 import CheckServiceQualificationCreate

router = APIRouter(prefix=service.API_PATH, tags=["Service Qualification"])


@router.get("/checkServiceQualification", operation_id="listCheckServiceQualification")
def list_checks(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.list_checks(store, query), query, settings.public_url)


@router.post(
    "/checkServiceQualification",
    operation_id="createCheckServiceQualification",
    status_code=status.HTTP_201_CREATED,
)
def create_check(
    request: CheckServiceQualificationCreate, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    created = service.check(store, request)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/checkServiceQualification/{id}", operation_id="retrieveCheckServiceQualification")
def retrieve_check(id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.checks(store).get(id), settings.public_url, fields=fields)
