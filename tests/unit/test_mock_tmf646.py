"""TMF646 appointments: slots from the seeded engineer capacity, held, confirmed, rescheduled, cancelled.

The race for the last visit of a slot runs 20 concurrent HTTP requests against the in-process app, whose
sync routes run in worker threads: on a file SQLite database and on this machine's PostgreSQL (a scratch
schema, tests/conftest.py `postgres_url`).
"""

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select, update
from sqlmodel import col

from mock_backends.config import Settings
from mock_backends.events.receiver import EventReceiver
from mock_backends.seed import appointments as seeded
from mock_backends.storage import create_db_engine
from mock_backends.testing import running_app, sqlite_settings
from mock_backends.tmf646.capacity import UK, Slot
from mock_backends.tmf646.models import SlotCapacity

API = "/tmf-api/appointment/v4"
SEARCHES = f"{API}/searchTimeSlot"
APPOINTMENTS = f"{API}/appointment"
ORCHARD_CLOSE = {"id": "addr-rg14ab-12", "role": "installationAddress", "@referredType": "GeographicAddress"}
FELL_VIEW = {"id": "addr-ne464bs-1", "role": "installationAddress", "@referredType": "GeographicAddress"}
CUSTOMERS = 20


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return sqlite_settings(tmp_path, order_pace="off")


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(settings) as client:
        yield client


@pytest.fixture
def database(settings: Settings) -> Iterator[Engine]:
    """A second connection to the app's database, to set up and read the calendar directly."""
    engine = create_db_engine(settings.database_url)
    yield engine
    engine.dispose()


async def search(client: httpx.AsyncClient, place: dict, **extra: object) -> dict:
    answer = await client.post(SEARCHES, json={"relatedPlace": place, **extra})
    assert answer.status_code == 201, answer.text
    return answer.json()


async def book(client: httpx.AsyncClient, slot: dict, place: dict = ORCHARD_CLOSE) -> httpx.Response:
    body = {"category": "new line installation", "relatedPlace": place, "validFor": slot["validFor"]}
    return await client.post(APPOINTMENTS, json=body)


async def booked(client: httpx.AsyncClient, slot: dict) -> dict:
    answer = await book(client, slot)
    assert answer.status_code == 201, answer.text
    return answer.json()


def left(engine: Engine, slot_id: str) -> int:
    with engine.connect() as connection:
        row = connection.execute(
            select(col(SlotCapacity.capacity), col(SlotCapacity.booked)).where(
                col(SlotCapacity.slot_id) == slot_id
            )
        ).one()
    return int(row[0] - row[1])


def leave_one_visit(engine: Engine, slot_id: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            update(SlotCapacity)
            .where(col(SlotCapacity.slot_id) == slot_id)
            .values(booked=col(SlotCapacity.capacity) - 1)
        )


def local(moment: str) -> datetime:
    return datetime.fromisoformat(moment).astimezone(UK)


# --- searchTimeSlot -------------------------------------------------------------------------------------


async def test_search_offers_am_and_pm_slots_after_the_notice(client: httpx.AsyncClient) -> None:
    result = await search(client, ORCHARD_CLOSE)
    assert (result["status"], result["searchResult"], result["workType"]) == (
        "done",
        "success",
        "new line installation",
    )
    slots = result["availableTimeSlot"]
    first_day = datetime.now(UK).date() + timedelta(days=3)
    assert slots
    for slot in slots:
        start, end = local(slot["validFor"]["startDateTime"]), local(slot["validFor"]["endDateTime"])
        assert (start.hour, end.hour) in {(8, 13), (13, 18)}
        assert start.weekday() != seeded.SUNDAY
        assert first_day <= start.date() < first_day + timedelta(days=14)
    starts = [slot["validFor"]["startDateTime"] for slot in slots]
    assert starts == sorted(starts, key=datetime.fromisoformat)


