"""Start and stop the background workers with the app: event delivery always, the order manager unless
MOCKS_ORDER_PACE is `off`. Both only read persisted state, so stopping them (or killing the process) at
any point loses nothing: the next start carries on from the database.

Tests may set `app.state.event_transport` (an httpx transport) before the lifespan starts, to receive the
events in-process instead of over the network.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator

from fastapi import FastAPI
from sqlalchemy import Engine

from mock_backends.config import Settings
from mock_backends.events.delivery import DeliveryWorker
from mock_backends.tmf622.engine import OrderEngine

STOP_GRACE_SECONDS = 2.0


@contextlib.asynccontextmanager
async def running_workers(app: FastAPI, engine: Engine, settings: Settings) -> AsyncIterator[None]:
    stop = asyncio.Event()
    delivery = DeliveryWorker(engine, settings, transport=getattr(app.state, "event_transport", None))
    tasks = [asyncio.create_task(delivery.run(stop), name="event-delivery")]
    if settings.order_pace != "off":
        tasks.append(asyncio.create_task(OrderEngine(engine, settings).run(stop), name="order-manager"))
    try:
        yield
    finally:
        stop.set()
        # A round in progress finishes its database work; a slow listener is not waited for.
        _, late = await asyncio.wait(tasks, timeout=STOP_GRACE_SECONDS)
        for task in late:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
