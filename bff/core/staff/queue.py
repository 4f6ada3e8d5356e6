"""A store's order queue: its orders by state (TMF622 `channel.id=retail&channel.name=<store>`, and every
order installed in its area: store_area.py), with how long each has been in its state, the ones in jeopardy
against what the customer was promised (commitments.py), and cycle time per phase (cycle_times.py). Views:
`dueToday`, `missedVisit`, `awaitingAppointment`.

Live updates: `queue_updates` reads the queue every `BFF_RETAIL_QUEUE_POLL_SECONDS` and yields it when it
changed (a state, a jeopardy flag or a new order), None otherwise (a heartbeat for the stream).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from bff.core.clients.base import TmfError
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.filters import find_checked
from bff.core.staff.commitments import QueueView, commitment, in_view
from bff.core.staff.cycle_times import phase_averages, timing
from bff.core.staff.models import QueueEntry, StoreQueue
from bff.core.staff.orders import OrderReading, read_retail_order
from bff.core.staff.store_area import StoreArea
from tmf_models.tmf622 import ProductOrder

log = logging.getLogger("bff.retail")

AT_RISK = timedelta(hours=24)
VIEWS: tuple[QueueView, ...] = ("dueToday", "missedVisit", "awaitingAppointment")


async def store_orders(
    orders: Tmf622Client,
    channel_id: str,
    store_id: str,
    states: list[str] | None = None,
    area: StoreArea | None = None,
) -> list[ProductOrder]:
    """The orders the store's staff placed, and (with `area`) every other order installed in its area."""
    filters = {"channel.id": channel_id, "channel.name": store_id}
    if states:
        filters["state"] = ",".join(states)
    located = area.filters() if area is not None else None
    if area is None or located is None:
        return await find_checked(orders.api, orders.find_product_orders, filters)
    if states:
        located["state"] = filters["state"]
    own, nearby = await asyncio.gather(
        find_checked(orders.api, orders.find_product_orders, filters),
        find_checked(orders.api, orders.find_product_orders, located),
    )
    seen = {order.id for order in own}
    in_area = [
        order
        for order in nearby
        if order.id not in seen
        and area.covers(order.model_dump(mode="json", by_alias=True, exclude_none=True))
    ]
    return [*own, *in_area]


def _entry(
    order: ProductOrder,
    reading: OrderReading,
    targets: dict[str, float],
    now: datetime,
    at_risk: timedelta = AT_RISK,
) -> tuple[QueueEntry, set[QueueView]]:
    """The order's queue entry, and the views it is in."""
    body: dict[str, Any] = order.model_dump(mode="json", by_alias=True, exclude_none=True)
    timed = timing(body, targets, now, hold_codes=reading.hold_codes)
    promise = commitment(body, now, at_risk)
    jeopardy, reason = promise.jeopardy, promise.reason
    if jeopardy is None and promise.promised is None and timed.in_jeopardy:
        # Nothing was promised yet (e.g. held before validation): time in the state is all there is.
        jeopardy, reason = "overdue", f"Longer in {body.get('state')} than its target"
    entry = QueueEntry(
        order=read_retail_order(order, reading),
        state_since=timed.state_since,
        seconds_in_state=timed.seconds_in_state,
        target_seconds=timed.target_seconds,
        in_jeopardy=jeopardy is not None,
        jeopardy=jeopardy,
        jeopardy_reason=reason,
        promised_date=promise.promised,
        visit_start=promise.visit_start,
        cycle_seconds=timed.cycle_seconds,
        phases=timed.phases,
    )
    return entry, {view for view in VIEWS if in_view(view, promise, body, now)}


def build_queue(
    orders: list[ProductOrder],
    *,
    store_id: str,
    reading: OrderReading,
    targets: dict[str, float],
    now: datetime,
    jeopardy_only: bool = False,
    view: QueueView | None = None,
    at_risk: timedelta = AT_RISK,
) -> StoreQueue:
    judged = [_entry(order, reading, targets, now, at_risk) for order in orders]
    entries = [entry for entry, _ in judged]
    counts = Counter(entry.order.state for entry in entries)
    views = Counter(name for _, names in judged for name in names)
    listed = [entry for entry, names in judged if view is None or view in names]
    listed = [entry for entry in listed if entry.in_jeopardy] if jeopardy_only else listed
    # Jeopardy first, then the longest in their state.
    listed.sort(key=lambda entry: (not entry.in_jeopardy, -(entry.seconds_in_state or 0)))
    return StoreQueue(
        store_id=store_id,
        generated_at=now,
        counts=dict(counts),
        in_jeopardy=sum(1 for entry in entries if entry.in_jeopardy),
        views={name: views.get(name, 0) for name in VIEWS},
        view=view,
        phase_averages=phase_averages([entry.phases for entry in listed]),
        orders=listed,
    )


async def store_queue(
    orders: Tmf622Client,
    *,
    store_id: str,
    reading: OrderReading,
    targets: dict[str, float],
    states: list[str] | None = None,
    jeopardy_only: bool = False,
    area: StoreArea | None = None,
    view: QueueView | None = None,
    at_risk: timedelta = AT_RISK,
) -> StoreQueue:
    found = await store_orders(orders, reading.channel_id, store_id, states, area)
    return build_queue(
        found,
        store_id=store_id,
        reading=reading,
        targets=targets,
        now=datetime.now(UTC),
        jeopardy_only=jeopardy_only,
        view=view,
        at_risk=at_risk,
    )


def _fingerprint(queue: StoreQueue) -> tuple[Any, ...]:
    return tuple((entry.order.id, entry.order.state, entry.jeopardy) for entry in queue.orders)


async def queue_updates(
    read: Callable[[], Awaitable[StoreQueue]], *, poll_seconds: float, max_seconds: float
) -> AsyncIterator[StoreQueue | None]:
    """The queue now, then each time it changed; None when a poll found nothing new."""
    last = await read()
    yield last
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max_seconds
    while loop.time() < deadline:
        await asyncio.sleep(poll_seconds)
        try:
            current = await read()
        except TmfError as exc:
            log.warning("store queue stream could not read TMF622", extra={"reason": str(exc)})
            yield None
            continue
        if _fingerprint(current) != _fingerprint(last):
            last = current
            yield current
        else:
            yield None
