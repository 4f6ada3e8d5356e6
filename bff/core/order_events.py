"""Following an order: TMF622 events pushed through the hub, TMF622 polling when they do not come.

At start the BFF registers `{public_url}/tmf-listener/productOrder` with the TMF622 hub. An event is taken as
a hint that the order changed, never as the order itself: the stream then reads the order from TMF622, the
system of record, so a forged or partial event cannot show a customer a state their order is not in.
When no event arrives for `order_poll_seconds` (no hub, a lost event, a backend that does not notify),
the stream reads the order anyway; either way a change is sent once.

Each process keeps its own followers; the listener's event reaches the followers in every worker through
bff/core/order_fanout.py. The hub subscription is made once: by the process itself, or, with several
workers, by their supervisor (bff/supervisor.py) for all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

from bff.core.clients.base import TmfError
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.models import OrderView

log = logging.getLogger("bff.events")

LISTENER_PATH = "/tmf-listener/productOrder"
# TMF622 order states after which nothing changes any more.
FINAL_STATES = {"completed", "cancelled", "failed", "rejected", "partial"}


def order_id_of_event(event: dict[str, Any]) -> str | None:
    """The order a TMF622 event (productOrder… or cancelProductOrder…) is about."""
    payload = event.get("event")
    if not isinstance(payload, dict):
        payload = {}
    order = payload.get("productOrder")
    if not isinstance(order, dict):
        cancellation = payload.get("cancelProductOrder")
        order = cancellation.get("productOrder") if isinstance(cancellation, dict) else None
    if not isinstance(order, dict):
        return None
    if order.get("id"):
        return str(order["id"])
    href = str(order.get("href") or "")
    return href.rstrip("/").rsplit("/", 1)[-1] or None


class OrderEventHub:
    """Who follows which order in this process, and the TMF622 hub subscription that feeds them."""

    def __init__(self) -> None:
        self._followers: dict[str, set[asyncio.Queue[None]]] = {}
        self.subscription_id: str | None = None
        self.events_received = 0

    def publish(self, order_id: str) -> int:
        """Wake every stream following the order; returns how many there are."""
        self.events_received += 1
        queues = self._followers.get(order_id, set())
        for queue in queues:
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(None)  # a queue of one: several events before a read make one read
        return len(queues)

    def wake_all(self) -> None:
        """Wake every stream (after events may have been missed): each reads its order once."""
        for order_id in list(self._followers):
            self.publish(order_id)

    @contextlib.contextmanager
    def follow(self, order_id: str) -> Iterator[asyncio.Queue[None]]:
        queue: asyncio.Queue[None] = asyncio.Queue(maxsize=1)
        self._followers.setdefault(order_id, set()).add(queue)
        try:
            yield queue
        finally:
            followers = self._followers.get(order_id, set())
            followers.discard(queue)
            if not followers:
                self._followers.pop(order_id, None)

    async def subscribe(self, orders: Tmf622Client, callback: str) -> None:
        try:
            subscription = await orders.subscribe(callback)
        except TmfError as exc:
            log.warning("TMF622 hub subscription failed; order streams will poll", extra={"reason": str(exc)})
            return
        self.subscription_id = subscription.id
        log.info(
            "subscribed to TMF622 events", extra={"subscriptionId": subscription.id, "callback": callback}
        )

    async def unsubscribe(self, orders: Tmf622Client) -> None:
        if self.subscription_id is None:
            return
        try:
            await orders.unsubscribe(self.subscription_id)
        except TmfError as exc:
            log.warning("TMF622 hub unsubscribe failed", extra={"reason": str(exc)})
        self.subscription_id = None


def _fingerprint(view: OrderView) -> str:
    """What the customer sees of the order: a moved visit or a milestone reached is a change too, not only
    a new state."""
    return view.model_dump_json()


async def order_updates(
    hub: OrderEventHub,
    first: OrderView,
    read: Callable[[], Awaitable[OrderView]],
    *,
    poll_seconds: float,
    max_seconds: float,
) -> AsyncIterator[OrderView | None]:
    """`first` (the order as just read), then each change until it is final; None is a heartbeat.

    An event arriving between the first read and following the order is caught by the next poll.
    """
    order_id = first.id
    with hub.follow(order_id) as woken:
        last = first
        yield last
        deadline = time.monotonic() + max_seconds
        while last.state not in FINAL_STATES and time.monotonic() < deadline:
            with contextlib.suppress(TimeoutError):  # no event in time: poll anyway
                await asyncio.wait_for(woken.get(), timeout=poll_seconds)
            try:
                current = await read()
            except TmfError as exc:
                log.warning(
                    "order stream could not read the order", extra={"orderId": order_id, "reason": str(exc)}
                )
                yield None
                continue
            if _fingerprint(current) != _fingerprint(last):
                last = current
                yield current
            else:
                yield None
