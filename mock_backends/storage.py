"""A generic document store: every TMF resource is one JSON document keyed by (resource type, id).

Storing the resource as the JSON it was given (rather than one table per resource) keeps polymorphic
extensions (`@type`, `@baseType`, `@schemaLocation`, attributes of sub-classes) intact, and lets one
store serve every TMF API. `state` is copied out of the body so lifecycle queries need not read JSON.
Works on SQLite (default) and PostgreSQL (`postgresql+psycopg://...`, body stored as JSONB).
"""

from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Column, ColumnElement, DateTime, Engine, UniqueConstraint, func, or_, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import make_url
from sqlmodel import Field, Session, SQLModel, col, create_engine

JsonDocument = dict[str, Any]


def _now() -> datetime:
    return datetime.now(UTC)


class Document(SQLModel, table=True):
    __tablename__ = "tmf_document"
    __table_args__ = (UniqueConstraint("resource_type", "resource_id"),)

    # A surrogate key gives lists their insertion order on every database.
    pk: int | None = Field(default=None, primary_key=True)
    resource_type: str = Field(index=True)
    resource_id: str
    state: str | None = Field(default=None, index=True)
    body: JsonDocument = Field(sa_column=Column(JSON().with_variant(JSONB(), "postgresql"), nullable=False))
    created_at: datetime = Field(
        default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False)
    )


def create_db_engine(database_url: str) -> Engine:
    url = make_url(database_url)
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        # Sessions are opened in a dependency and used in the route's worker thread.
        connect_args["check_same_thread"] = False
    return create_engine(database_url, connect_args=connect_args, pool_pre_ping=True)


def init_db(engine: Engine) -> None:
    SQLModel.metadata.create_all(engine)


# Conditions for DocumentStore.all, answered by the database instead of reading every document.
# `col()` gives the SQL column behind a model attribute (typed as its Python value).


def id_in(ids: Iterable[str]) -> ColumnElement[bool]:
    return col(Document.resource_id).in_(list(ids))


def string_attribute_in(name: str, values: Iterable[str]) -> ColumnElement[bool]:
    """A top-level string attribute equal to one of `values` (JSON_EXTRACT on SQLite, ->> on PostgreSQL)."""
    # SQLAlchemy types a JSON element (and its `as_string`) as Any; the comparison is a boolean column.
    matches: ColumnElement[bool] = col(Document.body)[name].as_string().in_(list(values))
    return matches


def state_not_in(states: Iterable[str]) -> ColumnElement[bool]:
    return or_(col(Document.state).is_(None), col(Document.state).notin_(list(states)))


class DocumentStore:
    """Reads and writes documents in the caller's session; the caller commits or rolls back."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def session(self) -> Session:
        # Writers of side records (the event outbox) join the same transaction through it.
        return self._session

    def get(self, resource_type: str, resource_id: str) -> JsonDocument | None:
        row = self._row(resource_type, resource_id)
        return dict(row.body) if row else None

    def all(self, resource_type: str, *where: ColumnElement[bool]) -> list[JsonDocument]:
        """Every document of the type (in insertion order), or only those meeting `where` (see below)."""
        query = (
            select(col(Document.body))
            .where(col(Document.resource_type) == resource_type, *where)
            .order_by(col(Document.pk))
        )
        return [dict(body) for body in self._session.scalars(query)]

    def ids(self, resource_type: str) -> set[str]:
        query = select(col(Document.resource_id)).where(col(Document.resource_type) == resource_type)
        return set(self._session.scalars(query))

    def count(self, resource_type: str | None = None) -> int:
        query = select(func.count()).select_from(Document)
        if resource_type is not None:
            query = query.where(col(Document.resource_type) == resource_type)
        return self._session.scalar(query) or 0

    def add(self, resource_type: str, body: JsonDocument) -> JsonDocument:
        document = Document(
            resource_type=resource_type, resource_id=body["id"], state=_state_of(body), body=body
        )
        self._session.add(document)
        self._session.flush()
        return body

    def replace(self, resource_type: str, body: JsonDocument) -> JsonDocument | None:
        row = self._row(resource_type, body["id"])
        if row is None:
            return None
        row.body = body
        row.state = _state_of(body)
        row.updated_at = _now()
        self._session.add(row)
        self._session.flush()
        return body

    def delete(self, resource_type: str, resource_id: str) -> bool:
        row = self._row(resource_type, resource_id)
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True

    def _row(self, resource_type: str, resource_id: str) -> Document | None:
        query = select(Document).where(
            col(Document.resource_type) == resource_type, col(Document.resource_id) == resource_id
        )
        return self._session.scalars(query).first()


def _state_of(body: JsonDocument) -> str | None:
    state = body.get("state")
    return state if isinstance(state, str) else None
