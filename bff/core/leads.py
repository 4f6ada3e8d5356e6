"""Registered interest (leads): a person whose address we cannot serve yet, or who wants an offer we cannot
sell there today, leaves their details so a store can call them when we can.

Kept in the BFF's own database (`BFF_DATABASE_URL`, table `bff_lead`): TMF has no lead API among those we
speak, and a lead is the channel's business until it becomes a customer. Each lead goes to the store whose
postcode areas (`BFF_RETAIL_STORE_AREAS`) cover its postcode, else to the default store
(`BFF_RETAIL_DEFAULT_STORE_ID`): never to nobody. Staff list their store's leads or all of them,
and see a customer's leads (by email) in the customer 360.
"""

from __future__ import annotations

import asyncio
import builtins
import re
import uuid
from datetime import UTC, datetime

from pydantic import Field, field_validator
from sqlalchemy import Column, DateTime, Engine
from sqlmodel import Field as DbField
from sqlmodel import Session, SQLModel, col, or_, select

from bff.core.basket import ID_PATTERN
from bff.core.models import EMAIL_PATTERN, PHONE_PATTERN, ChannelModel, PlainText, UtcDatetime

POSTCODE_PATTERN = r"^[A-Za-z0-9 ]{2,10}$"
HOUSE_NUMBER_PATTERN = r"^[A-Za-z0-9 /-]{1,10}$"


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)  # naive UTC, as the idempotency store keeps times


class Lead(SQLModel, table=True):
    __tablename__ = "bff_lead"

    id: str = DbField(primary_key=True, max_length=40)
    postcode: str = DbField(max_length=10, index=True)
    house_number: str = DbField(max_length=10)
    address_id: str | None = DbField(default=None, max_length=100)
    given_name: str = DbField(max_length=60)
    family_name: str = DbField(max_length=60)
    email: str = DbField(max_length=254, index=True, description="lower case")
    phone: str | None = DbField(default=None, max_length=20)
    interest: str = DbField(max_length=200, description="the offer or technology wanted")
    store_id: str | None = DbField(default=None, max_length=100, index=True)
    channel: str = DbField(max_length=40)
    created_at: datetime = DbField(default_factory=_utcnow, sa_column=Column(DateTime(), nullable=False))


class LeadCreate(ChannelModel):
    postcode: str = Field(pattern=POSTCODE_PATTERN, examples=["RG9 1AA"])
    house_number: str = Field(pattern=HOUSE_NUMBER_PATTERN, examples=["4"])
    address_id: str | None = Field(None, pattern=ID_PATTERN)
    given_name: PlainText = Field(min_length=1, max_length=60)
    family_name: PlainText = Field(min_length=1, max_length=60)
    email: str = Field(pattern=EMAIL_PATTERN, max_length=254)
    phone: str | None = Field(None, pattern=PHONE_PATTERN)
    interest: PlainText = Field(min_length=1, max_length=200, examples=["Full Fibre 900"])

    @field_validator(
        "postcode", "house_number", "given_name", "family_name", "email", "interest", mode="before"
    )
    @classmethod
    def _strip(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value


class LeadCreated(ChannelModel):
    id: str


class LeadView(ChannelModel):
    id: str
    postcode: str
    house_number: str
    address_id: str | None
    given_name: str
    family_name: str
    email: str
    phone: str | None
    interest: str
    store_id: str | None = Field(
        description="The store whose area covers the postcode, else the default store (none only for a "
        "lead kept before every lead had a store)"
    )
    channel: str
    created_at: UtcDatetime


class LeadList(ChannelModel):
    leads: list[LeadView]


def _compact(postcode: str) -> str:
    return re.sub(r"\s+", "", postcode).upper()


def printed_postcode(postcode: str) -> str:
    """`rg91aa` → `RG9 1AA` (the inward code is always the last three characters)."""
    compact = _compact(postcode)
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


def store_for_postcode(postcode: str, areas: dict[str, list[str]], default: str) -> str:
    """The store serving the postcode's area (its leading letters: `RG`, `SW`, `E`), else the default store:
    a lead always belongs to a store."""
    match = re.match(r"[A-Z]+", _compact(postcode))
    area = match.group(0) if match else ""
    return next((store for store, served in areas.items() if area in {a.upper() for a in served}), default)


def _view(lead: Lead) -> LeadView:
    return LeadView.model_validate(lead, from_attributes=True)


class LeadStore:
    """Leads in the BFF database; synchronous SQLModel run in a worker thread from async code."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # SQLAlchemy's mapping sets __table__ on a table model; SQLModel does not declare it.
        table = Lead.__table__  # type: ignore[attr-defined]
        SQLModel.metadata.create_all(engine, tables=[table])

    def dispose(self) -> None:
        self._engine.dispose()

    def add(self, request: LeadCreate, *, store_id: str | None, channel: str) -> LeadView:
        lead = Lead(
            id=f"lead-{uuid.uuid4().hex[:16]}",
            postcode=printed_postcode(request.postcode),
            house_number=request.house_number,
            address_id=request.address_id,
            given_name=request.given_name,
            family_name=request.family_name,
            email=request.email.lower(),
            phone=request.phone,
            interest=request.interest,
            store_id=store_id,
            channel=channel,
        )
        with Session(self._engine) as session:
            session.add(lead)
            session.commit()
            session.refresh(lead)
            return _view(lead)

    def list(
        self, *, store_id: str | None = None, email: str | None = None, with_unassigned: bool = False
    ) -> list[LeadView]:
        """Newest first; only a store's (store_id) or one person's (email) when given. with_unassigned: the
        store's and those kept before every lead had a store (the default store takes them)."""
        query = select(Lead).order_by(col(Lead.created_at).desc())
        if store_id is not None and with_unassigned:
            query = query.where(or_(Lead.store_id == store_id, col(Lead.store_id).is_(None)))
        elif store_id is not None:
            query = query.where(Lead.store_id == store_id)
        if email is not None:
            query = query.where(Lead.email == email.lower())
        with Session(self._engine) as session:
            return [_view(lead) for lead in session.exec(query)]

    async def aadd(self, request: LeadCreate, *, store_id: str | None, channel: str) -> LeadView:
        return await asyncio.to_thread(self.add, request, store_id=store_id, channel=channel)

    # `builtins.list`: inside the class, `list` names the method above.
    async def alist(
        self, *, store_id: str | None = None, email: str | None = None, with_unassigned: bool = False
    ) -> builtins.list[LeadView]:
        return await asyncio.to_thread(
            self.list, store_id=store_id, email=email, with_unassigned=with_unassigned
        )
