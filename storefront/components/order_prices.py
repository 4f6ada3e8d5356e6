"""What an order costs, line by line as ordered: monthly price, its promotion or discount and their end,
one-off costs and the minimum term's end (views.order_prices)."""

import reflex as rx

from storefront.components import theme
from storefront.views import LinePriceDisplay


def _line(line: rx.Var[LinePriceDisplay]) -> rx.Component:
    muted = rx.color(theme.GRAY, 11)
    return rx.box(
        rx.hstack(
            rx.text(line.name, weight="medium"),
            rx.text(line.monthly, weight="bold", class_name="line-monthly-price"),
            justify="between",
            width="100%",
        ),
        rx.cond(
            line.detail != "", rx.text(line.detail, size="2", color=muted, class_name="line-price-detail")
        ),
        rx.text(line.one_off, size="2", color=muted),
        rx.cond(
            line.contract != "", rx.text(line.contract, size="2", color=muted, class_name="line-contract")
        ),
        role="listitem",
        width="100%",
    )


def order_prices(
    lines: rx.Var[list[LinePriceDisplay]], monthly_total: rx.Var[str], one_off_total: rx.Var[str]
) -> rx.Component:
    """The order's prices; nothing for an order that carries none (placed before prices were kept)."""
    return rx.cond(
        lines.length() > 0,
        rx.vstack(
            rx.heading("Your prices", as_="h3", size="3"),
            rx.box(rx.foreach(lines, _line), role="list", aria_label="Prices by line", width="100%"),
            rx.cond(
                monthly_total != "",
                rx.text(
                    "Monthly total now: ",
                    rx.text.strong(monthly_total, class_name="order-monthly-total"),
                    "; one-off total: ",
                    rx.text.strong(one_off_total),
                    size="2",
                ),
            ),
            rx.text("All prices include VAT.", size="1", color=rx.color(theme.GRAY, 11)),
            spacing="2",
            width="100%",
            class_name="order-prices",
        ),
    )
