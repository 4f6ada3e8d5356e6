"""Retries with backoff only where a retry cannot duplicate anything: GETs and the TMF645 check."""

from __future__ import annotations

import httpx
import respx

from tests.bff.factories import URLS, accepting_summary, create_qualification
from tests.bff.test_web_orders import CHECK, KEY, ORDER, ORDERS, serve_order_backends

AVAILABILITY = {"postcode": "RG1 4AB", "houseNumber": "12"}


async def test_catalogue_read_is_retried_after_a_503(client: httpx.AsyncClient, tmf: respx.MockRouter):
    offerings = tmf.routes["productOffering"]
    good = offerings.return_value
    offerings.side_effect = [httpx.Response(503), httpx.ConnectError("reset"), good]

    response = await client.get("/api/v1/offers")

    assert response.status_code == 200
    assert offerings.call_count == 3


async def test_reads_give_up_after_the_configured_attempts(client: httpx.AsyncClient, tmf: respx.MockRouter):
    offerings = tmf.get(f"{URLS['tmf620_url']}/productOffering").respond(503)

    response = await client.get("/api/v1/offers")

    assert response.status_code == 503
    assert offerings.call_count == 3  # BFF_RETRY_ATTEMPTS


async def test_qualification_check_is_retried(client: httpx.AsyncClient, tmf: respx.MockRouter):
    check = tmf.post(CHECK).mock(
        side_effect=[
            httpx.ReadTimeout("slow"),
            httpx.Response(201, json=create_qualification([("FTTP", 1000, 115)])),
        ]
    )

    response = await client.post("/api/v1/availability", json=AVAILABILITY)

    assert response.status_code == 200
    assert check.call_count == 2


async def test_refusals_are_not_retried(client: httpx.AsyncClient, tmf: respx.MockRouter):
    check = tmf.post(CHECK).respond(400, json={"code": "BAD", "reason": "bad", "status": "400"})

    await client.post("/api/v1/availability", json=AVAILABILITY)

    assert check.call_count == 1


async def test_order_create_is_never_retried(client: httpx.AsyncClient, tmf: respx.MockRouter):
    serve_order_backends(tmf)
    create = tmf.post(ORDERS).mock(side_effect=httpx.ReadTimeout("answer lost"))

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 503
    assert create.call_count == 1
