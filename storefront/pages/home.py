"""Home `/`: the promise, and the address form that starts every order."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.address_check import address_check_form
from storefront.components.fetched_ahead import results_hidden
from storefront.components.layout import page_layout
from storefront.components.plans import plans_at_address
from storefront.components.prefetch import prefetch_page
from storefront.state.home import HomeState


def _selling_point(icon: str, title: str, text: str) -> rx.Component:
    return rx.hstack(
        rx.flex(
            rx.icon(icon, size=20),
            align="center",
            justify="center",
            width="2.5rem",
            height="2.5rem",
            border_radius="9999px",
            background=rx.color(theme.ACCENT, 3),
            color=rx.color(theme.ACCENT, 11),
            flex_shrink="0",
        ),
        rx.vstack(
            rx.text(title, weight="bold", size="3"),
            rx.text(text, size="2", color=rx.color(theme.GRAY, 11)),
            spacing="1",
        ),
        align="start",
        spacing="3",
    )


def home_page() -> rx.Component:
    return page_layout(
        rx.box(
            rx.vstack(
                rx.badge("Full fibre now in more streets", variant="soft", radius="full", size="2"),
                rx.heading(
                    "Broadband that fits your home", as_="h1", size=rx.breakpoints(initial="8", md="9")
                ),
                rx.text(
                    "Fast, reliable full fibre and fibre broadband with clear prices that include VAT. "
                    "Enter your address to see the plans available to you.",
                    size="4",
                    color=rx.color(theme.GRAY, 11),
                    max_width="40rem",
                ),
                address_check_form(),
                spacing="5",
            ),
            id="address-check",
            background=theme.HERO_BACKGROUND,
            border_radius="var(--radius-5)",
            padding=rx.breakpoints(initial="1.25rem", sm="2.5rem", md="3.5rem"),
            width="100%",
        ),
        rx.cond(
            HomeState.has_address,
            plans_at_address(
                # Plain anchors: the form is on this page, no route change.
                rx.el.a("Change address", href="#address-check", class_name="text-link"),
                rx.el.a("Try another address", href="#address-check", class_name="text-link"),
                # The answer fetched ahead waits here, unseen, until the customer asks for it.
                waiting=results_hidden(),
            ),
        ),
        rx.grid(
            _selling_point("gauge", "Fast, steady speeds", "Full fibre to your door where it is available."),
            _selling_point("badge_pound_sterling", "Clear monthly prices", "What you see is what you pay."),
            _selling_point("headset", "UK-based support", "Real people who know your street."),
            columns=rx.breakpoints(initial="1", md="3"),
            spacing="5",
            width="100%",
        ),
        # "Choose" leads to the checkout: its code is fetched while the customer reads the plans.
        prefetch_page(routes.CHECKOUT),
    )
