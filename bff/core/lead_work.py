"""A store working its leads: status, the agent it is assigned to, notes, a follow-up date, and what the lead
became (a customer, a quote, an order).

Kept beside the lead in the BFF database (tables `bff_lead_work`, one row per lead once it is worked, and
`bff_lead_note`): TMF has no lead API among those we speak (bff/core/leads.py). A lead with no row is new.

Status moves one way (validated here, 409 LEAD_STATUS_NOT_ALLOWED otherwise):

    new → contacted → qualified → quoted → won          any open status → lost (with a reason)

Staff move it by hand along that line (skipping ahead is allowed, going back is not); sending the lead's
customer a quote makes it quoted and an order placed from it makes it won, from any open status.
`now_serviceable` is set by the re-qualification (bff/core/lead_recheck.py) when TMF645 starts to qualify
the lead's address.
"""

from __future__ import annotations

import asyncio
import builtins
import uuid
from datetime import UTC, date, datetime
from typing import Literal

from pydantic import Field
from sqlalchemy import Column, DateTime, Engine
from sqlmodel import Field as DbField
from sqlmodel import Session, SQLModel, col, or_, select

from bff.core.auth.principal import Principal
from bff.core.errors import ChannelError
from bff.core.leads import Lead, LeadView
from bff.core.models import ChannelModel, MultilineText, PlainText, UtcDatetime
from bff.core.staff.models import AgentRef

LeadStatus = Literal["new", "contacted", "qualified", "quoted", "won", "lost"]
PIPELINE: tuple[LeadStatus, ...] = ("new", "contacted", "qualified", "quoted", "won")
OPEN_STATUSES: frozenset[str] = frozenset({"new", "contacted", "qualified", "quoted"})


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)  # naive UTC, as the lead store keeps times


class LeadNotFound(ChannelError):
    status = 404
    code = "LEAD_NOT_FOUND"
    message = "We could not find that lead for this store."


class LeadStatusNotAllowed(ChannelError):
    status = 409
    code = "LEAD_STATUS_NOT_ALLOWED"
    message = "A lead cannot go back to an earlier status, nor change once won or lost."


class LostReasonNeeded(ChannelError):
    status = 422
    code = "LOST_REASON_REQUIRED"
    message = "Say why the lead is lost."


class LeadWork(SQLModel, table=True):
    __tablename__ = "bff_lead_work"

    lead_id: str = DbField(primary_key=True, max_length=40)
    status: str = DbField(default="new", max_length=20, index=True)
    lost_reason: str | None = DbField(default=None, max_length=200)
    assignee_id: str | None = DbField(default=None, max_length=200)
    assignee_name: str | None = DbField(default=None, max_length=200)
    follow_up: date | None = None
    customer_id: str | None = DbField(default=None, max_length=100)
    quote_id: str | None = DbField(default=None, max_length=100)
    quoted_at: datetime | None = DbField(default=None, sa_column=Column(DateTime(), nullable=True))
    order_id: str | None = DbField(default=None, max_length=100)
    won_at: datetime | None = DbField(default=None, sa_column=Column(DateTime(), nullable=True))
    serviceable: bool | None = DbField(default=None, description="TMF645's last answer; None: never asked")
    now_serviceable: bool = DbField(default=False, description="Became serviceable after it was registered")
    serviceable_since: datetime | None = DbField(default=None, sa_column=Column(DateTime(), nullable=True))
    checked_at: datetime | None = DbField(default=None, sa_column=Column(DateTime(), nullable=True))


class LeadNote(SQLModel, table=True):
    __tablename__ = "bff_lead_note"

    id: str = DbField(primary_key=True, max_length=40)
    lead_id: str = DbField(max_length=40, index=True)
    text: str = DbField(max_length=2000)
    author_id: str = DbField(max_length=200)
    author_name: str | None = DbField(default=None, max_length=200)
    created_at: datetime = DbField(default_factory=_utcnow, sa_column=Column(DateTime(), nullable=False))


class LeadNoteView(ChannelModel):
    id: str
    text: str
    author_name: str | None
    created_at: UtcDatetime


class WorkedLead(LeadView):
    status: LeadStatus
    lost_reason: str | None
    assignee: AgentRef | None
    follow_up: date | None
    customer_id: str | None
    quote_id: str | None
    quoted_at: UtcDatetime | None
    order_id: str | None
    won_at: UtcDatetime | None
    now_serviceable: bool = Field(description="TMF645 qualifies the address now, and did not when registered")
    serviceable_since: UtcDatetime | None
    notes: list[LeadNoteView]


