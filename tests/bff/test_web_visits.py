"""Web channel: engineer visit slots and holds (GET /api/v1/visits/slots, POST /api/v1/visits), the BFF in
process with its TMF646 client on the TMF646 mock server in process (the other backends: respx)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from mock_backends.config import Settings as MockSettings
from mock_backends.testing import sqlite_settings
from tests.bff.identity import bearer, customer_token
from tests.bff.tmf646_support import ADDRESS, fill_up, serve_tmf646

SLOTS = "/api/v1/visits/slots"
VISITS = "/api/v1/visits"
INSTALL = {"addressId": ADDRESS, "workType": "new line installation"}


@pytest.fixture
def mocks(tmp_path: Path) -> MockSettings:
    return sqlite_settings(tmp_path, order_pace="off")


@pytest.fixture
async def tmf646(services: ChannelServices, mocks: MockSettings) -> AsyncIterator[None]:
    async for _ in serve_tmf646(services, mocks):
        yield


async def test_slots_are_offered_earliest_first_in_plain_words(client: httpx.AsyncClient, tmf646: None):
    response = await client.get(SLOTS, params=INSTALL)

    assert response.status_code == 200
    slots = response.json()["slots"]
    assert slots and set(slots[0]) == {"id", "start", "end", "label"}
    starts = [datetime.fromisoformat(slot["start"]) for slot in slots]
    assert starts == sorted(starts)
    assert slots[0]["label"].startswith("Engineer visit ") and "\N{EN DASH}" in slots[0]["label"]


async def test_a_fault_visit_needs_less_notice_than_a_new_line(client: httpx.AsyncClient, tmf646: None):
    install = (await client.get(SLOTS, params=INSTALL)).json()["slots"]
    fault = (await client.get(SLOTS, params={**INSTALL, "workType": "fault visit"})).json()["slots"]

    assert fault[0]["start"] < install[0]["start"]


async def test_an_unknown_work_type_is_refused(client: httpx.AsyncClient, tmf646: None):
    response = await client.get(SLOTS, params={**INSTALL, "workType": "gardening"})

    assert response.status_code == 422


async def test_slots_need_a_signed_in_customer(client: httpx.AsyncClient, tmf646: None):
    response = await client.get(SLOTS, params=INSTALL, headers={"Authorization": ""})

    assert response.status_code == 401


async def test_holding_a_slot_for_the_signed_in_customer(
    client: httpx.AsyncClient, services: ChannelServices, tmf646: None
):
    slot = (await client.get(SLOTS, params=INSTALL)).json()["slots"][0]

    response = await client.post(VISITS, json={**INSTALL, "slot": slot})  # the label is sent back: ignored

    assert response.status_code == 201
    held = response.json()
    assert set(held) == {"appointmentId", "slot", "status", "holdExpires"}
    assert held["slot"] == slot and held["status"] == "initialized"
    assert datetime.fromisoformat(held["holdExpires"]) > datetime.now().astimezone()
    stored = await services.backends.tmf646.get_appointment(held["appointmentId"])
    assert [(party.id, party.role) for party in stored.related_party or []] == [("cust-7", "customer")]


async def test_the_last_visit_goes_to_one_customer_only(
    client: httpx.AsyncClient, mocks: MockSettings, tmf646: None, tmf: respx.MockRouter
):
    slot = (await client.get(SLOTS, params=INSTALL)).json()["slots"][0]
    fill_up(mocks, slot["id"], left=1)
    other = {"Authorization": bearer(customer_token("cust-8"))["Authorization"]}

    first = await client.post(VISITS, json={**INSTALL, "slot": slot})
    second = await client.post(VISITS, json={**INSTALL, "slot": slot}, headers=other)

    assert first.status_code == 201
    assert second.status_code == 409
    assert second.json()["code"] == "SLOT_TAKEN" and second.json()["message"]
    again = (await client.get(SLOTS, params=INSTALL)).json()["slots"]
    assert slot["id"] not in {offered["id"] for offered in again}


async def test_a_time_that_is_no_slot_is_refused(client: httpx.AsyncClient, tmf646: None):
    slot = (await client.get(SLOTS, params=INSTALL)).json()["slots"][0]
    shifted = {**slot, "start": slot["start"].replace("T08:", "T09:").replace("T13:", "T14:")}

    response = await client.post(VISITS, json={**INSTALL, "slot": shifted})

    assert response.status_code == 422


async def test_choosing_another_slot_gives_the_first_one_back(
    client: httpx.AsyncClient, services: ChannelServices, tmf646: None
):
    first, second = (await client.get(SLOTS, params=INSTALL)).json()["slots"][:2]
    before = (await client.post(VISITS, json={**INSTALL, "slot": first})).json()

    after = await client.post(VISITS, json={**INSTALL, "slot": second})

    assert after.status_code == 201
    released = await services.backends.tmf646.get_appointment(before["appointmentId"])
    assert released.status is not None and released.status.value == "cancelled"
    kept = await services.backends.tmf646.get_appointment(after.json()["appointmentId"])
    assert kept.status is not None and kept.status.value == "initialized"


async def test_a_slot_refused_keeps_the_one_held(
    client: httpx.AsyncClient, services: ChannelServices, mocks: MockSettings, tmf646: None
):
    first, second = (await client.get(SLOTS, params=INSTALL)).json()["slots"][:2]
    before = (await client.post(VISITS, json={**INSTALL, "slot": first})).json()
    fill_up(mocks, second["id"])

    refused = await client.post(VISITS, json={**INSTALL, "slot": second})

    assert refused.status_code == 409
    kept = await services.backends.tmf646.get_appointment(before["appointmentId"])
    assert kept.status is not None and kept.status.value == "initialized"
