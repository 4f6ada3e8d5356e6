"""Retail: the store queue's jeopardy against what the customer was promised (bff/core/staff/commitments.py),
its views (`?view=dueToday|missedVisit|awaitingAppointment`) and the web orders of the store's area."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from bff.config import Settings
from bff.core.backends import ChannelServices
from bff.core.staff.commitments import commitment
from bff.retail.app import create_app
from tests.bff.factories import URLS
from tests.bff.retail_support import ALEX, BEA, TMF622, SignedIn, create_store_order, listed, signed_in_client

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
DAY = timedelta(hours=24)


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def web_order(order_id: str, postcode: str, state: str = "inProgress", **extra: Any) -> dict[str, Any]:
    """A web order (no store channel) installed at `postcode`, with an engineer visit."""
    return {
        "id": order_id,
        "state": state,
        "orderDate": _iso(NOW - 2 * DAY),
        "channel": [{"id": "web", "name": "web", "role": "salesChannel"}],
        "productOrderItem": [
            {
                "id": "1",
                "action": "add",
                "state": state,
                "productOffering": {"id": "po-fibre-500", "name": "Fibre 500"},
                "appointment": {"id": f"apt-{order_id}", "@referredType": "Appointment"},
                "product": {
                    "place": [
                        {
                            "id": "addr-x",
                            "role": "installationAddress",
                            "postcode": postcode,
                            "@referredType": "GeographicAddress",
                        }
                    ]
                },
            }
        ],
        **extra,
    }


def visit_on(start: datetime) -> dict[str, str]:
    return {"requestedStartDate": _iso(start), "requestedCompletionDate": _iso(start + timedelta(hours=5))}


MISSED_ALERT = {
    "id": "1.visit-missed-1",
    "name": "Engineer visit missed",
    "exception": "VISIT_MISSED",
    "alertDate": _iso(NOW - DAY),
    "@type": "ProductOrderJeopardyAlert",
}


def test_past_the_promised_date_an_open_order_is_late() -> None:
    late = commitment(web_order("po-1", "RG1 4AB", **visit_on(NOW - 2 * DAY)), NOW, DAY)
    assert (late.jeopardy, late.reason) == ("late", "Late: promised for Sat 21 Nov")


def test_a_visit_tonight_without_an_engineer_is_at_risk_and_with_one_is_not() -> None:
    tomorrow = web_order("po-1", "RG1 4AB", **visit_on(NOW + timedelta(hours=10)))
    assigned = {**tomorrow, "productOrderMilestone": [{"id": "1.engineer-assigned", "status": "Completed"}]}

    assert commitment(tomorrow, NOW, DAY).jeopardy == "atRisk"
    assert commitment(assigned, NOW, DAY).jeopardy is None
    assert commitment(tomorrow, NOW, timedelta(hours=1)).jeopardy is None  # not yet close enough


def test_an_order_still_held_near_its_promised_date_is_at_risk() -> None:
    held = web_order("po-1", "RG1 4AB", "held", **visit_on(NOW + timedelta(days=3)))
    assert commitment(held, NOW, timedelta(days=4)).reason == "At risk: due Thu 26 Nov and still held"


def test_a_missed_visit_is_jeopardy_whatever_the_dates() -> None:
    missed = web_order("po-1", "RG1 4AB", **visit_on(NOW + 5 * DAY), productOrderJeopardyAlert=[MISSED_ALERT])
    found = commitment(missed, NOW, DAY)
    assert found.jeopardy == "missedVisit" and found.visit_start is None


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        **URLS,
        timeout_seconds=0.5,
        retry_wait_initial_seconds=0.001,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        retail_jeopardy_seconds={"held": 60.0, "inProgress": 10**9},
    )


@pytest.fixture
async def retail(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_app(services.settings), services, SignedIn(ALEX)) as http:
        yield http


def _answer(own: list[dict[str, Any]], area: list[dict[str, Any]]) -> Any:
    """TMF622 as the queue asks it: the store's own orders by channel, the others by installation place."""

    def respond(request: httpx.Request) -> httpx.Response:
        return listed(own if "channel.id" in request.url.params else area)

    return respond


async def test_the_queue_takes_the_areas_web_orders_and_serves_each_view(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    now = datetime.now(UTC)
    today = now.replace(hour=12, minute=0, second=0, microsecond=0)
    missed = web_order("po-missed", "RG1 8GM", productOrderJeopardyAlert=[MISSED_ALERT], **visit_on(today))
    booked = web_order("po-booked", "RG1 4AB", **visit_on(now + 6 * DAY))
    london = web_order("po-london", "SW1A 2AA", **visit_on(now + 6 * DAY))  # store-ldn's area
    leeds = web_order("po-leeds", "LS6 2AB", **visit_on(now + 6 * DAY))  # no store's: the default's
    store = create_store_order("po-store", "inProgress")
    route = tmf.get(f"{TMF622}/productOrder").mock(
        side_effect=_answer([store], [missed, booked, london, leeds])
    )

    everything = (await retail.get("/api/v1/stores/store-rdg/orders")).json()
    missed_only = (await retail.get("/api/v1/stores/store-rdg/orders", params={"view": "missedVisit"})).json()
    awaiting = (
        await retail.get("/api/v1/stores/store-rdg/orders", params={"view": "awaitingAppointment"})
    ).json()
    refused = await retail.get("/api/v1/stores/store-rdg/orders", params={"view": "someday"})

    assert sorted(entry["order"]["id"] for entry in everything["orders"]) == [
        "po-booked",
        "po-leeds",
        "po-missed",
        "po-store",
    ]
    first = everything["orders"][0]
    assert (first["order"]["id"], first["jeopardy"]) == ("po-missed", "missedVisit")
    assert first["jeopardyReason"] == "Engineer visit missed: the engineer could not get in"
    assert first["order"]["appointment"]["status"] == "failed"
    assert everything["views"] == {"dueToday": 1, "missedVisit": 1, "awaitingAppointment": 2}  # missed today
    assert [entry["order"]["id"] for entry in missed_only["orders"]] == ["po-missed"]
    assert missed_only["view"] == "missedVisit"
    assert sorted(entry["order"]["id"] for entry in awaiting["orders"]) == ["po-booked", "po-leeds"]
    assert refused.status_code == 422
    area_query = next(
        call.request.url.params for call in route.calls if "channel.id" not in call.request.url.params
    )
    assert area_query["productOrderItem.product.place.role"] == "installationAddress"


async def test_another_stores_area_is_asked_by_its_postcodes_and_due_today_counts_todays_visits(
    services: ChannelServices, tmf: respx.MockRouter
) -> None:
    now = datetime.now(UTC)
    today = now.replace(hour=17, minute=0, second=0, microsecond=0) - timedelta(hours=4)
    visit_today = web_order("po-today", "SW1A 2AA", **visit_on(today))
    later = web_order("po-later", "E1 6AN", **visit_on(now + 4 * DAY))
    route = tmf.get(f"{TMF622}/productOrder").mock(side_effect=_answer([], [visit_today, later]))
    async with signed_in_client(create_app(services.settings), services, SignedIn(BEA)) as http:
        due = (await http.get("/api/v1/stores/store-ldn/orders", params={"view": "dueToday"})).json()

    assert [entry["order"]["id"] for entry in due["orders"]] == ["po-today"]
    area_query = next(
        call.request.url.params for call in route.calls if "channel.id" not in call.request.url.params
    )
    assert area_query["productOrderItem.product.place.postcode.regex"] == "^(E|EC|N|NW|SE|SW|W|WC)[0-9]"
