"""The site footer: reassurance and the small print every telco page carries."""

import reflex as rx

from storefront.components import theme


def _footer_column(title: str, *lines: str) -> rx.Component:
    return rx.vstack(
        rx.text(title, size="2", weight="bold", color=rx.color(theme.GRAY, 12)),
        *[rx.text(line, size="2", color=rx.color(theme.GRAY, 11)) for line in lines],
        spacing="1",
    )


def footer() -> rx.Component:
    return rx.el.footer(
        rx.box(
            rx.grid(
                rx.vstack(
                    rx.text(theme.BRAND, size="3", weight="bold"),
                    rx.text(theme.TAGLINE, size="2", color=rx.color(theme.GRAY, 11)),
                    spacing="1",
                ),
                _footer_column("Help", f"Call us free on {theme.SUPPORT_PHONE}", theme.SUPPORT_HOURS),
                _footer_column("Good to know", "All prices include VAT.", "Prices shown are per month."),
                columns=rx.breakpoints(initial="1", sm="3"),
                spacing="5",
            ),
            rx.separator(margin_y="1.25rem"),
            rx.text(
                f"© {theme.BRAND}. A fictional operator for demonstration purposes.",
                size="1",
                color=rx.color(theme.GRAY, 11),
            ),
            max_width=theme.CONTENT_MAX_WIDTH,
            margin_x="auto",
            padding_x=theme.PAGE_PADDING_X,
            padding_y="2rem",
        ),
        background=rx.color(theme.GRAY, 2),
        border_top=theme.BORDER,
        margin_top="auto",
    )
