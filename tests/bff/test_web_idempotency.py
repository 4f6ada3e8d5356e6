"""Exactly-once mutating calls in the web channel: one TMF622 order per Idempotency-Key."""

from __future__ import annotations

import asyncio
import json

import httpx
import respx

from bff.core.backends import ChannelServices
from tests.bff.factories import (
    CUSTOMER_PARTY,
    URLS,
    accepting_summary,
    create_qualification,
    create_quote,
    create_quote_item,
)
from tests.bff.test_web_orders import CHECK, KEY, ORDER, ORDERS, serve_order_backends

QUOTE = f"{URLS['tmf648_url']}/quote"
BASKET = {"addressId": "addr-0001", "offerId": "po-fibre-150", "addOnIds": []}


def slow_order_create(tmf: respx.MockRouter, delay: float = 0.2) -> respx.Route:
    """TMF622 answering creates slowly, so concurrent duplicates arrive while the first is in flight."""

    async def answer(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(delay)
        body = json.loads(request.content)
        return httpx.Response(201, json={**body, "id": "po-1", "state": "acknowledged"})

    return tmf.post(ORDERS).mock(side_effect=answer)


async def test_ten_identical_submits_at_once_make_one_order(client: httpx.AsyncClient, tmf: respx.MockRouter):
    serve_order_backends(tmf)
    create = slow_order_create(tmf)

    order = await accepting_summary(client, ORDER)
    answers = await asyncio.gather(
        *(client.post("/api/v1/orders", json=order, headers=KEY) for _ in range(10))
    )

    assert create.call_count == 1
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses.count(201) == 1 and statuses.count(409) == 9
    assert {answer.json()["code"] for answer in answers if answer.status_code == 409} == {
        "REQUEST_IN_PROGRESS"
    }


async def test_replay_needs_no_backend(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order_backends(tmf)
    first = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    tmf.post(CHECK).mock(side_effect=httpx.ConnectError("down"))  # reads run alongside the claim, and fail

    again = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert again.status_code == 201 and again.json() == first.json()
    assert create.call_count == 1


async def test_retry_after_success_replays_the_first_answer(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order_backends(tmf)

    first = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    again = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert create.call_count == 1
    assert again.status_code == first.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers


async def test_same_key_with_another_basket_is_422(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order_backends(tmf)
    await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    other = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "offerId": "po-fibre-900"}),
        headers=KEY,
    )

    assert other.status_code == 422
    assert other.json()["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert create.call_count == 1


async def test_backend_down_releases_the_key_so_the_retry_orders(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    serve_order_backends(tmf)
    tmf.post(ORDERS).respond(503)
    assert (
        await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    ).status_code == 503

    tmf.reset()
    create = serve_order_backends(tmf)
    retry = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert retry.status_code == 201
    assert create.call_count == 1


async def test_answer_lost_after_create_is_found_by_external_id(
    client: httpx.AsyncClient, tmf: respx.MockRouter, services: ChannelServices
):
    """The second line of defence: the create's answer was lost, but TMF622 has the order it made."""
    create = serve_order_backends(tmf)
    made = {
        "id": "po-made-before",
        "externalId": KEY["Idempotency-Key"],
        "relatedParty": [CUSTOMER_PARTY],
        "state": "acknowledged",
        "productOrderItem": [{"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150"}}],
    }
    create.mock(side_effect=httpx.ReadTimeout("answer lost"))
    # Nothing under the key before the create; the order once it was made.
    tmf.get(ORDERS).mock(side_effect=[httpx.Response(200, json=[]), httpx.Response(200, json=[made])])

    placed = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    again = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert placed.status_code == 201 and placed.json()["id"] == "po-made-before"
    assert again.json() == placed.json() and again.headers["Idempotent-Replayed"] == "true"
    assert create.call_count == 1


async def test_refusal_is_replayed_not_rerun(client: httpx.AsyncClient, tmf: respx.MockRouter):
    serve_order_backends(tmf)
    tmf.post(CHECK).respond(201, json=create_qualification([("ADSL", 20, 1)]))
    first = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    # Now the line could carry it, but the key's first answer stands (Stripe/IETF: the outcome is replayed).
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))
    again = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert first.status_code == again.status_code == 409
    assert (
        again.json()
        == first.json()
        == {
            "code": "OFFER_NOT_AVAILABLE_AT_ADDRESS",
            "message": "That offer is not available at this address.",
        }
    )
    assert again.headers["Idempotent-Replayed"] == "true"
    assert tmf.routes["create_customer"].call_count == 0


async def test_quote_key_is_optional_and_honoured_when_sent(client: httpx.AsyncClient, tmf: respx.MockRouter):
    route = tmf.post(QUOTE).respond(
        201, json=create_quote([create_quote_item("1", "po-fibre-150", "Fibre 150", 28, 0)])
    )

    assert (await client.post("/api/v1/quotes", json=BASKET)).status_code == 200
    assert (await client.post("/api/v1/quotes", json=BASKET)).status_code == 200
    keyed = {"Idempotency-Key": "quote-12345678"}
    first = await client.post("/api/v1/quotes", json=BASKET, headers=keyed)
    again = await client.post("/api/v1/quotes", json=BASKET, headers=keyed)

    assert route.call_count == 3
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"


async def test_every_order_changing_call_requires_a_key(client: httpx.AsyncClient):
    for path, body in (
        ("/api/v1/orders/po-1/cancel", {}),
        ("/api/v1/products/prod-1/modify", {"offerId": "po-fibre-900"}),
        ("/api/v1/products/prod-1/cease", {}),
    ):
        response = await client.post(path, json=body)
        assert response.status_code == 400, path
        assert response.json()["code"] == "IDEMPOTENCY_KEY_REQUIRED"
