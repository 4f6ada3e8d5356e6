"""Following an order: TMF622 events through the hub wake the stream; polling covers missing events."""

from __future__ import annotations

import asyncio
import json

import httpx
import respx

from bff.core.backends import ChannelServices
from bff.core.models import InstallationSlot, OrderView
from bff.core.order_events import OrderEventHub, order_id_of_event, order_updates
from tests.bff.factories import CUSTOMER_PARTY, URLS, echo_order

ORDER = f"{URLS['tmf622_url']}/productOrder/po-1"


def create_order_view(state: str) -> OrderView:
    fields = {"order_date": None, "external_id": None, "address": None, "items": [], "add_on_ids": []}
    return OrderView(id="po-1", state=state, offer_id="o", offer_name="O", **fields)


def order_in(state: str) -> httpx.Response:
    order = echo_order(
        {"relatedParty": [CUSTOMER_PARTY], "productOrderItem": [{"id": "1", "action": "add"}]}, "po-1"
    )
    return httpx.Response(200, json={**order, "state": state})


def parse_events(text: str) -> list[dict]:
    return [
        json.loads(line.removeprefix("data: "))
        for block in text.split("\n\n")
        for line in block.splitlines()
        if line.startswith("data: ")
    ]


async def test_stream_sends_the_order_then_each_change_until_final(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    # No event ever comes here: the stream polls (every 0.2 s in the tests' settings).
    tmf.get(ORDER).mock(
        side_effect=[
            order_in("acknowledged"),
            order_in("acknowledged"),
            order_in("inProgress"),
            order_in("completed"),
        ]
    )

    response = await client.get("/api/v1/orders/po-1/events")

    assert response.headers["content-type"].startswith("text/event-stream")
    assert [event["state"] for event in parse_events(response.text)] == [
        "acknowledged",
        "inProgress",
        "completed",
    ]
    assert ": nothing new" in response.text


async def test_stream_of_unknown_order_is_404(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(f"{URLS['tmf622_url']}/productOrder/nope").respond(
        404, json={"code": "404", "reason": "Not found"}
    )

    response = await client.get("/api/v1/orders/nope/events")

    assert response.status_code == 404 and response.json()["code"] == "ORDER_NOT_FOUND"


async def test_an_event_wakes_the_stream_before_the_poll_is_due():
    hub = OrderEventHub()
    states = iter(["inProgress"])

    async def read() -> OrderView:
        return create_order_view(next(states))

    updates = order_updates(hub, create_order_view("acknowledged"), read, poll_seconds=30, max_seconds=60)
    assert (await anext(updates)).state == "acknowledged"  # type: ignore[union-attr]
    waiting = asyncio.ensure_future(anext(updates))
    await asyncio.sleep(0.05)

    assert hub.publish("po-1") == 1
    changed = await asyncio.wait_for(waiting, timeout=2)  # far sooner than the 30 s poll

    assert changed is not None and changed.state == "inProgress"
    await updates.aclose()


async def test_listener_accepts_tmf622_events_and_wakes_followers(
    client: httpx.AsyncClient, services: ChannelServices
):
    event = {
        "eventId": "e-1",
        "eventType": "ProductOrderStateChangeEvent",
        "event": {"productOrder": {"id": "po-1", "state": "inProgress"}},
    }
    with services.events.follow("po-1") as woken:
        response = await client.post(
            "/tmf-listener/productOrder/listener/productOrderStateChangeEvent", json=event
        )

        assert response.status_code == 204
        assert woken.qsize() == 1
    assert (await client.post("/tmf-listener/productOrder", json=event)).status_code == 204


def test_order_id_is_read_from_order_and_cancellation_events():
    assert order_id_of_event({"event": {"productOrder": {"id": "po-1"}}}) == "po-1"
    assert order_id_of_event({"event": {"productOrder": {"href": "http://x/productOrder/po-2"}}}) == "po-2"
    assert order_id_of_event({"event": {"cancelProductOrder": {"productOrder": {"id": "po-3"}}}}) == "po-3"
    assert order_id_of_event({"event": {"something": {}}}) is None


async def test_start_subscribes_to_the_hub_with_the_public_callback(
    services: ChannelServices, tmf: respx.MockRouter
):
    hub = tmf.post(f"{URLS['tmf622_url']}/hub").respond(201, json={"id": "sub-9", "callback": "x"})
    unsubscribe = tmf.delete(f"{URLS['tmf622_url']}/hub/sub-9").respond(204)
    tmf.route(method="GET").respond(200, json=[])  # anything else the background work reads

    await services.start()
    await asyncio.sleep(0.1)
    await services.aclose()

    callback = json.loads(hub.calls.last.request.content)["callback"]
    assert callback == f"{services.settings.public_url}/tmf-listener/productOrder"
    assert unsubscribe.call_count == 1


async def test_a_moved_visit_is_a_change_to_send_though_the_state_stays():
    hub = OrderEventHub()
    first = create_order_view("inProgress")
    slot = InstallationSlot.model_validate({"start": "2026-12-23T08:00:00Z", "end": "2026-12-23T13:00:00Z"})
    moved = first.model_copy(update={"installation_slot": slot})
    reads = iter([first, moved, moved.model_copy(update={"state": "completed"})])

    async def read() -> OrderView:
        return next(reads)

    sent = [
        view
        async for view in order_updates(hub, first, read, poll_seconds=0.01, max_seconds=5)
        if view is not None
    ]

    assert [view.installation_slot is not None for view in sent] == [False, True, True]
    assert [view.state for view in sent] == ["inProgress", "inProgress", "completed"]
