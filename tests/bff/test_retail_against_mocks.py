"""The retail journeys against the real TMF mock servers (`python -m mock_backends` as a process): a discount
above the agent's limit is held by TMF622, a manager's approval lets it proceed to completion, a rejection
ends it with the reason; a quote sent in store and accepted online places one order. Also: `python -m bff`
serves both channels.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bff.config import Settings
from bff.core.auth.principal import Principal
from bff.core.backends import ChannelServices
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from scripts.stack import Process, bff_backend_env, free_port
from tests.bff.retail_support import ALEX, MORGAN, SignedIn, signed_in_client

POSTCODE, HOUSE = "RG1 4AB", "3"
DISCOUNT_LIMIT = 10.0


@pytest.fixture(scope="module")
def mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("retail_against_mocks")
    port = free_port()
    process = Process(
        "mock_backends",
        [sys.executable, "-m", "mock_backends"],
        {
            "MOCKS_PORT": str(port),
            "MOCKS_DATABASE_URL": f"sqlite:///{tmp / 'mocks.db'}",
            "MOCKS_AUTH_REQUIRED": "false",
            "MOCKS_ORDER_PACE": "deterministic",
            "MOCKS_ORDER_STEP_SECONDS": "0.2",
            # The order manager holds what the agents may not give (as scripts/stack.py sets it).
            "MOCKS_ORDER_APPROVAL_DISCOUNT_PERCENT": str(DISCOUNT_LIMIT),
        },
        f"http://127.0.0.1:{port}/health",
        tmp / "mocks.log",
    )
    try:
        process.start()
        process.wait_ready(60)
        yield f"http://127.0.0.1:{port}/tmf-api"
    finally:
        process.stop()


@dataclass
class Channels:
    retail: httpx.AsyncClient
    web: httpx.AsyncClient
    staff: SignedIn
    customer: SignedIn
    tmf: httpx.AsyncClient  # the TMF APIs themselves, to check what was stored


@pytest.fixture
async def channels(mocks: str, tmp_path: Path) -> AsyncIterator[Channels]:
    env = {key.removeprefix("BFF_").lower(): value for key, value in bff_backend_env(mocks).items()}
    settings = Settings(
        **env,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        order_events=False,
        retail_agent_discount_limit_percent=DISCOUNT_LIMIT,
    )
    services = ChannelServices.from_settings(settings)
    staff, customer = SignedIn(ALEX), SignedIn(None)
    try:
        async with (
            signed_in_client(create_retail_app(settings), services, staff) as retail,
            signed_in_client(create_web_app(settings), services, customer) as web,
            httpx.AsyncClient(base_url=mocks + "/") as tmf,
        ):
            yield Channels(retail, web, staff, customer, tmf)
    finally:
        await services.aclose()


async def new_customer(retail: httpx.AsyncClient) -> str:
    email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
    answer = await retail.post(
        "/api/v1/customers",
        json={"givenName": "Ada", "familyName": "Lovelace", "email": email, "phone": "07700 900123"},
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


async def basket(retail: httpx.AsyncClient) -> dict[str, Any]:
    available = await retail.post("/api/v1/availability", json={"postcode": POSTCODE, "houseNumber": HOUSE})
    assert available.status_code == 200, available.text
    offer = available.json()["offers"][0]
    configuration = (await retail.post("/api/v1/configurations", json={"offerId": offer["id"]})).json()
    add_ons = [add_on["id"] for add_on in configuration["allowedAddOns"] if add_on["mandatory"]]
    return {"addressId": available.json()["address"]["id"], "offerId": offer["id"], "addOnIds": add_ons}


async def order_with_discount(
    retail: httpx.AsyncClient, customer_id: str, percentage: float
) -> dict[str, Any]:
    answer = await retail.post(
        f"/api/v1/customers/{customer_id}/orders",
        json={**await basket(retail), "discount": {"percentage": percentage, "reason": "Price match"}},
        headers={"Idempotency-Key": f"store-{uuid.uuid4().hex}"},
    )
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


async def wait_for_state(retail: httpx.AsyncClient, order_id: str, states: set[str]) -> dict[str, Any]:
    for _ in range(150):
        entry = (await retail.get(f"/api/v1/stores/store-rdg/orders/{order_id}")).json()
        if entry["order"]["state"] in states:
            return dict(entry)
        await asyncio.sleep(0.1)
    raise AssertionError(f"order {order_id} never reached {states}: {entry['order']['state']}")


async def test_discount_above_the_limit_is_held_then_approved_and_completes(channels: Channels) -> None:
    retail = channels.retail
    customer_id = await new_customer(retail)

    placed = await order_with_discount(retail, customer_id, 15)
    assert placed["approvalRequired"] is True
    held = await wait_for_state(retail, placed["id"], {"held", "inProgress", "rejected"})
    assert held["order"]["state"] == "held"
    assert [problem["code"] for problem in held["order"]["problems"]] == ["APPROVAL_REQUIRED"]
    queue = (await retail.get("/api/v1/stores/store-rdg/approvals")).json()
    assert placed["id"] in [approval["order"]["id"] for approval in queue["approvals"]]

    channels.staff.who = MORGAN
    approved = await retail.post(f"/api/v1/stores/store-rdg/approvals/{placed['id']}/approve")
    assert approved.status_code == 200, approved.text
    assert approved.json()["state"] == "inProgress"

    done = await wait_for_state(retail, placed["id"], {"completed", "failed", "partial"})
    assert done["order"]["state"] == "completed"
    names = [phase["name"] for phase in done["phases"]]
    assert names[:2] == ["Validation", "Approval"] and names[-1] == "Completion" and len(names) > 3
    assert done["order"]["agent"]["name"] == "Alex Agent" and done["order"]["storeId"] == "store-rdg"


async def test_discount_within_the_limit_is_not_held(channels: Channels) -> None:
    customer_id = await new_customer(channels.retail)

    placed = await order_with_discount(channels.retail, customer_id, 5)

    done = await wait_for_state(channels.retail, placed["id"], {"held", "completed", "failed", "rejected"})
    assert done["order"]["state"] == "completed"
    assert done["order"]["discount"]["percentage"] == 5


async def test_a_manager_rejects_a_held_order_with_the_reason(channels: Channels) -> None:
    retail = channels.retail
    customer_id = await new_customer(retail)
    placed = await order_with_discount(retail, customer_id, 30)
    await wait_for_state(retail, placed["id"], {"held"})

    channels.staff.who = MORGAN
    rejected = await retail.post(
        f"/api/v1/stores/store-rdg/approvals/{placed['id']}/reject", json={"reason": "Too generous"}
    )

    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["state"] == "rejected"
    order = (await channels.tmf.get(f"productOrderingManagement/v4/productOrder/{placed['id']}")).json()
    assert order["state"] == "rejected"
    assert order["note"][-1]["text"] == "Rejected by Morgan Manager: Too generous"


async def test_a_quote_sent_in_store_is_accepted_online_as_one_order(channels: Channels) -> None:
    retail, web = channels.retail, channels.web
    customer_id = await new_customer(retail)
    sent = await retail.post(
        f"/api/v1/customers/{customer_id}/quotes",
        json=await basket(retail),
        headers={"Idempotency-Key": f"quote-{uuid.uuid4().hex}"},
    )
    assert sent.status_code == 201, sent.text
    quote_id = sent.json()["id"]
    channels.customer.who = Principal("sub-ada", frozenset({"customer"}), customer_id=customer_id)

    mine = await web.get("/api/v1/account/quotes")
    first = await web.post(f"/api/v1/quotes/{quote_id}/accept", headers={"Idempotency-Key": uuid.uuid4().hex})
    again = await web.post(f"/api/v1/quotes/{quote_id}/accept", headers={"Idempotency-Key": uuid.uuid4().hex})

    assert [quote["id"] for quote in mine.json()["quotes"]] == [quote_id]
    assert first.status_code == 201, first.text
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    orders = (
        await channels.tmf.get("productOrderingManagement/v4/productOrder", params={"quote.id": quote_id})
    ).json()
    assert len(orders) == 1
    quote = (await channels.tmf.get(f"quoteManagement/v4/quote/{quote_id}")).json()
    assert quote["state"] == "accepted"
    queue = await retail.get("/api/v1/stores/store-rdg/orders")
    assert first.json()["id"] in [entry["order"]["id"] for entry in queue.json()["orders"]]


def test_python_m_bff_serves_both_channels(mocks: str, tmp_path: Path) -> None:
    web_port, retail_port = free_port(), free_port()
    env = {
        **bff_backend_env(mocks),
        "BFF_PORT": str(web_port),
        "BFF_RETAIL_PORT": str(retail_port),
        "BFF_DATABASE_URL": f"sqlite:///{tmp_path / 'bff.db'}",
        "BFF_ORDER_EVENTS": "false",
    }
    bff = Process(
        "bff",
        [sys.executable, "-m", "bff"],
        env,
        f"http://127.0.0.1:{retail_port}/health",
        tmp_path / "bff.log",
    )
    try:
        bff.start()
        bff.wait_ready(60)
        web = httpx.get(f"http://127.0.0.1:{web_port}/openapi.json").json()
        retail = httpx.get(f"http://127.0.0.1:{retail_port}/openapi.json").json()
        unsigned = httpx.get(f"http://127.0.0.1:{retail_port}/api/v1/me")
    finally:
        bff.stop()
    assert (web["info"]["title"], retail["info"]["title"]) == ("Web channel BFF", "Retail channel BFF")
    assert unsigned.status_code == 401
    assert bff.popen is not None and bff.popen.returncode == 0  # SIGTERM stopped both servers cleanly
