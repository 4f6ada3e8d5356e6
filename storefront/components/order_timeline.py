"""An order's progress: the usual steps as an ordered list, the state in words, what is in the order, its
fulfilment milestones and the changes this page has seen. Changes are announced politely to screen readers."""

import reflex as rx

from storefront.components import theme
from storefront.views import ItemDisplay, MilestoneDisplay, OrderDisplay, StateChangeDisplay, StepDisplay


def _step_marker(status: rx.Var[str]) -> rx.Component:
    return rx.flex(
        rx.match(
            status,
            ("done", rx.icon("check", size=14)),
            ("stopped", rx.icon("pause", size=14)),
            ("current", rx.spinner(size="1")),
            rx.box(
                width="0.5rem", height="0.5rem", border_radius="9999px", background=rx.color(theme.GRAY, 8)
            ),
        ),
        align="center",
        justify="center",
        width="1.75rem",
        height="1.75rem",
        border_radius="9999px",
        flex_shrink="0",
        color="white",
        background=rx.match(
            status,
            ("done", rx.color("green", 9)),
            ("current", rx.color(theme.ACCENT, 9)),
            ("stopped", rx.color("amber", 9)),
            rx.color(theme.GRAY, 4),
        ),
    )


def _step(step: rx.Var[StepDisplay]) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            _step_marker(step.status),
            rx.vstack(
                rx.text(step.name, size="3", weight=rx.cond(step.status == "todo", "regular", "bold")),
                rx.text(step.status_words, size="1", color=rx.color(theme.GRAY, 11)),
                spacing="0",
            ),
            align="center",
            spacing="3",
        ),
        aria_current=rx.cond((step.status == "current") | (step.status == "stopped"), "step", None),
        list_style="none",
        padding_y="0.375rem",
    )


def _item(item: rx.Var[ItemDisplay]) -> rx.Component:
    return rx.el.li(
        rx.flex(
            rx.text(rx.text.strong(item.name), " · ", item.action, size="2"),
            rx.badge(item.state_words, color_scheme=item.tone, variant="soft", high_contrast=True),
            justify="between",
            align="center",
            gap="var(--space-2)",
            wrap="wrap",
        ),
        list_style="none",
        padding_y="0.375rem",
        border_bottom=theme.BORDER,
    )


def _milestone(milestone: rx.Var[MilestoneDisplay]) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.cond(
                milestone.done,
                rx.icon("circle_check", size=16, color=rx.color("green", 10), aria_hidden="true"),
                rx.icon("circle_dashed", size=16, color=rx.color(theme.GRAY, 10), aria_hidden="true"),
            ),
            rx.text(milestone.name, size="2"),
            rx.text("— ", milestone.status_words, size="2", color=rx.color(theme.GRAY, 11)),
            rx.cond(milestone.when != "", rx.text(milestone.when, size="1", color=rx.color(theme.GRAY, 11))),
            spacing="2",
            align="center",
            wrap="wrap",
        ),
        list_style="none",
    )


def _change(change: rx.Var[StateChangeDisplay]) -> rx.Component:
    return rx.el.li(
        rx.text(rx.text.span(change.when, color=rx.color(theme.GRAY, 11)), " ", change.state_words, size="2"),
        list_style="none",
    )


def _notice(order: rx.Var[OrderDisplay]) -> rx.Component:
    """Held, pending, rejected, failed, partial, cancelling: what it means and what happens next."""
    return rx.cond(
        (order.tone != "blue") & (order.tone != "green"),
        rx.callout.root(
            rx.callout.icon(rx.icon("info")),
            rx.callout.text(rx.text.strong(order.state_words), rx.el.br(), order.explanation),
            rx.cond(
                order.reason != "",
                rx.callout.text(rx.text.strong("Reason: "), rx.text.span(order.reason, id="order-reason")),
            ),
            color_scheme=rx.match(order.tone, ("red", "red"), ("amber", "amber"), "gray"),
            role="status",
            width="100%",
        ),
        rx.fragment(
            rx.cond(order.credit_note != "", rx.text(order.credit_note, id="order-credit-note", size="2")),
            rx.text(order.explanation, size="2", color=rx.color(theme.GRAY, 11)),
        ),
    )


def order_timeline(
    order: rx.Var[OrderDisplay],
    history: rx.Var[list[StateChangeDisplay]],
    live: rx.Var[bool],
    live_note: rx.Var[str],
) -> rx.Component:
    return rx.card(
        rx.el.section(
            rx.vstack(
                rx.flex(
                    rx.heading("Progress", as_="h2", size="5", id="order-progress-heading"),
                    rx.cond(
                        live,
                        rx.badge(
                            rx.icon("radio", size=14, aria_hidden="true"),
                            "Live",
                            color_scheme="green",
                            variant="soft",
                            high_contrast=True,
                            title="This page updates by itself",
                        ),
                    ),
                    justify="between",
                    align="center",
                    width="100%",
                ),
                rx.box(
                    rx.text("Status: ", size="2", as_="span"),
                    rx.badge(order.state_words, color_scheme=order.tone, size="2", id="order-state"),
                    aria_live="polite",
                    role="status",
                ),
                _notice(order),
                rx.el.ol(rx.foreach(order.steps, _step), padding="0", margin="0", aria_label="Order steps"),
                rx.cond(live_note != "", rx.text(live_note, size="1", color=rx.color("amber", 11))),
                rx.cond(
                    order.lines.length() > 0,
                    rx.vstack(
                        rx.heading("What is in this order", as_="h3", size="3"),
                        rx.el.ul(rx.foreach(order.lines, _item), padding="0", margin="0", width="100%"),
                        spacing="1",
                        width="100%",
                    ),
                ),
                rx.cond(
                    order.milestones.length() > 0,
                    rx.vstack(
                        rx.heading("Setting up", as_="h3", size="3"),
                        rx.el.ul(rx.foreach(order.milestones, _milestone), padding="0", margin="0"),
                        spacing="1",
                    ),
                ),
                # A backend without milestones: said once, so the states alone are not taken for a fault.
                rx.cond(
                    order.progress_note != "",
                    rx.text(
                        order.progress_note,
                        size="2",
                        color=rx.color(theme.GRAY, 11),
                        id="order-progress-note",
                    ),
                ),
                rx.cond(
                    history.length() > 1,
                    rx.el.details(
                        rx.el.summary("Updates seen on this page", font_size="var(--font-size-2)"),
                        rx.el.ul(rx.foreach(history, _change), padding="0", margin="0.5rem 0 0 0"),
                    ),
                ),
                spacing="3",
                width="100%",
            ),
            aria_labelledby="order-progress-heading",
        ),
        size="3",
        width="100%",
    )