async def test_search_offers_exactly_the_seeded_free_capacity(client: httpx.AsyncClient) -> None:
    result = await search(client, ORCHARD_CLOSE, workType="fault visit")
    offered = {slot["id"] for slot in result["availableTimeSlot"]}
    first = datetime.now(UK).date() + timedelta(days=1)
    expected = {
        Slot("RG1", day, period).id
        for day in (first + timedelta(days=offset) for offset in range(14))
        for period in seeded.PERIODS
        if seeded.engineers("RG1", day, period) > seeded.already_booked("RG1", day, period)
    }
    assert offered == expected
    # Some days are already full: the seed books ~20% of the slots out.
    assert len(offered) < 2 * 12


async def test_thin_area_is_visited_on_tuesdays_and_thursdays_only(client: httpx.AsyncClient) -> None:
    result = await search(client, FELL_VIEW)
    weekdays = {local(slot["validFor"]["startDateTime"]).weekday() for slot in result["availableTimeSlot"]}
    assert weekdays <= {1, 3}


async def test_search_by_postcode_and_requested_period(client: httpx.AsyncClient) -> None:
    everything = await search(client, {"postcode": "rg1 4ab", "role": "installationAddress"})
    first = everything["availableTimeSlot"][0]["validFor"]
    narrowed = await search(
        client,
        {"postcode": "RG1 4AB", "role": "installationAddress"},
        requestedTimeSlot=[{"validFor": first}],
    )
    assert [slot["validFor"] for slot in narrowed["availableTimeSlot"]] == [first]


async def test_unknown_address_is_rejected_and_unserved_area_has_no_slot(client: httpx.AsyncClient) -> None:
    unknown = await search(client, {"id": "addr-nowhere-1", "role": "installationAddress"})
    assert (unknown["status"], unknown["searchResult"]) == ("rejected", "fail")
    assert unknown["availableTimeSlot"] == []
    unserved = await search(client, {"postcode": "ZZ9 9ZZ", "role": "installationAddress"})
    assert (unserved["status"], unserved["searchResult"]) == ("done", "fail")
    assert unserved["availableTimeSlot"] == []


async def test_search_needs_a_place_and_a_known_work_type(client: httpx.AsyncClient) -> None:
    no_place = await client.post(SEARCHES, json={})
    assert (no_place.status_code, no_place.json()["code"]) == (400, "MISSING_PLACE")
    wrong = await client.post(SEARCHES, json={"relatedPlace": ORCHARD_CLOSE, "workType": "gardening"})
    assert (wrong.status_code, wrong.json()["code"]) == (400, "UNKNOWN_WORK_TYPE")


# --- appointment lifecycle ------------------------------------------------------------------------------


async def test_create_holds_a_visit_until_confirmed(client: httpx.AsyncClient, database: Engine) -> None:
    slot = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"][0]
    before = left(database, slot["id"])
    appointment = await booked(client, slot)
    assert appointment["status"] == "initialized"
    assert appointment["validFor"] == slot["validFor"]
    assert appointment["calendarEvent"]["id"] == slot["id"]
    assert appointment["href"] == f"http://mocks.test{APPOINTMENTS}/{appointment['id']}"
    hold = datetime.fromisoformat(appointment["holdExpiryDate"]) - datetime.fromisoformat(
        appointment["creationDate"]
    )
    assert hold == timedelta(minutes=15)
    assert left(database, slot["id"]) == before - 1

    confirmed = await client.patch(f"{APPOINTMENTS}/{appointment['id']}", json={"status": "confirmed"})
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "confirmed"
    assert "holdExpiryDate" not in confirmed.json()
    assert left(database, slot["id"]) == before - 1
    listed = await client.get(APPOINTMENTS, params={"status": "confirmed"})
    assert [item["id"] for item in listed.json()] == [appointment["id"]]


