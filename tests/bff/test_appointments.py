"""Engineer visits as the channels use them (bff/core/appointments.py), against the TMF646 mocks in-process:
slots offered for an address, held, confirmed, and the refusals a checkout answers by offering slots again."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update
from sqlmodel import col

from bff.core.appointments import (
    SlotHoldExpired,
    SlotTaken,
    confirm_visit,
    describe_visit,
    hold_slot,
    offered_slots,
)
from bff.core.clients.tmf646 import Tmf646Client
from mock_backends.app import create_app
from mock_backends.config import Settings
from mock_backends.storage import create_db_engine
from mock_backends.testing import sqlite_settings
from mock_backends.tmf646.models import SlotCapacity

ADDRESS = "addr-rg14ab-12"


async def tmf646_client(settings: Settings) -> AsyncIterator[Tmf646Client]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        base_url = f"{settings.public_url}/tmf-api/appointment/v4/"
        async with httpx.AsyncClient(transport=transport, base_url=base_url) as http:
            yield Tmf646Client(http)


@pytest.fixture
def mocks(tmp_path: Path) -> Settings:
    return sqlite_settings(tmp_path, order_pace="off")


@pytest.fixture
async def client(mocks: Settings) -> AsyncIterator[Tmf646Client]:
    async for client in tmf646_client(mocks):
        yield client


DASH = "\N{EN DASH}"


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        ("2027-01-12T08:00:00Z", "2027-01-12T13:00:00Z", "Engineer visit Tue 12 Jan, 8am" + DASH + "1pm"),
        (
            "2027-06-15T12:00:00+00:00",
            "2027-06-15T17:00:00+00:00",
            "Engineer visit Tue 15 Jun, 1pm" + DASH + "6pm",
        ),
        (
            "2027-03-06T09:30:00+01:00",
            "2027-03-06T12:00:00Z",
            "Engineer visit Sat 6 Mar, 8:30am" + DASH + "12pm",
        ),
    ],
)
def test_a_visit_is_said_in_plain_words_in_uk_time(start: str, end: str, said: str) -> None:
    assert describe_visit(datetime.fromisoformat(start), datetime.fromisoformat(end)) == said


async def test_slots_are_offered_held_and_confirmed(client: Tmf646Client) -> None:
    slots = await offered_slots(client, ADDRESS, "new line installation")
    assert slots and slots[0].label.startswith("Engineer visit ")

    held = await hold_slot(client, ADDRESS, "new line installation", slots[0], customer_id="cust-0003")
    assert (held.status, held.slot) == ("initialized", slots[0])
    assert held.hold_expires is not None

    confirmed = await confirm_visit(client, held.appointment_id, held.slot)
    assert (confirmed.status, confirmed.hold_expires) == ("confirmed", None)
    stored = await client.get_appointment(held.appointment_id)
    assert stored.related_party is not None and stored.related_party[0].id == "cust-0003"


async def test_two_customers_holding_the_last_visit(client: Tmf646Client, mocks: Settings) -> None:
    slot = (await offered_slots(client, ADDRESS, "new line installation"))[0]
    engine = create_db_engine(mocks.database_url)
    with engine.begin() as connection:
        connection.execute(
            update(SlotCapacity)
            .where(col(SlotCapacity.slot_id) == slot.id)
            .values(booked=col(SlotCapacity.capacity) - 1)
        )
    engine.dispose()

    outcomes = await asyncio.gather(
        *(hold_slot(client, ADDRESS, "new line installation", slot) for _ in range(2)), return_exceptions=True
    )

    assert sorted(type(outcome).__name__ for outcome in outcomes) == ["HeldVisit", "SlotTaken"]
    again = await offered_slots(client, ADDRESS, "new line installation")
    assert slot.id not in {offered.id for offered in again}


async def test_a_lapsed_hold_cannot_be_confirmed(tmp_path: Path) -> None:
    async for client in tmf646_client(
        sqlite_settings(tmp_path, order_pace="off", appointment_hold_minutes=0.002)
    ):
        slot = (await offered_slots(client, ADDRESS, "router-only visit"))[0]
        held = await hold_slot(client, ADDRESS, "router-only visit", slot)
        await asyncio.sleep(0.3)
        with pytest.raises(SlotHoldExpired) as refused:
            await confirm_visit(client, held.appointment_id, slot)
        assert refused.value.status == 409


def test_refusals_are_channel_errors_the_storefront_can_show() -> None:
    assert (SlotTaken().status, SlotTaken().code) == (409, "SLOT_TAKEN")
    assert "choose another" in SlotTaken().message
