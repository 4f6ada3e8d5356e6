"""My account's "Billing": the account, how it is paid, its charges and the first bill."""

import reflex as rx

from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.state.account_billing import AccountBillingState, ChargeDisplay


def _charge(charge: rx.Var[ChargeDisplay]) -> rx.Component:
    return rx.table.row(
        rx.table.row_header_cell(charge.name),
        rx.table.cell(charge.price, rx.cond(charge.promotion != "", rx.text(charge.promotion, size="1"))),
        rx.table.cell(charge.since),
        rx.table.cell(charge.first_bill),
    )


def _account() -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.text(rx.text.strong("Account: "), AccountBillingState.account_name),
            rx.text(
                rx.text.strong("You pay by: "),
                rx.cond(
                    AccountBillingState.payment_method != "", AccountBillingState.payment_method, "not set up"
                ),
                id="billing-payment-method",
            ),
            rx.cond(
                AccountBillingState.mandate_reference != "",
                rx.text(
                    "Direct Debit reference ",
                    AccountBillingState.mandate_reference,
                    size="1",
                    color=rx.color(theme.GRAY, 11),
                ),
            ),
            rx.cond(
                AccountBillingState.first_bill_date != "",
                rx.text(
                    "Your first bill: ",
                    rx.text.strong(AccountBillingState.first_bill_amount, id="first-bill-amount"),
                    " on ",
                    rx.text.strong(AccountBillingState.first_bill_date, id="first-bill-date"),
                    " (part of a month for the days after your broadband started, plus any one-off charges).",
                ),
                rx.text("Your first bill is worked out once your broadband starts.", size="2"),
            ),
            rx.cond(
                AccountBillingState.charges.length() > 0,
                rx.table.root(
                    rx.table.header(
                        rx.table.row(
                            rx.table.column_header_cell("Charge"),
                            rx.table.column_header_cell("Price"),
                            rx.table.column_header_cell("Billed"),
                            rx.table.column_header_cell("On your first bill"),
                        )
                    ),
                    rx.table.body(rx.foreach(AccountBillingState.charges, _charge)),
                    width="100%",
                ),
                # None yet, or a billing system that sends none: said, rather than an empty or £0 table.
                rx.text(
                    "Your charges are shown here once your broadband starts.", size="2", id="charges-not-yet"
                ),
            ),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def account_billing_section() -> rx.Component:
    """Loads when shown (the account page shows it once the customer is signed in)."""
    return rx.el.section(
        rx.heading("Billing", as_="h2", size="5", margin_bottom="0.75rem", id="billing-heading"),
        error_callout(AccountBillingState.error),
        rx.cond(
            AccountBillingState.has_account,
            _account(),
            rx.cond(
                (AccountBillingState.error == "") & ~AccountBillingState.loading,
                info_callout("No billing account yet. It is set up with your first order."),
            ),
        ),
        on_mount=AccountBillingState.load,
        aria_labelledby="billing-heading",
        width="100%",
    )
