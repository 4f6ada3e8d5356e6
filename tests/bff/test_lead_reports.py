"""The worklist's order and the conversion figures, from leads and orders made here (no network)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import respx

from bff.core.backends import ChannelServices
from bff.core.lead_reports import conversion_report, report_csv
from bff.core.lead_work import WorkedLead, worklist_order
from bff.core.staff.models import AgentRef
from tests.bff.factories import URLS

NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)
ALEX = AgentRef(id="sub-alex", name="Alex Agent")
RITA = AgentRef(id="sub-rita", name="=Rita")


def create_lead(lead_id: str, status: str = "new", **work: Any) -> WorkedLead:
    return WorkedLead(
        id=lead_id,
        postcode="PL20 6QF",
        house_number="1",
        address_id=None,
        given_name="Morag",
        family_name="Macleod",
        email=f"{lead_id}@example.com",
        phone=None,
        interest="Full Fibre 900",
        store_id="store-rdg",
        channel="web",
        created_at=work.pop("created_at", NOW - timedelta(days=2)),
        status=status,  # type: ignore[arg-type]
        lost_reason=work.pop("lost_reason", None),
        assignee=work.pop("assignee", None),
        follow_up=work.pop("follow_up", None),
        customer_id=None,
        quote_id=work.pop("quote_id", None),
        quoted_at=None,
        order_id=work.pop("order_id", None),
        won_at=work.pop("won_at", None),
        now_serviceable=work.pop("now_serviceable", False),
        serviceable_since=None,
        notes=[],
    )


def create_order(order_id: str, state: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": order_id,
        "state": state,
        "orderDate": "2026-12-06T10:00:00Z",
        "productOrderItem": [{"id": "1", "action": "add"}],
        **extra,
    }


def test_now_serviceable_first_then_by_follow_up_then_won_and_lost() -> None:
    leads = [
        create_lead("won", "won"),
        create_lead("later", follow_up=date(2026, 12, 20)),
        create_lead("undated"),
        create_lead("soon", "contacted", follow_up=date(2026, 12, 8)),
        create_lead("flagged", now_serviceable=True),
        create_lead("lost", "lost", lost_reason="Moved"),
    ]

    ordered = [lead.id for lead in worklist_order(leads)]

    assert ordered[:4] == ["flagged", "soon", "later", "undated"]
    assert set(ordered[4:]) == {"won", "lost"}


async def test_conversion_counts_quotes_orders_accuracy_and_times_per_agent(
    services: ChannelServices, tmf: respx.MockRouter
) -> None:
    leads = [
        create_lead("l1", "won", assignee=ALEX, order_id="po-1", won_at=NOW - timedelta(days=1)),
        create_lead("l2", "won", assignee=ALEX, order_id="po-2", quote_id="q-2", won_at=NOW),
        create_lead("l3", "quoted", assignee=RITA, quote_id="q-3"),
        create_lead("l4", "lost", lost_reason="Too dear"),
    ]
    completed = create_order("po-1", "completed", completionDate="2026-12-06T12:00:00Z")
    amended = create_order(
        "po-2",
        "completed",
        completionDate="2026-12-07T10:00:00Z",
        productOrderErrorMessage=[{"code": "APPROVAL_REQUIRED", "timestamp": "2026-12-06T10:01:00Z"}],
    )
    tmf.get(f"{URLS['tmf622_url']}/productOrder/po-1").respond(200, json=completed)
    tmf.get(f"{URLS['tmf622_url']}/productOrder/po-2").respond(200, json=amended)

    report = await conversion_report(
        services.backends.tmf622, leads, store_id="store-rdg", store_name="Reading", now=NOW
    )

    store = report.store
    assert (store.leads, store.quotes, store.orders, store.lost) == (4, 2, 2, 1)
    assert (store.lead_to_order_percent, store.lead_to_quote_percent) == (50.0, 50.0)
    assert (store.orders_completed, store.orders_accurate, store.order_accuracy_percent) == (2, 1, 50.0)
    assert store.average_lead_to_order_seconds == 1.5 * 86400  # registered 2 days before; won 1 and 2 days on
    assert store.average_order_to_activation_seconds == (2 * 3600 + 24 * 3600) / 2
    by_agent = {row.label: row for row in report.agents}
    assert [row.label for row in report.agents] == ["=Rita", "Alex Agent", "Not assigned"]
    assert (by_agent["Alex Agent"].orders, by_agent["=Rita"].quotes, by_agent["Not assigned"].lost) == (
        2,
        1,
        1,
    )
    lines = report_csv(report).splitlines()
    assert lines[1].startswith("store,Reading,4,2,2,1,50.0,50.0,2,1,50.0,")
    assert lines[2].startswith("agent,'=Rita,1,1,0,0")  # a name never runs as a spreadsheet formula
