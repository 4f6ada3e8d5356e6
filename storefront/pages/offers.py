"""Offers `/offers`: what is available at the checked address, as cards to choose from."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import info_callout
from storefront.components.layout import page_layout
from storefront.components.offer_card import offer_card
from storefront.state.offers import OffersState
from storefront.views import TechnologyView


def _address_bar() -> rx.Component:
    return rx.flex(
        rx.hstack(
            rx.icon("map_pin", size=20, color=rx.color(theme.ACCENT, 11), aria_hidden="true"),
            rx.vstack(
                rx.text("Your address", size="1", color=rx.color(theme.GRAY, 11)),
                rx.text(OffersState.address_label, size="3", weight="bold", id="address-label"),
                spacing="0",
            ),
            align="center",
            spacing="3",
        ),
        rx.link("Change address", href=routes.HOME, size="2"),
        justify="between",
        align="center",
        wrap="wrap",
        gap="3",
        width="100%",
    )


def _technology(technology: rx.Var[TechnologyView]) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.icon("circle_check", size=18, color=rx.color("green", 10), aria_hidden="true"),
            rx.text(rx.text.strong(technology.name), " — ", technology.speed, size="2"),
            align="center",
            spacing="2",
        ),
        list_style="none",
    )


def _available() -> rx.Component:
    return rx.vstack(
        rx.el.section(
            rx.heading("Available at your address", as_="h2", size="4", margin_bottom="0.5rem"),
            rx.el.ul(rx.foreach(OffersState.technologies, _technology), padding="0", margin="0"),
            aria_label="Available at your address",
        ),
        rx.el.section(
            rx.heading("Choose your plan", as_="h2", size="6", margin_bottom="1rem"),
            rx.grid(
                rx.foreach(
                    OffersState.offers,
                    lambda offer: offer_card(offer, OffersState.choose_offer(offer.id)),
                ),
                columns=rx.breakpoints(initial="1", sm="2", lg="3"),
                spacing="5",
                width="100%",
            ),
            aria_label="Broadband plans",
            width="100%",
        ),
        spacing="6",
        width="100%",
    )


def _not_available() -> rx.Component:
    return rx.vstack(
        info_callout(
            "Sorry, we cannot offer broadband at this address yet. "
            "We are building our network all the time, so please check again soon.",
            icon="map_pin_off",
        ),
        rx.link(rx.button("Try another address", variant="soft", size="3"), href=routes.HOME),
        spacing="4",
        width="100%",
    )


def offers_page() -> rx.Component:
    return page_layout(
        rx.heading("Broadband at your address", as_="h1", size="8"),
        rx.card(_address_bar(), size="2", width="100%"),
        rx.cond(
            OffersState.has_address,
            rx.cond(OffersState.has_offers, _available(), _not_available()),
            rx.text("Taking you to the address check…", color=rx.color(theme.GRAY, 11)),
        ),
        step=2,
    )
