"""A store's own screens: its order queue (live), one order's timings, and the manager's approvals.

Everything here is the store's in the path: staff of another store get 403; approving and rejecting need a
manager of this store (403 for agents and for other stores' managers).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from fastapi.responses import StreamingResponse

from bff.channel.deps import ServicesDep
from bff.channel.schemas import ErrorBody, Responses
from bff.channel.sse import event_stream
from bff.config import Settings
from bff.core.basket import ID_PATTERN
from bff.core.clients.base import TmfNotFound
from bff.core.errors import OrderNotFound
from bff.core.staff.approvals import approvals_of, decide
from bff.core.staff.commitments import QueueView
from bff.core.staff.models import ApprovalList, QueueEntry, RejectRequest, RetailOrderView, StoreQueue
from bff.core.staff.orders import OrderReading, store_of
from bff.core.staff.queue import build_queue, queue_updates, store_queue
from bff.core.staff.store_area import StoreArea
from bff.retail.deps import StoreIdPath, StoreManagerDep, StoreStaffDep
from bff.retail.responses import ERRORS

router = APIRouter(prefix="/api/v1/stores/{storeId}", responses=ERRORS)

OrderIdPath = Annotated[str, Path(alias="orderId", pattern=ID_PATTERN)]
STATES = r"^[A-Za-z]+(,[A-Za-z]+)*$"
ViewQuery = Annotated[
    QueueView | None,
    Query(
        description="Only the orders due today (visit or promised date), with a missed engineer visit, or "
        "with an engineer visit booked and still to come",
    ),
]


@router.get("/orders", tags=["Store queue"], summary="The store's orders by state, jeopardy first")
async def read_queue(
    store_id: StoreIdPath,
    staff: StoreStaffDep,
    services: ServicesDep,
    state: Annotated[
        str | None,
        Query(pattern=STATES, description="Comma-separated TMF622 states", examples=["held,inProgress"]),
    ] = None,
    in_jeopardy: Annotated[bool, Query(alias="inJeopardy", description="Only orders in jeopardy")] = False,
    view: ViewQuery = None,
) -> StoreQueue:
    settings = services.settings
    return await store_queue(
        services.backends.tmf622,
        store_id=store_id,
        reading=OrderReading.of(settings),
        targets=settings.retail_jeopardy_seconds,
        states=state.split(",") if state else None,
        jeopardy_only=in_jeopardy,
        **_commitments(services.settings, store_id, view),
    )


def _commitments(settings: Settings, store_id: str, view: QueueView | None) -> dict[str, Any]:
    """The queue's area, view and at-risk window (commitments.py, store_area.py)."""
    at_risk = timedelta(hours=settings.retail_at_risk_hours)
    return {"area": StoreArea.of(settings, store_id), "view": view, "at_risk": at_risk}


@router.get(
    "/orders/events",
    tags=["Store queue"],
    summary="Server-Sent Events: the store's queue now, then each time it changes",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "`event: queue`, data a StoreQueue"}
    },
)
async def follow_queue(
    store_id: StoreIdPath, staff: StoreStaffDep, services: ServicesDep, view: ViewQuery = None
) -> StreamingResponse:
    settings = services.settings

    async def read() -> StoreQueue:
        return await store_queue(
            services.backends.tmf622,
            store_id=store_id,
            reading=OrderReading.of(settings),
            targets=settings.retail_jeopardy_seconds,
            **_commitments(settings, store_id, view),
        )

    updates = queue_updates(
        read, poll_seconds=settings.retail_queue_poll_seconds, max_seconds=settings.order_stream_max_seconds
    )
    return event_stream(updates, "queue")


@router.get(
    "/orders/{orderId}", tags=["Store queue"], summary="One of the store's orders: state, jeopardy, phases"
)
async def read_store_order(
    store_id: StoreIdPath, order_id: OrderIdPath, staff: StoreStaffDep, services: ServicesDep
) -> QueueEntry:
    settings = services.settings
    try:
        order = await services.backends.tmf622.get_product_order(order_id)
    except TmfNotFound:
        raise OrderNotFound() from None
    body = order.model_dump(mode="json", by_alias=True, exclude_none=True)
    ours = store_of(body, settings.retail_channel_id) == store_id
    if not ours and not StoreArea.of(settings, store_id).covers(body):
        raise OrderNotFound()
    queue = build_queue(
        [order],
        store_id=store_id,
        reading=OrderReading.of(settings),
        targets=settings.retail_jeopardy_seconds,
        now=datetime.now(UTC),
        at_risk=timedelta(hours=settings.retail_at_risk_hours),
    )
    return queue.orders[0]


@router.get("/approvals", tags=["Approvals"], summary="The store's orders held for a decision, oldest first")
async def list_approvals(store_id: StoreIdPath, staff: StoreStaffDep, services: ServicesDep) -> ApprovalList:
    settings = services.settings
    return await approvals_of(
        services.backends.tmf622,
        store_id=store_id,
        reading=OrderReading.of(settings),
        store_names=settings.retail_store_names,
    )


DECISION_ERRORS: Responses = {
    409: {"model": ErrorBody, "description": "ORDER_NOT_HELD: decided already otherwise"}
}


@router.post(
    "/approvals/{orderId}/approve",
    tags=["Approvals"],
    summary="Approve a held order (TMF622 held → inProgress): it proceeds",
    responses=DECISION_ERRORS,
)
async def approve(
    store_id: StoreIdPath, order_id: OrderIdPath, manager: StoreManagerDep, services: ServicesDep
) -> RetailOrderView:
    return await decide(
        services.backends.tmf622,
        order_id=order_id,
        store_id=store_id,
        reading=OrderReading.of(services.settings),
        manager=manager,
        approve=True,
    )


@router.post(
    "/approvals/{orderId}/reject",
    tags=["Approvals"],
    summary="Reject a held order (TMF622 held → rejected, the reason in a note)",
    responses=DECISION_ERRORS,
)
async def reject(
    store_id: StoreIdPath,
    order_id: OrderIdPath,
    body: RejectRequest,
    manager: StoreManagerDep,
    services: ServicesDep,
) -> RetailOrderView:
    return await decide(
        services.backends.tmf622,
        order_id=order_id,
        store_id=store_id,
        reading=OrderReading.of(services.settings),
        manager=manager,
        approve=False,
        reason=body.reason,
    )
