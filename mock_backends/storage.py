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
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Field, Session, SQLModel, col, create_engine

from mock_backends.errors import Conflict

JsonDocument = dict[str, Any]


def _now() -> datetime:
    return datetime.now(UTC)


# The document's version too: every UPDATE and DELETE of a document names the version it read and touches
# no row if another writer changed it since (SQLAlchemy's version counter; StaleDataError). DocumentStore
# also remembers the version its caller read, so a write made from an older read is refused (409), not
# laid over the newer one: without it the order manager could finish an order a customer had meanwhile
# cancelled.
_UPDATED_AT = Column("updated_at", DateTime(timezone=True), nullable=False)


def _next_version(_current: object) -> datetime:
    return _now()


class Document(SQLModel, table=True):
    __tablename__ = "tmf_document"
    __table_args__ = (UniqueConstraint("resource_type", "resource_id"),)
    __mapper_args__ = {"version_id_col": _UPDATED_AT, "version_id_generator": _next_version}

    # A surrogate key gives lists their insertion order on every database.
    pk: int | None = Field(default=None, primary_key=True)
    resource_type: str = Field(index=True)
    resource_id: str
    state: str | None = Field(default=None, index=True)
    body: JsonDocument = Field(sa_column=Column(JSON().with_variant(JSONB(), "postgresql"), nullable=False))
    created_at: datetime = Field(
        default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False)
    )
    updated_at: datetime = Field(default_factory=_now, sa_column=_UPDATED_AT)


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
        # (type, id) -> the version of the document as this store's caller last read or wrote it.
        self._versions: dict[tuple[str, str], datetime] = {}

    @property
    def session(self) -> Session:
        # Writers of side records (the event outbox) join the same transaction through it.
        return self._session

    def get(self, resource_type: str, resource_id: str) -> JsonDocument | None:
        row = self._row(resource_type, resource_id)
        if row is None:
            return None
        self._versions[(resource_type, resource_id)] = _version(row.updated_at)
        return dict(row.body)

    def all(self, resource_type: str, *where: ColumnElement[bool]) -> list[JsonDocument]:
        """Every document of the type (in insertion order), or only those meeting `where` (see below)."""
        query = (
            select(col(Document.resource_id), col(Document.updated_at), col(Document.body))
            .where(col(Document.resource_type) == resource_type, *where)
            .order_by(col(Document.pk))
        )
        found = []
        for resource_id, updated_at, body in self._session.execute(query):
            self._versions[(resource_type, resource_id)] = _version(updated_at)
            found.append(dict(body))
        return found

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
        self._check_unchanged(resource_type, row)
        row.body = body
        row.state = _state_of(body)
        self._session.add(row)
        self._flush(resource_type, body["id"])
        self._versions[(resource_type, row.resource_id)] = _version(row.updated_at)
        return body

    def delete(self, resource_type: str, resource_id: str) -> bool:
        row = self._row(resource_type, resource_id)
        if row is None:
            return False
        self._check_unchanged(resource_type, row)
        self._session.delete(row)
        self._flush(resource_type, resource_id)
        return True

    def _check_unchanged(self, resource_type: str, row: Document) -> None:
        read = self._versions.get((resource_type, row.resource_id))
        if read is not None and read != _version(row.updated_at):
            raise _changed_meanwhile(resource_type, row.resource_id)

    def _flush(self, resource_type: str, resource_id: str) -> None:
        try:
            self._session.flush()
        except StaleDataError:
            raise _changed_meanwhile(resource_type, resource_id) from None

    def _row(self, resource_type: str, resource_id: str) -> Document | None:
        query = select(Document).where(
            col(Document.resource_type) == resource_type, col(Document.resource_id) == resource_id
        )
        return self._session.scalars(query).first()


def _changed_meanwhile(resource_type: str, resource_id: str) -> Conflict:
    return Conflict(
        f"{resource_type} {resource_id} was changed by another request meanwhile; read it again",
        code="CONCURRENT_UPDATE",
    )


def _version(moment: datetime) -> datetime:
    """SQLite gives the stored time back without its zone (it was written in UTC)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _state_of(body: JsonDocument) -> str | None:
    state = body.get("state")
    return state if isinstance(state, str) else None
