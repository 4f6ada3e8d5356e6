"""TMF646 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf646 import service

router = APIRouter(prefix=service.API_PATH, tags=["Appointment"])

# Validated by the service against the official schema, so the document is stored exactly as sent.
JsonBody = Annotated[dict[str, Any], Body(description="The resource, or a JSON merge patch")]


@router.get("/appointment", operation_id="listAppointment")
def list_appointments(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    service.expire_holds(store)
    return tmf630.page_response(service.appointments(store).list(query), query, settings.public_url)


@router.post("/appointment", operation_id="createAppointment", status_code=status.HTTP_201_CREATED)
def create_appointment(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_appointment(store, body, settings.appointment_hold_minutes)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/appointment/{id}", operation_id="retrieveAppointment")
def retrieve_appointment(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    service.expire_holds(store)
    return tmf630.resource_response(service.appointments(store).get(id), settings.public_url, fields=fields)


@router.patch("/appointment/{id}", operation_id="patchAppointment")
def patch_appointment(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_appointment(store, id, patch), settings.public_url)


@router.delete("/appointment/{id}", operation_id="deleteAppointment", status_code=status.HTTP_204_NO_CONTENT)
def delete_appointment(id: str, store: StoreDep) -> Response:
    service.delete_appointment(store, id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/searchTimeSlot", operation_id="listSearchTimeSlot")
def list_searches(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.searches(store).list(query), query, settings.public_url)


@router.post("/searchTimeSlot", operation_id="createSearchTimeSlot", status_code=status.HTTP_201_CREATED)
def create_search(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.search(store, body)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/searchTimeSlot/{id}", operation_id="retrieveSearchTimeSlot")
def retrieve_search(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(service.searches(store).get(id), settings.public_url, fields=fields)


@router.patch("/searchTimeSlot/{id}", operation_id="patchSearchTimeSlot")
def patch_search(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_search(store, id, patch), settings.public_url)


@router.delete(
    "/searchTimeSlot/{id}", operation_id="deleteSearchTimeSlot", status_code=status.HTTP_204_NO_CONTENT
)
def delete_search(id: str, store: StoreDep) -> Response:
    service.searches(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
