"""Labelled form fields with inline error messages, built to be found by their label."""

import reflex as rx

from storefront.components import theme

# Native <select>s, styled to sit with Radix's text fields at size 3.
SELECT_STYLE = {
    "width": "100%",
    "min_height": "var(--space-7)",
    "padding": "0 var(--space-3)",
    "font_size": "var(--font-size-3)",
    "border_radius": "var(--radius-3)",
    "border": f"1px solid {rx.color(theme.GRAY, 7)}",
    "background": "white",
    "color": rx.color(theme.GRAY, 12),
}


def text_field(
    label: str,
    *,
    name: str,
    value: rx.Var[str],
    on_change: rx.EventHandler,
    error: rx.Var[str],
    input_type: str = "text",
    autocomplete: str = "on",
    hint: str = "",
    width: str | list[str] = "100%",
    debounce_ms: int | None = None,
    **input_props: object,
) -> rx.Component:
    """A ``<label>`` tied to its input by id; the error is linked with aria-describedby and aria-invalid."""
    input_id = f"field-{name}"
    error_id = f"{input_id}-error"
    return rx.vstack(
        rx.el.label(
            label,
            html_for=input_id,
            font_weight="500",
            font_size="var(--font-size-2)",
            color=rx.color(theme.GRAY, 12),
        ),
        rx.text(hint, size="1", color=rx.color(theme.GRAY, 11)) if hint else rx.fragment(),
        rx.input(
            id=input_id,
            name=name,
            type=input_type,
            value=value,
            on_change=on_change,
            auto_complete=autocomplete,
            aria_invalid=rx.cond(error != "", "true", "false"),
            aria_describedby=rx.cond(error != "", error_id, ""),
            color_scheme=rx.cond(error != "", "red", theme.ACCENT),
            variant="surface",
            size="3",
            width="100%",
            **({"debounce_timeout": debounce_ms} if debounce_ms is not None else {}),
            **input_props,
        ),
        rx.cond(
            error != "",
            rx.text(error, id=error_id, size="2", color=rx.color("red", 11), weight="medium"),
        ),
        spacing="1",
        width=width,
    )


def error_list(messages: rx.Var[list[str]]) -> rx.Component:
    """The field problems listed inside the error callout (the GOV.UK error-summary pattern)."""
    return rx.el.ul(
        rx.foreach(messages, lambda message: rx.el.li(message)),
        margin="0",
        padding_left="1.25rem",
        font_size="var(--font-size-2)",
    )
