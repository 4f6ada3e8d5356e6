"""The delivery worker: POSTs due outbox rows to `{callback}/listener/{eventType}` until each is answered 2xx.

A failed attempt (error status, refused connection, time-out) is retried after an exponential back-off
with jitter (`base * 2**(attempts-1)`, capped, times a random factor in [0.5, 1]) that is persisted in the
row, so a restart keeps the schedule. A subscriber's events are sent one after the other, in the order
they were written, and the first failure stops the rest of its batch: events of one subscriber are
delivered in order (across several server processes the order is best effort). There is no last attempt:
a row waits until its subscriber recovers or unsubscribes.
"""

import asyncio
import logging
import random
from collections import defaultdict
from datetime import timedelta

import httpx
from sqlalchemy import Engine

from mock_backends import tmf630
from mock_backends.config import Settings
from mock_backends.events import outbox
from mock_backends.lifecycle.pause import pause

logger = logging.getLogger(__name__)

BATCH = 100
PURGE_EVERY = timedelta(minutes=10)


def backoff(attempts: int, base: float, maximum: float, rng: random.Random) -> float:
    """Seconds before the next try after `attempts` failed ones."""
    delay = min(maximum, base * 2.0 ** max(attempts - 1, 0))
    return delay * rng.uniform(0.5, 1.0)


class DeliveryWorker:
    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._engine = engine
        self._settings = settings
        self._transport = transport
        self._rng = rng or random.Random()

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set; database trouble is logged and retried, never fatal."""
        timeout = httpx.Timeout(self._settings.events_timeout_seconds)
        async with httpx.AsyncClient(timeout=timeout, transport=self._transport) as client:
            since_purge = 0.0
            while not stop.is_set():
                try:
                    sent = await self.run_once(client)
                    since_purge += self._settings.events_poll_seconds
                    if since_purge >= PURGE_EVERY.total_seconds():
                        since_purge = 0.0
                        retention = timedelta(seconds=self._settings.events_retention_seconds)
                        await asyncio.to_thread(outbox.purge_delivered, self._engine, retention)
                except Exception:
                    logger.exception("event delivery round failed")
                    sent = 0
                if not sent:
                    await pause(stop, self._settings.events_poll_seconds)

    async def run_once(self, client: httpx.AsyncClient) -> int:
        """One round over the due rows; returns how many were claimed."""
        lease = timedelta(seconds=self._settings.events_timeout_seconds * 2 + 5)
        due = await asyncio.to_thread(outbox.claim_due, self._engine, lease=lease, limit=BATCH)
        by_subscriber: dict[str, list[outbox.Delivery]] = defaultdict(list)
        for delivery in due:
            by_subscriber[delivery.subscription_id].append(delivery)
        await asyncio.gather(*(self._deliver_in_order(client, rows) for rows in by_subscriber.values()))
        return len(due)

    async def _deliver_in_order(self, client: httpx.AsyncClient, rows: list[outbox.Delivery]) -> None:
        for position, delivery in enumerate(rows):
            error = await self._post(client, delivery)
            if error is None:
                await asyncio.to_thread(outbox.mark_delivered, self._engine, delivery)
                continue
            seconds = backoff(
                delivery.attempts + 1,
                self._settings.events_retry_base_seconds,
                self._settings.events_retry_max_seconds,
                self._rng,
            )
            held_back = [later.pk for later in rows[position + 1 :]]
            retry_in = timedelta(seconds=seconds)
            await asyncio.to_thread(outbox.mark_failed, self._engine, delivery, error, retry_in, held_back)
            return  # the rest of this subscriber's rows were backed off with it

    async def _post(self, client: httpx.AsyncClient, delivery: outbox.Delivery) -> str | None:
        """None when the listener took the event, else why not."""
        body = tmf630.absolute_hrefs(delivery.envelope, self._settings.public_url)
        try:
            answer = await client.post(delivery.url, json=body)
        except httpx.HTTPError as error:
            return f"{type(error).__name__}: {error}"
        if answer.is_success:
            return None
        return f"HTTP {answer.status_code}"
