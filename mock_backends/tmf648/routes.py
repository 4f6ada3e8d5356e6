"""TMF648 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf648 import service
from tmf_models.tmf648 import QuoteCreate

router = APIRouter(prefix=service.API_PATH, tags=["Quote Management"])

# A merge patch is validated after merging (Quote_Update itself requires quoteItem).
MergePatch = Annotated[dict[str, Any], Body(description="JSON merge patch (attributes of Quote_Update)")]


@router.get("/quote", operation_id="listQuote")
def list_quotes(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.list_quotes(store, query), query, settings.public_url)


@router.post("/quote", operation_id="createQuote", status_code=status.HTTP_201_CREATED)
def create_quote(quote: QuoteCreate, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_quote(store, quote)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/quote/{id}", operation_id="retrieveQuote")
def retrieve_quote(id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.quotes(store).get(id), settings.public_url, fields=fields)


@router.patch("/quote/{id}", operation_id="patchQuote")
def patch_quote(id: str, patch: MergePatch, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_quote(store, id, patch), settings.public_url)


@router.delete("/quote/{id}", operation_id="deleteQuote", status_code=status.HTTP_204_NO_CONTENT)
def delete_quote(id: str, store: StoreDep) -> Response:
    service.quotes(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
