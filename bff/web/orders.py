"""A signed-in customer's orders: placing one, listing, reading and following them, asking to cancel one."""

from __future__ import annotations

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel

from bff.channel.auth import CustomerPrincipal
from bff.channel.deps import ServicesDep
from bff.channel.schemas import KEYED_ERRORS, ErrorBody
from bff.channel.sse import event_stream
from bff.core.cancellation import CancelRequest, cancel_order
from bff.core.exactly_once import Ready
from bff.core.models import CancellationView, OrderList, OrderView
from bff.core.order_events import order_updates
from bff.core.ordering import OrderAsked, OrderRequest, get_order, orders_of, place_order
from bff.web.deps import IdPath, KeyedDep, OwnerDep
from bff.web.responses import ERRORS, SIGNED_IN

router = APIRouter(prefix="/api/v1", tags=["Orders"], responses=ERRORS)


@router.post(
    "/orders",
    summary="Order broadband at an address",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses={
        200: {"model": OrderView, "description": "Already placed with this Idempotency-Key"},
        **SIGNED_IN,
        **KEYED_ERRORS,
    },
)
async def create_order(body: OrderRequest, caller: CustomerPrincipal, keyed: KeyedDep) -> JSONResponse:
    assert caller.customer_id is not None  # CustomerPrincipal has one
    services = keyed.services
    asked = OrderAsked(body, caller.customer_id, keyed.key, services.settings.channel_id)
    return await keyed.create(body, lambda ready: place_order(services, asked, ready))


@router.get("/account/orders", summary="The signed-in customer's orders, newest first", responses=SIGNED_IN)
async def my_orders(services: ServicesDep, owner: OwnerDep) -> OrderList:
    return await orders_of(services.backends.tmf622, owner.customer_id)


@router.get("/orders/{order_id}", summary="An order and its state", responses=SIGNED_IN)
async def read_order(order_id: IdPath, services: ServicesDep, owner: OwnerDep) -> OrderView:
    return await get_order(services.backends.tmf622, services.backends.tmf632, order_id, owner)


@router.get(
    "/orders/{order_id}/events",
    summary="Server-Sent Events: the order now, then each change until it is final",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "`event: order`, data an Order"},
        **SIGNED_IN,
    },
)
async def follow_order(order_id: IdPath, services: ServicesDep, owner: OwnerDep) -> StreamingResponse:
    backends = services.backends

    async def read() -> OrderView:
        return await get_order(backends.tmf622, backends.tmf632, order_id, owner)

    first = await read()  # an unknown order is a 404 before the stream starts
    settings = services.settings
    updates = order_updates(
        services.events,
        first,
        read,
        poll_seconds=settings.order_poll_seconds,
        max_seconds=settings.order_stream_max_seconds,
    )
    return event_stream(updates, "order")


@router.post(
    "/orders/{order_id}/cancel",
    summary="Ask for an order to be cancelled",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=CancellationView,
    responses={
        409: {"model": ErrorBody, "description": "ORDER_CANNOT_BE_CANCELLED"},
        **SIGNED_IN,
        **KEYED_ERRORS,
    },
)
async def cancel(
    order_id: IdPath, owner: OwnerDep, keyed: KeyedDep, body: CancelRequest | None = None
) -> JSONResponse:
    reason = body or CancelRequest()

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        cancellation, _ = await cancel_order(keyed.services.backends.tmf622, order_id, reason, ready, owner)
        return status.HTTP_202_ACCEPTED, cancellation

    return await keyed.answer(reason, step)
