"""The home page: the address form and its availability check."""

import time
from typing import Any

import reflex as rx

from storefront.clients import web
from storefront.forms import full_postcode, validate_address
from storefront.state.app_state import AppState
from storefront.state.browser_session import SessionSync, publish
from storefront.state.offers import ALL, OffersState
from storefront.views import (
    AddressChoiceDisplay,
    FlatDisplay,
    address_choice_display,
    offer_display,
    technology_display,
    unavailable_display,
)

# The region with the answer to the check (components/plans.py); focused once it shows.
RESULTS_ID = "address-results"
FOCUS_RESULTS = f"""(function focusResults(frames) {{
  const results = document.getElementById({RESULTS_ID!r});
  if (results && getComputedStyle(results).visibility !== 'hidden') results.focus();
  else if (frames < 30) requestAnimationFrame(() => focusResults(frames + 1));
}})(0)"""

# How long an availability answer fetched ahead is shown for its address (the BFF reuses qualifications
# for about as long).
FETCHED_AHEAD_SECONDS = 60.0
# Said, in place of the plans, when the address in the form is no longer the one they were for.
CHECK_AGAIN = "You changed the address. Check it again to see the plans there."


def _address_key(postcode: str, house_number: str) -> str:
    return f"{''.join(postcode.split()).upper()}|{house_number.strip().lower()}"


def _answer_key(postcode: str, house_number: str, flat_id: str) -> str:
    return f"{_address_key(postcode, house_number)}|{flat_id}"


