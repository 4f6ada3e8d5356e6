"""TMF637 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf637 import service
from tmf_models.tmf637 import ProductCreate

router = APIRouter(prefix=service.API_PATH, tags=["Product Inventory"])

MergePatch = Annotated[dict[str, Any], Body(description="JSON merge patch (attributes of Product_Update)")]


@router.get("/product", operation_id="listProduct")
def list_products(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.list_products(store, query), query, settings.public_url)


@router.post("/product", operation_id="createProduct", status_code=status.HTTP_201_CREATED)
def create_product(product: ProductCreate, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_product(store, product)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/product/{id}", operation_id="retrieveProduct")
def retrieve_product(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(service.products(store).get(id), settings.public_url, fields=fields)


@router.patch("/product/{id}", operation_id="patchProduct")
def patch_product(id: str, patch: MergePatch, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_product(store, id, patch), settings.public_url)


@router.delete("/product/{id}", operation_id="deleteProduct", status_code=status.HTTP_204_NO_CONTENT)
def delete_product(id: str, store: StoreDep) -> Response:
    service.products(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
