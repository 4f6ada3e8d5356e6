"""The site header: brand (a link home) and the support phone number."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.state.auth import AuthState


def brand_mark() -> rx.Component:
    return rx.link(
        rx.hstack(
            rx.image(src="/logo.svg", alt="", width="32px", height="32px"),
            rx.text(
                theme.BRAND,
                size=rx.breakpoints(initial="4", sm="5"),
                weight="bold",
                color=rx.color(theme.GRAY, 12),
                white_space="nowrap",
            ),
            align="center",
            spacing="2",
        ),
        href=routes.HOME,
        underline="none",
        aria_label=f"{theme.BRAND} home",
    )


def account_controls() -> rx.Component:
    """Sign in, or who is signed in and a way out; the sign-in returns to the page it started from."""
    return rx.cond(
        AuthState.signed_in,
        rx.hstack(
            rx.text(AuthState.display_name, size="2", weight="medium", display=["none", "none", "block"]),
            rx.cond(AuthState.is_staff, rx.link("Store", href=routes.STORE, size="2", weight="medium")),
            rx.link("My account", href=routes.ACCOUNT, size="2", weight="medium"),
            rx.button("Sign out", on_click=AuthState.sign_out, variant="soft", size="2"),
            align="center",
            # Tighter on a phone, so the signed-in header stays one row at 375 px.
            spacing=rx.breakpoints(initial="2", sm="3"),
            white_space="nowrap",
        ),
        rx.button("Sign in", on_click=AuthState.sign_in("", False), variant="soft", size="2"),
    )


def header() -> rx.Component:
    return rx.el.header(
        rx.flex(
            brand_mark(),
            rx.hstack(
                rx.icon("phone", size=16, aria_hidden="true"),
                rx.text(
                    rx.text.span("Questions? ", display=["none", "inline"]),
                    rx.link(theme.SUPPORT_PHONE, href="tel:08001234567", underline="hover"),
                    size="2",
                ),
                align="center",
                spacing="1",
                color=rx.color(theme.GRAY, 11),
                # Phones have no room for it beside the account controls; the footer has the number too.
                display=["none", "flex"],
            ),
            account_controls(),
            justify="between",
            align="center",
            # One row, also on a phone signed in: the brand, then the account controls.
            wrap="nowrap",
            gap="var(--space-2)",
            max_width=theme.CONTENT_MAX_WIDTH,
            margin_x="auto",
            padding_x=theme.PAGE_PADDING_X,
            padding_y="0.875rem",
        ),
        background="white",
        border_bottom=theme.BORDER,
        position="sticky",
        top="0",
        z_index="10",
    )
