"""The home page: the address form and its availability check."""

import re
from typing import Any

import reflex as rx

from storefront import bff_client as bff
from storefront import routes
from storefront.state.app_state import AppState
from storefront.views import offer_view, technology_view

# Loose on purpose: the BFF and the address base are the authority, this only catches obvious slips early.
_UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", re.IGNORECASE)


def validate_address(postcode: str, house_number: str) -> dict[str, str]:
    """Friendly messages per field; empty when the address is worth sending to the BFF."""
    errors: dict[str, str] = {}
    if not postcode:
        errors["postcode"] = "Enter your postcode."
    elif not _UK_POSTCODE.match(postcode):
        errors["postcode"] = "Enter a full UK postcode, like SW1A 2AA."
    if not house_number:
        errors["house_number"] = "Enter your house number or name."
    return errors


class HomeState(AppState):
    postcode: str = ""
    house_number: str = ""
    error: str = ""
    field_errors: dict[str, str] = {}
    loading: bool = False

    @rx.var
    def postcode_error(self) -> str:
        return self.field_errors.get("postcode", "")

    @rx.var
    def house_number_error(self) -> str:
        return self.field_errors.get("house_number", "")

    @rx.var
    def error_messages(self) -> list[str]:
        return list(self.field_errors.values())

    @rx.event
    def set_postcode(self, value: str) -> None:
        self.postcode = value

    @rx.event
    def set_house_number(self, value: str) -> None:
        self.house_number = value

    @rx.event(background=True)
    async def check_availability(self, form_data: dict[str, Any]):
        # The form's own values win over the debounced input vars: a fast submit may beat the last keystroke.
        postcode = " ".join(str(form_data.get("postcode", "")).split()).upper()
        house_number = str(form_data.get("house_number", "")).strip()
        async with self:
            if self.loading:  # a double submit while the first check is still running
                return
            self.postcode, self.house_number = postcode, house_number
            self.field_errors = validate_address(postcode, house_number)
            if self.field_errors:
                self.error = "Please check your address."
                return
            self.error = ""
            self.loading = True

        try:
            availability = await bff.check_availability(postcode, house_number)
        except bff.BffError as exc:
            async with self:
                self.loading = False
                self.error = exc.message
                self.field_errors = exc.field_errors
            return

        async with self:
            self.loading = False
            self.address_id = availability.address.id
            self.address_label = availability.address.label or f"{house_number}, {postcode}"
            self.serviceable = availability.serviceable
            self.technologies = [technology_view(t) for t in availability.technologies]
            self.offers = [offer_view(o) for o in availability.offers]
            self.chosen_offer_id = ""
        return rx.redirect(routes.OFFERS)
