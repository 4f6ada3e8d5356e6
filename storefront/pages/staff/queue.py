"""Store queue `/store/queue`: orders per state, filters, jeopardy highlighted, average time per phase."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.components.layout import page_layout
from storefront.staff_views import ALL_STATES, QUEUE_STATES, QUEUE_VIEWS, PhaseRow, QueueRow, StateCount
from storefront.staff_words import staff_state_words
from storefront.state.staff.queue import QueueState

LABEL = {"font_weight": "500", "font_size": "var(--font-size-2)"}
SELECT_STYLE = {
    "min_height": "var(--space-7)",
    "padding": "0 var(--space-2)",
    "border_radius": "var(--radius-3)",
    "border": f"1px solid {rx.color(theme.GRAY, 7)}",
    "background": "white",
    "width": "100%",
}


def _count(count: rx.Var[StateCount]) -> rx.Component:
    return rx.el.li(
        rx.text(count.words, size="2", color=rx.color(theme.GRAY, 11)),
        rx.text(count.count, size="6", weight="bold"),
        aria_label=count.words + ": " + count.count.to_string(),
        list_style="none",
        padding="0.5rem 0.75rem",
        border=theme.BORDER,
        border_radius="var(--radius-3)",
        min_width="7rem",
    )


def _counts() -> rx.Component:
    return rx.el.section(
        rx.heading("Orders by state", as_="h2", size="5", margin_bottom="0.5rem"),
        rx.text(
            QueueState.summary,
            rx.text.strong(QueueState.in_jeopardy.to_string() + " in jeopardy"),
            size="2",
            margin_bottom="0.5rem",
        ),
        rx.cond(
            QueueState.views_text != "",
            rx.text(QueueState.views_text, size="2", margin_bottom="0.5rem", id="queue-views"),
        ),
        rx.el.ul(
            rx.foreach(QueueState.counts, _count),
            display="flex",
            flex_wrap="wrap",
            gap="0.5rem",
            padding="0",
            margin="0",
            aria_label="Orders by state",
        ),
        width="100%",
    )


def _filters() -> rx.Component:
    return rx.el.section(
        rx.heading("Filter", as_="h2", size="5", margin_bottom="0.5rem"),
        rx.flex(
            rx.vstack(
                rx.el.label("Show", html_for="queue-view", **LABEL),
                rx.el.select(
                    *[rx.el.option(words, value=value) for value, words in QUEUE_VIEWS],
                    id="queue-view",
                    value=QueueState.view,
                    on_change=QueueState.set_view,
                    style=SELECT_STYLE,
                ),
                spacing="1",
                width=["100%", "14rem"],
            ),
            rx.vstack(
                rx.el.label("State", html_for="queue-state", **LABEL),
                rx.el.select(
                    rx.el.option("All states", value=ALL_STATES),
                    *[rx.el.option(staff_state_words(state), value=state) for state in QUEUE_STATES],
                    id="queue-state",
                    value=QueueState.state_filter,
                    on_change=QueueState.set_state_filter,
                    style=SELECT_STYLE,
                ),
                spacing="1",
                width=["100%", "12rem"],
            ),
            rx.vstack(
                rx.el.label("Search orders", html_for="queue-search", **LABEL),
                rx.input(
                    id="queue-search",
                    type="search",
                    value=QueueState.search_text,
                    on_change=QueueState.set_search_text,
                    placeholder="Reference, customer, plan, agent",
                    size="3",
                    width="100%",
                ),
                spacing="1",
                width=["100%", "20rem"],
            ),
            rx.checkbox(
                "Only orders in jeopardy",
                checked=QueueState.jeopardy_only,
                on_change=QueueState.set_jeopardy_only,
                size="2",
            ),
            wrap="wrap",
            spacing="3",
            align="end",
        ),
        width="100%",
    )


def _order(row: rx.Var[QueueRow]) -> rx.Component:
    return rx.el.li(
        rx.flex(
            rx.vstack(
                rx.text(rx.text.strong(row.reference), " · ", row.customer, overflow_wrap="anywhere"),
                rx.text(row.offer, rx.cond(row.agent != "", " · by " + row.agent, ""), size="2"),
                rx.cond(row.discount != "", rx.text(row.discount, size="2")),
                rx.cond(row.reason != "", rx.text(row.reason, size="2", color=rx.color(theme.GRAY, 11))),
                rx.cond(
                    row.jeopardy_reason != "",
                    rx.text(row.jeopardy_reason, size="2", weight="bold", color=rx.color("red", 11)),
                ),
                rx.cond(row.promised != "", rx.text(row.promised, size="1", color=rx.color(theme.GRAY, 11))),
                rx.cond(
                    row.ordered != "",
                    rx.text("Ordered ", row.ordered, size="1", color=rx.color(theme.GRAY, 11)),
                ),
                spacing="1",
                min_width="0",
            ),
            rx.vstack(
                rx.flex(
                    rx.cond(
                        row.in_jeopardy,
                        rx.badge("In jeopardy", color_scheme="red", variant="solid", high_contrast=True),
                    ),
                    rx.cond(
                        row.jeopardy != "",
                        rx.badge(row.jeopardy, color_scheme="red", variant="outline", high_contrast=True),
                    ),
                    rx.badge(row.state_words, variant="soft", high_contrast=True),
                    spacing="2",
                    wrap="wrap",
                ),
                rx.cond(
                    row.in_state != "",
                    rx.text(
                        row.in_state,
                        rx.cond(row.target != "", ", " + row.target, ""),
                        size="2",
                        weight=rx.cond(row.in_jeopardy, "bold", "regular"),
                        color=rx.cond(row.in_jeopardy, rx.color("red", 11), rx.color(theme.GRAY, 11)),
                    ),
                ),
                spacing="1",
                align="end",
            ),
            justify="between",
            spacing="3",
            wrap="wrap",
        ),
        aria_label="Order " + row.order_id,
        list_style="none",
        padding="0.75rem",
        border_bottom=theme.BORDER,
        border_left=rx.cond(row.in_jeopardy, f"4px solid {rx.color('red', 9)}", "4px solid transparent"),
        background=rx.cond(row.in_jeopardy, rx.color("red", 2), "transparent"),
    )


def _orders() -> rx.Component:
    return rx.el.section(
        rx.heading("Orders", as_="h2", size="5", margin_bottom="0.5rem"),
        rx.cond(
            QueueState.shown.length() > 0,
            rx.el.ul(
                rx.foreach(QueueState.shown, _order),
                aria_label="Store orders",
                padding="0",
                margin="0",
                width="100%",
            ),
            info_callout(
                rx.cond(QueueState.total > 0, "No orders match the filters.", "This store has no orders yet.")
            ),
        ),
        width="100%",
    )


def _phase(row: rx.Var[PhaseRow]) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(row.name),
        rx.table.cell(row.count),
        rx.table.cell(row.average),
    )


def _phases() -> rx.Component:
    return rx.el.section(
        rx.heading("Average time per phase", as_="h2", size="5", margin_bottom="0.5rem", id="phases-heading"),
        rx.cond(
            QueueState.phases.length() > 0,
            rx.table.root(
                rx.table.header(
                    rx.table.row(
                        rx.table.column_header_cell("Phase"),
                        rx.table.column_header_cell("Orders"),
                        rx.table.column_header_cell("Average"),
                    )
                ),
                rx.table.body(rx.foreach(QueueState.phases, _phase)),
                width="100%",
            ),
            info_callout("No phase has finished yet."),
        ),
        aria_labelledby="phases-heading",
        width="100%",
    )


def _refused() -> rx.Component:
    return rx.vstack(
        rx.callout.root(
            rx.callout.icon(rx.icon("lock")),
            rx.callout.text(
                "You cannot see the queue of ",
                rx.text.strong(QueueState.store_id),
                ": each store's orders are for its own staff. You work at ",
                rx.text.strong(QueueState.own_store_name),
                ".",
            ),
            color_scheme="red",
            role="alert",
            width="100%",
        ),
        rx.link("Open your store's queue", href=routes.STORE_QUEUE),
        spacing="3",
        width="100%",
    )


def _queue() -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.text("Store ", rx.text.strong(QueueState.own_store_name, data_testid="queue-store")),
            rx.text(
                rx.cond(QueueState.live, "Live", "Not live"),
                rx.cond(QueueState.last_change != "", " · last change " + QueueState.last_change, ""),
                size="2",
                color=rx.color(theme.GRAY, 11),
            ),
            justify="between",
            wrap="wrap",
            spacing="3",
            width="100%",
        ),
        rx.cond(
            QueueState.live_note != "", rx.text(QueueState.live_note, size="2", color=rx.color("red", 11))
        ),
        _counts(),
        _filters(),
        _orders(),
        _phases(),
        spacing="5",
        width="100%",
    )


def queue_page() -> rx.Component:
    return page_layout(
        rx.vstack(
            rx.link("Back to the store", href=routes.STORE, size="2"),
            rx.heading("Store queue", as_="h1", size="7"),
            rx.cond(
                QueueState.refused,
                _refused(),
                rx.cond(
                    QueueState.loading,
                    rx.text("Loading the queue…", role="status"),
                    rx.cond(QueueState.error != "", error_callout(QueueState.error), _queue()),
                ),
            ),
            spacing="4",
            width="100%",
        )
    )