class LeadUpdate(ChannelModel):
    """What staff change on a lead; a field left out stays as it is (followUp null clears the date)."""

    status: LeadStatus | None = None
    lost_reason: PlainText | None = Field(None, min_length=1, max_length=200)
    assign_to_me: bool | None = Field(None, description="true: the caller takes the lead; false: unassign")
    follow_up: date | None = None
    note: MultilineText | None = Field(None, min_length=1, max_length=2000)


def _allowed(current: str, wanted: str) -> bool:
    if current not in OPEN_STATUSES:
        return current == wanted
    if wanted == "lost":
        return True
    return PIPELINE.index(wanted) >= PIPELINE.index(current)


def _agent(work: LeadWork | None) -> AgentRef | None:
    if work is None or work.assignee_id is None:
        return None
    return AgentRef(id=work.assignee_id, name=work.assignee_name)


def worked(lead: Lead, work: LeadWork | None, notes: list[LeadNote]) -> WorkedLead:
    base = LeadView.model_validate(lead, from_attributes=True).model_dump()
    return WorkedLead(
        **base,
        status=(work.status if work else "new"),  # type: ignore[arg-type]
        lost_reason=work.lost_reason if work else None,
        assignee=_agent(work),
        follow_up=work.follow_up if work else None,
        customer_id=work.customer_id if work else None,
        quote_id=work.quote_id if work else None,
        quoted_at=work.quoted_at if work else None,
        order_id=work.order_id if work else None,
        won_at=work.won_at if work else None,
        now_serviceable=bool(work and work.now_serviceable),
        serviceable_since=work.serviceable_since if work else None,
        notes=[LeadNoteView.model_validate(n, from_attributes=True) for n in notes],
    )


