"""Issue 21, Low (BFF side): what the channel apps accept as input, and the business rules they enforce.

Non-finite numbers are a 422 `{code, message}`, not a 500; a body above BFF_MAX_BODY_BYTES is a 413; free
text has a maximum length and a 422 never echoes the input; names with control or bidirectional characters
are refused; every answer carries nosniff; an order needs the consents and a visit slot ahead; two speed
changes of one line at once: one is accepted, the other refused with 409.
"""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import respx

from tests.bff.factories import URLS, accepting_summary, create_product, create_qualification, echo_order
from tests.bff.test_web_orders import CONTACT, ORDER, ORDERS, serve_order_backends

KEY = {"Idempotency-Key": "inputs-key-0001"}
JSON = {"content-type": "application/json", **KEY}
PRODUCTS = f"{URLS['tmf637_url']}/product"
CHECK = f"{URLS['tmf645_url']}/checkServiceQualification"


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
async def test_non_finite_numbers_are_a_422_not_a_500(
    client: httpx.AsyncClient, tmf: respx.MockRouter, number: str
) -> None:
    body = '{"postcode": "RG1 4AB", "houseNumber": "12", "extra": ' + number + "}"

    response = await client.post("/api/v1/availability", content=body, headers=JSON)

    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert set(response.json()) == {"code", "message"}


async def test_a_body_above_the_limit_is_a_413(client: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    huge = json.dumps({**ORDER, "padding": "x" * (65 * 1024)})

    response = await client.post("/api/v1/orders", content=huge, headers=JSON)

    assert response.status_code == 413
    assert response.json()["code"] == "REQUEST_TOO_LARGE"
    assert len(response.content) < 200


async def test_a_long_cancel_reason_is_refused_without_echoing_it(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    reason = "r" * 5000  # under the body limit, over the field's

    response = await client.post("/api/v1/orders/po-1/cancel", json={"reason": reason}, headers=KEY)

    assert response.status_code == 422, response.text[:300]
    assert response.json()["code"] == "INVALID_REQUEST"
    assert "rrrrrrrrrr" not in response.text and len(response.content) < 1000
    assert all("input" not in error for error in response.json()["detail"])


async def test_every_answer_says_nosniff(client: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    answers = [
        await client.get("/api/v1/catalog"),
        await client.get("/api/v1/nowhere"),
        await client.post("/api/v1/availability", json={"postcode": "??"}),
    ]

    assert [answer.headers.get("x-content-type-options") for answer in answers] == ["nosniff"] * 3


@pytest.mark.parametrize("name", ["Jane\u0000", "\u202eenaJ", "Ja\u200bne"])
async def test_names_with_control_or_bidi_characters_are_refused(
    client: httpx.AsyncClient, tmf: respx.MockRouter, name: str
) -> None:
    create = serve_order_backends(tmf)

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "contact": {**CONTACT, "givenName": name}}),
        headers=KEY,
    )

    assert response.status_code == 422, response.text
    assert "control or invisible characters" in response.json()["message"]
    assert response.json()["message"].startswith("contact.givenName")
    assert create.call_count == 0


async def test_an_order_without_the_consents_is_refused(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create = serve_order_backends(tmf)
    without = {name: value for name, value in ORDER.items() if name != "consents"}

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, without), headers=KEY)

    assert response.status_code == 422
    assert response.json()["message"].startswith("consents")
    assert create.call_count == 0


async def test_an_installation_slot_in_the_past_is_refused(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create = serve_order_backends(tmf)
    slot = {"start": "2001-03-01T08:00:00Z", "end": "2001-03-01T12:00:00Z"}

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "installationSlot": slot}),
        headers=KEY,
    )

    assert response.status_code == 422
    assert "installation slot must be in the future" in response.json()["message"]
    assert create.call_count == 0


async def test_two_speed_changes_of_one_line_at_once_one_is_refused(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    orders: list[dict] = []
    tmf.get(f"{PRODUCTS}/prod-1").respond(200, json=create_product(offering_id="po-adsl"))  # moving up
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))

    def find(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        found = [
            order
            for order in orders
            if order["externalId"] == params.get("externalId")
            or any(
                (item.get("product") or {}).get("id") == params.get("productOrderItem.product.id")
                for item in order["productOrderItem"]
            )
        ]
        return httpx.Response(200, json=found)

    async def create(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)  # both requests are past their checks before either order exists
        order = echo_order(json.loads(request.content), f"po-change-{len(orders) + 1}")
        orders.append(order)
        return httpx.Response(201, json=order)

    tmf.get(ORDERS).mock(side_effect=find)
    tmf.post(ORDERS).mock(side_effect=create)

    answers = await asyncio.gather(
        client.post(
            "/api/v1/products/prod-1/modify",
            json={"offerId": "po-fibre-900"},
            headers={"Idempotency-Key": "speed-change-900"},
        ),
        client.post(
            "/api/v1/products/prod-1/modify",
            json={"offerId": "po-fibre-150"},
            headers={"Idempotency-Key": "speed-change-150"},
        ),
    )

    assert sorted(answer.status_code for answer in answers) == [201, 409], [a.text for a in answers]
    refused = next(answer for answer in answers if answer.status_code == 409)
    assert refused.json()["code"] == "CHANGE_IN_PROGRESS"
    assert len(orders) == 1
