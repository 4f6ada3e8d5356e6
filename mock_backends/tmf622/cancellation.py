"""cancelProductOrder: the task that cancels an order, and the order's way to `cancelled`.

POST checks the order at once: an unknown order is a 400 (the reference in the body is wrong), one that is
final (completed, failed, partial, rejected, cancelled) or already being cancelled is a 409, and no task is
made. Otherwise the task is `acknowledged` and the order `assessingCancellation` in the same transaction;
the order manager then moves them on (engine.py): order pendingCancellation + task inProgress, then order
cancelled (cancellationDate, cancellationReason, items cancelled, its TMF646 visit given back) + task
done. A client cannot take an order off that path (lifecycle.py), so an accepted task always ends `done`.
"""

from datetime import UTC, datetime
from typing import Any

from mock_backends import tmf630
from mock_backends.errors import BadRequest, Conflict
from mock_backends.resources import Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf622 import fulfilment, lifecycle, visits
from mock_backends.tmf622.service import API_PATH, orders
from tmf_models.tmf622 import CancelProductOrderCreate

CANCEL_PRODUCT_ORDER = ResourceKind("cancelProductOrder", API_PATH)

ACKNOWLEDGED = "acknowledged"
IN_PROGRESS = "inProgress"
DONE = "done"
OPEN_TASK_STATES = (ACKNOWLEDGED, IN_PROGRESS)

DEFAULT_REASON = "Cancelled at the customer's request"


def tasks(store: DocumentStore) -> Collection:
    return Collection(store, CANCEL_PRODUCT_ORDER)


def list_tasks(store: DocumentStore, query: tmf630.ListQuery) -> tmf630.Page:
    return tasks(store).list(query)


def request_cancellation(store: DocumentStore, request: CancelProductOrderCreate) -> JsonDocument:
    body: dict[str, Any] = request.model_dump(
        by_alias=True, exclude_none=True, exclude_unset=True, mode="json"
    )
    order_id = str(body["productOrder"]["id"])
    order = orders(store).find(order_id)
    if order is None:
        raise BadRequest(f"No productOrder with id {order_id}", code="UNKNOWN_PRODUCT_ORDER")
    state = order.get("state", "")
    if state in (lifecycle.ASSESSING_CANCELLATION, lifecycle.PENDING_CANCELLATION):
        raise Conflict(f"productOrder {order_id} is already being cancelled", code="CANCELLATION_IN_PROGRESS")
    if state not in lifecycle.CANCELLABLE:
        raise Conflict(
            f"productOrder {order_id} is {state} and can no longer be cancelled", code="ORDER_NOT_CANCELLABLE"
        )
    now = datetime.now(UTC)
    task = {
        **body,
        "productOrder": {**body["productOrder"], "href": order["href"], "@referredType": "ProductOrder"},
        "state": ACKNOWLEDGED,
        "@type": body.get("@type", "CancelProductOrder"),
    }
    created = tasks(store).create(task)
    reason = body.get("cancellationReason") or DEFAULT_REASON
    assessed = fulfilment.add_note(
        fulfilment.move(order, lifecycle.ASSESSING_CANCELLATION), f"Cancellation requested: {reason}", now
    )
    orders(store).replace(assessed)
    return created


def _open_task(store: DocumentStore, order_id: str) -> JsonDocument | None:
    return next(
        (
            task
            for task in store.all(CANCEL_PRODUCT_ORDER.name)
            if task.get("productOrder", {}).get("id") == order_id and task.get("state") in OPEN_TASK_STATES
        ),
        None,
    )


def advance(store: DocumentStore, collection: Collection, order: JsonDocument, now: datetime) -> None:
    """One cancellation step of an order in assessingCancellation or pendingCancellation."""
    task = _open_task(store, order["id"])
    if order["state"] == lifecycle.ASSESSING_CANCELLATION:
        collection.replace(
            fulfilment.add_note(
                fulfilment.move(order, lifecycle.PENDING_CANCELLATION), "Cancellation accepted", now
            )
        )
        if task:
            tasks(store).replace({**task, "state": IN_PROGRESS})
        return
    reason = (task or {}).get("cancellationReason") or DEFAULT_REASON
    milestones = [
        m
        if m["status"] != fulfilment.YET_TO_REACH
        else {**m, "status": fulfilment.VIOLATED, "message": "Order cancelled"}
        for m in order.get("productOrderMilestone") or []
    ]
    cancelled = fulfilment.move(order, lifecycle.CANCELLED) | {
        "cancellationDate": fulfilment.timestamp(now),
        "cancellationReason": reason,
        **({"productOrderMilestone": milestones} if milestones else {}),
    }
    collection.replace(fulfilment.add_note(cancelled, f"Order cancelled: {reason}", now))
    visits.give_back(store, order)  # its engineer visit goes back to the calendar
    if task:
        tasks(store).replace({**task, "state": DONE, "effectiveCancellationDate": fulfilment.timestamp(now)})
