"""Notifications: hub subscriptions on every API, the spec's envelope, query filters, the transactional
outbox (SQLite and PostgreSQL), and at-least-once delivery to a listener that fails before it recovers."""

import asyncio
import random
import threading
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from mock_backends.config import Settings
from mock_backends.events import outbox
from mock_backends.events.delivery import backoff
from mock_backends.events.receiver import EventReceiver
from mock_backends.resources import Collection
from mock_backends.storage import DocumentStore, create_db_engine, init_db
from mock_backends.testing import running_app, sqlite_settings
from mock_backends.tmf622.service import PRODUCT_ORDER

ORDERING = "/tmf-api/productOrderingManagement/v4"
ORDERS = f"{ORDERING}/productOrder"
APIS = [
    "/tmf-api/productCatalogManagement/v4",
    ORDERING,
    "/tmf-api/customerManagement/v4",
    "/tmf-api/party/v4",
    "/tmf-api/productInventory/v4",
    "/tmf-api/serviceQualificationManagement/v4",
    "/tmf-api/quoteManagement/v4",
    "/tmf-api/geographicAddressManagement/v4",
]


def fast_settings(directory: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "order_pace": "off",
        "events_poll_seconds": 0.02,
        "events_retry_base_seconds": 0.05,
        "events_retry_max_seconds": 0.2,
    }
    return sqlite_settings(directory, **(values | overrides))


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(fast_settings(tmp_path)) as client:
        yield client


