"""Web channel: an order placed with the engineer visit the customer held (POST /api/v1/orders with
`appointmentId`): confirmed first, referenced by the broadband item, shown on the order. TMF646 is the mock
server in process; TMF622 and the others are respx (tests/bff/test_web_orders.py)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from mock_backends.config import Settings as MockSettings
from mock_backends.testing import sqlite_settings
from tests.bff.factories import accepting_summary, create_individual, echo_order
from tests.bff.identity import bearer, customer_token
from tests.bff.test_web_orders import INDIVIDUALS, KEY, ORDER, ORDERS, serve_order_backends
from tests.bff.tmf646_support import ADDRESS, serve_tmf646

INSTALL = {"addressId": ADDRESS, "workType": "new line installation"}


@pytest.fixture
def mocks(tmp_path: Path) -> MockSettings:
    return sqlite_settings(tmp_path, order_pace="off")


@pytest.fixture
async def tmf646(services: ChannelServices, mocks: MockSettings) -> AsyncIterator[None]:
    async for _ in serve_tmf646(services, mocks):
        yield


async def hold(client: httpx.AsyncClient, headers: dict[str, str] | None = None) -> dict[str, Any]:
    slot = (await client.get("/api/v1/visits/slots", params=INSTALL)).json()["slots"][0]
    held = await client.post("/api/v1/visits", json={**INSTALL, "slot": slot}, headers=headers)
    assert held.status_code == 201
    return dict(held.json())


def with_visit(held: dict[str, Any]) -> dict[str, Any]:
    slot = held["slot"]
    return {
        **ORDER,
        "appointmentId": held["appointmentId"],
        "installationSlot": {"start": slot["start"], "end": slot["end"]},
    }


async def test_the_broadband_item_references_the_confirmed_visit(
    client: httpx.AsyncClient, tmf: respx.MockRouter, services: ChannelServices, tmf646: None
):
    create = serve_order_backends(tmf)
    held = await hold(client)

    response = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, with_visit(held)), headers=KEY
    )

    assert response.status_code == 201
    sent = json.loads(create.calls.last.request.content)
    main, router = sent["productOrderItem"]
    assert main["appointment"]["id"] == held["appointmentId"]
    assert main["appointment"]["@referredType"] == "Appointment"
    assert main["appointment"]["href"].endswith(f"/appointment/{held['appointmentId']}")
    assert "appointment" not in router
    assert (sent["requestedStartDate"], sent["requestedCompletionDate"]) == (
        held["slot"]["start"],
        held["slot"]["end"],
    )
    shown = response.json()["appointment"]
    assert shown == {**held["slot"], "id": held["appointmentId"], "status": "confirmed"}
    stored = await services.backends.tmf646.get_appointment(held["appointmentId"])
    assert stored.status is not None and stored.status.value == "confirmed"


async def test_an_order_without_a_visit_shows_none(
    client: httpx.AsyncClient, tmf: respx.MockRouter, tmf646: None
):
    create = serve_order_backends(tmf)

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 201 and response.json()["appointment"] is None
    assert "appointment" not in json.loads(create.calls.last.request.content)["productOrderItem"][0]


async def test_a_lapsed_hold_places_no_order(
    client: httpx.AsyncClient, tmf: respx.MockRouter, services: ChannelServices, tmp_path: Path
):
    create = serve_order_backends(tmf)
    short = sqlite_settings(tmp_path / "short", order_pace="off", appointment_hold_minutes=0.003)
    (tmp_path / "short").mkdir()
    async for _ in serve_tmf646(services, short):
        held = await hold(client)
        await asyncio.sleep(0.4)

        response = await client.post(
            "/api/v1/orders", json=await accepting_summary(client, with_visit(held)), headers=KEY
        )

        assert response.status_code == 409
        assert response.json()["code"] == "SLOT_HOLD_EXPIRED" and response.json()["message"]
        assert create.call_count == 0


async def test_another_customers_visit_cannot_be_ordered_with(
    client: httpx.AsyncClient, tmf: respx.MockRouter, tmf646: None
):
    create = serve_order_backends(tmf)
    theirs = await hold(client, headers=bearer(customer_token("cust-8")))

    response = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, with_visit(theirs)), headers=KEY
    )

    assert response.status_code == 409 and response.json()["code"] == "SLOT_HOLD_EXPIRED"
    assert create.call_count == 0


async def test_a_retry_after_a_lost_create_confirms_the_visit_again_harmlessly(
    client: httpx.AsyncClient, tmf: respx.MockRouter, tmf646: None
):
    serve_order_backends(tmf)
    answers = iter([httpx.Response(503, json={"code": "503", "reason": "Unavailable"})])
    create = tmf.post(ORDERS).mock(
        side_effect=lambda request: next(
            answers, httpx.Response(201, json=echo_order(json.loads(request.content)))
        )
    )
    held = await hold(client)

    first = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, with_visit(held)), headers=KEY
    )
    retry = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, with_visit(held)), headers=KEY
    )

    assert first.status_code >= 500
    assert retry.status_code == 201, retry.text
    assert retry.json()["appointment"]["status"] == "confirmed"
    assert (
        json.loads(create.calls.last.request.content)["productOrderItem"][0]["appointment"]["id"]
        == (held["appointmentId"])
    )


async def test_the_order_shows_its_visit_as_tmf646_has_it_and_lists_it_from_its_dates(
    client: httpx.AsyncClient, tmf: respx.MockRouter, services: ChannelServices, tmf646: None
):
    create = serve_order_backends(tmf)
    held = await hold(client)
    placed = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, with_visit(held)), headers=KEY
    )
    stored = {**echo_order(json.loads(create.calls.last.request.content)), "state": "completed"}
    tmf.get(f"{ORDERS}/po-1").respond(200, json=stored)
    tmf.get(f"{INDIVIDUALS}/ind-42").respond(200, json=create_individual())
    tmf.get(ORDERS).respond(200, json=[stored], headers={"X-Total-Count": "1"})
    await services.backends.tmf646.patch_appointment(held["appointmentId"], {"status": "completed"})

    one = (await client.get("/api/v1/orders/po-1")).json()
    listed = (await client.get("/api/v1/account/orders")).json()["orders"]

    assert placed.status_code == 201
    assert one["appointment"]["status"] == "completed"  # read from TMF646
    assert one["appointment"]["label"] == held["slot"]["label"]
    assert listed[0]["appointment"] == one["appointment"]  # from the order's dates and state: no TMF646 call
