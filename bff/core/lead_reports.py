"""Conversion figures of a store and of each of its agents: leads → quotes → orders, order accuracy, and
the lead-to-order and order-to-activation times.

From the store's leads (bff/core/lead_work.py) and the orders placed from them, read from TMF622 side by
side. An agent is the one the lead is assigned to (who quoted or ordered it takes it if nobody had it).

- quotes: leads a quote was sent for (or that reached quoted); orders: leads won by an order;
- order accuracy: of those orders completed, the share completed with no amendment or fallout — no
  `productOrderErrorMessage` (a hold or a failure) and no item other than an `add`;
- lead to order: registered → order placed; order to activation: `orderDate` → `completionDate`.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pydantic import Field

from bff.core.clients.base import TmfError
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.lead_work import WorkedLead
from bff.core.models import ChannelModel, UtcDatetime
from bff.core.staff.cycle_times import when
from bff.core.staff.models import AgentRef

UNASSIGNED = "Not assigned"


class ConversionRow(ChannelModel):
    agent: AgentRef | None = Field(description="None: the whole store")
    label: str = Field(description="The store's name or the agent's")
    leads: int
    quotes: int
    orders: int
    lost: int
    lead_to_quote_percent: float | None
    lead_to_order_percent: float | None
    orders_completed: int
    orders_accurate: int
    order_accuracy_percent: float | None
    average_lead_to_order_seconds: float | None
    average_order_to_activation_seconds: float | None


class ConversionReport(ChannelModel):
    store_id: str
    store_name: str
    generated_at: UtcDatetime
    store: ConversionRow
    agents: list[ConversionRow]


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _average(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def accurate(order: dict[str, Any]) -> bool:
    """Completed as first placed: never held or failed, nothing amended."""
    items = order.get("productOrderItem") or []
    return not order.get("productOrderErrorMessage") and all(i.get("action", "add") == "add" for i in items)


def _row(
    label: str, agent: AgentRef | None, leads: list[WorkedLead], orders: dict[str, dict[str, Any]]
) -> ConversionRow:
    won = [lead for lead in leads if lead.status == "won" and lead.order_id]
    quoted = [lead for lead in leads if lead.quote_id or lead.status == "quoted"]
    completed = [
        order for lead in won if (order := orders.get(lead.order_id or "", {})).get("state") == "completed"
    ]
    to_order = [(lead.won_at - lead.created_at).total_seconds() for lead in won if lead.won_at]
    to_activation = [
        (done - placed).total_seconds()
        for order in completed
        if (placed := when(order.get("orderDate"))) and (done := when(order.get("completionDate")))
    ]
    accurate_count = sum(1 for order in completed if accurate(order))
    return ConversionRow(
        agent=agent,
        label=label,
        leads=len(leads),
        quotes=len(quoted),
        orders=len(won),
        lost=sum(1 for lead in leads if lead.status == "lost"),
        lead_to_quote_percent=_percent(len(quoted), len(leads)),
        lead_to_order_percent=_percent(len(won), len(leads)),
        orders_completed=len(completed),
        orders_accurate=accurate_count,
        order_accuracy_percent=_percent(accurate_count, len(completed)),
        average_lead_to_order_seconds=_average(to_order),
        average_order_to_activation_seconds=_average(to_activation),
    )


async def _orders(tmf622: Tmf622Client, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    async def one(order_id: str) -> tuple[str, dict[str, Any]]:
        try:
            order = await tmf622.get_product_order(order_id)
        except TmfError:
            return order_id, {}  # counted as an order, not as completed
        return order_id, order.model_dump(mode="json", by_alias=True, exclude_none=True)

    return dict(await asyncio.gather(*(one(order_id) for order_id in dict.fromkeys(ids))))


async def conversion_report(
    tmf622: Tmf622Client, leads: list[WorkedLead], *, store_id: str, store_name: str, now: datetime
) -> ConversionReport:
    orders = await _orders(tmf622, [lead.order_id for lead in leads if lead.order_id])
    by_agent: dict[str | None, list[WorkedLead]] = {}
    for lead in leads:
        by_agent.setdefault(lead.assignee.id if lead.assignee else None, []).append(lead)
    agents = [
        _row(
            (group[0].assignee.name or agent_id) if agent_id and group[0].assignee else UNASSIGNED,
            group[0].assignee,
            group,
            orders,
        )
        for agent_id, group in by_agent.items()
    ]
    return ConversionReport(
        store_id=store_id,
        store_name=store_name,
        generated_at=now,
        store=_row(store_name, None, leads, orders),
        agents=sorted(agents, key=lambda row: (row.agent is None, row.label)),
    )


CSV_COLUMNS = (
    "scope",
    "name",
    "leads",
    "quotes",
    "orders",
    "lost",
    "lead_to_quote_percent",
    "lead_to_order_percent",
    "orders_completed",
    "orders_accurate",
    "order_accuracy_percent",
    "average_lead_to_order_seconds",
    "average_order_to_activation_seconds",
)


def _cell(value: object) -> object:
    """A name as text a spreadsheet shows, never runs: a leading =, +, - or @ would make it a formula."""
    return f"'{value}" if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") else value


def report_csv(report: ConversionReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for scope, row in [("store", report.store), *(("agent", agent) for agent in report.agents)]:
        values = row.model_dump()
        writer.writerow(
            [scope, _cell(row.label), *("" if values[c] is None else values[c] for c in CSV_COLUMNS[2:])]
        )
    return out.getvalue()
