"""An agent changes the speed of a customer's line from the 360, against the real TMF mock servers: the same
rules as online, and the order says which store and agent made it."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bff.config import Settings
from bff.core.backends import ChannelServices
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from scripts.stack import bff_backend_env
from tests.bff.retail_support import ALEX, SignedIn, signed_in_client
from tests.bff.test_retail_against_mocks import Channels, basket, mocks, new_customer, wait_for_state

__all__ = ["mocks"]  # the module-scoped mock servers


@pytest.fixture
async def channels(mocks: str, tmp_path: Path) -> AsyncIterator[Channels]:
    env = {key.removeprefix("BFF_").lower(): value for key, value in bff_backend_env(mocks).items()}
    settings = Settings(**env, database_url=f"sqlite:///{tmp_path / 'bff.db'}", order_events=False)
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


async def line_of_new_customer(retail: httpx.AsyncClient) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """A customer with a completed line; their products and the offers at the address."""
    customer_id = await new_customer(retail)
    chosen = await basket(retail)
    placed = await retail.post(
        f"/api/v1/customers/{customer_id}/orders", json=chosen, headers={"Idempotency-Key": uuid.uuid4().hex}
    )
    assert placed.status_code == 201, placed.text
    await wait_for_state(retail, placed.json()["id"], {"completed"})
    view = (await retail.get(f"/api/v1/customers/{customer_id}")).json()
    line = next(p for p in view["products"] if p["offerId"] == chosen["offerId"])
    offers = (
        await retail.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "3"})
    ).json()
    return customer_id, line, offers["offers"]


async def test_an_agent_changes_a_lines_speed_and_the_order_names_store_and_agent(channels: Channels) -> None:
    retail = channels.retail
    customer_id, line, offers = await line_of_new_customer(retail)
    faster = next(o for o in offers if o["id"] != line["offerId"] and o["technology"] == "FTTP")
    path = f"/api/v1/customers/{customer_id}/products/{line['id']}/modify"

    changed = await retail.post(
        path, json={"offerId": faster["id"]}, headers={"Idempotency-Key": uuid.uuid4().hex}
    )
    again = await retail.post(
        path, json={"offerId": faster["id"]}, headers={"Idempotency-Key": uuid.uuid4().hex}
    )
    other = await retail.post(
        f"/api/v1/customers/cust-0001/products/{line['id']}/modify",
        json={"offerId": faster["id"]},
        headers={"Idempotency-Key": uuid.uuid4().hex},
    )

    assert changed.status_code == 201, changed.text
    order = (
        await channels.tmf.get(f"productOrderingManagement/v4/productOrder/{changed.json()['id']}")
    ).json()
    assert order["productOrderItem"][0]["action"] == "modify"
    assert order["channel"] == [{"id": "retail", "name": "store-rdg", "role": "salesChannel"}]
    agent = next(p for p in order["relatedParty"] if p["role"] == "salesAgent")
    assert (agent["id"], agent["name"]) == ("sub-alex", "Alex Agent")
    assert any("Placed by Alex Agent (store-rdg)" in note["text"] for note in order["note"])
    assert (again.status_code, again.json()["code"]) == (409, "CHANGE_IN_PROGRESS")  # the online rules
    assert other.status_code == 403  # a line of another customer than the 360's