class LeadWorkStore:
    """The work on leads; synchronous SQLModel run in a worker thread from async code."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        tables = [LeadWork.__table__, LeadNote.__table__]  # type: ignore[attr-defined]
        SQLModel.metadata.create_all(engine, tables=tables)

    def _lead(self, session: Session, lead_id: str, store_id: str | None) -> Lead:
        lead = session.get(Lead, lead_id)
        if lead is None or (store_id is not None and lead.store_id not in (store_id, None)):
            raise LeadNotFound()
        return lead

    def _work(self, session: Session, lead_id: str) -> LeadWork:
        return session.get(LeadWork, lead_id) or LeadWork(lead_id=lead_id)

    def _read(self, session: Session, lead: Lead) -> WorkedLead:
        notes = session.exec(
            select(LeadNote).where(LeadNote.lead_id == lead.id).order_by(col(LeadNote.created_at).desc())
        ).all()
        return worked(lead, session.get(LeadWork, lead.id), list(notes))

    def list(self, *, store_id: str, with_unassigned: bool = False) -> list[WorkedLead]:
        """The store's leads (and those kept before every lead had a store, for the default store)."""
        query = select(Lead).order_by(col(Lead.created_at).desc())
        if with_unassigned:
            query = query.where(or_(Lead.store_id == store_id, col(Lead.store_id).is_(None)))
        else:
            query = query.where(Lead.store_id == store_id)
        with Session(self._engine) as session:
            leads = list(session.exec(query))
            ids = [lead.id for lead in leads]
            works = {
                w.lead_id: w for w in session.exec(select(LeadWork).where(col(LeadWork.lead_id).in_(ids)))
            }
            notes: dict[str, list[LeadNote]] = {}
            for note in session.exec(
                select(LeadNote)
                .where(col(LeadNote.lead_id).in_(ids))
                .order_by(col(LeadNote.created_at).desc())
            ):
                notes.setdefault(note.lead_id, []).append(note)
            return [worked(lead, works.get(lead.id), notes.get(lead.id, [])) for lead in leads]

    def get(self, lead_id: str, *, store_id: str | None = None) -> WorkedLead:
        with Session(self._engine) as session:
            return self._read(session, self._lead(session, lead_id, store_id))

    def update(self, lead_id: str, change: LeadUpdate, *, store_id: str, staff: Principal) -> WorkedLead:
        with Session(self._engine) as session:
            lead = self._lead(session, lead_id, store_id)
            work = self._work(session, lead_id)
            if change.status is not None and change.status != work.status:
                if not _allowed(work.status, change.status):
                    raise LeadStatusNotAllowed()
                if change.status == "lost" and not change.lost_reason:
                    raise LostReasonNeeded()
                if change.status == "won":
                    raise LeadStatusNotAllowed("A lead is won when an order is placed from it.")
                work.status = change.status
                work.lost_reason = change.lost_reason if change.status == "lost" else None
            if change.assign_to_me is not None:
                work.assignee_id = staff.subject if change.assign_to_me else None
                work.assignee_name = staff.name if change.assign_to_me else None
            if "follow_up" in change.model_fields_set:
                work.follow_up = change.follow_up
            session.add(work)
            if change.note:
                session.add(_note(lead_id, change.note, staff))
            session.commit()
            return self._read(session, lead)

    def add_note(self, lead_id: str, text: str, *, store_id: str, staff: Principal) -> WorkedLead:
        with Session(self._engine) as session:
            lead = self._lead(session, lead_id, store_id)
            session.add(_note(lead_id, text, staff))
            session.commit()
            return self._read(session, lead)

    def record(
        self,
        lead_id: str,
        *,
        staff: Principal,
        customer_id: str | None = None,
        quote_id: str | None = None,
        order_id: str | None = None,
    ) -> WorkedLead:
        """What the lead became: its customer, a quote sent (→ quoted), an order placed (→ won). The agent
        who did it takes the lead if nobody had it. A won or lost lead keeps its status."""
        with Session(self._engine) as session:
            lead = self._lead(session, lead_id, staff.store_id)
            work = self._work(session, lead_id)
            now = _utcnow()
            if customer_id:
                work.customer_id = customer_id
            if quote_id and work.status in OPEN_STATUSES:
                work.quote_id, work.quoted_at = quote_id, now
                work.status = "quoted"
            if order_id and work.status in OPEN_STATUSES:
                work.order_id, work.won_at = order_id, now
                work.status = "won"
                work.now_serviceable = False  # it is done: no longer worth the top of the list
            if work.assignee_id is None:
                work.assignee_id, work.assignee_name = staff.subject, staff.name
            session.add(work)
            session.commit()
            return self._read(session, lead)

    def mark_serviceable(self, lead_id: str, serviceable: bool) -> bool:
        """Record TMF645's answer for the lead's address; True when it has just become serviceable (the
        first answer for a lead counts as a change: leads are registered where nothing could be sold)."""
        with Session(self._engine) as session:
            work = self._work(session, lead_id)
            now = _utcnow()
            became = serviceable and work.serviceable is not True and work.status in OPEN_STATUSES
            if became:
                work.now_serviceable, work.serviceable_since = True, now
            elif not serviceable:
                work.now_serviceable, work.serviceable_since = False, None
            work.serviceable, work.checked_at = serviceable, now
            session.add(work)
            session.commit()
            return became

    def last_checked(self, lead_id: str) -> datetime | None:
        with Session(self._engine) as session:
            work = session.get(LeadWork, lead_id)
            return work.checked_at if work else None

    # `builtins.list`: inside the class, `list` names the method above.
    async def alist(self, *, store_id: str, with_unassigned: bool = False) -> builtins.list[WorkedLead]:
        return await asyncio.to_thread(self.list, store_id=store_id, with_unassigned=with_unassigned)

    async def aget(self, lead_id: str, *, store_id: str | None = None) -> WorkedLead:
        return await asyncio.to_thread(self.get, lead_id, store_id=store_id)

    async def aupdate(
        self, lead_id: str, change: LeadUpdate, *, store_id: str, staff: Principal
    ) -> WorkedLead:
        return await asyncio.to_thread(self.update, lead_id, change, store_id=store_id, staff=staff)

    async def aadd_note(self, lead_id: str, text: str, *, store_id: str, staff: Principal) -> WorkedLead:
        return await asyncio.to_thread(self.add_note, lead_id, text, store_id=store_id, staff=staff)

    async def arecord(
        self,
        lead_id: str,
        *,
        staff: Principal,
        customer_id: str | None = None,
        quote_id: str | None = None,
        order_id: str | None = None,
    ) -> WorkedLead:
        return await asyncio.to_thread(
            self.record, lead_id, staff=staff, customer_id=customer_id, quote_id=quote_id, order_id=order_id
        )

    async def alast_checked(self, lead_id: str) -> datetime | None:
        return await asyncio.to_thread(self.last_checked, lead_id)

    async def amark_serviceable(self, lead_id: str, serviceable: bool) -> bool:
        return await asyncio.to_thread(self.mark_serviceable, lead_id, serviceable)


def _note(lead_id: str, text: str, staff: Principal) -> LeadNote:
    return LeadNote(
        id=f"lnote-{uuid.uuid4().hex[:16]}",
        lead_id=lead_id,
        text=text.strip(),
        author_id=staff.subject,
        author_name=staff.name,
    )


def worklist_order(leads: list[WorkedLead]) -> list[WorkedLead]:
    """Now serviceable first, then the open leads by follow-up date (undated after), then won and lost."""

    def key(lead: WorkedLead) -> tuple[int, int, date, float]:
        rank = 0 if lead.now_serviceable and lead.status in OPEN_STATUSES else 1
        rank = rank if lead.status in OPEN_STATUSES else 2
        dated = 0 if lead.follow_up else 1
        return rank, dated, lead.follow_up or date.max, -lead.created_at.timestamp()

    return sorted(leads, key=key)
