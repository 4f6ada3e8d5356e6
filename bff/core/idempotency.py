"""Idempotency-Keys and their outcomes, kept in a database so a retry never does the work twice.

Semantics follow the IETF Idempotency-Key header draft and Stripe's API:

- the first request with a key claims it (`in_flight`) and runs; its outcome (status and body) is stored
  (`completed`) and replayed to every later request with the same key;
- the same key with a different request (method, path, canonical body, channel/user) → KeyReused (422);
- the same key while the first request still runs → KeyInFlight (409);
- a claim still in flight after `stale_after` belongs to a request that died (a crash, a kill -9): the next
  retry takes it over and runs again; the journey's externalId lookup then finds an order the dead request
  made, so nothing is created twice;
- keys are forgotten `ttl` after they were first used (purged, and treated as new when met again);
- an attempt that ended in a transient failure (backend down, 5xx) is released instead of stored, so the
  customer's retry runs again rather than replaying "try again later" for a day.

The store is synchronous SQLModel (SQLite or PostgreSQL); the async methods run it in a worker thread so the
event loop never waits on the database.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Engine, delete, event, text, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import CursorResult, Result, make_url
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, col, create_engine

from bff.core.errors import ChannelError

IN_FLIGHT = "in_flight"
COMPLETED = "completed"


class IdempotencyKeyReused(ChannelError):
    status = 422
    code = "IDEMPOTENCY_KEY_REUSED"
    message = "This request key was already used for a different request. Start again from your basket."


class IdempotencyKeyInFlight(ChannelError):
    status = 409
    code = "REQUEST_IN_PROGRESS"
    message = "We are still working on this request. Wait a moment, then check your orders."


class IdempotencyKeyMissing(ChannelError):
    status = 400
    code = "IDEMPOTENCY_KEY_REQUIRED"
    message = "An Idempotency-Key header is required for this request."


def _utcnow() -> datetime:
    # Naive UTC: SQLite drops time zones, and comparisons must mean the same on both databases.
    return datetime.now(UTC).replace(tzinfo=None)


class IdempotencyRecord(SQLModel, table=True):
    __tablename__ = "bff_idempotency_key"

    scope: str = Field(primary_key=True, max_length=200, description="channel and user the key belongs to")
    key: str = Field(primary_key=True, max_length=200)
    fingerprint: str = Field(max_length=64, description="sha256 of method, path, canonical body and scope")
    state: str = Field(max_length=16, description="in_flight or completed")
    attempt: int = Field(default=1, description="bumped when a stale claim is taken over (compare-and-set)")
    status_code: int | None = None
    body: Any = Field(default=None, sa_column=Column(JSON().with_variant(JSONB(), "postgresql")))
    created_at: datetime = Field(
        default_factory=_utcnow, sa_column=Column(DateTime(), nullable=False, index=True)
    )
    claimed_at: datetime = Field(default_factory=_utcnow, sa_column=Column(DateTime(), nullable=False))


def fingerprint(method: str, path: str, body: Any, scope: str) -> str:
    """Same request ⇔ same fingerprint: key order and whitespace of the JSON body do not matter."""
    canonical = json.dumps([method.upper(), path, scope, body], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True)
class Claim:
    """The outcome of claiming a key: run the request now, or replay the stored answer."""

    replay: bool
    status_code: int | None = None
    body: Any = None
    taken_over: bool = False


def create_db_engine(database_url: str) -> Engine:
    url = make_url(database_url)
    connect_args: dict[str, Any] = {}
    is_sqlite = url.get_backend_name() == "sqlite"
    if is_sqlite:
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {"check_same_thread": False, "timeout": 15}
    engine = create_engine(database_url, connect_args=connect_args, pool_pre_ping=True)
    if is_sqlite:

        @event.listens_for(engine, "connect")
        def _wal(connection: Any, _record: Any) -> None:
            # WAL lets readers go on while a key is written; claims from worker threads rarely wait.
            # synchronous=NORMAL: a commit survives the process dying (kill -9), only not a power cut,
            # and costs no fsync on the request path.
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")

    return engine


class IdempotencyStore:
    def __init__(self, engine: Engine, *, ttl: timedelta, stale_after: timedelta) -> None:
        self._engine = engine
        self._ttl = ttl
        self._stale_after = stale_after

    @classmethod
    def from_url(cls, database_url: str, *, ttl_hours: float, stale_seconds: float) -> IdempotencyStore:
        store = cls(
            create_db_engine(database_url),
            ttl=timedelta(hours=ttl_hours),
            stale_after=timedelta(seconds=stale_seconds),
        )
        store.create_table()
        return store

    def create_table(self) -> None:
        # Only our table: other SQLModel tables may share the metadata in the same process.
        # SQLAlchemy's mapping sets __table__ on a table model; SQLModel does not declare it.
        table = IdempotencyRecord.__table__  # type: ignore[attr-defined]
        SQLModel.metadata.create_all(self._engine, tables=[table])

    def dispose(self) -> None:
        self._engine.dispose()

    @property
    def engine(self) -> Engine:
        return self._engine

    def ping(self) -> None:
        """Raises when the database cannot be reached (readiness)."""
        with self._engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    # --- synchronous API (one short transaction each) ----------------------------------------------------

    def claim(self, scope: str, key: str, request_fingerprint: str) -> Claim:
        now = _utcnow()
        with Session(self._engine) as session:
            record = session.get(IdempotencyRecord, (scope, key))
            if record is not None and record.created_at < now - self._ttl:
                session.delete(record)  # expired: the key is new again
                session.commit()
                record = None
            if record is None:
                session.add(
                    IdempotencyRecord(
                        scope=scope,
                        key=key,
                        fingerprint=request_fingerprint,
                        state=IN_FLIGHT,
                        created_at=now,
                        claimed_at=now,
                    )
                )
                try:
                    session.commit()
                    return Claim(replay=False)
                except IntegrityError:
                    session.rollback()  # a concurrent request claimed it first: judge against its claim
                    record = session.get(IdempotencyRecord, (scope, key), populate_existing=True)
                    if record is None:  # pragma: no cover - claimed and released in between
                        raise IdempotencyKeyInFlight() from None
            if record.fingerprint != request_fingerprint:
                raise IdempotencyKeyReused()
            if record.state == COMPLETED:
                return Claim(replay=True, status_code=record.status_code, body=record.body)
            if record.claimed_at > now - self._stale_after:
                raise IdempotencyKeyInFlight()
            # The request holding the claim died: take it over, unless another retry just did.
            taken = session.execute(
                update(IdempotencyRecord)
                .where(
                    col(IdempotencyRecord.scope) == scope,
                    col(IdempotencyRecord.key) == key,
                    col(IdempotencyRecord.state) == IN_FLIGHT,
                    col(IdempotencyRecord.attempt) == record.attempt,
                )
                .values(attempt=record.attempt + 1, claimed_at=now)
            )
            session.commit()
            if _rows_changed(taken) != 1:
                raise IdempotencyKeyInFlight()
            return Claim(replay=False, taken_over=True)

    def complete(self, scope: str, key: str, status_code: int, body: Any) -> None:
        with Session(self._engine) as session:
            session.execute(
                update(IdempotencyRecord)
                .where(col(IdempotencyRecord.scope) == scope, col(IdempotencyRecord.key) == key)
                .values(state=COMPLETED, status_code=status_code, body=body)
            )
            session.commit()

    def release(self, scope: str, key: str) -> None:
        with Session(self._engine) as session:
            session.execute(
                delete(IdempotencyRecord).where(
                    col(IdempotencyRecord.scope) == scope,
                    col(IdempotencyRecord.key) == key,
                    col(IdempotencyRecord.state) == IN_FLIGHT,
                )
            )
            session.commit()

    def purge(self, now: datetime | None = None) -> int:
        """Forget keys first used more than the TTL ago; returns how many."""
        cutoff = (now or _utcnow()) - self._ttl
        with Session(self._engine) as session:
            result = session.execute(
                delete(IdempotencyRecord).where(col(IdempotencyRecord.created_at) < cutoff)
            )
            session.commit()
            return _rows_changed(result)

    def get(self, scope: str, key: str) -> IdempotencyRecord | None:
        with Session(self._engine) as session:
            return session.get(IdempotencyRecord, (scope, key))

    # --- async API for the request path -----------------------------------------------------------------

    async def aclaim(self, scope: str, key: str, request_fingerprint: str) -> Claim:
        return await asyncio.to_thread(self.claim, scope, key, request_fingerprint)

    async def acomplete(self, scope: str, key: str, status_code: int, body: Any) -> None:
        await asyncio.to_thread(self.complete, scope, key, status_code, body)

    async def arelease(self, scope: str, key: str) -> None:
        await asyncio.to_thread(self.release, scope, key)

    async def apurge(self) -> int:
        return await asyncio.to_thread(self.purge)


def _rows_changed(result: Result[Any]) -> int:
    # SQLModel types Session.execute as answering a plain Result; an UPDATE or DELETE answers a CursorResult.
    assert isinstance(result, CursorResult)
    return result.rowcount
