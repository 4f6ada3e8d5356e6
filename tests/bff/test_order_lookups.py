"""The order placed under an Idempotency-Key, looked up against a TMF622 that does not filter faithfully:
an order with another key is never taken for it, and "none yet" is never concluded while malformed orders
were skipped (one of them may be it), so a second order is never placed."""

from __future__ import annotations

import httpx
import respx

from tests.bff.factories import CUSTOMER_PARTY, accepting_summary
from tests.bff.test_web_orders import KEY, ORDERS, serve_order_backends
from tests.bff.test_web_orders import ORDER as BASKET

ORDER = {**BASKET, "consents": {"creditCheck": True, "terms": True}}


def placed_order(order_id: str, external_id: str) -> dict:
    return {
        "id": order_id,
        "externalId": external_id,
        "relatedParty": [CUSTOMER_PARTY],
        "state": "acknowledged",
        "productOrderItem": [{"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150"}}],
    }


async def test_an_ignored_external_id_filter_does_not_pass_another_order_off_as_placed(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    # What a server that ignores `externalId` answers: every order, none of them under this key.
    create = serve_order_backends(tmf, existing=[placed_order("po-other", "someone-elses-key")])

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 201 and response.json()["id"] != "po-other"
    assert create.call_count == 1


async def test_the_order_under_the_key_is_found_among_unfiltered_ones(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    mine = placed_order("po-mine", KEY["Idempotency-Key"])
    create = serve_order_backends(tmf, existing=[placed_order("po-other", "someone-elses-key"), mine])

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 200 and response.json()["id"] == "po-mine"
    assert create.call_count == 0


async def test_a_skipped_malformed_order_makes_the_lookup_retryable_not_a_second_order(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    # The order under this key, but with a relative @schemaLocation (the spec says uri): skipped.
    mine = placed_order("po-mine", KEY["Idempotency-Key"])
    malformed = {**mine, "@schemaLocation": "schemas/ProductOrder.json"}
    create = serve_order_backends(tmf, existing=[malformed])

    refused = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert refused.status_code == 503 and refused.json()["code"] == "BACKEND_UNAVAILABLE"
    assert create.call_count == 0
    # The key was released: once the backend answers cleanly, the retry orders.
    tmf.get(ORDERS).respond(200, json=[])
    retry = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    assert retry.status_code == 201 and create.call_count == 1


async def test_a_customers_orders_leave_out_what_an_ignored_filter_added(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    someone_else = {
        **placed_order("po-other", "k-2"),
        "relatedParty": [{"id": "cust-other", "role": "customer", "@referredType": "Customer"}],
    }
    tmf.get(ORDERS).respond(200, json=[placed_order("po-mine", "k-1"), someone_else])

    response = await client.get("/api/v1/account/orders")

    assert [order["id"] for order in response.json()["orders"]] == ["po-mine"]
