"""Issue 21, Medium 3: a quote is bound to its customer, accepted once, and only while it is valid."""

from __future__ import annotations

import asyncio
import json

import httpx
import respx

from tests.bff import test_web_quotes_accept as quotes
from tests.bff.factories import accepting_summary
from tests.bff.retail_support import SAM, TMF648, SignedIn
from tests.bff.test_web_orders import ORDER, serve_order_backends
from tests.bff.test_web_quotes_accept import QuoteBackend, send

# The cross-channel quote fixtures: a TMF648/622 backend, Alex's retail client, Jane's web client.
backend, customer, retail, web = quotes.backend, quotes.customer, quotes.retail, quotes.web


async def test_a_web_order_cannot_name_another_customers_quote(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    """cust-7 orders naming q-77, a store's quote for cust-0001 (with its discount): refused as unknown."""
    theirs = {
        "id": "q-77",
        "state": "approved",
        "quoteItem": [{"id": "1", "action": "add", "state": "approved", "quantity": 1}],
        "relatedParty": [
            {"id": "cust-0001", "name": "Jane Doe", "role": "customer", "@referredType": "Customer"}
        ],
    }
    tmf.get(f"{TMF648}/quote/q-77").respond(200, json=theirs)
    create = serve_order_backends(tmf)

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "quoteId": "q-77"}),
        headers={"Idempotency-Key": "order-with-q77"},
    )

    assert response.status_code == 404, response.text
    assert response.json()["code"] == "QUOTE_NOT_FOUND"
    assert create.call_count == 0


async def test_four_concurrent_accepts_with_four_keys_make_one_order(
    retail: httpx.AsyncClient, web: httpx.AsyncClient, backend: QuoteBackend, tmf: respx.MockRouter
) -> None:
    await send(retail)
    slow_create = backend._create_order

    async def create_after_a_while(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)  # the accepts overlap: each has read "no order yet" without the lock
        return slow_create(request)

    tmf.routes["create_order"].mock(side_effect=create_after_a_while)

    answers = await asyncio.gather(
        *(
            web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": f"accept-race-{n:04d}"})
            for n in range(4)
        )
    )

    assert sorted(answer.status_code for answer in answers) == [200, 200, 200, 201], [a.text for a in answers]
    assert len(backend.orders) == 1
    assert {answer.json()["id"] for answer in answers} == {"po-1"}


async def test_an_expired_quote_is_listed_as_expired_and_refused(
    retail: httpx.AsyncClient, web: httpx.AsyncClient, backend: QuoteBackend
) -> None:
    await send(retail)
    assert backend.quote is not None
    backend.quote["validFor"] = {
        "startDateTime": "2026-01-01T00:00:00Z",
        "endDateTime": "2026-01-31T00:00:00Z",  # long over
    }

    listed_quotes = (await web.get("/api/v1/account/quotes")).json()["quotes"]
    response = await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": "accept-expired"})

    assert [(quote["id"], quote["state"]) for quote in listed_quotes] == [("q-77", "expired")]
    assert response.status_code == 409, response.text
    assert response.json()["code"] == "QUOTE_EXPIRED"
    assert backend.orders == []
    assert backend.quote["state"] == "approved"


async def test_only_the_quotes_customer_accepts_it(
    retail: httpx.AsyncClient, web: httpx.AsyncClient, backend: QuoteBackend, customer: SignedIn
) -> None:
    await send(retail)
    customer.who = SAM

    response = await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": "accept-by-sam"})

    assert response.status_code == 404
    assert backend.orders == [] and json.dumps(backend.quote).count('"accepted"') == 0
