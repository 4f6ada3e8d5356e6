"""Locks that hold across every BFF worker and replica sharing one PostgreSQL: session advisory locks.

For the few steps that must not run at once in two processes, such as making the TMF629 customer of a
customer's first order (bff/core/customers.py): an in-process lock keeps two requests of one worker apart,
this keeps two workers apart. The lock is taken with `pg_try_advisory_lock` polled every 20 ms, so a waiting
request holds no thread and can be cancelled; it is released, and its connection returned, when the block
ends. On SQLite (one host, development) there is nothing to share: `NoSharedLocks`.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url

from bff.core.idempotency import IdempotencyKeyInFlight

POLL_SECONDS = 0.02


class SharedLockBusy(IdempotencyKeyInFlight):
    """Another worker held the lock for longer than the wait allows: the same answer as a request in flight
    (409 REQUEST_IN_PROGRESS), which the customer retries."""


class SharedLocks(Protocol):
    def hold(self, name: str) -> AbstractAsyncContextManager[None]: ...


def lock_key(name: str) -> int:
    """A signed 64-bit key for `name` (advisory locks are keyed by a bigint)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class NoSharedLocks:
    @asynccontextmanager
    async def hold(self, name: str) -> AsyncIterator[None]:
        yield


class AdvisoryLocks:
    def __init__(self, engine: Engine, timeout_seconds: float) -> None:
        self._engine = engine
        self._timeout = timeout_seconds

    @staticmethod
    def _try(connection: Connection, key: int) -> bool:
        taken = connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar()
        connection.commit()  # the lock is the session's, not the transaction's: end the transaction
        return bool(taken)

    @staticmethod
    def _release(connection: Connection, key: int) -> None:
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
        connection.commit()

    @asynccontextmanager
    async def hold(self, name: str) -> AsyncIterator[None]:
        key = lock_key(name)
        connection = await asyncio.to_thread(self._engine.connect)
        released = False
        try:
            try:
                async with asyncio.timeout(self._timeout):  # never wait for ever on another process
                    while True:  # another process holds it: ask again shortly (pg has no async wait)
                        if await asyncio.to_thread(self._try, connection, key):
                            break
                        await asyncio.sleep(POLL_SECONDS)
            except TimeoutError:
                raise SharedLockBusy() from None
            try:
                yield
            finally:
                await asyncio.to_thread(self._release, connection, key)
                released = True
        finally:
            if not released:
                # Whatever happened, a lock this session may hold must not go back to the pool with it:
                # closing the database connection ends the session and so releases the lock.
                await asyncio.to_thread(connection.invalidate)
            await asyncio.to_thread(connection.close)


def shared_locks_for(engine: Engine, database_url: str, timeout_seconds: float) -> SharedLocks:
    if make_url(database_url).get_backend_name() == "postgresql":
        return AdvisoryLocks(engine, timeout_seconds)
    return NoSharedLocks()


class NamedLocks:
    """A lock per name (a quote, a product) that keeps requests apart within this worker (asyncio) and,
    on PostgreSQL, across workers and replicas (`shared`): for business steps that must run one at a time."""

    def __init__(self, shared: SharedLocks | None = None, stripes: int = 64) -> None:
        self._shared = shared or NoSharedLocks()
        self._local = [asyncio.Lock() for _ in range(stripes)]

    @asynccontextmanager
    async def hold(self, name: str) -> AsyncIterator[None]:
        # Striped by a stable hash: a bounded number of locks, however many names are ever locked.
        async with self._local[lock_key(name) % len(self._local)], self._shared.hold(name):
            yield
