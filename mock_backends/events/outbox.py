"""The event outbox: one row per (event, subscriber), written in the transaction that changes the resource.

Writing the notification with the change it reports makes delivery at-least-once: either both are
committed or neither is, and a committed row stays `pending` until its subscriber has answered 2xx, across
restarts. The delivery worker (events/delivery.py) claims due rows with a lease (`next_attempt_at` pushed
forward), so several server processes over one PostgreSQL never send a row at the same time
(`FOR UPDATE SKIP LOCKED`; SQLite serves one process and ignores the clause), and a process killed
mid-delivery leaves a row that becomes due again when the lease runs out.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Engine, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, Session, SQLModel, col

from mock_backends.events import hub
from mock_backends.events.names import ChangeKind, event_name
from mock_backends.storage import DocumentStore, JsonDocument

PENDING = "pending"
DELIVERED = "delivered"


def _now() -> datetime:
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class OutboxEvent(SQLModel, table=True):
    __tablename__ = "tmf_event_outbox"

    pk: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(index=True)
    event_type: str
    subscription_id: str = Field(index=True)
    url: str  # {callback}/listener/{eventType}
    envelope: JsonDocument = Field(
        sa_column=Column(JSON().with_variant(JSONB(), "postgresql"), nullable=False)
    )
    status: str = Field(default=PENDING, index=True)
    attempts: int = 0
    next_attempt_at: datetime = Field(
        default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False, index=True)
    )
    created_at: datetime = Field(
        default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    delivered_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    last_error: str | None = None


def publish(
    store: DocumentStore,
    api_path: str,
    resource: str,
    kind: ChangeKind,
    document: JsonDocument,
    **extra: Any,
) -> int:
    """Queue the notification of a change for every matching subscriber; returns how many rows were added.

    `extra` adds envelope attributes (`fieldPath`). The resource is stored with its relative hrefs, like
    the document store; the worker makes them absolute when it sends.
    """
    name = event_name(api_path, resource, kind)
    if name is None:
        return 0
    subscribers = hub.subscriptions(store, api_path)
    if not subscribers:
        return 0
    now = _now()
    envelope = {
        "eventId": str(uuid.uuid4()),
        "eventTime": timestamp(now),
        "eventType": name,
        **extra,
        "event": {resource: document},
    }
    rows = [
        OutboxEvent(
            event_id=envelope["eventId"],
            event_type=name,
            subscription_id=subscriber["id"],
            url=f"{subscriber['callback'].rstrip('/')}/listener/{name}",
            envelope=envelope,
            next_attempt_at=now,
            created_at=now,
        )
        for subscriber in subscribers
        if hub.matches(subscriber.get("query"), envelope, resource)
    ]
    store.session.add_all(rows)
    store.session.flush()
    return len(rows)


def drop_subscriber(store: DocumentStore, subscription_id: str) -> None:
    """An unsubscribed listener is owed nothing more: its pending rows go with its subscription."""
    store.session.execute(
        delete(OutboxEvent).where(
            col(OutboxEvent.subscription_id) == subscription_id, col(OutboxEvent.status) == PENDING
        )
    )


@dataclass(frozen=True)
class Delivery:
    pk: int
    subscription_id: str
    url: str
    envelope: JsonDocument
    attempts: int


def claim_due(engine: Engine, *, lease: timedelta, limit: int) -> list[Delivery]:
    """Take up to `limit` due rows, oldest first, leased to this process for `lease`."""
    now = _now()
    with Session(engine) as session:
        query = (
            select(OutboxEvent)
            .where(col(OutboxEvent.status) == PENDING, col(OutboxEvent.next_attempt_at) <= now)
            .order_by(col(OutboxEvent.pk))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        rows = list(session.scalars(query))
        claimed = [
            Delivery(row.pk or 0, row.subscription_id, row.url, dict(row.envelope), row.attempts)
            for row in rows
        ]
        for row in rows:
            row.next_attempt_at = now + lease
        session.commit()
    return claimed


def mark_delivered(engine: Engine, delivery: Delivery) -> None:
    with Session(engine) as session:
        session.execute(
            update(OutboxEvent)
            .where(col(OutboxEvent.pk) == delivery.pk)
            .values(
                status=DELIVERED, attempts=col(OutboxEvent.attempts) + 1, delivered_at=_now(), last_error=None
            )
        )
        session.commit()


def mark_failed(
    engine: Engine, delivery: Delivery, error: str, retry_in: timedelta, held_back: Sequence[int] = ()
) -> None:
    """Count the attempt and back the whole subscriber off, so its later events do not overtake this one.

    `held_back`: rows of the same subscriber this worker had claimed but not tried; their lease ends now.
    """
    retry_at = _now() + retry_in
    with Session(engine) as session:
        session.execute(
            update(OutboxEvent)
            .where(col(OutboxEvent.pk) == delivery.pk)
            .values(attempts=col(OutboxEvent.attempts) + 1, last_error=error[:500], next_attempt_at=retry_at)
        )
        session.execute(
            update(OutboxEvent)
            .where(
                col(OutboxEvent.subscription_id) == delivery.subscription_id,
                col(OutboxEvent.status) == PENDING,
                or_(col(OutboxEvent.next_attempt_at) < retry_at, col(OutboxEvent.pk).in_(held_back)),
            )
            .values(next_attempt_at=retry_at)
        )
        session.commit()


def purge_delivered(engine: Engine, older_than: timedelta) -> None:
    with Session(engine) as session:
        session.execute(
            delete(OutboxEvent).where(
                col(OutboxEvent.status) == DELIVERED, col(OutboxEvent.delivered_at) < _now() - older_than
            )
        )
        session.commit()


def of_subscription(engine: Engine, subscription_id: str) -> list[dict[str, Any]]:
    """Every row kept for one subscriber, oldest first: what it is owed and what it was sent."""
    with Session(engine) as session:
        rows = session.execute(
            select(
                col(OutboxEvent.event_id),
                col(OutboxEvent.event_type),
                col(OutboxEvent.status),
                col(OutboxEvent.attempts),
            )
            .where(col(OutboxEvent.subscription_id) == subscription_id)
            .order_by(col(OutboxEvent.pk))
        )
        return [
            {"eventId": event_id, "eventType": event_type, "status": status, "attempts": attempts}
            for event_id, event_type, status, attempts in rows
        ]


def counts(engine: Engine) -> dict[str, int]:
    """Rows by status, e.g. {"pending": 2, "delivered": 40} (the admin endpoint and tests read it)."""
    with Session(engine) as session:
        rows = session.execute(
            select(col(OutboxEvent.status), func.count()).group_by(col(OutboxEvent.status))
        )
        found = {status: count for status, count in rows}
    return {PENDING: found.get(PENDING, 0), DELIVERED: found.get(DELIVERED, 0)}
