"""Changes an agent makes on a customer's behalf from the 360: a line's speed (a TMF622 modify order) and its
end (a delete order, accepting any early-termination charge the 360 showed), under the same rules as online
(bff/core/product_changes.py), with the store's channel, the agent and a note on the order."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, status
from fastapi.responses import JSONResponse

from bff.channel.auth import StaffPrincipal
from bff.channel.schemas import KEYED_ERRORS, ErrorBody, Responses
from bff.core.basket import ID_PATTERN
from bff.core.customers import Owner
from bff.core.exactly_once import Ready
from bff.core.models import OrderView
from bff.core.product_changes import CeaseRequest, ModifyRequest, cease_product, modify_product
from bff.core.staff.orders import Placement, as_placed
from bff.retail.deps import KeyedDep
from bff.retail.responses import ERRORS

router = APIRouter(prefix="/api/v1/customers/{customerId}/products", tags=["Customers"], responses=ERRORS)

CustomerIdPath = Annotated[str, Path(alias="customerId", pattern=ID_PATTERN)]
ProductIdPath = Annotated[str, Path(alias="productId", pattern=ID_PATTERN)]
CHANGE_ERRORS: Responses = {
    409: {
        "model": ErrorBody,
        "description": "PRODUCT_CANNOT_BE_CHANGED, CHANGE_IN_PROGRESS; an end: EARLY_TERMINATION_CHARGE (the "
        "charge, monthsLeft and contractEndsOn: send it back as acceptCharge once the customer agrees)",
    },
    **KEYED_ERRORS,
}


@router.post(
    "/{productId}/modify",
    summary="Change the speed of a customer's line on their behalf (a TMF622 modify order)",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses=CHANGE_ERRORS,
)
async def modify_for_customer(
    customer_id: CustomerIdPath,
    product_id: ProductIdPath,
    body: ModifyRequest,
    staff: StaffPrincipal,
    keyed: KeyedDep,
) -> JSONResponse:
    services = keyed.services
    backends, settings = services.backends, services.settings
    offer = (await services.catalog.get()).offer(body.offer_id)  # 404 OFFER_NOT_FOUND before anything
    placement = Placement(channel_id=settings.retail_channel_id, store_id=staff.store_id, agent=staff)

    def in_store(order: dict[str, Any]) -> None:
        as_placed(order, settings.retail_channel_id, placement, offer, datetime.now().astimezone())

    async def make(ready: Ready) -> tuple[OrderView, bool]:
        async with services.locks.hold(f"product:{product_id}"):  # one change of a line at a time
            return await modify_product(
                orders=backends.tmf622,
                inventory=backends.tmf637,
                qualification=backends.tmf645,
                quotes=backends.tmf648,
                currency=settings.currency,
                catalog=services.catalog,
                product_id=product_id,
                request=body,
                idempotency_key=keyed.key,
                channel_id=settings.retail_channel_id,
                ready=ready,
                owner=Owner(customer_id),  # only this customer's line (else 403)
                on_behalf=in_store,
            )

    return await keyed.create(body, make)


@router.post(
    "/{productId}/cease",
    summary="End a customer's line on their behalf (a TMF622 delete order), accepting its charge in its term",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses=CHANGE_ERRORS,
)
async def cease_for_customer(
    customer_id: CustomerIdPath,
    product_id: ProductIdPath,
    staff: StaffPrincipal,
    keyed: KeyedDep,
    body: CeaseRequest | None = None,
) -> JSONResponse:
    services = keyed.services
    settings = services.settings
    request = body or CeaseRequest()
    placement = Placement(channel_id=settings.retail_channel_id, store_id=staff.store_id, agent=staff)

    def in_store(order: dict[str, Any]) -> None:
        as_placed(order, settings.retail_channel_id, placement, None, datetime.now().astimezone())

    async def make(ready: Ready) -> tuple[OrderView, bool]:
        async with services.locks.hold(f"product:{product_id}"):  # one change of a line at a time
            return await cease_product(
                orders=services.backends.tmf622,
                inventory=services.backends.tmf637,
                product_id=product_id,
                request=request,
                catalog=services.catalog,
                idempotency_key=keyed.key,
                channel_id=settings.retail_channel_id,
                ready=ready,
                owner=Owner(customer_id),  # only this customer's line (else 403)
                currency=settings.currency,
                discount_percent=settings.early_termination_discount_percent,
                on_behalf=in_store,
            )

    return await keyed.create(request, make)
