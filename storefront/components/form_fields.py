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


def _label(label: str, input_id: str) -> rx.Component:
    return rx.el.label(
        label,
        html_for=input_id,
        font_weight="500",
        font_size="var(--font-size-2)",
        color=rx.color(theme.GRAY, 12),
    )


def text_field(
    label: str,
    *,
    name: str,
    value: rx.Var[str] | None = None,
    on_change: rx.EventHandler | None = None,
    default_value: rx.Var[str] | None = None,
    error: rx.Var[str] | str = "",
    input_type: str = "text",
    autocomplete: str = "on",
    hint: rx.Var[str] | str = "",
    width: str | list[str] = "100%",
    debounce_ms: int | None = None,
    **input_props: object,
) -> rx.Component:
    """A ``<label>`` tied to its input by id; the hint and the error are linked with aria-describedby, the
    error also with aria-invalid.

    Controlled (``value`` and ``on_change``: the state follows each keystroke) or not (``default_value``:
    the state reads the submitted form).
    """
    input_id = f"field-{name}"
    error_id = f"{input_id}-error"
    hint_id = f"{input_id}-hint"
    error = rx.Var.create(error)
    has_hint = isinstance(hint, rx.Var) or hint != ""
    described = rx.cond(
        error != "", f"{error_id} {hint_id}" if has_hint else error_id, hint_id if has_hint else ""
    )
    state_props: dict[str, object] = {"value": value, "on_change": on_change, "default_value": default_value}
    return rx.vstack(
        _label(label, input_id),
        rx.text(hint, id=hint_id, size="1", color=rx.color(theme.GRAY, 11)) if has_hint else rx.fragment(),
        rx.input(
            id=input_id,
            name=name,
            type=input_type,
            auto_complete=autocomplete,
            aria_invalid=rx.cond(error != "", "true", "false"),
            aria_describedby=described,
            color_scheme=rx.cond(error != "", "red", theme.ACCENT),
            variant="surface",
            size="3",
            width="100%",
            **{key: prop for key, prop in state_props.items() if prop is not None},
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


def select_field(
    label: str,
    options: rx.Component,
    *,
    name: str,
    value: rx.Var[str],
    on_change: rx.EventHandler,
    width: str = "100%",
) -> rx.Component:
    """A native ``<select>`` of ``options`` with its ``<label>``, styled as the text fields."""
    select_id = f"field-{name}"
    return rx.vstack(
        _label(label, select_id),
        rx.el.select(options, id=select_id, name=name, value=value, on_change=on_change, style=SELECT_STYLE),
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
