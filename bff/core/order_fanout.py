"""Order events to every worker: a hub event lands on one worker, the customer's stream may live on another.

The listener announces the order id; every worker's OrderEventHub is then woken for it (the event is only a
hint, see order_events.py, so a duplicate or a lost one costs at most a read or a poll):

    PostgreSQL    NOTIFY bff_order_events '<order id>'; each worker LISTENs on its own connection. Works for
                  workers of one host and for replicas on several hosts sharing the database.
    SQLite, N>1   the id is appended to the `bff_order_event` table; each worker reads the rows after the last
                  it saw every 0.1 s (a local file shared by the workers of one host; rows kept a minute).
    SQLite, one   straight to the process's own hub.

While a worker's LISTEN connection is down it wakes all its streams after reconnecting (events may have been
missed), and the streams' own polling covers the gap.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta
from typing import Protocol

import psycopg
from sqlalchemy import Column, DateTime, Engine, delete, func, select, text
from sqlalchemy.engine import make_url
from sqlmodel import Field, Session, SQLModel, col

from bff.core.order_events import OrderEventHub

log = logging.getLogger("bff.events")

CHANNEL = "bff_order_events"
RECONNECT_SECONDS = 1.0
SQLITE_POLL_SECONDS = 0.1
SQLITE_KEEP = timedelta(minutes=1)


class OrderFanout(Protocol):
    async def start(self) -> None: ...

    async def announce(self, order_id: str) -> None:
        """Wake the streams following `order_id` in every worker."""
        ...

    async def aclose(self) -> None: ...


class LocalFanout:
    """One process: the listener and every stream share the hub."""

    def __init__(self, hub: OrderEventHub) -> None:
        self._hub = hub

    async def start(self) -> None:
        return None

    async def announce(self, order_id: str) -> None:
        self._hub.publish(order_id)

    async def aclose(self) -> None:
        return None


class PostgresFanout:
    def __init__(self, hub: OrderEventHub, engine: Engine, database_url: str) -> None:
        self._hub = hub
        self._engine = engine  # the BFF's pool, for NOTIFY
        self._dsn = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
        self._task: asyncio.Task[None] | None = None
        self.listening = asyncio.Event()

    async def start(self) -> None:
        self._task = asyncio.create_task(self._listen_forever(), name="listen for order events")

    async def _listen_forever(self) -> None:
        missed = False
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(self._dsn, autocommit=True) as connection:
                    await connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if missed:
                        self._hub.wake_all()
                    async for notification in connection.notifies():
                        self._hub.publish(notification.payload)
            except (psycopg.Error, OSError) as exc:
                log.warning("order event LISTEN connection lost", extra={"reason": repr(exc)})
            self.listening.clear()
            missed = True
            await asyncio.sleep(RECONNECT_SECONDS)

    def _notify(self, order_id: str) -> None:
        with self._engine.begin() as connection:
            connection.execute(
                text("SELECT pg_notify(:channel, :order_id)"), {"channel": CHANNEL, "order_id": order_id}
            )

    async def announce(self, order_id: str) -> None:
        try:
            await asyncio.to_thread(self._notify, order_id)
        except Exception as exc:  # the database is down: at least this worker's streams hear it
            log.warning("order event NOTIFY failed", extra={"orderId": order_id, "reason": repr(exc)})
            self._hub.publish(order_id)

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class OrderEventRecord(SQLModel, table=True):
    """An order id announced to the workers sharing a SQLite database (kept a minute)."""

    __tablename__ = "bff_order_event"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused, so "after the last seen" holds

    id: int | None = Field(default=None, primary_key=True)
    order_id: str = Field(max_length=200)
    created_at: datetime = Field(default_factory=_utcnow, sa_column=Column(DateTime(), nullable=False))


class SqliteFanout:
    def __init__(self, hub: OrderEventHub, engine: Engine) -> None:
        self._hub = hub
        self._engine = engine
        self._last_id = 0
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        def prepare() -> int:
            # SQLAlchemy's mapping sets __table__ on a table model; SQLModel does not declare it.
            table = OrderEventRecord.__table__  # type: ignore[attr-defined]
            SQLModel.metadata.create_all(self._engine, tables=[table])
            with Session(self._engine) as session:
                return int(session.scalar(select(func.max(col(OrderEventRecord.id)))) or 0)

        self._last_id = await asyncio.to_thread(prepare)
        self._task = asyncio.create_task(self._poll_forever(), name="read order events")

    def _insert(self, order_id: str) -> None:
        with Session(self._engine) as session:
            session.add(OrderEventRecord(order_id=order_id))
            session.commit()

    def _read_new(self) -> list[tuple[int, str]]:
        with Session(self._engine) as session:
            rows = session.execute(
                select(col(OrderEventRecord.id), col(OrderEventRecord.order_id))
                .where(col(OrderEventRecord.id) > self._last_id)
                .order_by(col(OrderEventRecord.id))
            ).all()
        return [(int(row[0]), str(row[1])) for row in rows]

    def _forget_old(self) -> None:
        with Session(self._engine) as session:
            session.execute(
                delete(OrderEventRecord).where(col(OrderEventRecord.created_at) < _utcnow() - SQLITE_KEEP)
            )
            session.commit()

    async def _poll_forever(self) -> None:
        rounds = 0
        while True:
            try:
                for row_id, order_id in await asyncio.to_thread(self._read_new):
                    self._last_id = row_id
                    self._hub.publish(order_id)
                rounds += 1
                if rounds % 300 == 0:  # about every 30 s
                    await asyncio.to_thread(self._forget_old)
            except Exception as exc:
                log.warning("reading order events failed", extra={"reason": repr(exc)})
            await asyncio.sleep(SQLITE_POLL_SECONDS)

    async def announce(self, order_id: str) -> None:
        try:
            await asyncio.to_thread(self._insert, order_id)
        except Exception as exc:
            log.warning("writing an order event failed", extra={"orderId": order_id, "reason": repr(exc)})
            self._hub.publish(order_id)

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def order_fanout_for(
    hub: OrderEventHub, engine: Engine, database_url: str, *, workers: int, enabled: bool
) -> OrderFanout:
    """How this process hears the events its siblings receive (see the module docstring)."""
    if not enabled:
        return LocalFanout(hub)
    if make_url(database_url).get_backend_name() == "postgresql":
        return PostgresFanout(hub, engine, database_url)
    if workers > 1:
        return SqliteFanout(hub, engine)
    return LocalFanout(hub)
