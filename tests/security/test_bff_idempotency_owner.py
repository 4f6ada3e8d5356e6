"""Issue 21, Medium 1: an Idempotency-Key answers only its own principal's request.

A key found on another principal's resource (another store's order or quote, another customer's order) is
refused with 422 IDEMPOTENCY_KEY_REUSED, saying nothing of that resource, and nothing is created or changed.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from tests.bff.factories import URLS, accepting_summary, create_product, create_qualification, echo_order
from tests.bff.retail_support import (
    ALEX,
    BEA,
    JANE,
    TMF622,
    TMF629,
    TMF632,
    TMF645,
    TMF648,
    SignedIn,
    create_customer,
    create_individual,
    create_store_order,
    listed,
    signed_in_client,
)
from tests.bff.test_web_orders import ORDER, serve_order_backends
from tests.bff.test_web_quotes_accept import QuoteBackend, send

STOLEN = "store-a-order-key-0001"
BASKET = {"addressId": "addr-0001", "offerId": "po-fibre-900", "addOnIds": ["po-router"]}
# What must never reach another principal: store A's customer, agent and discount.
SECRETS = ("cust-0001", "Jane Doe", "sub-alex", "Alex Agent", "store-rdg", "Price match", "percentage")


def assert_reused(response: httpx.Response) -> None:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert not any(secret in response.text for secret in SECRETS), response.text


def store_a_order() -> dict:
    """Store A's (store-rdg) order, placed by Alex for Jane with a discount, under the key STOLEN."""
    return create_store_order("po-store-a", "held", externalId=STOLEN)


@pytest.fixture
async def store_b(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    """The retail BFF signed in as Bea, an agent of store B (store-ldn), whose customer is cust-0002."""
    tmf.post(f"{TMF645}/checkServiceQualification").respond(
        201, json=create_qualification([("FTTP", 1000, 115)])
    )
    tmf.get(f"{TMF622}/productOrder").mock(
        side_effect=lambda request: listed(
            [store_a_order()] if request.url.params.get("externalId") == STOLEN else []
        )
    )
    tmf.get(f"{TMF629}/customer/cust-0002").respond(200, json=create_customer("cust-0002", "Sam Patel"))
    tmf.get(f"{TMF632}/individual/ind-cust-0002").respond(200, json=create_individual("cust-0002"))
    tmf.post(f"{TMF622}/productOrder", name="create_order").mock(
        side_effect=lambda request: httpx.Response(201, json=echo_order(json.loads(request.content)))
    )
    async with signed_in_client(create_retail_app(services.settings), services, SignedIn(BEA)) as http:
        yield http


async def test_another_stores_key_does_not_return_its_order(
    store_b: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    response = await store_b.post(
        "/api/v1/customers/cust-0002/orders", json=BASKET, headers={"Idempotency-Key": STOLEN}
    )

    assert_reused(response)
    assert tmf.routes["create_order"].call_count == 0


async def test_another_stores_key_does_not_return_its_quote(
    store_b: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    store_a_quote = {
        "id": "q-a",
        "state": "approved",
        "externalId": STOLEN,
        "quoteItem": [{"id": "1", "action": "add", "state": "approved", "quantity": 1}],
        "relatedParty": [
            {"id": "cust-0001", "name": "Jane Doe", "role": "customer", "@referredType": "Customer"},
            {"id": "sub-alex", "name": "Alex Agent", "role": "salesAgent", "@referredType": "Individual"},
            {"id": "store-rdg", "name": "store-rdg", "role": "store", "@referredType": "Organization"},
        ],
    }
    tmf.get(f"{TMF648}/quote").mock(
        side_effect=lambda request: listed(
            [store_a_quote] if request.url.params.get("externalId") == STOLEN else []
        )
    )
    create = tmf.post(f"{TMF648}/quote").respond(201, json={})

    response = await store_b.post(
        "/api/v1/customers/cust-0002/quotes", json=BASKET, headers={"Idempotency-Key": STOLEN}
    )

    assert_reused(response)
    assert create.call_count == 0


async def test_another_customers_key_does_not_return_their_web_order(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    theirs = create_store_order("po-theirs", "acknowledged", externalId=STOLEN)  # Jane's (cust-0001)
    create = serve_order_backends(tmf, existing=[theirs])

    response = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, ORDER), headers={"Idempotency-Key": STOLEN}
    )

    assert_reused(response)
    assert create.call_count == 0


async def test_another_customers_key_does_not_return_their_cease(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    theirs = create_store_order("po-theirs", "acknowledged", externalId=STOLEN)
    tmf.get(f"{URLS['tmf637_url']}/product/prod-1").respond(200, json=create_product())  # cust-7's line
    tmf.get(f"{TMF622}/productOrder").respond(200, json=[theirs])
    create = tmf.post(f"{TMF622}/productOrder").respond(201, json={})

    response = await client.post("/api/v1/products/prod-1/cease", headers={"Idempotency-Key": STOLEN})

    assert_reused(response)
    assert create.call_count == 0


async def test_a_quote_accepted_with_another_customers_order_key_is_refused(
    services: ChannelServices, tmf: respx.MockRouter
) -> None:
    backend = QuoteBackend(tmf)
    async with signed_in_client(create_retail_app(services.settings), services, SignedIn(ALEX)) as retail:
        await send(retail)  # Alex's quote q-77 for Jane
    # Sam's order (cust-0002), whose key Jane sends with her own quote.
    sams = create_store_order("po-sam", "acknowledged", externalId=STOLEN)
    sams["relatedParty"] = [
        {"id": "cust-0002", "name": "Sam Patel", "role": "customer", "@referredType": "Customer"}
    ]
    backend.orders.append(sams)

    async with signed_in_client(create_web_app(services.settings), services, SignedIn(JANE)) as web:
        response = await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": STOLEN})

    assert response.status_code == 422, response.text
    assert response.json()["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert "po-sam" not in response.text and "Sam" not in response.text
    assert backend.quote is not None and backend.quote["state"] == "approved"  # not marked accepted
    assert len(backend.orders) == 1


async def test_keys_are_kept_per_principal_scope(services: ChannelServices) -> None:
    """The store keys (scope, key): the same key of two principals is two independent claims."""
    store = services.idempotency
    first = await store.aclaim("retail:sub-alex", "shared-key-0001", "a" * 64)
    second = await store.aclaim("retail:sub-bea", "shared-key-0001", "b" * 64)

    assert not first.replay and not second.replay
    await store.acomplete("retail:sub-alex", "shared-key-0001", 201, {"id": "po-a"})
    record = store.get("retail:sub-bea", "shared-key-0001")
    assert record is not None and record.body is None  # Bea's claim never sees Alex's answer
