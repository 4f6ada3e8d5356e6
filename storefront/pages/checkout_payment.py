"""Checkout's "How you'll pay" fieldset (state: storefront/state/payment.py)."""

import reflex as rx

from storefront.components import theme
from storefront.components.form_fields import text_field
from storefront.state.payment import PaymentState


def _direct_debit() -> rx.Component:
    return rx.vstack(
        rx.text(
            "Pay by Direct Debit. Your first bill comes the month after your broadband starts.",
            size="2",
            color=rx.color(theme.GRAY, 11),
        ),
        text_field(
            "Name on the account",
            name="account_holder",
            value=PaymentState.account_holder,
            on_change=PaymentState.set_account_holder,
            error=PaymentState.account_holder_error,
            autocomplete="name",
        ),
        rx.grid(
            text_field(
                "Sort code",
                name="sort_code",
                value=PaymentState.sort_code,
                on_change=PaymentState.set_sort_code,
                error=PaymentState.sort_code_error,
                hint="6 digits, like 12-34-56",
                autocomplete="off",
                input_mode="numeric",
            ),
            text_field(
                "Account number",
                name="account_number",
                value=PaymentState.account_number,
                on_change=PaymentState.set_account_number,
                error=PaymentState.account_number_error,
                hint="8 digits",
                autocomplete="off",
                input_mode="numeric",
            ),
            columns=rx.breakpoints(initial="1", sm="2"),
            spacing="4",
            width="100%",
        ),
        spacing="3",
        width="100%",
    )


def payment_section() -> rx.Component:
    return rx.el.fieldset(
        rx.el.legend(rx.heading("How you'll pay", as_="h3", size="3"), padding="0"),
        rx.cond(
            PaymentState.existing != "",
            rx.text("You'll pay as before: ", rx.text.strong(PaymentState.existing), ".", size="2"),
            _direct_debit(),
        ),
        on_mount=PaymentState.load,
        border="none",
        padding="0",
        margin="0",
        min_width="0",
        display="flex",
        flex_direction="column",
        gap="0.75rem",
        width="100%",
    )
