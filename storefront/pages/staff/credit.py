"""The credit queue `/store/credit`: one list across channels; the credit team approves or declines."""

import reflex as rx

from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.components.layout import page_layout
from storefront.state.staff.credit import CreditState, ReferralRow


def _fact(label: str, value: rx.Var[str] | str, testid: str) -> rx.Component:
    return rx.fragment(
        rx.el.dt(label, color=rx.color(theme.GRAY, 11)),
        rx.el.dd(value, margin="0", data_testid=testid),
    )


def _decision_form(row: rx.Var[ReferralRow]) -> rx.Component:
    return rx.form(
        rx.el.label(
            rx.cond(
                CreditState.approving, "Reason for approving", "Reason for declining (the customer sees it)"
            ),
            html_for="credit-reason",
            font_weight="500",
            font_size="var(--font-size-2)",
        ),
        rx.text_area(
            id="credit-reason", name="reason", value=CreditState.reason, on_change=CreditState.set_reason
        ),
        rx.hstack(
            rx.button(
                rx.cond(CreditState.approving, "Confirm approval", "Confirm decline"),
                type="submit",
                color_scheme=rx.cond(CreditState.approving, "green", "red"),
                loading=CreditState.busy,
            ),
            rx.button("Not now", type="button", variant="soft", on_click=CreditState.cancel_decision),
            margin_top="0.5rem",
        ),
        on_submit=CreditState.decide,
        margin_top="0.5rem",
    )


def _row(row: rx.Var[ReferralRow]) -> rx.Component:
    return rx.el.li(
        rx.flex(
            rx.text(rx.text.strong(row.customer), " · ", row.plan, data_testid="referral-customer-plan"),
            rx.badge(
                row.kind,
                variant="soft",
                color_scheme="amber",
                high_contrast=True,
                data_testid="referral-kind",
            ),
            rx.badge(row.waiting, variant="soft", high_contrast=True),
            spacing="3",
            align="center",
            wrap="wrap",
        ),
        rx.el.dl(
            _fact("Why held", row.reason, "referral-reason"),
            _fact("Ordered", row.channel, "referral-channel"),
            _fact("Address", row.address, "referral-address"),
            _fact("Order", row.order_id, "referral-order"),
            _fact("Held since", row.held_since, "referral-held-since"),
            display="grid",
            grid_template_columns="max-content 1fr",
            column_gap="1rem",
            row_gap="0.25rem",
            margin_y="0.5rem",
            font_size="var(--font-size-2)",
        ),
        rx.hstack(
            rx.button(
                "Approve",
                on_click=CreditState.start_decision(row.order_id, True),
                aria_label="Approve order " + row.order_id,
            ),
            rx.button(
                "Decline",
                on_click=CreditState.start_decision(row.order_id, False),
                variant="soft",
                color_scheme="red",
                aria_label="Decline order " + row.order_id,
            ),
        ),
        rx.cond(CreditState.deciding_id == row.order_id, _decision_form(row)),
        data_testid="referral",
        list_style="none",
        padding_y="0.75rem",
        border_bottom=theme.BORDER,
    )


def credit_page() -> rx.Component:
    return page_layout(
        rx.vstack(
            rx.heading("Credit referrals", as_="h1", size="7"),
            rx.text(
                "Orders from every channel held by the credit check or fraud screening. The reasons shown "
                "here are for staff only.",
                size="2",
                color=rx.color(theme.GRAY, 11),
            ),
            error_callout(CreditState.error),
            rx.cond(
                CreditState.decision != "",
                rx.flex(
                    rx.text(CreditState.decision, weight="bold"),
                    rx.badge(CreditState.decision_state, variant="soft", high_contrast=True),
                    role="status",
                    spacing="2",
                    align="center",
                ),
            ),
            rx.cond(
                CreditState.loading,
                rx.text("Loading…", role="status"),
                rx.cond(
                    CreditState.referrals.length() > 0,
                    rx.el.ul(rx.foreach(CreditState.referrals, _row), padding="0", margin="0", width="100%"),
                    info_callout("No orders are waiting for a credit decision."),
                ),
            ),
            spacing="4",
            width="100%",
        )
    )
