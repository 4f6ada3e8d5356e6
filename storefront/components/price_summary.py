"""The live price of the basket, from the BFF quote; announced politely to screen readers on change."""

import reflex as rx

from storefront.components import theme
from storefront.components.ticked_basket import TICKED
from storefront.views import PriceLineDisplay, PriceSummaryDisplay


def _line(line: rx.Var[PriceLineDisplay]) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(line.name, font_weight="400"),
        rx.table.cell(line.monthly, text_align="right"),
        rx.table.cell(line.one_off, text_align="right"),
    )


def _total(label: str | rx.Var[str], value: rx.Var[str], element_id: str) -> rx.Component:
    return rx.hstack(
        rx.text(label, size="3", weight="medium"),
        rx.text(value, id=element_id, size="5", weight="bold"),
        justify="between",
        align="baseline",
        width="100%",
    )


def price_summary(
    summary: rx.Var[PriceSummaryDisplay],
    loading: rx.Var[bool],
    error: rx.Var[str],
    ahead: rx.Var[dict[str, PriceSummaryDisplay]],
    basket_key: rx.Var[str],
) -> rx.Component:
    """`summary`, `loading` and `error` are the server's word on its basket (`basket_key`); `ahead` holds
    quotes by basket, so the basket ticked in the browser shows its price before the server has seen the
    tick, and one that is in neither shows as updating rather than with the price of another basket."""
    ticked = TICKED.value.to(str)
    known = ahead.contains(ticked)
    on_its_way = (ticked != "") & (ticked != basket_key)
    summary = rx.cond(known, ahead[ticked], summary).to(PriceSummaryDisplay)
    loading = rx.cond(known, False, loading | on_its_way).to(bool)
    error = rx.cond(known | on_its_way, "", error).to(str)
    return rx.card(
        rx.el.section(
            rx.vstack(
                rx.hstack(
                    rx.heading("Your price", as_="h2", size="5", id="price-summary-heading"),
                    # Radix's Spinner drops `role`, and axe refuses an aria-label on a span without one:
                    # the name sits on a wrapper that has the role (the section is already aria-busy).
                    rx.cond(
                        loading,
                        rx.el.span(rx.spinner(size="2"), role="img", aria_label="Updating price"),
                    ),
                    justify="between",
                    align="center",
                    width="100%",
                ),
                rx.cond(
                    error != "",
                    rx.text(error, size="2", color=rx.color("red", 11)),
                    rx.cond(
                        summary.quote_id != "",
                        rx.vstack(
                            rx.table.root(
                                rx.table.header(
                                    rx.table.row(
                                        rx.table.column_header_cell("Item"),
                                        rx.table.column_header_cell("Monthly", text_align="right"),
                                        rx.table.column_header_cell("One-off", text_align="right"),
                                    )
                                ),
                                rx.table.body(rx.foreach(summary.lines, _line)),
                                size="1",
                                width="100%",
                            ),
                            _total("Monthly total", summary.monthly, "price-monthly-total"),
                            _total("One-off total", summary.one_off, "price-one-off-total"),
                            rx.cond(
                                summary.term_total != "",
                                _total(summary.term_label, summary.term_total, "price-term-total"),
                            ),
                            rx.cond(
                                summary.promotion != "",
                                rx.callout.root(
                                    rx.callout.icon(rx.icon("tag")),
                                    rx.callout.text(
                                        rx.text.strong("Introductory offer: "),
                                        rx.text.span(summary.promotion, id="price-promotion"),
                                    ),
                                    color_scheme="green",
                                    size="1",
                                    width="100%",
                                ),
                            ),
                            rx.text("All prices include VAT.", size="1", color=rx.color(theme.GRAY, 11)),
                            spacing="3",
                            width="100%",
                        ),
                        rx.text("Working out your price…", size="2", color=rx.color(theme.GRAY, 11)),
                    ),
                ),
                spacing="3",
                width="100%",
            ),
            aria_labelledby="price-summary-heading",
            aria_live="polite",
            aria_busy=loading,
        ),
        size="3",
        width="100%",
    )