@pytest.fixture
def receiver() -> Iterator[EventReceiver]:
    with EventReceiver() as receiver:
        yield receiver


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = (
        f"sqlite:///{tmp_path / 'events.db'}"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    engine = create_db_engine(url)
    init_db(engine)
    yield engine
    engine.dispose()


async def subscribe(
    client: httpx.AsyncClient, callback: str, query: str | None = None, api: str = ORDERING
) -> dict:
    body = {"callback": callback, **({"query": query} if query else {})}
    answer = await client.post(f"{api}/hub", json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()


def create_order_body(**extra: Any) -> dict:
    return {
        "productOrderItem": [{"id": "1", "action": "add", "productOffering": {"id": "po-fibre-500"}}],
        **extra,
    }


async def create_order(client: httpx.AsyncClient, **extra: Any) -> dict:
    answer = await client.post(ORDERS, json=create_order_body(**extra))
    assert answer.status_code == 201, answer.text
    return answer.json()


# --- hub -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
async def test_every_api_takes_and_drops_subscriptions(client: httpx.AsyncClient, api: str) -> None:
    subscription = await subscribe(client, "http://listener.test/tmf", "eventType=x", api=api)
    assert set(subscription) == {"id", "callback", "query"}
    assert (subscription["callback"], subscription["query"]) == ("http://listener.test/tmf", "eventType=x")
    deleted = await client.delete(f"{api}/hub/{subscription['id']}")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert (await client.delete(f"{api}/hub/{subscription['id']}")).status_code == 404


@pytest.mark.parametrize(
    "body", [{}, {"callback": "not a url"}, {"callback": "http://x.test", "query": "=a"}]
)
async def test_hub_refuses_a_subscription_it_cannot_serve(client: httpx.AsyncClient, body: dict) -> None:
    answer = await client.post(f"{ORDERING}/hub", json=body)
    assert answer.status_code == 400


# --- what is notified ------------------------------------------------------------------------------------


async def test_create_attribute_state_and_delete_are_notified_with_the_spec_envelope(
    client: httpx.AsyncClient, receiver: EventReceiver
) -> None:
    await subscribe(client, receiver.callback)
    order = await create_order(client)
    await client.patch(f"{ORDERS}/{order['id']}", json={"description": "gift"})
    await client.patch(f"{ORDERS}/{order['id']}", json={"state": "held"})
    await client.delete(f"{ORDERS}/{order['id']}")
    await receiver.until(lambda: len(receiver.events()) == 4)
    events = receiver.events()
    assert [e["eventType"] for e in events] == [
        "productOrderCreateEvent",
        "productOrderAttributeValueChangeEvent",
        "productOrderStateChangeEvent",
        "productOrderDeleteEvent",
    ]
    assert receiver.paths == [f"/listener/{e['eventType']}" for e in events]
    created = events[0]
    assert {"eventId", "eventTime", "eventType", "event"} <= set(created)
    assert created["event"]["productOrder"]["href"] == f"http://mocks.test{ORDERS}/{order['id']}"
    assert events[1]["fieldPath"] == "description"
    assert events[2]["event"]["productOrder"]["state"] == "held"
    assert len({e["eventId"] for e in events}) == 4


async def test_other_apis_notify_their_own_events(client: httpx.AsyncClient, receiver: EventReceiver) -> None:
    qualification = "/tmf-api/serviceQualificationManagement/v4"
    await subscribe(client, receiver.callback, api=qualification)
    place = {"@type": "GeographicAddress", "role": "installationAddress", "id": "addr-rg14ab-3"}
    check = {"serviceQualificationItem": [{"id": "1", "service": {"place": [place]}}]}
    assert (await client.post(f"{qualification}/checkServiceQualification", json=check)).status_code in (
        200,
        201,
    )
    await create_order(client)  # another API: not for this subscriber
    await receiver.until(lambda: len(receiver.events()) >= 1)
    assert [e["eventType"] for e in receiver.events()] == ["checkServiceQualificationCreateEvent"]
    assert "checkServiceQualification" in receiver.events()[0]["event"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("eventType=productOrderStateChangeEvent", ["held"]),
        ("event.productOrder.state=held", ["held", "held"]),  # the state change, then the delete
        ("state=acknowledged", ["acknowledged"] * 3),
        (
            "eventType=productOrderCreateEvent,productOrderStateChangeEvent&externalId=b",
            ["acknowledged", "held"],
        ),
    ],
)
async def test_hub_query_filters_what_a_subscriber_receives(
    client: httpx.AsyncClient, receiver: EventReceiver, query: str, expected: list[str]
) -> None:
    await subscribe(client, receiver.callback, query)
    await create_order(client, externalId="a")
    second = await create_order(client, externalId="b")
    await client.patch(f"{ORDERS}/{second['id']}", json={"state": "held"})
    await create_order(client, externalId="c")
    await client.delete(f"{ORDERS}/{second['id']}")
    await receiver.until(lambda: len(receiver.events()) >= len(expected))
    await asyncio.sleep(0.2)  # time for a wrongly matched event to arrive too
    assert [e["event"]["productOrder"]["state"] for e in receiver.events()] == expected


async def test_unsubscribed_listener_receives_nothing_more(
    client: httpx.AsyncClient, receiver: EventReceiver
) -> None:
    subscription = await subscribe(client, receiver.callback)
    await create_order(client)
    await receiver.until(lambda: len(receiver.events()) == 1)
    await client.delete(f"{ORDERING}/hub/{subscription['id']}")
    await create_order(client)
    assert (await client.get("/admin/events")).json()["pending"] == 0
    assert len(receiver.events()) == 1


async def test_a_subscribers_outbox_lists_its_events_in_order(
    client: httpx.AsyncClient, receiver: EventReceiver
) -> None:
    mine = await subscribe(client, receiver.callback)
    other = await subscribe(client, "http://127.0.0.1:9/nobody-listens")  # its rows stay pending
    orders = [await create_order(client, externalId=str(n)) for n in range(2)]
    await receiver.until(lambda: len(receiver.events()) == 2)

    outbox_of = f"/admin/events/subscriptions/{mine['id']}"
    for _ in range(100):  # the worker marks a row delivered just after the listener answered
        listed = (await client.get(outbox_of)).json()
        if listed["delivered"] == 2:
            break
        await asyncio.sleep(0.02)
    others = (await client.get(f"/admin/events/subscriptions/{other['id']}")).json()

    assert (listed["subscriptionId"], listed["pending"], listed["delivered"]) == (mine["id"], 0, 2)
    assert [event["eventId"] for event in listed["events"]] == [e["eventId"] for e in receiver.events()]
    assert {event["eventType"] for event in listed["events"]} == {"productOrderCreateEvent"}
    assert [e["event"]["productOrder"]["id"] for e in receiver.events()] == [o["id"] for o in orders]
    assert (others["pending"], others["delivered"]) == (2, 0)


# --- the outbox ------------------------------------------------------------------------------------------


def add_subscriber(engine: Engine, callback: str = "http://listener.test") -> None:
    with Session(engine) as session:
        DocumentStore(session).add(f"hub:{ORDERING}", {"id": "sub-1", "callback": callback})
        session.commit()


def test_outbox_row_commits_or_rolls_back_with_the_change(engine: Engine) -> None:
    add_subscriber(engine)
    with Session(engine) as session:
        Collection(DocumentStore(session), PRODUCT_ORDER).create({"state": "acknowledged"}, "o-1")
        session.rollback()
    assert outbox.counts(engine) == {"pending": 0, "delivered": 0}
    with Session(engine) as session:
        Collection(DocumentStore(session), PRODUCT_ORDER).create({"state": "acknowledged"}, "o-1")
        session.commit()
    assert outbox.counts(engine) == {"pending": 1, "delivered": 0}
    (due,) = outbox.claim_due(engine, lease=timedelta(seconds=30), limit=10)
    assert due.url == "http://listener.test/listener/productOrderCreateEvent"
    assert due.envelope["event"]["productOrder"]["id"] == "o-1"


def test_claimed_rows_are_leased_and_failed_ones_wait_for_their_retry(engine: Engine) -> None:
    add_subscriber(engine)
    with Session(engine) as session:
        orders = Collection(DocumentStore(session), PRODUCT_ORDER)
        for number in range(3):
            orders.create({"state": "acknowledged"}, f"o-{number}")
        session.commit()
    first, second, third = outbox.claim_due(engine, lease=timedelta(seconds=30), limit=10)
    assert outbox.claim_due(engine, lease=timedelta(seconds=30), limit=10) == []  # leased
    outbox.mark_delivered(engine, first)
    outbox.mark_failed(engine, second, "HTTP 503", timedelta(0), held_back=[third.pk])
    assert [d.pk for d in outbox.claim_due(engine, lease=timedelta(seconds=30), limit=10)] == [
        second.pk,
        third.pk,
    ]
    assert outbox.counts(engine) == {"pending": 2, "delivered": 1}


def test_concurrent_workers_never_claim_the_same_row_on_postgresql(postgres_url: str) -> None:
    # Several server processes share one PostgreSQL; SQLite serves one process (the lease test covers it).
    engine = create_db_engine(postgres_url)
    init_db(engine)
    add_subscriber(engine)
    with Session(engine) as session:
        orders = Collection(DocumentStore(session), PRODUCT_ORDER)
        for number in range(200):
            orders.create({"state": "acknowledged"}, f"o-{number}")
        session.commit()
    claimed: list[list[int]] = [[] for _ in range(4)]
    start = threading.Barrier(4)

    def work(slot: int) -> None:
        start.wait()
        while due := outbox.claim_due(engine, lease=timedelta(seconds=60), limit=7):
            claimed[slot].extend(d.pk for d in due)

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    engine.dispose()
    every = [pk for pks in claimed for pk in pks]
    assert len(every) == len(set(every)) == 200
    assert all(claimed)  # the work was shared


# --- delivery --------------------------------------------------------------------------------------------


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    rng = random.Random(1)
    delays = [backoff(attempt, 1.0, 30.0, rng) for attempt in range(1, 8)]
    for attempt, delay in enumerate(delays, start=1):
        nominal = min(30.0, 2 ** (attempt - 1))
        assert nominal / 2 <= delay <= nominal
    assert max(delays) <= 30.0


async def test_failing_listener_gets_every_event_once_it_recovers(tmp_path: Path) -> None:
    with EventReceiver(fail_first=5) as receiver:
        async with running_app(fast_settings(tmp_path)) as client:
            await subscribe(client, receiver.callback)
            orders = [await create_order(client, externalId=str(n)) for n in range(3)]
            await receiver.until(lambda: len(receiver.events()) == 3)
            await asyncio.sleep(0.2)  # time for a duplicate to arrive, were there one
            outbox_state = (await client.get("/admin/events")).json()
    assert [e["event"]["productOrder"]["id"] for e in receiver.events()] == [o["id"] for o in orders]
    assert receiver.attempts == 5 + 3  # five refused tries of the first event, then one each
    assert outbox_state == {"pending": 0, "delivered": 3}


async def test_events_reach_an_in_process_transport(tmp_path: Path) -> None:
    from mock_backends.app import create_app
    from mock_backends.testing import running

    seen: list[str] = []

    def listener(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(500 if len(seen) == 1 else 204)

    settings = fast_settings(tmp_path)
    app = create_app(settings)
    app.state.event_transport = httpx.MockTransport(listener)
    async with running(app, settings.public_url) as client:
        await subscribe(client, "http://listener.test/hooks")
        await create_order(client)
        for _ in range(200):
            if (await client.get("/admin/events")).json()["delivered"] == 1:
                break
            await asyncio.sleep(0.02)
    assert seen == ["/hooks/listener/productOrderCreateEvent"] * 2
