"""TMF622 routes (thin: parse, call the service, render)."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.tmf622 import cancellation, service
from tmf_models.tmf622 import CancelProductOrderCreate, ProductOrderCreate

router = APIRouter(prefix=service.API_PATH, tags=["Product Ordering"])

# A merge patch is validated after merging (ProductOrder_Update itself requires productOrderItem).
MergePatch = Annotated[
    dict[str, Any], Body(description="JSON merge patch (attributes of ProductOrder_Update)")
]


@router.get("/productOrder", operation_id="listProductOrder")
def list_product_orders(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.page_response(service.list_orders(store, query), query, settings.public_url)


@router.post("/productOrder", operation_id="createProductOrder", status_code=status.HTTP_201_CREATED)
def create_product_order(order: ProductOrderCreate, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    created = service.create_order(store, order)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/productOrder/{id}", operation_id="retrieveProductOrder")
def retrieve_product_order(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(service.orders(store).get(id), settings.public_url, fields=fields)


@router.patch("/productOrder/{id}", operation_id="patchProductOrder")
def patch_product_order(id: str, patch: MergePatch, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    return tmf630.resource_response(service.patch_order(store, id, patch), settings.public_url)


@router.delete(
    "/productOrder/{id}", operation_id="deleteProductOrder", status_code=status.HTTP_204_NO_CONTENT
)
def delete_product_order(id: str, store: StoreDep) -> Response:
    service.orders(store).delete(id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/cancelProductOrder", operation_id="listCancelProductOrder")
def list_cancel_product_orders(
    query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.page_response(cancellation.list_tasks(store, query), query, settings.public_url)


@router.post(
    "/cancelProductOrder", operation_id="createCancelProductOrder", status_code=status.HTTP_201_CREATED
)
def create_cancel_product_order(
    request: CancelProductOrderCreate, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    created = cancellation.request_cancellation(store, request)
    return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)


@router.get("/cancelProductOrder/{id}", operation_id="retrieveCancelProductOrder")
def retrieve_cancel_product_order(
    id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
) -> JSONResponse:
    return tmf630.resource_response(cancellation.tasks(store).get(id), settings.public_url, fields=fields)
