"""Where the sign-in service sends the browser back; the state finishes the sign-in and moves on."""

import reflex as rx

from storefront.components.layout import page_layout


def auth_callback_page() -> rx.Component:
    return page_layout(
        rx.hstack(
            rx.spinner(size="3"),
            rx.text("Signing you in…", size="4"),
            align="center",
            spacing="3",
            role="status",
        ),
    )
