"""A lead worked in store against the real TMF mock servers: registered online where nothing is sold, moved
along its statuses, flagged "now serviceable" once coverage arrives in its area (the mocks' admin call),
opened as a customer and won by an order placed from it; the store's conversion report counts it."""

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
from tests.bff.retail_support import ALEX, BEA, SignedIn, signed_in_client
from tests.bff.test_retail_against_mocks import Channels, basket, mocks, wait_for_state

__all__ = ["mocks"]  # the module-scoped mock servers, shared with the retail journeys' module

FTTP = [{"technology": "FTTP", "maxDownloadSpeed": 900, "maxUploadSpeed": 110}]


@pytest.fixture
async def channels(mocks: str, tmp_path: Path) -> AsyncIterator[Channels]:
    env = {key.removeprefix("BFF_").lower(): value for key, value in bff_backend_env(mocks).items()}
    # Every open lead is asked about again at each read of the worklist.
    settings = Settings(
        **env,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        order_events=False,
        retail_lead_recheck_seconds=0,
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


@pytest.fixture
async def admin(mocks: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=mocks.removesuffix("/tmf-api")) as http:
        yield http


async def register(web: httpx.AsyncClient, postcode: str, house: str) -> str:
    email = f"morag.{uuid.uuid4().hex[:8]}@example.com"
    answer = await web.post(
        "/api/v1/leads",
        json={
            "postcode": postcode,
            "houseNumber": house,
            "givenName": "Morag",
            "familyName": "Macleod",
            "email": email,
            "interest": "Full Fibre 900",
        },
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


async def worklist(retail: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    answer = await retail.get("/api/v1/stores/store-rdg/leads", params=params)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def lead_in(listed: dict[str, Any], lead_id: str) -> dict[str, Any]:
    return next(lead for lead in listed["leads"] if lead["id"] == lead_id)


async def test_statuses_move_forward_only_and_a_lost_lead_needs_its_reason(channels: Channels) -> None:
    retail = channels.retail
    lead_id = await register(channels.web, "IV51 9EL", "2")  # no store's area: the default store's
    path = f"/api/v1/stores/store-rdg/leads/{lead_id}"

    contacted = await retail.patch(
        path, json={"status": "contacted", "assignToMe": True, "followUp": "2026-12-10"}
    )
    back = await retail.patch(path, json={"status": "new"})
    won_by_hand = await retail.patch(path, json={"status": "won"})
    no_reason = await retail.patch(path, json={"status": "lost"})
    noted = await retail.post(f"{path}/notes", json={"text": "Called, wants FTTP when it comes"})
    lost = await retail.patch(path, json={"status": "lost", "lostReason": "Moved away"})
    reopened = await retail.patch(path, json={"status": "contacted"})

    assert contacted.status_code == 200, contacted.text
    assert contacted.json()["status"] == "contacted"
    assert contacted.json()["assignee"] == {"id": "sub-alex", "name": "Alex Agent"}
    assert contacted.json()["followUp"] == "2026-12-10"
    assert (back.status_code, back.json()["code"]) == (409, "LEAD_STATUS_NOT_ALLOWED")
    assert won_by_hand.status_code == 409
    assert (no_reason.status_code, no_reason.json()["code"]) == (422, "LOST_REASON_REQUIRED")
    assert [note["text"] for note in noted.json()["notes"]] == ["Called, wants FTTP when it comes"]
    assert (lost.json()["status"], lost.json()["lostReason"]) == ("lost", "Moved away")
    assert reopened.status_code == 409
    channels.staff.who = BEA  # another store's agent: not theirs to see
    assert (await retail.get("/api/v1/stores/store-rdg/leads")).status_code == 403
    assert (await retail.patch(f"/api/v1/stores/store-ldn/leads/{lead_id}", json={})).status_code == 404


async def test_coverage_arriving_flags_the_lead_which_is_then_won_by_an_order(
    channels: Channels, admin: httpx.AsyncClient
) -> None:
    retail = channels.retail
    lead_id = await register(channels.web, "PL20 6QF", "1")
    before = lead_in(await worklist(retail, recheck="true"), lead_id)
    assert (before["status"], before["nowServiceable"]) == ("new", False)

    flipped = await admin.put("/admin/coverage/PL20", json={"technologies": FTTP})
    assert flipped.status_code == 200, flipped.text
    after = await worklist(retail)

    assert after["leads"][0]["id"] == lead_id  # the store sees it first
    assert after["leads"][0]["nowServiceable"] is True and after["nowServiceable"] >= 1

    no_phone = await retail.post(f"/api/v1/stores/store-rdg/leads/{lead_id}/customer", json={})
    assert (no_phone.status_code, no_phone.json()["code"]) == (422, "PHONE_REQUIRED")
    opened = await retail.post(
        f"/api/v1/stores/store-rdg/leads/{lead_id}/customer", json={"phone": "07700 900456"}
    )
    assert opened.status_code == 200, opened.text
    customer_id = opened.json()["customerId"]
    available = await retail.post("/api/v1/availability", json={"postcode": "PL20 6QF", "houseNumber": "1"})
    assert available.json()["serviceable"] is True
    offer = available.json()["offers"][0]["id"]
    placed = await retail.post(
        f"/api/v1/customers/{customer_id}/orders",
        json={"addressId": available.json()["address"]["id"], "offerId": offer, "leadId": lead_id},
        headers={"Idempotency-Key": f"store-{uuid.uuid4().hex}"},
    )
    assert placed.status_code == 201, placed.text

    won = lead_in(await worklist(retail), lead_id)
    assert (won["status"], won["orderId"], won["customerId"]) == ("won", placed.json()["id"], customer_id)
    assert won["nowServiceable"] is False
    await wait_for_state(retail, placed.json()["id"], {"completed", "failed"})
    report = (await retail.get("/api/v1/stores/store-rdg/reports/conversion")).json()
    alex = next(row for row in report["agents"] if row["label"] == "Alex Agent")
    assert (alex["leads"], alex["orders"], alex["ordersCompleted"]) == (1, 1, 1)
    assert alex["orderAccuracyPercent"] == 100.0 and alex["averageOrderToActivationSeconds"] > 0
    assert report["store"]["leads"] == 1 and report["store"]["leadToOrderPercent"] == 100.0
    csv = await retail.get("/api/v1/stores/store-rdg/reports/conversion.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0].startswith("scope,name,leads,quotes,orders")
    assert "agent,Alex Agent,1,0,1" in csv.text


async def test_an_order_for_another_stores_lead_is_refused_before_anything_is_ordered(
    channels: Channels,
) -> None:
    channels.staff.who = BEA
    answer = await channels.retail.post(
        "/api/v1/customers/cust-0001/orders",
        json={**await basket(channels.retail), "leadId": "lead-unknown"},
        headers={"Idempotency-Key": f"store-{uuid.uuid4().hex}"},
    )
    assert (answer.status_code, answer.json()["code"]) == (404, "LEAD_NOT_FOUND")
