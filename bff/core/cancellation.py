"""Cancelling an order: a TMF622 cancelProductOrder task for it (the order's own state follows later).

    [622 order ∥ 622 cancellations of this order] → 622 create cancelProductOrder [→ 622 PATCH note]

An agent's cancellation on the customer's behalf (from the store's 360) is noted on the order with the
agent's name and store, as their other changes are (visit_changes.StaffChange): TMF622's cancelProductOrder
has no party of its own to name them.

A cancellation already asked for is returned rather than asked again, so a retry whose answer was lost does
not make a second task (the idempotency store is the first line of defence, this the second).
"""

from __future__ import annotations

import asyncio
import logging

from pydantic import Field

from bff.core.clients.base import TmfError, TmfNotFound, TmfRejected
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.customers import Owner
from bff.core.errors import OrderCannotBeCancelled, OrderNotFound
from bff.core.exactly_once import Ready, no_wait
from bff.core.filters import find_checked
from bff.core.models import CancellationView, ChannelModel, MultilineText
from bff.core.visit_changes import StaffChange, notes_with
from tmf_models.tmf622 import CancelProductOrder, CancelProductOrderCreate, ProductOrder

# TMF622 order states from which nothing can be cancelled any more (or a cancellation is under way).
NOT_CANCELLABLE = {
    "completed",
    "cancelled",
    "failed",
    "rejected",
    "partial",
    "assessingCancellation",
    "pendingCancellation",
}

log = logging.getLogger(__name__)


class CancelRequest(ChannelModel):
    reason: MultilineText | None = Field(None, max_length=500)


def _view(task: CancelProductOrder, order_id: str) -> CancellationView:
    return CancellationView(
        id=task.id or "",
        order_id=task.product_order.id if task.product_order else order_id,
        state=str(task.state.value if task.state else "acknowledged"),
        reason=task.cancellation_reason,
    )


async def _order(orders: Tmf622Client, order_id: str) -> ProductOrder:
    try:
        return await orders.get_product_order(order_id)
    except TmfNotFound:
        raise OrderNotFound() from None


def _customer_of(order: ProductOrder) -> str | None:
    for party in order.related_party or []:
        if party.field_referred_type == "Customer" and (party.role or "").lower() == "customer":
            return party.id
    return None


async def cancel_order(
    orders: Tmf622Client,
    order_id: str,
    request: CancelRequest,
    ready: Ready = no_wait,
    owner: Owner | None = None,
    by: StaffChange | None = None,
) -> tuple[CancellationView, bool]:
    """The cancellation of the order, and whether it was asked for now (False: it already was).

    With `owner`, only that customer's order may be cancelled (else 403). `by`: an agent's cancellation,
    noted on the order."""
    order, earlier = await asyncio.gather(
        _order(orders, order_id),
        find_checked(orders.api, orders.find_cancellations, {"productOrder.id": order_id}),
    )
    if owner is not None:
        owner.check(_customer_of(order))
    if earlier:
        return _view(earlier[0], order_id), False
    state = order.state.value if order.state else "acknowledged"
    if state in NOT_CANCELLABLE:
        raise OrderCannotBeCancelled(f"This order is {state} and can no longer be cancelled.")
    task = CancelProductOrderCreate.model_validate(
        {
            "@type": "CancelProductOrder",
            "productOrder": {"id": order_id, "@referredType": "ProductOrder"},
            "cancellationReason": request.reason
            or ("Cancelled by the customer" if by is None else by.note("Cancelled")["text"]),
        }
    )
    await ready()
    try:
        created = await orders.cancel_product_order(task)
    except TmfRejected as exc:
        if isinstance(exc, TmfNotFound) or exc.status not in (400, 409, 422):
            raise
        raise OrderCannotBeCancelled() from exc  # the order manager refused: too late in fulfilment
    if by is not None:
        # The cancellation itself is asked for; a refused note is logged rather than failing it.
        try:
            await orders.patch_product_order(
                order_id, {"note": notes_with(order, by.note("Cancellation asked"))}
            )
        except TmfError as exc:
            log.warning("the agent's cancellation was not noted on the order", extra={"reason": str(exc)})
    return _view(created, order_id), True
