"""The journey so far, shared by every page: the address, what is available there, and the chosen offer."""

import reflex as rx

from storefront.views import OfferDisplay, TechnologyDisplay


class AppState(rx.State):
    """Base state; each page's substate inherits these vars and sets them as the customer moves on."""

    address_id: str = ""
    address_label: str = ""
    serviceable: bool = False
    technologies: list[TechnologyDisplay] = []
    offers: list[OfferDisplay] = []
    chosen_offer_id: str = ""
    # Orders placed from this browser session, newest first: "My account" lists them even when the BFF
    # cannot list a customer's orders.
    placed_order_ids: list[str] = []

    @rx.var
    def has_address(self) -> bool:
        return self.address_id != ""

    @rx.var
    def chosen_offer(self) -> OfferDisplay:
        """The offer picked on /offers, or an empty one (id "") before anything is picked."""
        for offer in self.offers:
            if offer.id == self.chosen_offer_id:
                return offer
        return OfferDisplay()
