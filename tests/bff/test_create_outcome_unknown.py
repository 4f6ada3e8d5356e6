"""A create sent without a clear answer (bff/core/exactly_once.py `create_once`): found by its externalId, or
the key stays claimed until stale, so a retry cannot make a second order while the first may still land.

Found by tests/reliability/test_order_journeys_under_faults.py: a TMF622 create that timed out in the BFF
was still committed a moment later, after the released key's retry had looked for it and made another.
"""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import respx

from bff.config import Settings
from bff.core.clients.base import TmfAuthFailed, TmfError, TmfRejected, TmfServerError, TmfUnavailable
from bff.core.exactly_once import outcome_unknown
from tests.bff.factories import CUSTOMER_PARTY, accepting_summary, create_customer
from tests.bff.test_web_orders import CUSTOMERS, KEY, ORDER, ORDERS, serve_order_backends

STALE_SECONDS = 1.5  # above the time of one request here, even on a busy machine


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The suite's settings, with claims going stale within a test's time."""
    return settings.model_copy(update={"idempotency_stale_seconds": STALE_SECONDS})


def made_by_the_first_create() -> dict:
    return {
        "id": "po-landed-late",
        "externalId": KEY["Idempotency-Key"],
        "relatedParty": [CUSTOMER_PARTY],
        "state": "acknowledged",
        "productOrderItem": [{"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150"}}],
    }


def caused(error: TmfError, cause: Exception) -> TmfError:
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "unknown"),
    [
        (caused(TmfUnavailable("TMF622", "timed out"), httpx.ReadTimeout("no answer")), True),
        (caused(TmfUnavailable("TMF622", "cannot reach"), httpx.RemoteProtocolError("dropped")), True),
        (caused(TmfUnavailable("TMF622", "cannot reach"), httpx.ReadError("reset")), True),
        (TmfUnavailable("TMF622", "answered 504", 504), True),
        (TmfUnavailable("TMF622", "answered 502", 502), True),
        (TmfServerError("TMF622", "answered 500"), True),
        (caused(TmfUnavailable("TMF622", "cannot reach"), httpx.ConnectError("refused")), False),
        (caused(TmfUnavailable("TMF622", "timed out"), httpx.ConnectTimeout("no connection")), False),
        (caused(TmfUnavailable("TMF622", "timed out"), httpx.PoolTimeout("pool full")), False),
        (TmfUnavailable("TMF622", "answered 503", 503), False),
        (TmfRejected("TMF622", 400, "INVALID", "Bad request", None), False),
        (TmfAuthFailed("TMF622", "answered 401"), False),
    ],
)
def test_a_create_may_have_been_done_unless_the_failure_proves_otherwise(error: TmfError, unknown: bool):
    assert outcome_unknown(error) is unknown


async def test_timed_out_create_not_found_yet_keeps_the_key_until_stale(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    create.mock(side_effect=httpx.ReadTimeout("TMF622 is still committing it"))

    first = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    retry = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert (first.status_code, first.json()["code"]) == (503, "BACKEND_UNAVAILABLE")
    assert (retry.status_code, retry.json()["code"]) == (409, "REQUEST_IN_PROGRESS")
    assert create.call_count == 1

    # The first create landed after all; once the claim is stale a retry takes it over and finds it.
    tmf.get(ORDERS).respond(200, json=[made_by_the_first_create()])
    await asyncio.sleep(STALE_SECONDS + 0.1)
    later = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert later.status_code == 200 and later.json()["id"] == "po-landed-late"
    assert create.call_count == 1


async def test_create_that_never_landed_is_made_by_the_retry_after_the_key_is_stale(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    create.mock(side_effect=httpx.RemoteProtocolError("connection dropped"))
    assert (
        await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    ).status_code == 503

    create.mock(
        side_effect=lambda request: httpx.Response(201, json={**json.loads(request.content), "id": "po-2"})
    )
    await asyncio.sleep(STALE_SECONDS + 0.1)
    later = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert later.status_code == 201 and later.json()["id"] == "po-2"
    assert create.call_count == 2


async def test_create_that_could_not_connect_releases_the_key_at_once(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    create.mock(side_effect=httpx.ConnectError("refused"))
    assert (
        await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    ).status_code == 503

    create.mock(
        side_effect=lambda request: httpx.Response(201, json={**json.loads(request.content), "id": "po-3"})
    )
    retry = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert retry.status_code == 201 and retry.json()["id"] == "po-3"


async def test_first_order_whose_customer_create_timed_out_uses_the_customer_it_made(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    """A registered customer's TMF629 customer is made once, even when the answer to making it is lost."""
    create = serve_order_backends(tmf)
    tmf.get(f"{CUSTOMERS}/cust-7").respond(404, json={"code": "404", "reason": "Not found"})
    made = tmf.post(CUSTOMERS, name="create_customer").mock(side_effect=httpx.ReadTimeout("answer lost"))
    # Nobody under the claim before the create; the customer it made afterwards.
    tmf.get(CUSTOMERS, name="find_customer").mock(
        side_effect=[
            httpx.Response(200, json=[]),
            httpx.Response(200, json=[create_customer("cust-made", claim="cust-7")]),
        ]
    )

    placed = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert placed.status_code == 201, placed.text
    assert made.call_count == 1
    parties = json.loads(create.calls.last.request.content)["relatedParty"]
    assert parties[0]["id"] == "cust-made"
