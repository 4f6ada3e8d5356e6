"""Confirmation `/order/[order_id]`: the order as the BFF has it now, loaded on every page load."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout
from storefront.components.layout import page_layout
from storefront.state.order import OrderState


def _detail(label: str, value: rx.Component | rx.Var[str]) -> rx.Component:
    return rx.data_list.item(
        rx.data_list.label(label, min_width="10rem"),
        rx.data_list.value(value),
    )


def _confirmation() -> rx.Component:
    order = OrderState.order
    return rx.vstack(
        rx.hstack(
            rx.icon("circle_check_big", size=40, color=rx.color("green", 10), aria_hidden="true"),
            rx.heading("Order confirmed", as_="h1", size="8"),
            align="center",
            spacing="3",
        ),
        rx.text(
            "Thank you for your order. We will keep you updated at ",
            rx.text.strong(order.email),
            ".",
            size="3",
            color=rx.color(theme.GRAY, 11),
        ),
        rx.card(
            rx.data_list.root(
                _detail(
                    "Order reference",
                    rx.code(order.id, id="order-id", size="3", variant="ghost", weight="bold"),
                ),
                _detail(
                    "Status", rx.badge(order.state_words, color_scheme="blue", size="2", id="order-state")
                ),
                _detail("Broadband plan", order.offer_name),
                _detail("Installation address", order.address),
                _detail(
                    "Contact",
                    rx.vstack(
                        rx.text(order.contact_name), rx.text(order.email), rx.text(order.phone), spacing="1"
                    ),
                ),
                rx.cond(order.order_date != "", _detail("Order date", order.order_date)),
                orientation=rx.breakpoints(initial="vertical", sm="horizontal"),
                size="2",
            ),
            size="3",
            width="100%",
        ),
        rx.text(
            "Keep your order reference handy if you call us on ",
            theme.SUPPORT_PHONE,
            ".",
            size="2",
            color=rx.color(theme.GRAY, 11),
        ),
        rx.link("Back to the home page", href=routes.HOME, size="2"),
        spacing="4",
        width="100%",
        max_width="48rem",
    )


def order_page() -> rx.Component:
    return page_layout(
        rx.cond(
            OrderState.error != "",
            rx.vstack(
                rx.heading("Your order", as_="h1", size="8"),
                error_callout(OrderState.error),
                rx.button("Try again", on_click=OrderState.load_order, variant="soft", size="3"),
                spacing="4",
                width="100%",
            ),
            rx.cond(
                OrderState.loading & (OrderState.order.id == ""),
                rx.hstack(rx.spinner(size="3"), rx.text("Loading your order…"), align="center", spacing="3"),
                _confirmation(),
            ),
        ),
        step=4,
    )
