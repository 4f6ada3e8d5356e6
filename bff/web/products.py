"""A signed-in customer's products (TMF637): listing them, changing one's speed, ending one."""

from __future__ import annotations

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse

from bff.channel.deps import ServicesDep
from bff.channel.schemas import KEYED_ERRORS, ErrorBody, Responses
from bff.core.exactly_once import Ready
from bff.core.inventory import products_of
from bff.core.models import OrderView, ProductList
from bff.core.product_changes import CeaseRequest, ModifyRequest, cease_product, modify_product
from bff.web.deps import IdPath, KeyedDep, OwnerDep
from bff.web.responses import ERRORS, SIGNED_IN

router = APIRouter(prefix="/api/v1", tags=["Products"], responses=ERRORS)

CHANGE_ERRORS: Responses = {
    409: {
        "model": ErrorBody,
        "description": "PRODUCT_CANNOT_BE_CHANGED, CHANGE_IN_PROGRESS; a cease: EARLY_TERMINATION_CHARGE "
        "(the charge, monthsLeft and contractEndsOn: send it back as acceptCharge)",
    },
    **SIGNED_IN,
    **KEYED_ERRORS,
}


@router.get("/products", summary="The signed-in customer's products (TMF637)", responses=SIGNED_IN)
async def list_products(services: ServicesDep, owner: OwnerDep) -> ProductList:
    settings = services.settings
    return await products_of(
        services.backends.tmf637,
        services.catalog,
        owner.customer_id,
        currency=settings.currency,
        discount_percent=settings.early_termination_discount_percent,
    )


@router.post(
    "/products/{product_id}/modify",
    summary="Change a product's speed (a TMF622 modify order)",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses=CHANGE_ERRORS,
)
async def modify(product_id: IdPath, body: ModifyRequest, owner: OwnerDep, keyed: KeyedDep) -> JSONResponse:
    services = keyed.services
    backends = services.backends

    async def make(ready: Ready) -> tuple[OrderView, bool]:
        # One change of a line at a time, across workers: the check of open changes and the create together.
        async with services.locks.hold(f"product:{product_id}"):
            return await modify_product(
                orders=backends.tmf622,
                inventory=backends.tmf637,
                qualification=backends.tmf645,
                quotes=backends.tmf648,
                currency=services.settings.currency,
                catalog=services.catalog,
                product_id=product_id,
                request=body,
                idempotency_key=keyed.key,
                channel_id=services.settings.channel_id,
                ready=ready,
                owner=owner,
            )

    return await keyed.create(body, make)


@router.post(
    "/products/{product_id}/cease",
    summary="End a product (a TMF622 delete order); inside its minimum term, accepting its charge",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses=CHANGE_ERRORS,
)
async def cease(
    product_id: IdPath, owner: OwnerDep, keyed: KeyedDep, body: CeaseRequest | None = None
) -> JSONResponse:
    services = keyed.services
    request = body or CeaseRequest()

    async def make(ready: Ready) -> tuple[OrderView, bool]:
        async with services.locks.hold(f"product:{product_id}"):
            return await cease_product(
                orders=services.backends.tmf622,
                inventory=services.backends.tmf637,
                product_id=product_id,
                request=request,
                catalog=services.catalog,
                idempotency_key=keyed.key,
                channel_id=services.settings.channel_id,
                ready=ready,
                owner=owner,
                currency=services.settings.currency,
                discount_percent=services.settings.early_termination_discount_percent,
            )

    return await keyed.create(request, make)
