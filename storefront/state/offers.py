"""The offers page: guards against arriving without an address, filters and compares the plans, records the
chosen offer, and takes a "register interest" where nothing (or not the wanted technology) is available."""

import reflex as rx

from storefront import routes
from storefront.clients import web
from storefront.forms import contact_from_form, field, validate_contact
from storefront.state.app_state import AppState
from storefront.state.auth import AuthState
from storefront.state.browser_session import publish
from storefront.views import OfferDisplay, UnavailableDisplay

MAX_COMPARED = 3
INTERESTS = {
    "fullFibre": "Full fibre broadband",
    "anyBroadband": "Any broadband",
    "fixedWireless": "Fixed wireless (4G/5G) broadband",
}
ALL = "all"


class OffersState(AppState):
    technology_filter: str = ALL
    speed_filter: str = ALL
    compared_ids: list[str] = []
    # Offers the operator's qualification (TMF679) refused this customer here, shown with why, not choosable.
    unavailable: list[UnavailableDisplay] = []

    lead_open: bool = False
    lead_first_name: str = ""
    lead_last_name: str = ""
    lead_email: str = ""
    lead_phone: str = ""
    lead_interest: str = "fullFibre"
    lead_errors: dict[str, str] = {}
    lead_error: str = ""
    lead_sending: bool = False
    lead_done: str = ""

    @rx.var
    def has_offers(self) -> bool:
        return self.serviceable and len(self.offers) > 0

    @rx.var
    def has_full_fibre(self) -> bool:
        return any(offer.technology.startswith("Full fibre") for offer in self.offers)

    @rx.var
    def technology_options(self) -> list[str]:
        return list(dict.fromkeys(offer.technology for offer in self.offers))

    @rx.var
    def shown_offers(self) -> list[OfferDisplay]:
        return [
            offer
            for offer in self.offers
            if (self.technology_filter == ALL or offer.technology == self.technology_filter)
            and (self.speed_filter == ALL or offer.download_mbps >= int(self.speed_filter))
        ]

    @rx.var
    def compared(self) -> list[OfferDisplay]:
        return [offer for offer in self.offers if offer.id in self.compared_ids]

    @rx.var
    def compare_full(self) -> bool:
        return len(self.compared_ids) >= MAX_COMPARED

    @rx.var
    def lead_first_name_error(self) -> str:
        return self.lead_errors.get("first_name", "")

    @rx.var
    def lead_last_name_error(self) -> str:
        return self.lead_errors.get("last_name", "")

    @rx.var
    def lead_email_error(self) -> str:
        return self.lead_errors.get("email", "")

    @rx.var
    def lead_phone_error(self) -> str:
        return self.lead_errors.get("phone", "")

    @rx.var
    def lead_messages(self) -> list[str]:
        return list(self.lead_errors.values())

    @rx.event
    def forget_unknown_compared(self) -> None:
        """on_load: only the plans at the checked address can be compared (without one, the page asks for
        an address)."""
        self._keep_known_compared()

    def _keep_known_compared(self) -> None:
        known = {offer.id for offer in self.offers}
        self.compared_ids = [i for i in self.compared_ids if i in known]

    @rx.event
    async def choose_offer(self, offer_id: str):
        """Only a plan at the address on screen can be chosen (a changed address withdraws its plans)."""
        if any(offer.id == offer_id for offer in self.offers):
            self.chosen_offer_id = offer_id
            await publish(self)  # the basket is this browser's, in every tab
            return rx.redirect(routes.CHECKOUT)
        return None

    @rx.event
    def set_technology_filter(self, value: str) -> None:
        self.technology_filter = value or ALL

    @rx.event
    def set_speed_filter(self, value: str) -> None:
        self.speed_filter = value or ALL

    @rx.event
    def flip_compare(self, offer_id: str) -> None:
        """The compare box of an offer was clicked: tick it if it was not ticked (up to MAX_COMPARED), else
        untick it."""
        ids = [i for i in self.compared_ids if i != offer_id]
        if offer_id not in self.compared_ids and len(ids) < MAX_COMPARED:
            ids.append(offer_id)
        self.compared_ids = ids

    @rx.event
    def clear_compare(self) -> None:
        self.compared_ids = []

    @rx.event
    def open_lead(self) -> None:
        self.lead_open = True

    @rx.event
    def set_lead_first_name(self, value: str) -> None:
        self.lead_first_name = value

    @rx.event
    def set_lead_last_name(self, value: str) -> None:
        self.lead_last_name = value

    @rx.event
    def set_lead_email(self, value: str) -> None:
        self.lead_email = value

    @rx.event
    def set_lead_phone(self, value: str) -> None:
        self.lead_phone = value

    @rx.event
    def set_lead_interest(self, value: str) -> None:
        self.lead_interest = value

    @rx.event(background=True)
    async def prefill_lead(self):
        """What a signed-in account knows fills what the customer has not typed."""
        async with self:
            auth = await self.get_state(AuthState)
            if auth.signed_in:
                self.lead_first_name = self.lead_first_name or auth.given_name
                self.lead_last_name = self.lead_last_name or auth.family_name
                self.lead_email = self.lead_email or auth.email
            if not self.serviceable:
                self.lead_open = True
                self.lead_interest = (
                    "anyBroadband" if self.lead_interest == "fullFibre" else self.lead_interest
                )

    @rx.event(background=True)
    async def register_interest(self, form_data: dict):
        typed = contact_from_form(form_data)
        interest = field(form_data, "interest") or "anyBroadband"
        from storefront.state.home import HomeState  # the address as typed lives with the home page

        async with self:
            if self.lead_sending:
                return
            self.lead_first_name, self.lead_last_name = typed.first_name, typed.last_name
            self.lead_email, self.lead_phone = typed.email, typed.phone
            self.lead_interest = interest
            self.lead_errors = validate_contact(typed, phone_optional=True)
            if self.lead_errors:
                self.lead_error = "Please check your details."
                return
            home = await self.get_state(HomeState)
            lead = web.LeadCreate(
                postcode=home.postcode,
                house_number=home.house_number,
                address_id=self.address_id or None,
                given_name=typed.first_name,
                family_name=typed.last_name,
                email=typed.email,
                phone=typed.phone or None,
                interest=INTERESTS.get(interest, interest),
            )
            self.lead_error = ""
            self.lead_sending = True
        try:
            await web.register_interest(lead)
        except web.BffError as exc:
            async with self:
                self.lead_sending = False
                self.lead_error = exc.message
                self.lead_errors = {k: v for k, v in exc.field_errors.items() if k != "interest"}
            return
        async with self:
            self.lead_sending = False
            self.lead_done = (
                f"Thank you — we will email {typed.email} as soon as we can offer "
                f"{INTERESTS.get(interest, 'broadband').lower()} at {self.address_label}."
            )
