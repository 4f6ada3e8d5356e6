"""A store's order queue: its orders by state (TMF622 `channel.id=retail&channel.name=<store>`), with how
long each has been in its state, the ones in jeopardy, and cycle time per phase (cycle_times.py).

Live updates: `queue_updates` reads the queue every `BFF_RETAIL_QUEUE_POLL_SECONDS` and yields it when it
changed (a state, a jeopardy flag or a new order), None otherwise (a heartbeat for the stream).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from bff.core.clients.base import TmfError
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.filters import find_checked
from bff.core.staff.cycle_times import phase_averages, timing
from bff.core.staff.models import QueueEntry, StoreQueue
from bff.core.staff.orders import OrderReading, read_retail_order
from tmf_models.tmf622 import ProductOrder

log = logging.getLogger("bff.retail")


async def store_orders(
    orders: Tmf622Client, channel_id: str, store_id: str, states: list[str] | None = None
) -> list[ProductOrder]:
    filters = {"channel.id": channel_id, "channel.name": store_id}
    if states:
        filters["state"] = ",".join(states)
    return await find_checked(orders.api, orders.find_product_orders, filters)


def _entry(
    order: ProductOrder, reading: OrderReading, targets: dict[str, float], now: datetime
) -> QueueEntry:
    body: dict[str, Any] = order.model_dump(mode="json", by_alias=True, exclude_none=True)
    timed = timing(body, targets, now, hold_codes=reading.hold_codes)
    return QueueEntry(
        order=read_retail_order(order, reading),
        state_since=timed.state_since,
        seconds_in_state=timed.seconds_in_state,
        target_seconds=timed.target_seconds,
        in_jeopardy=timed.in_jeopardy,
        cycle_seconds=timed.cycle_seconds,
        phases=timed.phases,
    )


def build_queue(
    orders: list[ProductOrder],
    *,
    store_id: str,
    reading: OrderReading,
    targets: dict[str, float],
    now: datetime,
    jeopardy_only: bool = False,
) -> StoreQueue:
    entries = [_entry(order, reading, targets, now) for order in orders]
    counts = Counter(entry.order.state for entry in entries)
    listed = [entry for entry in entries if entry.in_jeopardy] if jeopardy_only else entries
    # Jeopardy first, then the longest in their state.
    listed.sort(key=lambda entry: (not entry.in_jeopardy, -(entry.seconds_in_state or 0)))
    return StoreQueue(
        store_id=store_id,
        generated_at=now,
        counts=dict(counts),
        in_jeopardy=sum(1 for entry in entries if entry.in_jeopardy),
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
) -> StoreQueue:
    found = await store_orders(orders, reading.channel_id, store_id, states)
    return build_queue(
        found,
        store_id=store_id,
        reading=reading,
        targets=targets,
        now=datetime.now(UTC),
        jeopardy_only=jeopardy_only,
    )


def _fingerprint(queue: StoreQueue) -> tuple[Any, ...]:
    return tuple((entry.order.id, entry.order.state, entry.in_jeopardy) for entry in queue.orders)


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
