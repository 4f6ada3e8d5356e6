"""The offers page: guards against arriving without an address, and records the chosen offer."""

import reflex as rx

from storefront import routes
from storefront.state.app_state import AppState


class OffersState(AppState):
    @rx.var
    def has_offers(self) -> bool:
        return self.serviceable and len(self.offers) > 0

    @rx.event
    def require_address(self):
        """on_load: the offers only make sense for a checked address, so start over without one."""
        if not self.address_id:
            return rx.redirect(routes.HOME)
        return None

    @rx.event
    def choose_offer(self, offer_id: str):
        if any(offer.id == offer_id for offer in self.offers):
            self.chosen_offer_id = offer_id
            return rx.redirect(routes.CHECKOUT)
        return None