async def test_an_unconfirmed_hold_lapses_and_frees_the_slot(tmp_path: Path) -> None:
    settings = sqlite_settings(tmp_path, order_pace="off", appointment_hold_minutes=0.002)  # 120 ms
    engine = create_db_engine(settings.database_url)
    async with running_app(settings) as client:
        slot = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"][0]
        before = left(engine, slot["id"])
        appointment = await booked(client, slot)
        assert left(engine, slot["id"]) == before - 1
        await asyncio.sleep(0.3)

        lapsed = (await client.get(f"{APPOINTMENTS}/{appointment['id']}")).json()
        assert lapsed["status"] == "cancelled"
        assert "not confirmed" in lapsed["note"][-1]["text"]
        assert left(engine, slot["id"]) == before
        late = await client.patch(f"{APPOINTMENTS}/{appointment['id']}", json={"status": "confirmed"})
        assert (late.status_code, late.json()["code"]) == (409, "HOLD_EXPIRED")
    engine.dispose()


async def test_reschedule_moves_the_visit_to_another_slot(
    client: httpx.AsyncClient, database: Engine
) -> None:
    first, second = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"][:2]
    appointment = await booked(client, first)
    await client.patch(f"{APPOINTMENTS}/{appointment['id']}", json={"status": "confirmed"})
    first_left, second_left = left(database, first["id"]), left(database, second["id"])

    moved = await client.patch(f"{APPOINTMENTS}/{appointment['id']}", json={"validFor": second["validFor"]})
    assert moved.status_code == 200, moved.text
    assert moved.json()["validFor"] == second["validFor"]
    assert moved.json()["calendarEvent"]["id"] == second["id"]
    assert moved.json()["status"] == "confirmed"
    assert (left(database, first["id"]), left(database, second["id"])) == (first_left + 1, second_left - 1)


async def test_reschedule_to_a_full_slot_keeps_the_old_one(
    client: httpx.AsyncClient, database: Engine
) -> None:
    first, second = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"][:2]
    appointment = await booked(client, first)
    first_left = left(database, first["id"])
    leave_one_visit(database, second["id"])
    await booked(client, second)  # someone else takes the last visit

    refused = await client.patch(f"{APPOINTMENTS}/{appointment['id']}", json={"validFor": second["validFor"]})
    assert (refused.status_code, refused.json()["code"]) == (409, "SLOT_UNAVAILABLE")
    kept = (await client.get(f"{APPOINTMENTS}/{appointment['id']}")).json()
    assert kept["validFor"] == first["validFor"]
    assert (left(database, first["id"]), left(database, second["id"])) == (first_left, 0)


async def test_cancel_gives_the_visit_back_once(client: httpx.AsyncClient, database: Engine) -> None:
    slot = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"][0]
    before = left(database, slot["id"])
    appointment = await booked(client, slot)
    url = f"{APPOINTMENTS}/{appointment['id']}"
    await client.patch(url, json={"status": "confirmed"})

    for _ in range(2):
        cancelled = await client.patch(url, json={"status": "cancelled"})
        assert (cancelled.status_code, cancelled.json()["status"]) == (200, "cancelled")
    assert left(database, slot["id"]) == before
    again = await client.patch(url, json={"status": "confirmed"})
    assert (again.status_code, again.json()["code"]) == (409, "INVALID_STATE_TRANSITION")


async def test_delete_gives_the_visit_back(client: httpx.AsyncClient, database: Engine) -> None:
    slot = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"][0]
    before = left(database, slot["id"])
    appointment = await booked(client, slot)
    assert (await client.delete(f"{APPOINTMENTS}/{appointment['id']}")).status_code == 204
    assert left(database, slot["id"]) == before


async def test_create_refuses_what_is_not_an_offered_slot(client: httpx.AsyncClient) -> None:
    slot = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"][0]
    start = datetime.fromisoformat(slot["validFor"]["startDateTime"])
    odd = {"validFor": {"startDateTime": (start + timedelta(hours=1)).isoformat()}}
    answer = await book(client, odd)
    assert (answer.status_code, answer.json()["code"]) == (400, "NOT_A_SLOT")
    tomorrow = datetime.combine(date.today() + timedelta(days=1), datetime.min.time(), UK).replace(hour=8)
    soon = await book(client, {"validFor": {"startDateTime": tomorrow.isoformat()}})
    assert (soon.status_code, soon.json()["code"]) == (400, "SLOT_TOO_SOON")
    fixed = await client.patch(
        f"{APPOINTMENTS}/{(await booked(client, slot))['id']}", json={"category": "fault visit"}
    )
    assert (fixed.status_code, fixed.json()["code"]) == (400, "NON_PATCHABLE_ATTRIBUTE")


