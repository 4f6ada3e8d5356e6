"""`/account/orders/<id>/contract-summary`: the contract summary an order was placed under, ready to print
(the header, navigation and buttons are left off the printed page: `.no-print` in assets/styles.css)."""

import reflex as rx

from storefront import routes
from storefront.components.contract_summary import contract_summary_section
from storefront.components.error_callout import error_callout
from storefront.components.layout import page_layout
from storefront.state.auth import AuthState
from storefront.state.contract_summary import ContractSummaryState

KEPT = "The contract summary you confirmed when you ordered, kept with your order."


def _actions() -> rx.Component:
    return rx.hstack(
        rx.button(
            rx.icon("printer", size=16),
            "Print",
            on_click=rx.call_script("window.print()"),
            size="2",
        ),
        rx.link("Back to the order", href=ContractSummaryState.order_url, size="2"),
        rx.link("My account", href=routes.ACCOUNT, size="2"),
        spacing="4",
        align="center",
        class_name="no-print",
    )


def contract_summary_page() -> rx.Component:
    return page_layout(
        rx.vstack(
            rx.heading("Your contract summary", as_="h1", size="7"),
            rx.cond(
                ContractSummaryState.reference != "",
                rx.text("Order ", ContractSummaryState.reference, size="3", id="summary-order-reference"),
            ),
            rx.cond(
                ContractSummaryState.error != "",
                rx.vstack(
                    error_callout(ContractSummaryState.error),
                    rx.cond(
                        ContractSummaryState.needs_sign_in,
                        rx.button("Sign in", on_click=AuthState.sign_in("", False), size="3"),
                    ),
                    spacing="3",
                    width="100%",
                ),
            ),
            rx.cond(
                ContractSummaryState.loading,
                rx.hstack(rx.spinner(size="3"), rx.text("Loading your contract summary…"), spacing="3"),
                rx.cond(
                    ContractSummaryState.contract.version != "",
                    rx.vstack(
                        _actions(),
                        contract_summary_section(ContractSummaryState.contract, "h2", KEPT),
                        spacing="4",
                        width="100%",
                    ),
                ),
            ),
            spacing="4",
            width="100%",
            max_width="48rem",
        ),
    )
