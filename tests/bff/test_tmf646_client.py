"""The TMF646 client speaks the v4 spec: search and appointment paths, merge patches, typed answers, and
the 409 a taken slot gets (respx in place of the server)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from bff.config import Settings
from bff.core.clients.base import RetryPolicy, TmfRejected
from bff.core.clients.tmf646 import Tmf646Client
from tests.bff.factories import URLS
from tmf_models.tmf646 import AppointmentCreate, SearchTimeSlotCreate, TimePeriod

BASE = URLS["tmf646_url"]
PLACE = {"id": "addr-rg14ab-12", "role": "installationAddress"}
# As the client's models write them back (UTC as Z); the server compares instants, not text.
AM = {"startDateTime": "2026-12-14T08:00:00Z", "endDateTime": "2026-12-14T13:00:00Z"}
PM = {"startDateTime": "2026-12-14T13:00:00Z", "endDateTime": "2026-12-14T18:00:00Z"}


def create_appointment(status: str = "initialized", valid_for: dict = AM) -> dict:
    return {
        "id": "apt-1",
        "href": f"{BASE}/appointment/apt-1",
        "category": "new line installation",
        "status": status,
        "validFor": valid_for,
        "relatedPlace": PLACE,
        "calendarEvent": {"id": "rg1-2026-12-14-am"},
        "holdExpiryDate": "2026-12-07T13:15:00.000Z",
    }


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[Tmf646Client]:
    client = Tmf646Client.for_url(
        settings.tmf646_url, settings.timeout_seconds, retry=RetryPolicy(attempts=3, wait_initial=0.001)
    )
    yield client
    await client.aclose()


async def test_setting_defaults_to_the_mocks_base_path() -> None:
    assert Settings().tmf646_url == "http://127.0.0.1:8600/tmf-api/appointment/v4"


async def test_search_sends_the_place_and_work_type(client: Tmf646Client, tmf: respx.MockRouter) -> None:
    answer = {
        "id": "s-1",
        "status": "done",
        "searchResult": "success",
        "availableTimeSlot": [{"id": "rg1-2026-12-14-am", "validFor": AM}, {"id": "pm", "validFor": PM}],
    }
    route = tmf.post(f"{BASE}/searchTimeSlot").respond(201, json=answer)

    found = await client.search_time_slots(
        SearchTimeSlotCreate.model_validate({"relatedPlace": PLACE}), "router-only visit"
    )

    sent = json.loads(route.calls.last.request.content)
    assert sent == {"relatedPlace": PLACE, "workType": "router-only visit"}
    assert found.available_time_slot is not None
    assert [slot.id for slot in found.available_time_slot] == ["rg1-2026-12-14-am", "pm"]


async def test_a_lost_search_answer_is_retried(client: Tmf646Client, tmf: respx.MockRouter) -> None:
    route = tmf.post(f"{BASE}/searchTimeSlot").mock(
        side_effect=[httpx.ConnectError("reset"), httpx.Response(201, json={"id": "s-2", "status": "done"})]
    )

    found = await client.search_time_slots(
        SearchTimeSlotCreate.model_validate({"relatedPlace": PLACE}), "fault visit"
    )

    assert (found.id, route.call_count) == ("s-2", 2)


async def test_create_holds_and_confirm_patches_the_status(
    client: Tmf646Client, tmf: respx.MockRouter
) -> None:
    created = tmf.post(f"{BASE}/appointment").respond(201, json=create_appointment())
    patched = tmf.patch(f"{BASE}/appointment/apt-1").respond(200, json=create_appointment("confirmed"))

    held = await client.create_appointment(
        AppointmentCreate.model_validate(
            {"category": "new line installation", "relatedPlace": PLACE, "validFor": AM}
        )
    )
    confirmed = await client.confirm_appointment(held.id or "")

    assert json.loads(created.calls.last.request.content)["validFor"] == AM
    assert held.status is not None and held.status.value == "initialized"
    assert held.model_extra == {"holdExpiryDate": "2026-12-07T13:15:00.000Z"}
    request = patched.calls.last.request
    assert request.headers["Content-Type"] == "application/merge-patch+json"
    assert json.loads(request.content) == {"status": "confirmed"}
    assert confirmed.status is not None and confirmed.status.value == "confirmed"


async def test_reschedule_and_cancel_are_merge_patches(client: Tmf646Client, tmf: respx.MockRouter) -> None:
    route = tmf.patch(f"{BASE}/appointment/apt-1").mock(
        side_effect=[
            httpx.Response(200, json=create_appointment("confirmed", PM)),
            httpx.Response(200, json=create_appointment("cancelled", PM)),
        ]
    )

    moved = await client.reschedule_appointment("apt-1", TimePeriod.model_validate(PM))
    cancelled = await client.cancel_appointment("apt-1")

    bodies = [json.loads(call.request.content) for call in route.calls]
    assert bodies == [{"validFor": PM}, {"status": "cancelled"}]
    assert moved.valid_for.start_date_time is not None
    assert moved.valid_for.start_date_time.hour == 13
    assert cancelled.status is not None and cancelled.status.value == "cancelled"


async def test_a_taken_slot_is_a_409_the_caller_can_tell(client: Tmf646Client, tmf: respx.MockRouter) -> None:
    error = {
        "code": "SLOT_UNAVAILABLE",
        "reason": "Conflict",
        "message": "The slot ... is no longer available; search for time slots again",
        "status": "409",
    }
    route = tmf.post(f"{BASE}/appointment").respond(409, json=error)

    with pytest.raises(TmfRejected) as refused:
        await client.create_appointment(
            AppointmentCreate.model_validate({"relatedPlace": PLACE, "validFor": AM})
        )

    assert (refused.value.status, refused.value.code) == (409, "SLOT_UNAVAILABLE")
    assert route.call_count == 1  # a create is never retried


async def test_appointments_are_found_by_filters(client: Tmf646Client, tmf: respx.MockRouter) -> None:
    route = tmf.get(f"{BASE}/appointment").respond(200, json=[create_appointment("confirmed")])

    found = await client.find_appointments(**{"relatedParty.id": "cust-7", "status": "confirmed"})

    assert route.calls.last.request.url.params["relatedParty.id"] == "cust-7"
    assert [appointment.id for appointment in found] == ["apt-1"]