async def test_appointment_changes_are_notified_on_its_hub(tmp_path: Path) -> None:
    settings = sqlite_settings(tmp_path, order_pace="off", events_poll_seconds=0.02)
    with EventReceiver() as receiver:
        async with running_app(settings) as client:
            subscribed = await client.post(f"{API}/hub", json={"callback": receiver.callback})
            assert subscribed.status_code == 201, subscribed.text
            first, second = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"][:2]
            appointment = await booked(client, first)
            url = f"{APPOINTMENTS}/{appointment['id']}"
            await client.patch(url, json={"status": "confirmed"})
            await client.patch(url, json={"validFor": second["validFor"]})
            await client.patch(url, json={"status": "cancelled"})
            await receiver.until(lambda: len(receiver.events()) == 5)
    assert [event["eventType"] for event in receiver.events()] == [
        "searchTimeSlotCreateEvent",
        "appointmentCreateEvent",
        "appointmentStateChangeEvent",
        "appointmentAttributeValueChangeEvent",
        "appointmentStateChangeEvent",
    ]
    rescheduled = receiver.events()[3]
    assert rescheduled["event"]["appointment"]["validFor"] == second["validFor"]
    assert "validFor" in rescheduled["fieldPath"]


# --- the last visit of a slot ---------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def race_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    if request.param == "sqlite":
        return sqlite_settings(tmp_path, order_pace="off")
    return sqlite_settings(tmp_path, order_pace="off", database_url=request.getfixturevalue("postgres_url"))


async def test_twenty_customers_race_for_the_last_visit(race_settings: Settings) -> None:
    engine = create_db_engine(race_settings.database_url)
    async with running_app(race_settings) as client:
        offered = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"]
        last = offered[0]
        leave_one_visit(engine, last["id"])

        answers = await asyncio.gather(*(book(client, last) for _ in range(CUSTOMERS)))

        statuses = sorted(answer.status_code for answer in answers)
        assert statuses == [201] + [409] * (CUSTOMERS - 1)
        refusals = [answer.json() for answer in answers if answer.status_code == 409]
        assert {(error["code"], error["status"]) for error in refusals} == {("SLOT_UNAVAILABLE", "409")}
        assert "search for time slots again" in refusals[0]["message"]
        assert left(engine, last["id"]) == 0
        held = await client.get(APPOINTMENTS, params={"status": "initialized"})
        assert held.headers["X-Total-Count"] == "1"

        again = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"]
        assert last["id"] not in {slot["id"] for slot in again}
        assert again == [slot for slot in offered if slot["id"] != last["id"]]
    engine.dispose()


async def test_customers_swapping_slots_at_once_both_succeed(race_settings: Settings) -> None:
    # Rows are locked in one order (booking, then slots by id): crossed reschedules cannot deadlock.
    engine = create_db_engine(race_settings.database_url)
    async with running_app(race_settings) as client:
        first, second = (await search(client, ORCHARD_CLOSE))["availableTimeSlot"][:2]
        with engine.begin() as connection:  # room for both visits in either slot
            connection.execute(
                update(SlotCapacity)
                .where(col(SlotCapacity.slot_id).in_([first["id"], second["id"]]))
                .values(booked=0)
            )
        one, other = (await booked(client, first))["id"], (await booked(client, second))["id"]
        for _ in range(5):
            answers = await asyncio.gather(
                client.patch(f"{APPOINTMENTS}/{one}", json={"validFor": second["validFor"]}),
                client.patch(f"{APPOINTMENTS}/{other}", json={"validFor": first["validFor"]}),
            )
            assert [answer.status_code for answer in answers] == [200, 200], [a.text for a in answers]
            first, second = second, first
    engine.dispose()
