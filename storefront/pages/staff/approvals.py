"""Approvals `/store/approvals`: the store's held orders with why and since when; managers decide."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.components.layout import page_layout
from storefront.state.staff.approvals import ApprovalRow, ApprovalsState


def _row(row: rx.Var[ApprovalRow]) -> rx.Component:
    return rx.el.li(
        rx.text("Order ", rx.text.strong(row.order_id)),
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
        list_style="none",
        padding_y="0.75rem",
        border_bottom=theme.BORDER,
    )


def approvals_page() -> rx.Component:
    return page_layout(
        rx.vstack(
            rx.link("Back to the store", href=routes.STORE, size="2"),
            rx.heading("Orders waiting for approval", as_="h1", size="7"),
            rx.text("Store ", rx.text.strong(ApprovalsState.store_id)),
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
