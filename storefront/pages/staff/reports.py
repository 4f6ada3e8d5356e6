"""Conversion reports `/store/reports`: the store's and each agent's leads → quotes → orders, with order
accuracy and cycle times; charts from Reflex's recharts components, and a CSV download."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.components.layout import page_layout
from storefront.state.staff.reports import FigureRow, ReportsState

COLUMNS = (
    "Who",
    "Leads",
    "Quotes",
    "Orders",
    "Lost",
    "Lead to order",
    "Order accuracy",
    "Lead to order time",
    "Order to activation",
)


def _cells(row: rx.Var[FigureRow], header: bool = False) -> rx.Component:
    first = rx.table.row_header_cell(row.label) if header else rx.table.cell(row.label)
    return rx.table.row(
        first,
        rx.table.cell(row.leads),
        rx.table.cell(row.quotes),
        rx.table.cell(row.orders),
        rx.table.cell(row.lost),
        rx.table.cell(row.lead_to_order),
        rx.table.cell(row.accuracy),
        rx.table.cell(row.lead_to_order_time),
        rx.table.cell(row.order_to_activation_time),
        data_testid="report-row",
    )


def _table() -> rx.Component:
    return rx.table.root(
        rx.table.header(rx.table.row(*(rx.table.column_header_cell(c) for c in COLUMNS))),
        rx.table.body(
            _cells(ReportsState.store, header=True), rx.foreach(ReportsState.agents, lambda row: _cells(row))
        ),
        aria_label="Conversion figures",
        variant="surface",
        width="100%",
    )


def _funnel_chart() -> rx.Component:
    return rx.recharts.bar_chart(
        rx.recharts.cartesian_grid(stroke_dasharray="3 3"),
        rx.recharts.x_axis(data_key="stage"),
        rx.recharts.y_axis(allow_decimals=False),
        rx.recharts.graphing_tooltip(),
        rx.recharts.bar(data_key="count", name="Count", fill=rx.color(theme.ACCENT, 9)),
        data=ReportsState.funnel,
        width="100%",
        height=260,
    )


def _agents_chart() -> rx.Component:
    return rx.recharts.bar_chart(
        rx.recharts.cartesian_grid(stroke_dasharray="3 3"),
        rx.recharts.x_axis(data_key="agent"),
        rx.recharts.y_axis(allow_decimals=False),
        rx.recharts.graphing_tooltip(),
        rx.recharts.legend(),
        rx.recharts.bar(data_key="Leads", fill=rx.color("gray", 8)),
        rx.recharts.bar(data_key="Quotes", fill=rx.color("amber", 9)),
        rx.recharts.bar(data_key="Orders", fill=rx.color("green", 9)),
        data=ReportsState.by_agent,
        width="100%",
        height=260,
    )


def _chart(title: str, chart: rx.Component, label: str) -> rx.Component:
    return rx.el.figure(
        rx.heading(title, as_="h2", size="4", margin_bottom="0.5rem"),
        chart,
        role="img",
        aria_label=label,
        margin="0",
        width=["100%", "100%", "calc(50% - var(--space-2))"],
    )


def _reports() -> rx.Component:
    return rx.vstack(
        rx.heading("Conversion", as_="h1", size="7"),
        rx.text("Leads, quotes and orders at ", rx.text.strong(ReportsState.store_name), ", by agent."),
        rx.flex(
            rx.link("Store", href=routes.STORE),
            rx.link("Leads", href=routes.STORE_LEADS),
            rx.button(
                rx.icon("download"),
                "Download CSV",
                on_click=ReportsState.download_csv,
                loading=ReportsState.downloading,
                variant="soft",
                size="2",
            ),
            spacing="4",
            align="center",
            wrap="wrap",
        ),
        error_callout(ReportsState.error),
        _table(),
        rx.cond(
            ReportsState.store.leads > 0,
            rx.flex(
                _chart(
                    "Leads to orders", _funnel_chart(), "Bar chart of the store's leads, quotes and orders"
                ),
                _chart("By agent", _agents_chart(), "Bar chart of each agent's leads, quotes and orders"),
                wrap="wrap",
                spacing="4",
                width="100%",
            ),
            info_callout("No leads yet: the charts appear with the first one."),
        ),
        rx.text(
            "Order accuracy: orders completed with no amendment or fallout. Times are averages: from the "
            "lead's registration to its order, and from the order to its completion (activation).",
            size="2",
            color=rx.color(theme.GRAY, 11),
        ),
        spacing="4",
        width="100%",
    )


def reports_page() -> rx.Component:
    return page_layout(
        rx.cond(
            ReportsState.loading,
            rx.vstack(
                rx.text("Loading the store's figures…", role="status"), error_callout(ReportsState.error)
            ),
            _reports(),
        )
    )
