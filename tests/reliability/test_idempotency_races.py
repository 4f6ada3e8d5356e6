"""Exactly-once ordering against real processes (identity provider, TMF mocks and BFF as `scripts/stack.py`
starts them): a double submit and many concurrent retries with one Idempotency-Key make one TMF622 order,
also when the create lands after the BFF gave up on it and across a kill -9 of the BFF; and a TMF622 hub
subscriber that fails for a while, then recovers, receives every event.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from mock_backends.events.receiver import EventReceiver
from tests.bff.factories import accepting_summary_sync
from tests.reliability.driver import Answer
from tests.reliability.stack import ReliabilityStack, running_stack

STALE_SECONDS = 6  # above the longest a request takes here (reads retried within the time-out)
ENV = {
    "IDP_PASSWORD_HASH_PROFILE": "CHEAPEST",
    "MOCKS_ORDER_PACE": "instant",
    "MOCKS_EVENTS_POLL_SECONDS": "0.1",
    "MOCKS_EVENTS_RETRY_BASE_SECONDS": "0.2",
    "MOCKS_EVENTS_RETRY_MAX_SECONDS": "1",
    "BFF_TIMEOUT_SECONDS": "2.0",
    "BFF_IDEMPOTENCY_STALE_SECONDS": str(STALE_SECONDS),
    "BFF_ORDER_EVENTS": "false",
}
CUSTOMER = "jane.doe@example.com"
# TMF622 creates take longer than the BFF waits (latency is added before the API handles the request).
SLOW_CREATES = {"tmf622": {"latency_ms": 4000, "methods": ["POST"]}}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReliabilityStack]:
    with running_stack(tmp_path_factory.mktemp("races"), ENV) as stack:
        yield stack


@pytest.fixture(scope="module")
def signed_in(stack: ReliabilityStack) -> dict[str, str]:
    return stack.customer_headers(CUSTOMER)


@pytest.fixture(autouse=True)
def no_faults(stack: ReliabilityStack) -> Iterator[None]:
    yield
    stack.clear_faults()


def order_body(stack: ReliabilityStack, house_number: str) -> dict[str, Any]:
    """A basket at `house_number` Orchard Close (RG1 4AB, fibre) with the first offer available there."""
    available = httpx.post(
        f"{stack.bff}/api/v1/availability",
        json={"postcode": "RG1 4AB", "houseNumber": house_number},
        timeout=15,
    )
    assert available.status_code == 200, available.text
    order = {
        "addressId": available.json()["address"]["id"],
        "offerId": available.json()["offers"][0]["id"],
        "addOnIds": [],
        "contact": {"givenName": "Jane", "familyName": "Doe", "email": CUSTOMER, "phone": "07700 900123"},
        "consents": {"creditCheck": True, "terms": True},
    }
    with httpx.Client(base_url=stack.bff, timeout=15) as bff:
        return accepting_summary_sync(bff, order)


async def submit(client: httpx.AsyncClient, body: dict[str, Any], headers: dict[str, str]) -> Answer:
    try:
        response = await client.post("/api/v1/orders", json=body, headers=headers)
    except httpx.TransportError:
        return Answer(None)
    return Answer(response.status_code, response.json())


async def until_definitive(
    client: httpx.AsyncClient, body: dict[str, Any], headers: dict[str, str], seconds: float
) -> Answer:
    """Retry with the same key until the answer is not one to retry (5xx, 409 REQUEST_IN_PROGRESS)."""
    deadline = time.monotonic() + seconds
    while True:
        answer = await submit(client, body, headers)
        if not answer.passing or time.monotonic() > deadline:
            return answer
        await asyncio.sleep(0.25)


def bff_client(stack: ReliabilityStack) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=stack.bff, timeout=20)


def keyed(signed_in: dict[str, str], name: str) -> dict[str, str]:
    return {**signed_in, "Idempotency-Key": f"{name}-{uuid.uuid4().hex}"}


async def test_double_submit_makes_one_order(stack: ReliabilityStack, signed_in: dict[str, str]) -> None:
    body, headers = order_body(stack, "4"), keyed(signed_in, "double")

    async with bff_client(stack) as client:
        first, second = await asyncio.gather(submit(client, body, headers), submit(client, body, headers))
        settled = await until_definitive(client, body, headers, 20)

    assert {first.status, second.status} <= {201, 409}, (first, second)
    assert 201 in (first.status, second.status)
    (order,) = stack.orders(externalId=headers["Idempotency-Key"])
    assert settled.status == 201 and settled.body["id"] == order["id"]
    assert {a.body["id"] for a in (first, second) if a.status == 201} == {order["id"]}


async def test_concurrent_retries_with_one_key_make_one_order(
    stack: ReliabilityStack, signed_in: dict[str, str]
) -> None:
    body, headers = order_body(stack, "6"), keyed(signed_in, "retries")

    async with bff_client(stack) as client:
        racing = await asyncio.gather(*(submit(client, body, headers) for _ in range(20)))
        later = await asyncio.gather(*(until_definitive(client, body, headers, 20) for _ in range(20)))

    assert {answer.status for answer in racing} <= {201, 409}, racing
    assert {answer.code for answer in racing if answer.status == 409} <= {"REQUEST_IN_PROGRESS"}
    (order,) = stack.orders(externalId=headers["Idempotency-Key"])
    assert {answer.body["id"] for answer in [*racing, *later] if answer.status == 201} == {order["id"]}
    assert {answer.status for answer in later} == {201}


async def test_a_create_that_lands_after_the_bff_gave_up_is_one_order(
    stack: ReliabilityStack, signed_in: dict[str, str]
) -> None:
    body, headers = order_body(stack, "7"), keyed(signed_in, "late")
    stack.set_faults(SLOW_CREATES)

    async with bff_client(stack) as client:
        first = await submit(client, body, headers)  # the BFF times out; TMF622 commits a moment later
        racing = await asyncio.gather(*(submit(client, body, headers) for _ in range(10)))
        stack.clear_faults()
        deadline = time.monotonic() + 10
        while not stack.orders(externalId=headers["Idempotency-Key"]):
            assert time.monotonic() < deadline, "the slow create never landed"
            await asyncio.sleep(0.2)
        settled = await until_definitive(client, body, headers, STALE_SECONDS + 10)

    assert (first.status, first.code) == (503, "BACKEND_UNAVAILABLE")
    # Until its claim is stale, the key is not run again: no retry can make a second order meanwhile.
    assert {(answer.status, answer.code) for answer in racing} == {(409, "REQUEST_IN_PROGRESS")}
    (order,) = stack.orders(externalId=headers["Idempotency-Key"])
    assert settled.status == 200 and settled.body["id"] == order["id"]


async def test_resubmit_after_kill_9_of_the_bff_returns_the_same_order(
    stack: ReliabilityStack, signed_in: dict[str, str]
) -> None:
    body, headers = order_body(stack, "8"), keyed(signed_in, "restart")
    async with bff_client(stack) as client:
        first = await until_definitive(client, body, headers, 20)
    assert first.status == 201, first

    await asyncio.to_thread(stack.kill_9, "bff")
    await asyncio.to_thread(stack.restart, "bff")
    async with bff_client(stack) as client:
        response = await client.post("/api/v1/orders", json=body, headers=headers)

    assert response.status_code == 201 and response.json()["id"] == first.body["id"]
    assert response.headers["Idempotent-Replayed"] == "true"
    assert len(stack.orders(externalId=headers["Idempotency-Key"])) == 1


async def test_retries_after_kill_9_of_the_bff_mid_create_make_one_order(
    stack: ReliabilityStack, signed_in: dict[str, str]
) -> None:
    body, headers = order_body(stack, "9"), keyed(signed_in, "mid-create")
    stack.set_faults({"tmf622": {"latency_ms": 1200, "methods": ["POST"]}})  # within the BFF's time-out

    async with bff_client(stack) as client:
        in_flight = asyncio.create_task(submit(client, body, headers))
        await asyncio.sleep(0.8)  # the BFF has claimed the key, read, and sent the create
        await asyncio.to_thread(stack.kill_9, "bff")
        lost = await in_flight
        await asyncio.to_thread(stack.restart, "bff")
        stack.clear_faults()
        retries = await asyncio.gather(
            *(until_definitive(client, body, headers, STALE_SECONDS + 15) for _ in range(5))
        )

    assert lost.status is None  # the connection died with the BFF
    (order,) = stack.orders(externalId=headers["Idempotency-Key"])
    assert {(answer.status, answer.body["id"]) for answer in retries} <= {
        (200, order["id"]),
        (201, order["id"]),
    }


def test_a_subscriber_that_fails_for_a_while_then_recovers_receives_every_event(
    stack: ReliabilityStack, signed_in: dict[str, str], tmp_path: Path
) -> None:
    subscriber = EventReceiver(fail_first=4)  # down (nothing listens on its port), then 503 four times
    subscription = stack.subscribe(subscriber.callback)
    orders = []
    for house in ("10", "11", "12"):
        body, headers = order_body(stack, house), keyed(signed_in, "events")
        answer = asyncio.run(_placed(stack, body, headers))
        assert answer.status == 201, answer
        orders.append(answer.body["id"])
    time.sleep(1.5)  # deliveries fail and back off while nobody listens
    down = stack.outbox(subscription)

    with subscriber:
        deadline = time.monotonic() + 30
        while (outbox := stack.outbox(subscription))["pending"] or not outbox["events"]:
            assert time.monotonic() < deadline, outbox
            time.sleep(0.2)

    received = subscriber.events()
    assert down["pending"] > 0 and down["delivered"] == 0
    assert subscriber.attempts > len(received)  # it did refuse some first
    assert sorted(event["eventId"] for event in received) == sorted(e["eventId"] for e in outbox["events"])
    created = [
        e["event"]["productOrder"]["id"] for e in received if e["eventType"] == "productOrderCreateEvent"
    ]
    assert created == orders  # each order's events in the order they happened
    final = {
        e["event"]["productOrder"]["id"]
        for e in received
        if e["eventType"] == "productOrderStateChangeEvent"
        and e["event"]["productOrder"]["state"] == "completed"
    }
    assert final == set(orders)


async def _placed(stack: ReliabilityStack, body: dict[str, Any], headers: dict[str, str]) -> Answer:
    async with bff_client(stack) as client:
        return await until_definitive(client, body, headers, 20)
