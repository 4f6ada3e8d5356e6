"""My account `/account`: orders (each opens its live tracking page, where it can be cancelled) and broadband
lines, whose speed can be changed or which can be ended; a line shows its monthly price and its add-ons
under it (no change or end of their own), an ended line says when it ended."""

import reflex as rx

from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.components.form_fields import SELECT_STYLE
from storefront.components.layout import page_layout
from storefront.components.order_prices import order_prices
from storefront.components.visit import order_visit
from storefront.pages.account_billing import account_billing_section
from storefront.pages.account_quotes import account_quotes_section
from storefront.state.account import AccountState
from storefront.state.auth import AuthState
from storefront.views import LineAddOnDisplay, OfferDisplay, OrderDisplay, ProductDisplay


def _order_row(order: rx.Var[OrderDisplay]) -> rx.Component:
    return rx.el.li(
        rx.flex(
            rx.vstack(
                rx.link(
                    "Order ",
                    order.reference,
                    href="/order/" + order.id,
                    weight="medium",
                    class_name="order-link",
                ),
                rx.text(order.kind, " · ", order.offer_name, size="2"),
                order_prices(order.prices, order.monthly_total, order.one_off_total),
                rx.cond(
                    order.contract_summary_url != "",
                    rx.link(
                        "Contract summary",
                        href=order.contract_summary_url,
                        size="2",
                        class_name="contract-summary-link",
                    ),
                ),
                rx.cond(
                    order.order_date != "",
                    rx.text("Ordered ", order.order_date, size="1", color=rx.color(theme.GRAY, 11)),
                ),
                order_visit(order),
                spacing="1",
                min_width="0",
            ),
            rx.badge(
                order.state_words.split(" — ")[0], color_scheme=order.tone, variant="soft", high_contrast=True
            ),
            justify="between",
            align="start",
            gap="var(--space-3)",
        ),
        list_style="none",
        padding_y="0.75rem",
        border_bottom=theme.BORDER,
        overflow_wrap="anywhere",
    )


def _orders() -> rx.Component:
    return rx.el.section(
        rx.heading("Your orders", as_="h2", size="5", margin_bottom="0.75rem", id="orders-heading"),
        error_callout(AccountState.orders_error),
        rx.cond(
            AccountState.orders.length() > 0,
            rx.el.ul(rx.foreach(AccountState.orders, _order_row), padding="0", margin="0", width="100%"),
            rx.cond(AccountState.orders_error == "", info_callout("You have no orders yet.")),
        ),
        rx.cond(
            AccountState.orders_note != "",
            rx.text(AccountState.orders_note, size="1", color=rx.color(theme.GRAY, 11), margin_top="0.5rem"),
        ),
        rx.text(
            "Open an order to follow it live or to cancel it while that is still possible.",
            size="2",
            color=rx.color(theme.GRAY, 11),
            margin_top="0.5rem",
        ),
        aria_labelledby="orders-heading",
        width="100%",
    )


def _speed_option(offer: rx.Var[OfferDisplay]) -> rx.Component:
    return rx.el.option(offer.name, " — ", offer.speed, " — ", offer.monthly, value=offer.id)


def _change_form(product: rx.Var[ProductDisplay]) -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.el.label("New speed", html_for="field-new-offer", font_weight="500"),
            rx.cond(
                AccountState.speed_choices.length() > 0,
                rx.el.select(
                    rx.el.option("Choose a speed", value=""),
                    rx.foreach(AccountState.speed_choices, _speed_option),
                    id="field-new-offer",
                    name="offer_id",
                    value=AccountState.new_offer_id,
                    on_change=AccountState.set_new_offer_id,
                    style=SELECT_STYLE,
                ),
                rx.text("No other speed is on sale for this line right now.", size="2"),
            ),
            rx.text(
                "The new speed starts once the change is done; your contract carries on.",
                size="1",
                color=rx.color(theme.GRAY, 11),
            ),
            rx.flex(
                rx.button("Confirm speed change", type="submit", loading=AccountState.busy, size="3"),
                rx.button(
                    "Keep my speed",
                    type="button",
                    variant="soft",
                    on_click=AccountState.stop_action,
                    size="3",
                ),
                gap="var(--space-3)",
                wrap="wrap",
            ),
            spacing="2",
            align="start",
            width="100%",
        ),
        on_submit=AccountState.change_speed,
        reset_on_submit=False,
        aria_label="Change speed of " + product.name,
        width="100%",
    )


def _end_form(product: rx.Var[ProductDisplay]) -> rx.Component:
    return rx.form(
        rx.vstack(
            rx.text(
                rx.text.strong("End this broadband line?"),
                " We stop the service and send you a final bill.",
                size="2",
            ),
            # The early-termination charge in pounds and pence, seen before confirming (the BFF refuses a
            # cease whose charge was not accepted).
            rx.cond(
                product.end_terms != "",
                rx.callout(
                    product.end_terms,
                    icon="info",
                    color_scheme=rx.cond(product.end_charge != "", "amber", "green"),
                    role="status",
                    id="end-terms-" + product.id,
                    width="100%",
                ),
                rx.text("Ending early may have a charge under your contract.", size="2"),
            ),
            rx.el.label("Why are you leaving? (optional)", html_for="field-end-reason"),
            rx.input(id="field-end-reason", name="reason", size="3", width="100%"),
            rx.flex(
                rx.button(
                    "Confirm end of line",
                    type="submit",
                    color_scheme="red",
                    loading=AccountState.busy,
                    size="3",
                ),
                rx.button(
                    "Keep my line", type="button", variant="soft", on_click=AccountState.stop_action, size="3"
                ),
                gap="var(--space-3)",
                wrap="wrap",
            ),
            spacing="2",
            align="start",
            width="100%",
        ),
        on_submit=AccountState.end_line,
        reset_on_submit=False,
        aria_label="End " + product.name,
        width="100%",
    )


