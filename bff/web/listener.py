"""Where the TMF622 event hub delivers order events (the callback the BFF registers at start).

Accepts the callback URL itself and the TMF v4 `…/listener/<eventName>` form below it. The event only
wakes the streams following the order (see bff/core/order_events.py), in every worker (order_fanout.py);
its body is not trusted as state.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status

from bff.channel.deps import ServicesDep
from bff.channel.schemas import REQUEST_ERRORS
from bff.core.order_events import LISTENER_PATH, order_id_of_event

log = logging.getLogger("bff.events")

# No token here on purpose (docs/architecture.md, "Order events"), so no 401; an unreadable body is a 400.
router = APIRouter(prefix=LISTENER_PATH, tags=["TMF event listener"], responses={400: REQUEST_ERRORS[400]})

EventBody = Annotated[dict[str, Any], Body(description="A TMF622 event (eventType, event.productOrder ...)")]


async def _receive(event: dict[str, Any], services: ServicesDep) -> Response:
    order_id = order_id_of_event(event)
    if order_id is None:
        log.info("ignored a TMF622 event without an order", extra={"eventType": event.get("eventType")})
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    await services.fanout.announce(order_id)
    log.info("TMF622 event", extra={"eventType": event.get("eventType"), "orderId": order_id})
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("", summary="TMF622 event callback", status_code=status.HTTP_204_NO_CONTENT)
async def receive_event(event: EventBody, services: ServicesDep) -> Response:
    return await _receive(event, services)


@router.post(
    "/listener/{event_name}",
    summary="TMF622 event callback (v4 per-event form)",
    status_code=status.HTTP_204_NO_CONTENT,
)
async def receive_named_event(event_name: str, event: EventBody, services: ServicesDep) -> Response:
    return await _receive(event, services)
