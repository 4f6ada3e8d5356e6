"""Web channel: cancelling an order with a TMF622 cancelProductOrder task."""

from __future__ import annotations

import json

import httpx
import respx

from tests.bff.factories import CUSTOMER_PARTY, URLS, echo_order

ORDER = f"{URLS['tmf622_url']}/productOrder/po-1"
CANCELLATIONS = f"{URLS['tmf622_url']}/cancelProductOrder"
KEY = {"Idempotency-Key": "cancel-8d2e4f10"}


def serve_order(
    tmf: respx.MockRouter, state: str = "inProgress", earlier: list[dict] | None = None
) -> respx.Route:
    order = echo_order(
        {"relatedParty": [CUSTOMER_PARTY], "productOrderItem": [{"id": "1", "action": "add"}]}, "po-1"
    )
    tmf.get(ORDER).respond(200, json={**order, "state": state})
    tmf.get(CANCELLATIONS).respond(200, json=earlier or [])
    return tmf.post(CANCELLATIONS).respond(
        201,
        json={
            "id": "c-1",
            "state": "acknowledged",
            "productOrder": {"id": "po-1"},
            "cancellationReason": "moved",
        },
    )


async def test_cancel_asks_tmf622_to_cancel_the_order(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order(tmf)

    response = await client.post("/api/v1/orders/po-1/cancel", json={"reason": "moved"}, headers=KEY)

    assert response.status_code == 202
    assert response.json() == {"id": "c-1", "orderId": "po-1", "state": "acknowledged", "reason": "moved"}
    sent = json.loads(create.calls.last.request.content)
    assert sent["productOrder"]["id"] == "po-1" and sent["cancellationReason"] == "moved"


async def test_completed_order_cannot_be_cancelled(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order(tmf, state="completed")

    response = await client.post("/api/v1/orders/po-1/cancel", headers=KEY)

    assert response.status_code == 409
    assert response.json() == {
        "code": "ORDER_CANNOT_BE_CANCELLED",
        "message": "This order is completed and can no longer be cancelled.",
    }
    assert create.call_count == 0


async def test_cancellation_refused_by_tmf622_is_explained(client: httpx.AsyncClient, tmf: respx.MockRouter):
    serve_order(tmf)
    tmf.post(CANCELLATIONS).respond(
        409, json={"code": "TOO_LATE", "reason": "fulfilment started", "status": "409"}
    )

    response = await client.post("/api/v1/orders/po-1/cancel", headers=KEY)

    assert response.status_code == 409 and response.json()["code"] == "ORDER_CANNOT_BE_CANCELLED"
    assert "fulfilment" not in response.text


async def test_earlier_cancellation_is_returned_not_repeated(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    earlier = {"id": "c-0", "state": "inProgress", "productOrder": {"id": "po-1"}}
    create = serve_order(tmf, earlier=[earlier])

    response = await client.post("/api/v1/orders/po-1/cancel", headers=KEY)

    assert response.json()["id"] == "c-0"
    assert create.call_count == 0


async def test_cancel_of_unknown_order_is_404(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(f"{URLS['tmf622_url']}/productOrder/nope").respond(
        404, json={"code": "404", "reason": "Not found"}
    )
    tmf.get(CANCELLATIONS).respond(200, json=[])

    response = await client.post("/api/v1/orders/nope/cancel", headers=KEY)

    assert response.status_code == 404 and response.json()["code"] == "ORDER_NOT_FOUND"
