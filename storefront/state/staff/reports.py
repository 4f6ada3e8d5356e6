"""Conversion reports `/store/reports`: leads → quotes → orders for the store and each agent, order
accuracy and cycle times, charted, and the same figures as a CSV download."""

import reflex as rx
from pydantic import BaseModel

from storefront import routes
from storefront.clients import retail
from storefront.clients.http import BffError
from storefront.staff_words import duration_words, store_label
from storefront.state.auth import AuthState


class FigureRow(BaseModel):
    label: str = ""
    leads: int = 0
    quotes: int = 0
    orders: int = 0
    lost: int = 0
    lead_to_order: str = ""
    accuracy: str = ""
    lead_to_order_time: str = ""
    order_to_activation_time: str = ""


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value:g} %"


def _figures(row: retail.ConversionRow) -> FigureRow:
    return FigureRow(
        label=row.label,
        leads=row.leads,
        quotes=row.quotes,
        orders=row.orders,
        lost=row.lost,
        lead_to_order=_percent(row.lead_to_order_percent),
        accuracy=(
            f"{_percent(row.order_accuracy_percent)} of {row.orders_completed} completed"
            if row.orders_completed
            else "No order completed yet"
        ),
        lead_to_order_time=duration_words(row.average_lead_to_order_seconds),
        order_to_activation_time=duration_words(row.average_order_to_activation_seconds),
    )


class ReportsState(rx.State):
    loading: bool = True
    error: str = ""
    store_id: str = ""
    store_name: str = ""
    store: FigureRow = FigureRow()
    agents: list[FigureRow] = []
    # recharts reads plain records: one bar group per stage (store) and per agent.
    funnel: list[dict[str, str | int]] = []
    by_agent: list[dict[str, str | int]] = []
    downloading: bool = False

    @rx.event(background=True)
    async def load(self):
        async with self:
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return AuthState.sign_in(routes.STORE_REPORTS, False)
            self.loading = not self.store_id
            self.error = ""
        try:
            store_id = (await retail.get_me(token)).store_id
            report = await retail.get_conversion(token, store_id)
        except BffError as exc:
            async with self:
                self.loading = False
                self.error = exc.message
            return None
        async with self:
            self.loading = False
            self.store_id = store_id
            self.store_name = store_label(report.store_name, report.store_id)
            self.store = _figures(report.store)
            self.agents = [_figures(agent) for agent in report.agents]
            s = report.store
            self.funnel = [
                {"stage": "Leads", "count": s.leads},
                {"stage": "Quotes", "count": s.quotes},
                {"stage": "Orders", "count": s.orders},
            ]
            self.by_agent = [
                {"agent": a.label, "Leads": a.leads, "Quotes": a.quotes, "Orders": a.orders}
                for a in report.agents
            ]
        return None

    @rx.event(background=True)
    async def download_csv(self):
        async with self:
            token = await (await self.get_state(AuthState)).access_token() or ""
            store_id = self.store_id
            self.downloading = True
            self.error = ""
        try:
            text = await retail.conversion_csv(token, store_id)
        except BffError as exc:
            async with self:
                self.downloading = False
                self.error = exc.message
            return None
        async with self:
            self.downloading = False
        return rx.download(data=text, filename=f"conversion-{store_id}.csv", mime_type="text/csv")
