"""Approvals `/store/approvals`: the store's held orders with why and since when; managers decide."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.components.layout import page_layout
from storefront.state.staff.approvals import ApprovalRow, ApprovalsState


def _fact(label: str, value: rx.Var[str] | str, testid: str) -> rx.Component:
    return rx.fragment(
        rx.el.dt(label, color=rx.color(theme.GRAY, 11)),
        rx.el.dd(value, margin="0", data_testid=testid),
    )


def _row(row: rx.Var[ApprovalRow]) -> rx.Component:
    return rx.el.li(
        rx.flex(
            rx.text(rx.text.strong(row.customer), " · ", row.plan, data_testid="approval-customer-plan"),
            rx.badge(
                row.waiting,
                variant="soft",
                color_scheme="amber",
                high_contrast=True,
                data_testid="approval-waiting",
            ),
            spacing="3",
            align="center",
            wrap="wrap",
        ),
        rx.el.dl(
            _fact("List price", row.list_price, "approval-list-price"),
            _fact("Discount", row.discount, "approval-discount"),
            _fact("Price after discount", row.price_after_discount, "approval-price-after"),
            _fact("Agent", row.agent, "approval-agent"),
            _fact("Store", row.store, "approval-store"),
            _fact("Order", row.order_id, "approval-order"),
            display="grid",
            grid_template_columns="max-content 1fr",
            column_gap="1rem",
            row_gap="0.25rem",
            margin_y="0.5rem",
            font_size="var(--font-size-2)",
        ),
        rx.text("Why held: ", row.reason, size="2"),
        rx.text("Held since ", row.held_since, size="2", color=rx.color(theme.GRAY, 11)),
        rx.cond(
            ApprovalsState.is_manager,
            rx.hstack(
                rx.button(
                    "Approve",
                    on_click=ApprovalsState.approve(row.order_id),
                    loading=ApprovalsState.busy,
                    aria_label="Approve order " + row.order_id,
                ),
                rx.button(
                    "Reject",
                    on_click=ApprovalsState.start_reject(row.order_id),
                    variant="soft",
                    color_scheme="red",
                    aria_label="Reject order " + row.order_id,
                ),
                margin_top="0.5rem",
            ),
        ),
        rx.cond(
            ApprovalsState.rejecting_id == row.order_id,
            rx.form(
                rx.el.label(
                    "Reason", html_for="reject-reason", font_weight="500", font_size="var(--font-size-2)"
                ),
                rx.text_area(
                    id="reject-reason",
                    name="reason",
                    value=ApprovalsState.reject_reason,
                    on_change=ApprovalsState.set_reject_reason,
                ),
                rx.button(
                    "Confirm rejection", type="submit", color_scheme="red", loading=ApprovalsState.busy
                ),
                on_submit=ApprovalsState.reject,
                margin_top="0.5rem",
            ),
        ),
        data_testid="approval",
        list_style="none",
        padding_y="0.75rem",
        border_bottom=theme.BORDER,
    )


def approvals_page() -> rx.Component:
    return page_layout(
        rx.vstack(
            rx.link("Back to the store", href=routes.STORE, size="2"),
            rx.heading("Orders waiting for approval", as_="h1", size="7"),
            rx.text("Store ", rx.text.strong(ApprovalsState.store_name)),
            rx.cond(
                ~ApprovalsState.is_manager,
                info_callout("Only a manager can approve or reject these orders."),
            ),
            error_callout(ApprovalsState.error),
            rx.cond(
                ApprovalsState.decision != "",
                rx.flex(
                    rx.text(ApprovalsState.decision, weight="bold"),
                    rx.badge(ApprovalsState.decision_state, variant="soft", high_contrast=True),
                    role="status",
                    spacing="2",
                    align="center",
                ),
            ),
            rx.cond(
                ApprovalsState.loading,
                rx.text("Loading…", role="status"),
                rx.cond(
                    ApprovalsState.approvals.length() > 0,
                    rx.el.ul(
                        rx.foreach(ApprovalsState.approvals, _row), padding="0", margin="0", width="100%"
                    ),
                    info_callout("No orders are waiting for approval."),
                ),
            ),
            spacing="4",
            width="100%",
        )
    )
