"""The engineer visit: at checkout, whether the chosen slot is held; on an order, the visit in plain words
and what happens next."""

import reflex as rx

from storefront.components import theme
from storefront.views import OrderDisplay


def visit_slot_status(
    holding: rx.Var[bool], hold_note: rx.Var[str], slots_error: rx.Var[str], retry: rx.EventHandler
) -> rx.Component:
    """Under the slot field: the hold on its way, the hold ("Held for you until 14:35"), or why no slot can
    be chosen with a way to ask again. Announced politely to screen readers."""
    return rx.box(
        rx.cond(
            holding,
            rx.hstack(rx.spinner(size="1"), rx.text("Holding this slot for you…", size="2"), align="center"),
            rx.cond(
                hold_note != "",
                rx.hstack(
                    rx.icon("circle_check", size=16, color=rx.color("green", 10), aria_hidden="true"),
                    rx.text(hold_note, size="2", color=rx.color("green", 11), weight="medium"),
                    align="center",
                    spacing="2",
                ),
            ),
        ),
        rx.cond(
            slots_error != "",
            rx.flex(
                rx.text(slots_error, size="2", color=rx.color("amber", 11)),
                rx.button("Look for slots again", type="button", on_click=retry, variant="soft", size="1"),
                gap="var(--space-2)",
                align="center",
                wrap="wrap",
            ),
        ),
        id="field-slot-status",
        role="status",
        aria_live="polite",
        width="100%",
    )


def order_visit(order: rx.Var[OrderDisplay]) -> rx.Component:
    """The order's engineer visit and its status, then what happens next, dated (nothing without a visit
    and nothing to come)."""
    return rx.fragment(
        rx.cond(
            order.visit != "",
            rx.hstack(
                rx.icon("calendar_clock", size=18, color=rx.color(theme.ACCENT, 10), aria_hidden="true"),
                rx.text(rx.text.strong(order.visit, class_name="order-visit"), size="3"),
                rx.cond(
                    order.visit_status != "",
                    rx.badge(order.visit_status, variant="soft", high_contrast=True),
                ),
                align="center",
                spacing="2",
                wrap="wrap",
            ),
        ),
        rx.cond(
            order.next_step != "",
            rx.text(order.next_step, size="2", color=rx.color(theme.GRAY, 11), class_name="order-next-step"),
        ),
    )