class HomeState(AppState):
    postcode: str = ""
    house_number: str = ""
    error: str = ""
    field_errors: dict[str, str] = {}
    loading: bool = False

    # Type-ahead: the addresses at the postcode typed so far, and the one (and flat) picked from them.
    addresses: list[AddressChoiceDisplay] = []
    addresses_postcode: str = ""
    addresses_loading: bool = False
    addresses_note: str = ""
    selected_address_id: str = ""
    selected_flat_id: str = ""
    # The answer to the check is shown under the form. Before the first click the answer fetched ahead is
    # already in the page, unseen (see prefetch_availability), for the address keyed by preview_key until
    # preview_until (epoch ms): the page shows it at the click by itself (components/fetched_ahead.py).
    results_shown: bool = False
    preview_key: str = ""
    preview_until: float = 0.0
    _lookup: int = 0
    # The address (and flat) the plans in the journey are for, as _answer_key names it; "" before any.
    _answered: str = ""
    # The availability fetched ahead for the address the type-ahead found: (when, _address_key, answer).
    _ahead: tuple[float, str, web.Availability] | None = None

    @rx.var
    def flats(self) -> list[FlatDisplay]:
        for address in self.addresses:
            if address.id == self.selected_address_id:
                return address.flats
        return []

    @rx.var
    def flat_error(self) -> str:
        return self.field_errors.get("flat", "")

    @rx.var
    def postcode_error(self) -> str:
        return self.field_errors.get("postcode", "")

    @rx.var
    def house_number_error(self) -> str:
        return self.field_errors.get("house_number", "")

    @rx.var
    def error_messages(self) -> list[str]:
        return list(self.field_errors.values())

    def _withdraw_if_changed(self) -> bool:
        """Any change to the address takes away the answer for the one before at once: its plans go, the
        form asks for a new check, and nothing can be chosen for an address not in the form."""
        key = _answer_key(self.postcode, self.house_number, self.selected_flat_id)
        if not self._answered or key == self._answered:
            return False
        if self.results_shown:
            self.error, self.field_errors = CHECK_AGAIN, {}
        self._withdraw()
        return True

    @rx.event
    def set_postcode(self, value: str):
        self.postcode = value
        events = [SessionSync.share] if self._withdraw_if_changed() else []
        wanted = full_postcode(value)
        if wanted != self.addresses_postcode:
            self.addresses, self.addresses_postcode, self.addresses_note = [], wanted, ""
            self.selected_address_id = self.selected_flat_id = ""
            if wanted:
                events.append(HomeState.look_up_addresses)
        return events

    @rx.event
    def set_house_number(self, value: str):
        self.house_number = value
        events = [SessionSync.share] if self._withdraw_if_changed() else []
        # Typing a number picks the matching address from the list, so its flats can be offered.
        match = next((a for a in self.addresses if a.house_number.lower() == value.strip().lower()), None)
        if (match.id if match else "") != self.selected_address_id:
            self.selected_address_id = match.id if match else ""
            self.selected_flat_id = ""
            if match:
                events.append(HomeState.prefetch_availability)
        return events

    @rx.event
    def choose_address(self, address_id: str):
        address = next((a for a in self.addresses if a.id == address_id), None)
        self.selected_address_id = address.id if address else ""
        self.selected_flat_id = ""
        if address:
            self.house_number = address.house_number
            self.field_errors = {k: v for k, v in self.field_errors.items() if k != "house_number"}
        events = [SessionSync.share] if self._withdraw_if_changed() else []
        return [*events, HomeState.prefetch_availability] if address else events

    @rx.event
    def choose_flat(self, flat_id: str):
        self.selected_flat_id = flat_id
        self.field_errors = {k: v for k, v in self.field_errors.items() if k != "flat"}
        return [SessionSync.share] if self._withdraw_if_changed() else []

    @rx.event(background=True)
    async def look_up_addresses(self):
        """Type-ahead: the addresses at a complete postcode (the input is debounced: one call per pause)."""
        async with self:
            self._lookup += 1
            lookup, postcode = self._lookup, self.addresses_postcode
            if not postcode:
                return
            self.addresses_loading = True
        try:
            found = await web.find_addresses(postcode)
        except web.BffError as exc:
            async with self:
                if lookup == self._lookup:
                    self.addresses_loading = False
                    # Not fatal: the customer can still type the house number themselves.
                    self.addresses_note = f"{exc.message} You can still type your house number."
            return
        async with self:
            if lookup != self._lookup:
                return
            self.addresses_loading = False
            self.addresses = [address_choice_display(a) for a in found.addresses]
            count = len(self.addresses)
            self.addresses_note = (
                f"{count} address{'es' if count != 1 else ''} found at {found.postcode or postcode}."
                if count
                else "We have no addresses at this postcode. Check it, or type your house number anyway."
            )
            match = next((a for a in self.addresses if a.house_number == self.house_number.strip()), None)
            if match and not self.selected_address_id:
                self.selected_address_id = match.id
                return HomeState.prefetch_availability
        return None

    @rx.event
    async def check_availability(self, form_data: dict[str, Any]):
        """The offers at the address: from the answer fetched ahead for exactly this address when there is a
        fresh one (see prefetch_availability), else from the BFF, with the button's spinner meanwhile.

        A foreground handler: the results go out in one update, shown under the form without a route change
        (React rendering a whole new page took 100-150 ms here); a second click waits for the first and
        finds the answer already there.
        """
        # The form's own values win over the debounced input vars: a fast submit may beat the last keystroke.
        postcode = " ".join(str(form_data.get("postcode", "")).split()).upper()
        house_number = str(form_data.get("house_number", "")).strip()
        self.postcode, self.house_number = postcode, house_number
        self.field_errors = validate_address(postcode, house_number)
        chosen = next((a for a in self.addresses if a.id == self.selected_address_id), None)
        if chosen and chosen.house_number.lower() != house_number.lower():
            chosen = None
        flat = next((f for f in chosen.flats if f.id == self.selected_flat_id), None) if chosen else None
        if chosen and chosen.flats and flat is None:
            self.field_errors["flat"] = "This building has flats: choose yours."
        if self.field_errors:
            self.error = "Please check your address."
            self._withdraw()
            await publish(self)
            return
        self.error = ""
        availability = self._fetched_ahead(postcode, house_number)
        previewed = self.preview_key == _address_key(postcode, house_number)
        if availability is not None and flat is None and previewed:
            # The answer is in the page already, unseen: showing it is all the click has to do.
            self.results_shown = True
            await publish(self)
            yield [rx.call_script(FOCUS_RESULTS), OffersState.prefill_lead]
            return
        if availability is None:
            self.loading = True
            yield  # the button's spinner while the BFF answers
            try:
                availability = await web.check_availability(postcode, house_number)
            except web.BffError as exc:
                self.loading = False
                self.error = exc.message
                self.field_errors = exc.field_errors
                self._withdraw()
                await publish(self)
                return
            self._ahead = (time.time(), _address_key(postcode, house_number), availability)
        self.loading = False
        await self._take_answer(availability, flat, postcode, house_number)
        self.results_shown = True
        self._forget_preview()
        await publish(self)
        yield [rx.call_script(FOCUS_RESULTS), OffersState.prefill_lead]

    async def _take_answer(
        self, availability: web.Availability, flat: FlatDisplay | None, postcode: str, house_number: str
    ) -> None:
        """The journey continues at this address with what is available there."""
        # A flat gets what its building gets; the order names the flat itself.
        self.address_id = flat.id if flat else availability.address.id
        label = availability.address.label or f"{house_number}, {postcode}"
        self.address_label = f"{flat.label}, {label}" if flat else label
        self.serviceable = availability.serviceable
        self.technologies = [technology_display(t) for t in availability.technologies]
        self.offers = [offer_display(o) for o in availability.offers]
        self.chosen_offer_id = ""
        self._answered = _answer_key(postcode, house_number, flat.id if flat else "")
        # Filters and comparison start afresh for these plans.
        plans = await self.get_state(OffersState)
        plans._keep_known_compared()
        plans.technology_filter = plans.speed_filter = ALL
        plans.unavailable = [unavailable_display(o) for o in availability.unavailable]

    @rx.event(background=True)
    async def prefetch_availability(self):
        """Once the type-ahead has found the typed address, ask the BFF what is available there, before the
        customer clicks: the click then shows the offers at once. A failure is kept for nothing: the click
        asks again and shows the error in the customer's words.

        Until a first answer is shown, the one fetched ahead is also put in the page, unseen, so the click
        only has to show it (rendering the plans is most of a click's time). Not for a building with flats:
        the journey needs the flat, which the click brings."""
        async with self:
            postcode, house_number = full_postcode(self.postcode), self.house_number.strip()
            if not (postcode and house_number):
                return
            # Typed again after a change withdrew it: the answer fetched ahead waits in the page once more.
            availability = self._fetched_ahead(postcode, house_number)
        if availability is None:
            try:
                availability = await web.check_availability(postcode, house_number)
            except web.BffError:
                return
        async with self:
            key = _address_key(postcode, house_number)
            if self._ahead is None or self._ahead[1] != key:
                self._ahead = (time.time(), key, availability)
            still_typed = key == _address_key(self.postcode, self.house_number)
            waiting = self.preview_key == key and self.has_address
            if not self.results_shown and still_typed and not self.flats and not waiting:
                await self._take_answer(availability, None, postcode, house_number)
                self.preview_key = key
                self.preview_until = (self._ahead[0] + FETCHED_AHEAD_SECONDS) * 1000

    def _withdraw(self) -> None:
        """No plans stay in the journey for an address no longer in the form (or refused by a check)."""
        self._answered = ""
        self.address_id = self.address_label = self.chosen_offer_id = ""
        self.serviceable = False
        self.technologies, self.offers = [], []
        self.results_shown = False
        self._forget_preview()

    def _forget_preview(self) -> None:
        """What is in the page, unseen, is no longer the answer to a click (one the page may have shown by
        itself is hidden again)."""
        self.preview_key, self.preview_until = "", 0.0

    def _fetched_ahead(self, postcode: str, house_number: str) -> web.Availability | None:
        if self._ahead is None:
            return None
        fetched_at, key, availability = self._ahead
        if key != _address_key(postcode, house_number) or time.time() - fetched_at > FETCHED_AHEAD_SECONDS:
            return None
        return availability
