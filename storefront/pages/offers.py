"""Offers `/offers`: what is available at the checked address, filtered and compared; or, where nothing is,
a way to register interest. (Right after the address check the home page shows the same, under its form.)
Without a checked address (a bookmark, a link from elsewhere) it asks for one here rather than sending the
visitor away."""

import reflex as rx

from storefront import routes
from storefront.components.address_check import address_check_form
from storefront.components.layout import page_layout
from storefront.components.plans import plans_at_address
from storefront.components.prefetch import prefetch_page
from storefront.state.home import HomeState
from storefront.state.offers import OffersState


def offers_page() -> rx.Component:
    return page_layout(
        rx.heading("Broadband at your address", as_="h1", size="8"),
        rx.cond(
            # An answer the customer has asked for: one fetched ahead while they type here stays unshown,
            # or it would take the form away from under their hands.
            OffersState.has_address & HomeState.results_shown,
            plans_at_address(
                rx.link("Change address", href=routes.HOME, size="2"),
                rx.link(rx.button("Try another address", variant="soft", size="3"), href=routes.HOME),
            ),
            address_check_form(),
        ),
        # "Choose" leads to the checkout: its code is fetched while the customer compares.
        prefetch_page(routes.CHECKOUT),
        step=2,
    )