def _add_on(add_on: rx.Var[LineAddOnDisplay]) -> rx.Component:
    """An add-on under its line: no speed to change and no end of its own (it changes with the line)."""
    return rx.el.li(
        rx.flex(
            rx.text(add_on.name, size="2", weight="medium"),
            rx.text(add_on.price, size="2", color=rx.color(theme.GRAY, 11)),
            rx.cond(
                add_on.status_words != "Active",
                rx.badge(add_on.status_words, color_scheme="gray", high_contrast=True),
            ),
            justify="between",
            gap="var(--space-2)",
            wrap="wrap",
        ),
        list_style="none",
        padding_y="0.25rem",
    )


def _add_ons(product: rx.Var[ProductDisplay]) -> rx.Component:
    return rx.cond(
        product.add_ons.length() > 0,
        rx.vstack(
            rx.text("Add-ons", size="2", weight="medium", id="add-ons-" + product.id),
            rx.el.ul(
                rx.foreach(product.add_ons, _add_on),
                aria_labelledby="add-ons-" + product.id,
                padding="0",
                margin="0",
                width="100%",
            ),
            spacing="1",
            width="100%",
            padding_top="0.5rem",
            border_top=theme.BORDER,
        ),
    )


def _product(product: rx.Var[ProductDisplay]) -> rx.Component:
    heading_id = "product-" + product.id
    return rx.card(
        rx.el.article(
            rx.vstack(
                rx.flex(
                    rx.heading(product.name, as_="h3", size="4", id=heading_id),
                    rx.badge(
                        product.status_words,
                        color_scheme=rx.cond(product.active, "green", "gray"),
                        high_contrast=True,
                    ),
                    justify="between",
                    align="center",
                    width="100%",
                    gap="var(--space-2)",
                ),
                rx.text(product.technology, " · ", product.speed, size="2", color=rx.color(theme.GRAY, 11)),
                rx.cond(product.monthly != "", rx.text(product.monthly, size="3", weight="medium")),
                rx.cond(product.address != "", rx.text(product.address, size="2")),
                rx.cond(
                    product.since != "",
                    rx.text("Since ", product.since, size="1", color=rx.color(theme.GRAY, 11)),
                ),
                rx.cond(
                    product.ended_on != "",
                    rx.text("Ended ", product.ended_on, size="2", weight="medium"),
                ),
                _add_ons(product),
                rx.cond(
                    AccountState.changing_product_id == product.id,
                    _change_form(product),
                    rx.cond(
                        AccountState.ending_product_id == product.id,
                        _end_form(product),
                        rx.cond(
                            product.active,
                            rx.flex(
                                rx.button(
                                    "Change speed",
                                    on_click=AccountState.start_change(product.id),
                                    aria_label="Change speed of " + product.name,
                                    variant="soft",
                                ),
                                rx.button(
                                    "End this line",
                                    on_click=AccountState.start_end(product.id),
                                    aria_label="End this line: " + product.name,
                                    variant="outline",
                                    color_scheme="red",
                                ),
                                gap="var(--space-3)",
                                wrap="wrap",
                            ),
                        ),
                    ),
                ),
                spacing="2",
                width="100%",
            ),
            aria_labelledby=heading_id,
        ),
        size="3",
        width="100%",
    )


def _products() -> rx.Component:
    return rx.el.section(
        rx.heading("Your broadband", as_="h2", size="5", margin_bottom="0.75rem", id="products-heading"),
        error_callout(AccountState.products_error),
        error_callout(AccountState.action_error),
        rx.cond(
            AccountState.products.length() > 0,
            rx.grid(
                rx.foreach(AccountState.products, _product),
                columns=rx.breakpoints(initial="1", md="2"),
                spacing="4",
                width="100%",
            ),
            rx.cond(
                AccountState.products_error == "",
                info_callout("No broadband lines yet. A line appears here once its order is completed."),
            ),
        ),
        aria_labelledby="products-heading",
        width="100%",
    )


def account_page() -> rx.Component:
    return page_layout(
        rx.flex(
            rx.heading("My account", as_="h1", size="8"),
            rx.button("Refresh", on_click=AccountState.load, variant="soft", loading=AccountState.loading),
            justify="between",
            align="center",
            width="100%",
            gap="var(--space-3)",
        ),
        rx.cond(
            AuthState.signed_in,
            rx.vstack(
                rx.text("Signed in as ", rx.text.strong(AuthState.display_name), size="2"),
                _products(),
                account_billing_section(),
                account_quotes_section(),
                _orders(),
                spacing="6",
                width="100%",
            ),
            rx.hstack(rx.spinner(size="3"), rx.text("Taking you to sign in…"), align="center", spacing="3"),
        ),
    )
