"""Notes staff leave on a customer ("called back, wants FTTP when it comes"), kept in the BFF database
(table `bff_customer_note`): the channel's memory of a conversation, not a TMF record.
"""

from __future__ import annotations

import asyncio
import builtins
import uuid
from datetime import UTC, datetime

from pydantic import Field
from sqlalchemy import Column, DateTime, Engine
from sqlmodel import Field as DbField
from sqlmodel import Session, SQLModel, col, select

from bff.core.auth.principal import Principal
from bff.core.models import ChannelModel, MultilineText, UtcDatetime


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class CustomerNote(SQLModel, table=True):
    __tablename__ = "bff_customer_note"

    id: str = DbField(primary_key=True, max_length=40)
    customer_id: str = DbField(max_length=100, index=True)
    text: str = DbField(max_length=2000)
    author_id: str = DbField(max_length=200)
    author_name: str | None = DbField(default=None, max_length=200)
    store_id: str | None = DbField(default=None, max_length=100)
    created_at: datetime = DbField(default_factory=_utcnow, sa_column=Column(DateTime(), nullable=False))


class NoteCreate(ChannelModel):
    text: MultilineText = Field(min_length=1, max_length=2000)


class NoteView(ChannelModel):
    id: str
    customer_id: str
    text: str
    author_id: str
    author_name: str | None
    store_id: str | None
    created_at: UtcDatetime


class NoteList(ChannelModel):
    notes: list[NoteView]


class NoteStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # SQLAlchemy's mapping sets __table__ on a table model; SQLModel does not declare it.
        table = CustomerNote.__table__  # type: ignore[attr-defined]
        SQLModel.metadata.create_all(engine, tables=[table])

    def add(self, customer_id: str, request: NoteCreate, author: Principal) -> NoteView:
        note = CustomerNote(
            id=f"note-{uuid.uuid4().hex[:16]}",
            customer_id=customer_id,
            text=request.text.strip(),
            author_id=author.subject,
            author_name=author.name,
            store_id=author.store_id,
        )
        with Session(self._engine) as session:
            session.add(note)
            session.commit()
            session.refresh(note)
            return NoteView.model_validate(note, from_attributes=True)

    def list(self, customer_id: str) -> list[NoteView]:
        """A customer's notes, newest first."""
        query = (
            select(CustomerNote)
            .where(CustomerNote.customer_id == customer_id)
            .order_by(col(CustomerNote.created_at).desc())
        )
        with Session(self._engine) as session:
            return [NoteView.model_validate(note, from_attributes=True) for note in session.exec(query)]

    async def aadd(self, customer_id: str, request: NoteCreate, author: Principal) -> NoteView:
        return await asyncio.to_thread(self.add, customer_id, request, author)

    # `builtins.list`: inside the class, `list` names the method above.
    async def alist(self, customer_id: str) -> builtins.list[NoteView]:
        return await asyncio.to_thread(self.list, customer_id)
