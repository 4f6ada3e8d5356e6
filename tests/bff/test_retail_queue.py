"""Retail: the store's order queue — its orders by state, jeopardy, cycle time per phase, live updates."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import respx

from bff.config import CatalogueProfile, Settings
from bff.core.backends import ChannelServices
from bff.core.staff.cycle_times import phases, timing
from bff.retail.app import create_app
from tests.bff.factories import URLS
from tests.bff.retail_support import (
    ALEX,
    BEA,
    TMF622,
    SignedIn,
    create_store_order,
    held_for_discount,
    listed,
    signed_in_client,
)

NOW = datetime(2026, 11, 23, 10, 10, tzinfo=UTC)
HOLD_CODES = CatalogueProfile().hold_codes


def completed_after_approval() -> dict:
    """Ordered 10:00:00, held 10:00:03, approved 10:05:00, two milestones, completed 10:05:20."""
    order = held_for_discount("po-done")
    return {
        **order,
        "state": "completed",
        "completionDate": "2026-11-23T10:05:20Z",
        "note": [
            *order["note"],
            {"author": "Morgan Manager", "date": "2026-11-23T10:05:00Z", "text": "Approved"},
        ],
        "productOrderMilestone": [
            {
                "id": "1.1",
                "name": "Activate FTTP access",
                "status": "Completed",
                "milestoneDate": "2026-11-23T10:05:08Z",
            },
            {
                "id": "1.2",
                "name": "Activate Wi-Fi",
                "status": "Completed",
                "milestoneDate": "2026-11-23T10:05:15Z",
            },
        ],
    }


def test_cycle_time_per_phase_comes_from_the_milestones() -> None:
    found = [
        (phase.name, phase.seconds)
        for phase in phases(completed_after_approval(), NOW, hold_codes=HOLD_CODES)
    ]

    assert found == [
        ("Validation", 3.0),
        ("Approval", 297.0),
        ("Activate FTTP access", 8.0),
        ("Activate Wi-Fi", 7.0),
        ("Completion", 5.0),
    ]


def test_an_order_held_longer_than_its_target_is_in_jeopardy() -> None:
    held = held_for_discount("po-held")  # held since 10:00:03

    late = timing(held, {"held": 300.0}, NOW, hold_codes=HOLD_CODES)
    early = timing(held, {"held": 3600.0}, NOW, hold_codes=HOLD_CODES)

    assert late.in_jeopardy and late.seconds_in_state == 597.0 and late.target_seconds == 300.0
    assert not early.in_jeopardy
    assert [phase.name for phase in late.phases] == ["Validation", "Approval"]
    assert late.phases[-1].ended_at is None  # still waiting


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        **URLS,
        timeout_seconds=0.5,
        retry_wait_initial_seconds=0.001,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        retail_jeopardy_seconds={"held": 60.0, "inProgress": 10**9},
        retail_queue_poll_seconds=0.05,
        order_stream_max_seconds=0.3,
    )


@pytest.fixture
def who() -> SignedIn:
    return SignedIn(ALEX)


@pytest.fixture
async def retail(
    services: ChannelServices, tmf: respx.MockRouter, who: SignedIn
) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_app(services.settings), services, who) as http:
        yield http


async def test_queue_lists_the_stores_orders_with_jeopardy_first(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    route = tmf.get(f"{TMF622}/productOrder").mock(
        return_value=listed(
            [
                create_store_order("po-new", "inProgress"),
                held_for_discount("po-held"),
                completed_after_approval(),
            ]
        )
    )

    response = await retail.get("/api/v1/stores/store-rdg/orders")

    assert response.status_code == 200
    queue = response.json()
    queries = [parse_qs(urlsplit(str(call.request.url)).query) for call in route.calls]
    query = next(query for query in queries if "channel.id" in query)  # beside the store's area's orders
    assert (query["channel.id"], query["channel.name"]) == (["retail"], ["store-rdg"])
    assert queue["counts"] == {"inProgress": 1, "held": 1, "completed": 1}
    assert queue["inJeopardy"] == 1
    first = queue["orders"][0]
    assert (first["order"]["id"], first["inJeopardy"]) == ("po-held", True)
    done = next(entry for entry in queue["orders"] if entry["order"]["id"] == "po-done")
    assert done["cycleSeconds"] == 320.0 and done["targetSeconds"] is None
    averages = {average["name"]: average["averageSeconds"] for average in queue["phaseAverages"]}
    assert averages["Activate FTTP access"] == 8.0


async def test_queue_filters_by_state_and_jeopardy(retail: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    route = tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([held_for_discount("po-held")]))

    response = await retail.get(
        "/api/v1/stores/store-rdg/orders", params={"state": "held,pending", "inJeopardy": "true"}
    )

    assert parse_qs(urlsplit(str(route.calls.last.request.url)).query)["state"] == ["held,pending"]
    assert [entry["order"]["id"] for entry in response.json()["orders"]] == ["po-held"]


async def test_an_agent_of_another_store_cannot_see_the_queue(
    retail: httpx.AsyncClient, tmf: respx.MockRouter, who: SignedIn
) -> None:
    route = tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([]))
    who.who = BEA

    response = await retail.get("/api/v1/stores/store-rdg/orders")

    assert response.status_code == 403
    assert response.json()["code"] == "FORBIDDEN"
    assert not route.called


async def test_one_order_of_the_store_with_its_phases(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder/po-done").respond(200, json=completed_after_approval())
    tmf.get(f"{TMF622}/productOrder/po-ldn").respond(
        200, json=create_store_order("po-ldn", "held", "store-ldn")
    )

    found = await retail.get("/api/v1/stores/store-rdg/orders/po-done")
    elsewhere = await retail.get("/api/v1/stores/store-rdg/orders/po-ldn")

    assert [phase["name"] for phase in found.json()["phases"]][:2] == ["Validation", "Approval"]
    assert elsewhere.status_code == 404


async def test_queue_stream_sends_the_queue_then_each_change(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    answers = iter(
        [
            listed([held_for_discount("po-held")]),
            listed([held_for_discount("po-held")]),
            listed([create_store_order("po-held", "inProgress")]),
        ]
    )
    tmf.get(f"{TMF622}/productOrder").mock(
        side_effect=lambda request: next(answers, listed([create_store_order("po-held", "inProgress")]))
    )

    async with retail.stream("GET", "/api/v1/stores/store-rdg/orders/events") as response:
        body = "".join([chunk async for chunk in response.aiter_text()])

    assert response.headers["content-type"].startswith("text/event-stream")
    events = [json.loads(line[len("data: ") :]) for line in body.splitlines() if line.startswith("data: ")]
    assert [event["orders"][0]["order"]["state"] for event in events] == ["held", "inProgress"]
    assert ": nothing new" in body
