"""Confirmation `/order/[order_id]`: the order, its progress as a timeline that updates itself, cancelling."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout
from storefront.components.form_fields import SELECT_STYLE
from storefront.components.layout import page_layout
from storefront.components.order_prices import order_prices
from storefront.components.order_timeline import order_timeline
from storefront.components.visit import order_visit
from storefront.state.auth import AuthState
from storefront.state.order import OrderState
from storefront.views import SlotDisplay


def _detail(label: str, value: rx.Component | rx.Var[str]) -> rx.Component:
    return rx.data_list.item(
        rx.data_list.label(label, min_width="10rem"),
        rx.data_list.value(value),
    )


def _heading() -> rx.Component:
    state = OrderState.order.state
    return rx.hstack(
        rx.cond(
            (state == "rejected") | (state == "failed") | (state == "cancelled"),
            rx.icon("circle_alert", size=40, color=rx.color("red", 10), aria_hidden="true"),
            rx.icon("circle_check_big", size=40, color=rx.color("green", 10), aria_hidden="true"),
        ),
        rx.heading(
            rx.match(
                state,
                ("completed", "Your broadband is ready"),
                ("rejected", "We could not accept your order"),
                ("failed", "We could not finish your order"),
                ("cancelled", "Order cancelled"),
                "Order confirmed",
            ),
            as_="h1",
            size=rx.breakpoints(initial="7", sm="8"),
        ),
        align="center",
        spacing="3",
    )


def _deposit_panel() -> rx.Component:
    """The credit check accepts the order with a refundable deposit: accept it, or choose another plan."""
    deposit = OrderState.order.deposit
    return rx.cond(
        deposit != "",
        rx.card(
            rx.el.section(
                rx.heading("A deposit is needed", as_="h2", size="4", id="deposit-heading"),
                rx.text(
                    "Our credit check accepts your order with a refundable deposit of ",
                    rx.text.strong(deposit, id="deposit-amount"),
                    ". It is taken with your first bill and refunded with your final one. Accept it and "
                    "your order goes ahead, or choose another plan.",
                    size="3",
                ),
                error_callout(OrderState.deposit_error),
                rx.flex(
                    rx.button(
                        "Accept the " + deposit + " deposit",
                        on_click=OrderState.accept_deposit,
                        loading=OrderState.deposit_busy,
                        size="3",
                    ),
                    rx.button(
                        "Choose another plan",
                        on_click=OrderState.choose_another_plan,
                        disabled=OrderState.deposit_busy,
                        variant="soft",
                        size="3",
                    ),
                    gap="var(--space-3)",
                    wrap="wrap",
                    margin_top="0.75rem",
                ),
                aria_labelledby="deposit-heading",
            ),
            size="2",
            width="100%",
        ),
    )


def _cancel_panel() -> rx.Component:
    """Cancelling while TMF622 still allows it: a short confirmation form, never a single stray click."""
    return rx.cond(
        OrderState.order.cancellable,
        rx.card(
            rx.cond(
                OrderState.cancel_open,
                rx.form(
                    rx.vstack(
                        rx.heading("Cancel this order?", as_="h2", size="4"),
                        rx.text(
                            "You can cancel until we start installing. You will not be charged.",
                            size="2",
                            color=rx.color(theme.GRAY, 11),
                        ),
                        error_callout(OrderState.cancel_error),
                        rx.el.label("Why are you cancelling? (optional)", html_for="cancel-reason"),
                        rx.input(
                            id="cancel-reason",
                            name="reason",
                            value=OrderState.cancel_reason,
                            on_change=OrderState.set_cancel_reason,
                            size="3",
                            width="100%",
                        ),
                        rx.flex(
                            rx.button(
                                "Confirm cancellation",
                                type="submit",
                                color_scheme="red",
                                loading=OrderState.cancelling,
                                size="3",
                            ),
                            rx.button(
                                "Keep my order",
                                type="button",
                                variant="soft",
                                on_click=OrderState.close_cancel,
                                size="3",
                            ),
                            gap="var(--space-3)",
                            wrap="wrap",
                        ),
                        spacing="3",
                        align="start",
                    ),
                    on_submit=OrderState.cancel_order,
                    reset_on_submit=False,
                    aria_label="Cancel this order",
                ),
                rx.flex(
                    rx.text("Changed your mind? You can cancel until we start installing.", size="2"),
                    rx.button(
                        "Cancel this order",
                        variant="outline",
                        color_scheme="red",
                        on_click=OrderState.open_cancel,
                    ),
                    justify="between",
                    align="center",
                    gap="var(--space-3)",
                    wrap="wrap",
                ),
            ),
            size="2",
            width="100%",
        ),
    )


def _slot_option(slot: rx.Var[SlotDisplay]) -> rx.Component:
    return rx.el.option(slot.label, value=slot.id)


def _visit_change() -> rx.Component:
    """While the order waits for its visit: move it to another free slot, or cancel it after a short
    confirmation (a cancelled visit is booked again the same way). Refusals are said in plain words."""
    picker = rx.form(
        rx.vstack(
            rx.el.label(
                "New day and time",
                html_for="visit-new-slot",
                font_weight="500",
                font_size="var(--font-size-2)",
            ),
            rx.el.select(
                rx.el.option(
                    rx.cond(OrderState.visit_loading, "Finding free slots…", "Choose a day and time"),
                    value="",
                ),
                rx.foreach(OrderState.visit_slots, _slot_option),
                id="visit-new-slot",
                name="slot",
                value=OrderState.visit_slot,
                on_change=OrderState.set_visit_slot,
                style=SELECT_STYLE,
            ),
            rx.flex(
                rx.button(
                    rx.cond(OrderState.visit_cancelled, "Book this visit", "Move my visit"),
                    type="submit",
                    loading=OrderState.visit_busy,
                    disabled=OrderState.visit_slot == "",
                ),
                rx.button(
                    rx.cond(OrderState.visit_cancelled, "Not now", "Keep my visit"),
                    type="button",
                    variant="soft",
                    on_click=OrderState.close_visit_change,
                ),
                gap="var(--space-3)",
                wrap="wrap",
            ),
            spacing="2",
            align="start",
            width="100%",
        ),
        on_submit=OrderState.change_visit,
        reset_on_submit=False,
        aria_label="Change your engineer visit",
        width="100%",
    )
    confirm_cancel = rx.vstack(
        rx.text(
            "Cancel your engineer visit? Your order waits until you choose a new slot.",
            size="2",
            weight="medium",
        ),
        rx.flex(
            rx.button(
                "Confirm visit cancellation",
                color_scheme="red",
                loading=OrderState.visit_busy,
                on_click=OrderState.cancel_visit,
            ),
            rx.button("Keep my visit", variant="soft", on_click=OrderState.close_visit_cancel),
            gap="var(--space-3)",
            wrap="wrap",
        ),
        spacing="2",
        align="start",
    )
    buttons = rx.flex(
        rx.button(
            rx.cond(OrderState.visit_cancelled, "Choose a new slot", "Change visit"),
            variant="outline",
            on_click=OrderState.open_visit_change,
        ),
        rx.cond(
            ~OrderState.visit_cancelled,
            rx.button(
                "Cancel visit", variant="outline", color_scheme="red", on_click=OrderState.open_visit_cancel
            ),
        ),
        gap="var(--space-3)",
        wrap="wrap",
    )
    return rx.fragment(
        rx.cond(
            OrderState.visit_message != "",
            rx.callout(OrderState.visit_message, icon="info", role="status", size="1", width="100%"),
        ),
        error_callout(OrderState.visit_error),
        rx.cond(
            OrderState.visit_changeable,
            rx.cond(
                OrderState.visit_open,
                picker,
                rx.cond(OrderState.visit_cancel_open, confirm_cancel, buttons),
            ),
        ),
    )


def _confirmation() -> rx.Component:
    order = OrderState.order
    return rx.vstack(
        _heading(),
        rx.text(
            # A change of a line carries no contact e-mail: then the sentence names none.
            rx.cond(
                order.email != "",
                rx.fragment("Thank you. We will keep you updated at ", rx.text.strong(order.email), ". "),
                "Thank you. ",
            ),
            "This page updates by itself — there is no need to reload it.",
            size="3",
            color=rx.color(theme.GRAY, 11),
            overflow_wrap="anywhere",
        ),
        rx.cond(
            OrderState.cancel_message != "",
            rx.callout(OrderState.cancel_message, icon="info", role="status", width="100%"),
        ),
        _deposit_panel(),
        rx.cond(
            (order.visit != "") | (order.next_step != ""),
            rx.card(
                rx.el.section(
                    rx.heading(
                        # Once nothing more is to come, the card only recalls the visit.
                        rx.cond(order.next_step != "", "What happens next", "Your engineer visit"),
                        as_="h2",
                        size="4",
                        id="order-next-heading",
                    ),
                    rx.vstack(order_visit(order), _visit_change(), spacing="2", margin_top="0.5rem"),
                    aria_labelledby="order-next-heading",
                ),
                size="2",
                width="100%",
            ),
        ),
        order_timeline(order, OrderState.history, OrderState.live, OrderState.live_note),
        rx.card(
            rx.data_list.root(
                _detail(
                    "Order reference",
                    rx.code(order.reference, id="order-reference", size="3", variant="ghost", weight="bold"),
                ),
                _detail("Type", order.kind),
                _detail("Broadband plan", order.offer_name),
                rx.cond(
                    order.options.length() > 0,
                    _detail("Options", rx.vstack(rx.foreach(order.options, rx.text), spacing="1")),
                ),
                _detail("Installation address", order.address),
                rx.cond(order.visit != "", _detail("Appointment", rx.text(order.visit, id="order-visit"))),
                rx.cond(
                    order.contact_name != "",
                    _detail(
                        "Contact",
                        rx.vstack(
                            rx.text(order.contact_name),
                            rx.text(order.email),
                            rx.text(order.phone),
                            spacing="1",
                        ),
                    ),
                ),
                rx.cond(order.order_date != "", _detail("Order date", order.order_date)),
                orientation=rx.breakpoints(initial="vertical", sm="horizontal"),
                size="2",
            ),
            size="3",
            width="100%",
        ),
        rx.cond(
            order.prices.length() > 0,
            rx.card(
                order_prices(order.prices, order.monthly_total, order.one_off_total), size="3", width="100%"
            ),
        ),
        _cancel_panel(),
        rx.text(
            "Keep your order reference handy if you call us on ",
            theme.SUPPORT_PHONE,
            ".",
            size="2",
            color=rx.color(theme.GRAY, 11),
        ),
        rx.flex(
            rx.cond(AuthState.signed_in, rx.link("See all your orders", href=routes.ACCOUNT, size="2")),
            rx.cond(
                order.contract_summary_url != "",
                rx.link(
                    "Your contract summary (to print)",
                    href=order.contract_summary_url,
                    size="2",
                    id="contract-summary-link",
                ),
            ),
            rx.link("Back to the home page", href=routes.HOME, size="2"),
            gap="var(--space-4)",
            wrap="wrap",
        ),
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
                rx.cond(
                    OrderState.needs_sign_in,
                    rx.button("Sign in", on_click=AuthState.sign_in("", False), size="3"),
                    rx.button("Try again", on_click=OrderState.load_order, variant="soft", size="3"),
                ),
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
