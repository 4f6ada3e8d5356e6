"""The one way errors are shown: a red callout with role="alert" so screen readers announce it."""

import reflex as rx


def error_callout(message: rx.Var[str], *details: rx.Component) -> rx.Component:
    """Shown only while ``message`` is not empty; ``details`` (e.g. a list of field problems) go below it."""
    return rx.cond(
        message != "",
        rx.callout.root(
            rx.callout.icon(rx.icon("triangle_alert")),
            rx.callout.text(message, weight="medium"),
            *details,
            color_scheme="red",
            role="alert",
            size="2",
            width="100%",
        ),
    )


def info_callout(message: str | rx.Var[str], icon: str = "info") -> rx.Component:
    """A calm, non-error notice (e.g. nothing available at an address)."""
    return rx.callout(message, icon=icon, color_scheme="gray", variant="surface", size="2", width="100%")
