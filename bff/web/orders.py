"""A signed-in customer's orders: placing one, listing, reading and following them, asking to cancel one."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field, model_validator

from bff.channel.auth import CustomerPrincipal
from bff.channel.deps import ServicesDep
from bff.channel.schemas import KEYED_ERRORS, ErrorBody
from bff.channel.sse import event_stream
from bff.core.appointments import VisitSlot
from bff.core.backends import ChannelServices
from bff.core.cancellation import CancelRequest, cancel_order
from bff.core.contract_summary import ContractSummaryNotAccepted
from bff.core.customers import Owner
from bff.core.exactly_once import Ready
from bff.core.models import (
    CancellationView,
    ChannelModel,
    Consents,
    ContractSummary,
    OrderList,
    OrderView,
    QuoteSummary,
)
from bff.core.order_events import order_updates
from bff.core.ordering import OrderAsked, OrderRequest, get_order, orders_of, place_order
from bff.core.staff.quotes import check_quote_for
from bff.core.visit_changes import ChangeRules, cancel_visit, reschedule_visit
from bff.web.deps import IdPath, KeyedDep, OwnerDep
from bff.web.responses import ERRORS, SIGNED_IN
from bff.web.visits import SlotChoice

router = APIRouter(prefix="/api/v1", tags=["Orders"], responses=ERRORS)


class WebOrderRequest(OrderRequest):
    """An order placed online: the customer's consents are required (the credit check and the terms agreed),
    and a chosen visit slot must be ahead."""

    consents: Consents = Field(description="What the customer agreed to: the credit check and terms must be")
    contract_summary_accepted: bool = Field(
        False,
        description="The customer confirmed they read the contract summary (else 422 "
        "CONTRACT_SUMMARY_NOT_ACCEPTED)",
    )
    contract_summary_version: str | None = Field(
        None,
        pattern=r"^[0-9a-f]{1,64}$",
        description="The `version` of the contract summary read (POST /api/v1/quotes `contractSummary`); the "
        "order is placed only if its summary is still that one, else 409 CONTRACT_SUMMARY_CHANGED with the "
        "new `contractSummary`",
    )

    @model_validator(mode="after")
    def _slot_ahead(self) -> WebOrderRequest:
        if self.installation_slot is not None and self.installation_slot.start <= datetime.now(UTC):
            raise ValueError("the installation slot must be in the future: choose another visit")
        return self


class OrderRefusal(ErrorBody):
    """A refused order; a refusal for its price or its contract summary carries the one to accept now."""

    quote: QuoteSummary | None = Field(None, description="PRICE_CHANGED, QUOTE_EXPIRED: the price now")
    contract_summary: ContractSummary | None = Field(
        None, description="CONTRACT_SUMMARY_CHANGED: the contract summary to read and confirm now"
    )


@router.post(
    "/orders",
    summary="Order broadband at an address",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses={
        200: {"model": OrderView, "description": "Already placed with this Idempotency-Key"},
        **SIGNED_IN,
        **KEYED_ERRORS,
        409: {
            "model": OrderRefusal,
            "description": "CONTRACT_SUMMARY_CHANGED (with the summary now), PRICE_CHANGED and QUOTE_EXPIRED "
            "(with the price now), REQUEST_IN_PROGRESS and the order's other refusals",
        },
        422: {
            "description": "CONTRACT_SUMMARY_NOT_ACCEPTED, IDEMPOTENCY_KEY_REUSED or a refused request",
        },
    },
)
async def create_order(body: WebOrderRequest, caller: CustomerPrincipal, keyed: KeyedDep) -> JSONResponse:
    assert caller.customer_id is not None  # CustomerPrincipal has one
    if not (body.contract_summary_accepted and body.contract_summary_version):
        raise ContractSummaryNotAccepted()  # Ofcom GC C1: the summary is read before the contract is made
    services = keyed.services
    asked = OrderAsked(
        body,
        caller.customer_id,
        keyed.key,
        services.settings.channel_id,
        accepted_summary=body.contract_summary_version,
    )

    async def make(ready: Ready) -> tuple[OrderView, bool]:
        if body.quote_id:
            # A quote is the customer's own, open and unexpired, or the order does not name it.
            owner = await services.customers.owner(services.backends.tmf629, caller.customer_id or "")
            await check_quote_for(services, body.quote_id, owner.customer_id)
        return await place_order(services, asked, ready)

    return await keyed.create(body, make)


@router.get("/account/orders", summary="The signed-in customer's orders, newest first", responses=SIGNED_IN)
async def my_orders(services: ServicesDep, owner: OwnerDep) -> OrderList:
    return await orders_of(services.backends.tmf622, owner.customer_id)


@router.get("/orders/{order_id}", summary="An order and its state", responses=SIGNED_IN)
async def read_order(order_id: IdPath, services: ServicesDep, owner: OwnerDep) -> OrderView:
    backends = services.backends
    return await get_order(backends.tmf622, backends.tmf632, order_id, owner, backends.tmf646)


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
        return await get_order(backends.tmf622, backends.tmf632, order_id, owner, backends.tmf646)

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


class VisitChange(ChannelModel):
    """Another slot for the order's engineer visit, as offered by GET /api/v1/visits/slots."""

    slot: SlotChoice


VISIT_REFUSALS: dict[int | str, dict[str, Any]] = {
    409: {
        "model": ErrorBody,
        "description": "VISIT_TOO_SOON (within the notice of the visit), VISIT_NOT_CHANGEABLE (the order no "
        "longer waits for its visit), SLOT_TAKEN (choose another slot)",
    }
}


@router.post(
    "/orders/{order_id}/visit",
    summary="Move the order's engineer visit to another slot (or book one for a cancelled visit)",
    response_model=OrderView,
    responses={**VISIT_REFUSALS, **SIGNED_IN, **KEYED_ERRORS},
)
async def change_visit(order_id: IdPath, body: VisitChange, owner: OwnerDep, keyed: KeyedDep) -> JSONResponse:
    services = keyed.services
    backends = services.backends
    slot = VisitSlot(id=body.slot.id, start=body.slot.start, end=body.slot.end)
    rules = ChangeRules.of(services.settings)

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        await reschedule_visit(backends.tmf622, backends.tmf646, order_id, slot, owner, rules, ready)
        return status.HTTP_200_OK, await _order_now(services, order_id, owner)

    return await keyed.answer(body, step)


@router.post(
    "/orders/{order_id}/visit/cancel",
    summary="Cancel the order's engineer visit (the order waits, held, until another slot is booked)",
    response_model=OrderView,
    responses={**VISIT_REFUSALS, **SIGNED_IN, **KEYED_ERRORS},
)
async def cancel_visit_of(order_id: IdPath, owner: OwnerDep, keyed: KeyedDep) -> JSONResponse:
    services = keyed.services
    backends = services.backends
    rules = ChangeRules.of(services.settings)

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        await cancel_visit(backends.tmf622, backends.tmf646, order_id, owner, rules, ready)
        return status.HTTP_200_OK, await _order_now(services, order_id, owner)

    return await keyed.answer(None, step)


async def _order_now(services: ChannelServices, order_id: str, owner: Owner) -> OrderView:
    backends = services.backends
    return await get_order(backends.tmf622, backends.tmf632, order_id, owner, backends.tmf646)
