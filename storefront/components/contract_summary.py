"""The contract summary (Ofcom General Condition C1) as a readable, headed section: at checkout, before the
customer confirms it, and on its print-ready page in My account (the same words on both)."""

import reflex as rx

from storefront.components import theme
from storefront.views import ContractSummaryDisplay, SummaryRowDisplay

SECTION_ID = "contract-summary"


def _row(row: rx.Var[SummaryRowDisplay]) -> rx.Component:
    return rx.data_list.item(
        rx.data_list.label(row.label, min_width="12rem"),
        rx.data_list.value(row.value),
    )


BEFORE_ORDERING = "The key facts of your contract, in the form UK rules require. Read them before you order."


def contract_summary_section(
    summary: rx.Var[ContractSummaryDisplay], heading_as: str = "h3", intro: str = BEFORE_ORDERING
) -> rx.Component:
    """The summary's figures, its price rises, cancelling and ending, under one heading."""
    heading_id = f"{SECTION_ID}-heading"
    return rx.box(
        rx.heading("Contract summary", as_=heading_as, size="4", id=heading_id),
        rx.text(
            intro,
            size="2",
            color=rx.color(theme.GRAY, 11),
        ),
        rx.data_list.root(
            rx.foreach(summary.rows, _row),
            orientation=rx.breakpoints(initial="vertical", sm="horizontal"),
            size="2",
            margin_y="0.75rem",
        ),
        rx.cond(
            summary.price_rises.length() > 0,
            rx.box(
                rx.heading("Price rises during the minimum term", as_="h4", size="2"),
                rx.el.ul(rx.foreach(summary.price_rises, lambda rise: rx.el.li(rise))),
                class_name="contract-summary-rises",
            ),
        ),
        rx.heading("Changing your mind", as_="h4", size="2", margin_top="0.5rem"),
        rx.text(summary.cooling_off, size="2"),
        rx.heading("Ending your contract", as_="h4", size="2", margin_top="0.5rem"),
        rx.text(summary.how_to_end, size="2"),
        rx.text("Summary dated ", summary.issued, ".", size="1", color=rx.color(theme.GRAY, 11)),
        id=SECTION_ID,
        role="region",
        aria_labelledby=heading_id,
        background=rx.color(theme.GRAY, 2),
        border=theme.BORDER,
        border_radius="var(--radius-3)",
        padding="1rem",
        width="100%",
        class_name="contract-summary",
    )
