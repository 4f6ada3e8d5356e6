"""The checkout page: add-ons, the live quote, the contact form, the engineer visit and placing the order.

The visit's slots come from the BFF (TMF646) for the address; choosing one holds it for the customer
(``POST /api/v1/visits``) and the order confirms the hold (its ``appointmentId``). A slot someone took
meanwhile, or a hold that lapsed, clears only the slot: the slots are fetched again and everything else the
customer typed stays.

Placing an order is made safe to repeat: one Idempotency-Key is generated per basket (address, offer,
add-ons and contact) and reused for every retry of that same basket, so a double click, a retry after a
timeout or a reconnect never creates a second order. A changed basket is a new attempt and gets a new key.
"""

import asyncio
import dataclasses
import json
import time
import uuid
from datetime import date, datetime
from typing import Any

import reflex as rx

from storefront import routes
from storefront.clients import web
from storefront.config import get_settings
from storefront.forms import contact_from_form, field, validate_checkout_extras, validate_contact
from storefront.state.app_state import AppState
from storefront.state.auth import AuthState
from storefront.state.browser_session import publish
from storefront.state.payment import PaymentState, checked, order_payment, placed, refused
from storefront.state.payment import fingerprint as payment_fingerprint
from storefront.views import (
    NO_SLOTS_MESSAGE,
    AddOnDisplay,
    ChoiceDisplay,
    PriceSummaryDisplay,
    SlotDisplay,
    add_on_display,
    choice_display,
    contract_summary_display,
    held_until,
    price_summary_display,
    slot_display,
)

# An engineer visits for full fibre, and whenever professional installation is chosen.
ENGINEER_TECHNOLOGIES = ("Full fibre",)
PRO_INSTALL_ADD_ON = "po-pro-install"
# Where the line at the address already works (TMF645 through the BFF), the customer may instead set it up
# themselves: no visit, the router is posted.
SELF_INSTALL_CHOICE = "Set it up myself"
VISIT_CHOICE = "Book an engineer visit"


# How long a quote priced ahead is shown as the price of its basket, and how many are kept per session.
PRICED_AHEAD_SECONDS = 300.0
PRICED_AHEAD_MAX = 16
# How long placing an order waits for a hold still on its way (the customer chose a slot and clicked at once).
HOLD_WAIT_SECONDS = 10.0
SLOT_AGAIN_MESSAGE = "Please choose your appointment again."
HOLD_FAILED_MESSAGE = "We could not book your appointment yet."
SUMMARY_NOT_READ = "Please read the contract summary and tick the box to confirm you have read it."
SUMMARY_CHANGED = "Your contract summary has changed: please read it again and tick the box."


def _basket_key(address_id: str, offer_id: str, add_on_ids: list[str]) -> str:
    return json.dumps([address_id, offer_id, add_on_ids])


def ticked_key(offer_id: str, add_on_ids: list[str]) -> str:
    """The name of a basket of this offer as the browser makes it from the boxes ticked
    (storefront.components.ticked_basket): add-on ids in catalogue order."""
    return f"{offer_id}|{','.join(add_on_ids)}"


def _price_now(error: web.BffError) -> web.QuoteSummary | None:
    """The new quote a PRICE_CHANGED or QUOTE_EXPIRED refusal carries, if it is one."""
    quote = error.details.get("quote") if error.code in (web.PRICE_CHANGED, web.QUOTE_EXPIRED) else None
    try:
        return web.QuoteSummary.model_validate(quote) if isinstance(quote, dict) else None
    except ValueError:
        return None


def _summary_now(error: web.BffError) -> web.ContractSummary | None:
    """The contract summary a CONTRACT_SUMMARY_CHANGED refusal carries, if it is one."""
    summary = error.details.get("contractSummary") if error.code == web.CONTRACT_SUMMARY_CHANGED else None
    try:
        return web.ContractSummary.model_validate(summary) if isinstance(summary, dict) else None
    except ValueError:
        return None


def _one_tick_away(selected: list[str], catalogue_order: list[str]) -> list[list[str]]:
    """The baskets one add-on tick away: each add-on added or removed, in catalogue order."""
    baskets = []
    for add_on_id in catalogue_order:
        ticked = [i for i in selected if i != add_on_id] if add_on_id in selected else [*selected, add_on_id]
        baskets.append(sorted(ticked, key=catalogue_order.index))
    return baskets


@dataclasses.dataclass(frozen=True)
class _BasketCheck:
    """One round of questions about the basket: its rules and (when quote_request > 0) its price."""

    quote_request: int
    address_id: str
    offer_id: str
    add_on_ids: list[str]
    characteristics: dict[str, str]


async def _ask_bff(
    check: _BasketCheck,
) -> tuple[web.Configuration | None, web.QuoteSummary | web.BffError | None]:
    """The configuration (None if the BFF could not answer: the quote and the order check the basket too)
    and, if asked for, the quote or why there is none; both calls side by side."""

    async def configuration() -> web.Configuration | None:
        try:
            return await web.configure(check.offer_id, check.add_on_ids, check.characteristics)
        except web.BffError:
            return None

    async def quote() -> web.QuoteSummary | web.BffError | None:
        if not check.quote_request:
            return None
        try:
            return await web.create_quote(check.address_id, check.offer_id, check.add_on_ids)
        except web.BffError as exc:
            return exc

    return await asyncio.gather(configuration(), quote())


async def _quote_baskets(
    address_id: str, offer_id: str, baskets: list[list[str]]
) -> list[tuple[list[str], web.QuoteSummary]]:
    """TMF648 quotes of these baskets, side by side; a basket the BFF will not quote is left out (it is
    priced, with the reason, if the customer ticks it)."""
    answers = await asyncio.gather(
        *(web.create_quote(address_id, offer_id, basket) for basket in baskets), return_exceptions=True
    )
    return [
        (basket, answer)
        for basket, answer in zip(baskets, answers, strict=True)
        if isinstance(answer, web.QuoteSummary)
    ]


def _with_held_choice(
    offered: list[SlotDisplay], shown: list[SlotDisplay], chosen: str, held: set[str]
) -> list[SlotDisplay]:
    """The slots to show: those offered now, and the chosen one if it is held for this customer (their own
    hold takes it from the free slots, so it may be offered no more), in time order."""
    mine = next((slot for slot in shown if slot.id == chosen and slot.id in held), None)
    if mine is None or mine.id in {slot.id for slot in offered}:
        return offered
    return sorted([*offered, mine], key=lambda slot: slot.start)


class CheckoutState(AppState):
    add_ons: list[AddOnDisplay] = []
    add_ons_error: str = ""
    selected_add_on_ids: list[str] = []

    summary: PriceSummaryDisplay = PriceSummaryDisplay()
    # The quotes the browser may show the moment a box is ticked, by ticked_key: this basket's and those
    # of the baskets one tick away that are priced ahead.
    ahead: dict[str, PriceSummaryDisplay] = {}
    # This basket's ticked_key: a basket ticked in the browser that is neither this nor in `ahead` is
    # still on its way to the server, and its price is shown as updating.
    basket_key: str = ""
    quote_loading: bool = False
    quote_error: str = ""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    field_errors: dict[str, str] = {}
    error: str = ""
    submitting: bool = False
    # The price now, said when the order manager refused the quoted one (PRICE_CHANGED, QUOTE_EXPIRED):
    # nothing is placed until the customer accepts it.
    new_price: str = ""

    # Options the catalogue lets the customer choose, and what it says about the current choice.
    choices: list[ChoiceDisplay] = []
    characteristics: dict[str, str] = {}
    configuration_problems: list[str] = []

    date_of_birth: str = ""
    credit_check_consent: bool = False
    terms_consent: bool = False
    marketing_consent: bool = False
    # The version of the contract summary the customer ticked "I have read" for: a summary that changes
    # since (another price, another extra) is unread again.
    summary_read_version: str = ""
    slots: list[SlotDisplay] = []
    slot: str = ""
    installation_choice: str = SELF_INSTALL_CHOICE
    slots_loading: bool = False
    # Why no slot can be chosen (none free, or the BFF did not answer); "" when slots are shown.
    slots_error: str = ""
    holding: bool = False
    hold_note: str = ""  # "Held for you until 14:35"

    # Backend-only (leading underscore): never sent to the browser.
    _idempotency_key: str = ""
    _basket_fingerprint: str = ""
    _quote_request: int = 0
    _configured_offer_id: str = ""
    # Quotes of baskets one tick away from the current one, by _basket_key: (when quoted, quote).
    _priced: dict[str, tuple[float, web.QuoteSummary]] = {}
    # The slots held for this customer, by slot id: (appointment id, what the page says of the hold); and
    # the address the slots were offered for. A hold not used lapses by itself at TMF646.
    _holds: dict[str, tuple[str, str]] = {}
    _slots_address_id: str = ""

    @rx.var
    def first_name_error(self) -> str:
        return self.field_errors.get("first_name", "")

    @rx.var
    def last_name_error(self) -> str:
        return self.field_errors.get("last_name", "")

    @rx.var
    def email_error(self) -> str:
        return self.field_errors.get("email", "")

    @rx.var
    def phone_error(self) -> str:
        return self.field_errors.get("phone", "")

    @rx.var
    def error_messages(self) -> list[str]:
        return list(self.field_errors.values())

    @rx.var
    def date_of_birth_error(self) -> str:
        return self.field_errors.get("date_of_birth", "")

    @rx.var
    def credit_check_error(self) -> str:
        return self.field_errors.get("credit_check", "")

    @rx.var
    def terms_error(self) -> str:
        return self.field_errors.get("terms", "")

    @rx.var
    def summary_read(self) -> bool:
        return self.summary_read_version != "" and self.summary_read_version == self.summary.contract.version

    @rx.var
    def summary_read_error(self) -> str:
        return self.field_errors.get("summary_read", "")

    @rx.var
    def slot_error(self) -> str:
        return self.field_errors.get("slot", "")

    @rx.var
    def self_install_offered(self) -> bool:
        """A visit would be needed, but the address's line of this technology works already."""
        code = self.chosen_offer.technology_code
        return (
            self.chosen_offer.technology.startswith(ENGINEER_TECHNOLOGIES)
            and PRO_INSTALL_ADD_ON not in self.selected_add_on_ids
            and any(tech.self_install and tech.code == code for tech in self.technologies)
        )

    @rx.var
    def self_installing(self) -> bool:
        return self.self_install_offered and self.installation_choice == SELF_INSTALL_CHOICE

    @rx.var
    def slot_needed(self) -> bool:
        if self.self_installing:
            return False
        return (
            self.chosen_offer.technology.startswith(ENGINEER_TECHNOLOGIES)
            or PRO_INSTALL_ADD_ON in self.selected_add_on_ids
        )

    @rx.var
    def slot_label(self) -> str:
        return next((slot.label for slot in self.slots if slot.id == self.slot), "")

    @rx.var
    def options_summary(self) -> list[str]:
        return [f"{c.label}: {self.characteristics.get(c.name, c.value)}" for c in self.choices]

    @rx.var
    def add_ons_summary(self) -> str:
        names = [a.name for a in self.add_ons if a.id in self.selected_add_on_ids]
        return ", ".join(names) or "None"

    @rx.event
    def set_date_of_birth(self, value: str) -> None:
        self.date_of_birth = value

    @rx.event
    def set_credit_check_consent(self, value: bool) -> None:
        self.credit_check_consent = bool(value)

    @rx.event
    def set_terms_consent(self, value: bool) -> None:
        self.terms_consent = bool(value)

    @rx.event
    def set_summary_read(self, value: bool) -> None:
        self.summary_read_version = self.summary.contract.version if value else ""
        if value:
            self.field_errors = {k: v for k, v in self.field_errors.items() if k != "summary_read"}

    @rx.event
    def set_marketing_consent(self, value: bool) -> None:
        self.marketing_consent = bool(value)

    @rx.event
    def set_installation_choice(self, value: str):
        """Set it up myself, or a visit after all (whose slots are then fetched)."""
        self.installation_choice = value
        self.field_errors = {k: v for k, v in self.field_errors.items() if k != "slot"}
        return CheckoutState.load_slots if value == VISIT_CHOICE and not self.slots else None

    @rx.event
    def set_slot(self, value: str):
        """Choose a slot: it is held for the customer at once."""
        self.slot = value
        held = self._holds.get(value)
        self.hold_note = held[1] if held else ""
        self.field_errors = {k: v for k, v in self.field_errors.items() if k != "slot"}
        return CheckoutState.hold_slot if value and not held else None

    @rx.event(background=True)
    async def load_slots(self):
        """The free visit slots at the address, earliest first (signed-in customers; guests sign in first)."""
        async with self:
            address_id = self.address_id
            token = await (await self.get_state(AuthState)).access_token()
            if not address_id or not token or not self.slot_needed:
                return
            if self._slots_address_id != address_id:  # another address: nothing held there
                self.slots, self.slot, self.hold_note = [], "", ""
                self._holds = {}
            self.slots_loading, self.slots_error = True, ""
        try:
            slots = await web.find_visit_slots(address_id, token)
        except web.BffError as exc:
            async with self:
                self.slots_loading = False
                self.slots_error = exc.message
            return
        async with self:
            self.slots_loading = False
            if self.address_id != address_id:
                return
            self._slots_address_id = address_id
            offered = _with_held_choice(
                [slot_display(slot) for slot in slots], self.slots, self.slot, set(self._holds)
            )
            self.slots = offered
            self.slots_error = "" if offered else NO_SLOTS_MESSAGE
            if self.slot not in {s.id for s in offered}:
                self.slot, self.hold_note = "", ""

    @rx.event(background=True)
    async def hold_slot(self):
        """Hold the chosen slot while the customer finishes; a slot taken meanwhile is chosen again."""
        async with self:
            if self.holding or not self.slot or self.slot in self._holds:
                return
            self.holding = True
        try:
            held = await self._hold_chosen_slot()
        finally:
            async with self:
                self.holding = False
                lost = not self.slot
        if not held and lost:  # taken meanwhile: the slots as they are now
            yield CheckoutState.load_slots

    async def _hold_chosen_slot(self) -> bool:
        """Hold the chosen slot until it is held (a quick second choice is held next); True when the slot
        chosen now is held."""
        while True:
            async with self:
                slot_id, address_id = self.slot, self.address_id
                if not slot_id:
                    return False
                if slot_id in self._holds:
                    return True
                slot = next((s for s in self.slots if s.id == slot_id), None)
                if slot is None:
                    return False
                token = await (await self.get_state(AuthState)).access_token()
            chosen = web.VisitSlot(id=slot.id, start=slot.start, end=slot.end, label=slot.label)
            try:
                held = await web.hold_visit(address_id, chosen, token)
            except web.BffError as exc:
                async with self:
                    if self.slot == slot_id:
                        self._slot_lost(exc)
                        return False
                continue  # another slot was chosen meanwhile: hold that one
            async with self:
                note = held_until(held.hold_expires)
                self._holds = {**self._holds, slot_id: (held.appointment_id, note)}
                if self.slot == slot_id:
                    self.hold_note = note
                    return True

    def _slot_lost(self, exc: web.BffError) -> None:
        """Under the state lock: the chosen slot could not be held or kept; say why on the slot field.
        A slot that is gone is chosen again from fresh slots; any other failure keeps the choice to retry."""
        self.hold_note = ""
        self.field_errors = {**self.field_errors, "slot": exc.message}
        if exc.code in (web.SLOT_TAKEN, web.SLOT_HOLD_EXPIRED):
            self._holds = {k: v for k, v in self._holds.items() if k != self.slot}
            self.slot = ""

    @rx.event
    def choose_option(self, name: str, value: str):
        self.characteristics = {**self.characteristics, name: value}
        return CheckoutState.check_configuration

    @rx.event
    def set_first_name(self, value: str) -> None:
        self.first_name = value

    @rx.event
    def set_last_name(self, value: str) -> None:
        self.last_name = value

    @rx.event
    def set_email(self, value: str) -> None:
        self.email = value

    @rx.event
    def set_phone(self, value: str) -> None:
        self.phone = value

    @rx.event(background=True)
    async def load(self):
        """on_load: fetch the add-ons and the first quote of the chosen offer (the page explains an empty
        basket itself)."""
        async with self:
            if not self.address_id or not self.chosen_offer_id:
                return
            need_add_ons = not self.add_ons
            self.add_ons_error = ""
            auth = await self.get_state(AuthState)
            if auth.signed_in:
                # Back from signing in: what the account knows fills what the customer has not typed.
                self.first_name = self.first_name or auth.given_name
                self.last_name = self.last_name or auth.family_name
                self.email = self.email or auth.email
        if need_add_ons:
            try:
                catalogue = await web.get_catalogue()
            except web.BffError as exc:
                async with self:
                    self.add_ons_error = exc.message
            else:
                async with self:
                    self.add_ons = [add_on_display(a) for a in catalogue.add_ons]
                    known = {a.id for a in self.add_ons}
                    self.selected_add_on_ids = [i for i in self.selected_add_on_ids if i in known]
        yield CheckoutState.load_slots  # side by side with the price
        await self._update_basket()
        # Only then the neighbours: priced side by side with it, they would hold up the first price.
        await self._price_neighbours()

    @rx.event(background=True)
    async def check_configuration(self):
        """The catalogue's rules after an option changed (options do not change the price)."""
        async with self:
            check = self._begin_check(price=False)
        configuration, _ = await _ask_bff(check)
        async with self:
            self._apply_check(check, configuration, None)

    @rx.event
    async def toggle_add_on(self, add_on_id: str, checked: bool):
        """Re-price the basket: at once from a quote priced ahead for exactly this basket, else from the BFF
        (the spinner shows meanwhile). The checkbox is the browser's own, so the tick shows immediately.

        A foreground handler: this session's events wait for it, so quick clicks apply in order, and the new
        price goes out in the same update as the tick's state instead of after a second state round trip.
        """
        selected = [i for i in self.selected_add_on_ids if i != add_on_id]
        if checked:
            selected.append(add_on_id)
        # Keep catalogue order so the basket (and its idempotency fingerprint) does not depend on click order.
        order = [a.id for a in self.add_ons]
        self.selected_add_on_ids = sorted(
            selected, key=lambda i: order.index(i) if i in order else len(order)
        )
        priced = self._priced_quote(self.address_id, self.chosen_offer_id, self.selected_add_on_ids)
        check = self._begin_check(price=priced is None)
        if priced is not None:
            self._quote_request += 1  # an answer still on its way is for an older basket
            self.quote_loading, self.quote_error = False, ""
            self.summary = price_summary_display(priced)
        self._publish_ahead()
        yield  # the new price, or the spinner, now; the catalogue's verdict follows
        configuration, quote = await _ask_bff(check)
        self._apply_check(check, configuration, quote)
        yield CheckoutState.price_ahead
        if self.slot_needed and not self.slots:  # professional installation: now a visit is needed
            yield CheckoutState.load_slots

    @rx.event(background=True)
    async def price_ahead(self):
        """Quote the baskets one tick away from this one, so that the next tick shows its price at once.

        Each is a real TMF648 quote of exactly that basket (kept for PRICED_AHEAD_SECONDS); an add-on the
        catalogue refuses in that combination gets no quote and is priced live, with the refusal, if ticked.
        """
        await self._price_neighbours()

    async def _price_neighbours(self) -> None:
        async with self:
            address_id, offer_id, baskets = self._unpriced_neighbours()
        if not baskets:
            return
        priced = await _quote_baskets(address_id, offer_id, baskets)
        async with self:
            for basket, quote in priced:
                self._keep_quote(address_id, offer_id, basket, quote)
            self._publish_ahead()

    def _unpriced_neighbours(self) -> tuple[str, str, list[list[str]]]:
        """Under the state lock: the basket's address and offer, and the baskets one tick away that have no
        quote kept (none when pricing ahead is off)."""
        address_id, offer_id = self.address_id, self.chosen_offer_id
        if not (get_settings().price_ahead and address_id and offer_id):
            return address_id, offer_id, []
        neighbours = _one_tick_away(list(self.selected_add_on_ids), [a.id for a in self.add_ons])
        return (
            address_id,
            offer_id,
            [basket for basket in neighbours if self._priced_quote(address_id, offer_id, basket) is None],
        )

    def _priced_quote(self, address_id: str, offer_id: str, add_on_ids: list[str]) -> web.QuoteSummary | None:
        kept = self._priced.get(_basket_key(address_id, offer_id, add_on_ids))
        if kept is None or time.time() - kept[0] > PRICED_AHEAD_SECONDS:
            return None
        return kept[1]

    def _keep_quote(
        self, address_id: str, offer_id: str, add_on_ids: list[str], quote: web.QuoteSummary
    ) -> None:
        now = time.time()
        kept = {key: entry for key, entry in self._priced.items() if now - entry[0] <= PRICED_AHEAD_SECONDS}
        kept[_basket_key(address_id, offer_id, add_on_ids)] = (now, quote)
        # The newest few: a basket and its neighbours, plus the ones just left.
        self._priced = dict(sorted(kept.items(), key=lambda item: item[1][0])[-PRICED_AHEAD_MAX:])

    def _publish_ahead(self) -> None:
        """Under the state lock: hand the browser the prices of this basket and its neighbours that are
        known, so a tick shows its price before its event reaches the server."""
        address_id, offer_id = self.address_id, self.chosen_offer_id
        current = list(self.selected_add_on_ids)
        ahead: dict[str, PriceSummaryDisplay] = {}
        for basket in [current, *_one_tick_away(current, [a.id for a in self.add_ons])]:
            quote = self._priced_quote(address_id, offer_id, basket)
            if quote is not None:
                ahead[ticked_key(offer_id, basket)] = price_summary_display(quote)
        if ahead != self.ahead:  # an unchanged dict is not sent again
            self.ahead = ahead
        self.basket_key = ticked_key(offer_id, current)

    async def _update_basket(self) -> None:
        async with self:
            check = self._begin_check(price=True)
        configuration, quote = await _ask_bff(check)
        async with self:
            self._apply_check(check, configuration, quote)

    def _begin_check(self, *, price: bool) -> _BasketCheck:
        """Under the state lock: what to ask the BFF about the current basket; marks the price as updating."""
        if self._configured_offer_id != self.chosen_offer_id:
            self.characteristics, self._configured_offer_id = {}, self.chosen_offer_id  # a new plan
        request = 0
        if price:
            self._quote_request += 1
            request = self._quote_request
            self.quote_loading = True
            self.quote_error = ""
        return _BasketCheck(
            quote_request=request,
            address_id=self.address_id,
            offer_id=self.chosen_offer_id,
            add_on_ids=list(self.selected_add_on_ids),
            characteristics=dict(self.characteristics),
        )

    def _apply_check(
        self,
        check: _BasketCheck,
        configuration: web.Configuration | None,
        quote: web.QuoteSummary | web.BffError | None,
    ) -> None:
        """Under the state lock: the answers, unless a newer choice has superseded them."""
        current = (check.offer_id, check.add_on_ids) == (self.chosen_offer_id, list(self.selected_add_on_ids))
        if configuration is not None and current:
            self.choices = [choice_display(c) for c in configuration.characteristic_choices]
            self.characteristics = {**configuration.characteristics, **self.characteristics}
            self.configuration_problems = [p.message for p in configuration.problems]
        # Answers to superseded quote requests are dropped, so quick clicks settle on the last basket.
        if quote is None or check.quote_request != self._quote_request:
            return
        self.quote_loading = False
        if isinstance(quote, web.BffError):
            self.quote_error = quote.message
        else:
            self.summary = price_summary_display(quote)
            self._keep_quote(check.address_id, check.offer_id, check.add_on_ids, quote)
        self._publish_ahead()

    @rx.event(background=True)
    async def place_order(self, form_data: dict[str, Any]):
        typed = contact_from_form(form_data)
        date_of_birth = field(form_data, "date_of_birth")
        async with self:
            if self.submitting:  # a second click while the first order is on its way
                return
            date_of_birth = date_of_birth or self.date_of_birth
            auth = await self.get_state(AuthState)
            access_token = await auth.access_token()
            if not access_token:
                self.error = "Please sign in or create an account to place your order."
                return
            self.first_name, self.last_name = typed.first_name, typed.last_name
            self.email, self.phone = typed.email, typed.phone
            self.date_of_birth = date_of_birth
            visit_needed = self.slot_needed
            self.field_errors = {
                **validate_contact(typed),
                **validate_checkout_extras(
                    date_of_birth,
                    self.credit_check_consent,
                    self.terms_consent,
                    self.slot,
                    visit_needed,
                    date.today(),
                ),
            }
            self.field_errors = {**self.field_errors, **checked(await self.get_state(PaymentState))}
            if self.summary_read_version != self.summary.contract.version or not self.summary_read_version:
                self.field_errors["summary_read"] = SUMMARY_NOT_READ
            if self.field_errors:
                self.error = "Please check your details."
                return
            if self.configuration_problems:
                self.error = self.configuration_problems[0]
                return
            if self.new_price:
                self.error = "Please accept the new price before placing your order."
                return
            summary_version = self.summary.contract.version
            if not summary_version:  # its price (and so its summary) is still on its way
                self.error = "Your price is still being worked out. Please wait a moment and try again."
                return
            if not self.address_id or not self.chosen_offer_id:
                yield rx.redirect(routes.HOME)
                return
            self.error = ""
            self.submitting = True

        if visit_needed and not await self._visit_held():
            async with self:
                self.submitting = False
                lost = not self.slot
                self.error = SLOT_AGAIN_MESSAGE if lost else HOLD_FAILED_MESSAGE
            if lost:
                yield CheckoutState.load_slots
            return

        async with self:
            address_id, offer_id = self.address_id, self.chosen_offer_id
            add_on_ids = list(self.selected_add_on_ids)
            characteristics = {c.name: self.characteristics.get(c.name, c.value) for c in self.choices}
            contact = web.Contact(
                given_name=typed.first_name, family_name=typed.last_name, email=typed.email, phone=typed.phone
            )
            appointment_id = self._holds[self.slot][0] if visit_needed and self.slot in self._holds else ""
            slot = next((s for s in self.slots if s.id == self.slot), None) if appointment_id else None
            self_installing = self.self_installing
            extras = [
                appointment_id,
                self_installing,
                date_of_birth,
                self.credit_check_consent,
                self.terms_consent,
                self.marketing_consent,
                payment_fingerprint(await self.get_state(PaymentState)),
                summary_version,
            ]
            # Everything the order request carries: a changed detail is a new attempt with a new key.
            quote_id = self.summary.quote_id or None
            # The quote too: a price accepted after a PRICE_CHANGED is a new attempt, with a new key.
            fingerprint = json.dumps(
                [address_id, offer_id, add_on_ids, characteristics, contact.model_dump(), extras, quote_id],
                sort_keys=True,
            )
            if fingerprint != self._basket_fingerprint or not self._idempotency_key:
                self._idempotency_key = str(uuid.uuid4())
                self._basket_fingerprint = fingerprint
            idempotency_key = self._idempotency_key
            payment = order_payment(await self.get_state(PaymentState))
            born = date.fromisoformat(date_of_birth)
            consents = {
                "creditCheck": self.credit_check_consent,
                "terms": self.terms_consent,
                "marketing": self.marketing_consent,
            }

        try:
            order = await web.place_order(
                address_id=address_id,
                offer_id=offer_id,
                add_on_ids=add_on_ids,
                contact=contact,
                idempotency_key=idempotency_key,
                quote_id=quote_id,
                characteristics=characteristics,
                access_token=access_token,
                installation_slot=_window(slot) if slot else None,
                date_of_birth=born,
                consents=consents,
                appointment_id=appointment_id or None,
                self_install=self_installing,
                payment=payment,
                contract_summary_version=summary_version,
            )
        except web.BffError as exc:
            async with self:
                self.submitting = False
                self.error = exc.message
                self.field_errors = exc.field_errors
                if exc.code == "INVALID_BANK_DETAILS":
                    refused(await self.get_state(PaymentState), exc.message)
                if (repriced := _price_now(exc)) is not None:
                    self._show_new_price(repriced)
                if (summary := _summary_now(exc)) is not None:
                    self._show_new_summary(summary)
                if exc.code in (web.SLOT_TAKEN, web.SLOT_HOLD_EXPIRED):
                    self.error = SLOT_AGAIN_MESSAGE
                    self._slot_lost(exc)
            if exc.code in (web.SLOT_TAKEN, web.SLOT_HOLD_EXPIRED):
                yield CheckoutState.load_slots
            return

        async with self:
            self.submitting = False
            self.placed_order_ids = [order.id, *[i for i in self.placed_order_ids if i != order.id]]
            await publish(self)
            # The order exists: the next checkout is a new attempt with a new key, and a new visit.
            self._idempotency_key = ""
            self._basket_fingerprint = ""
            self._holds = {}
            self.slot = self.hold_note = ""
            self.summary_read_version = ""  # the next order's summary is read and confirmed again
            placed(await self.get_state(PaymentState))
        yield rx.redirect(routes.order_url(order.id))

    def _show_new_price(self, quote: web.QuoteSummary) -> None:
        """Under the state lock: the refused order's price now, shown in the summary and said above the
        button, to be accepted before ordering again (everything typed stays)."""
        self.summary = price_summary_display(quote)
        self._quote_request += 1  # an answer still on its way is for the old price
        self.quote_loading, self.quote_error = False, ""
        self._keep_quote(self.address_id, self.chosen_offer_id, list(self.selected_add_on_ids), quote)
        self._publish_ahead()
        words = f"Your new price is {self.summary.monthly} a month and {self.summary.one_off} one-off"
        if self.summary.promotion:
            words += f" ({self.summary.promotion})"
        if self.summary.term_total:
            words += f"; {self.summary.term_total} over the minimum term"
        self.new_price = words + "."

    def _show_new_summary(self, summary: web.ContractSummary) -> None:
        """Under the state lock: the summary the order would be placed under now, shown in place of the
        one read, and the confirmation asked for again (the box is drawn anew, unticked)."""
        self.summary = dataclasses.replace(self.summary, contract=contract_summary_display(summary))
        self.field_errors = {**self.field_errors, "summary_read": SUMMARY_CHANGED}

    @rx.event
    def accept_new_price(self) -> None:
        self.new_price = ""
        self.error = ""

    async def _visit_held(self) -> bool:
        """The chosen slot is held for this order: wait for a hold on its way, else hold it now. When it
        cannot be, the slot field says why (and a slot that is gone is offered again)."""
        waited = 0.0
        while waited < HOLD_WAIT_SECONDS:
            async with self:
                if not self.holding:
                    self.holding = True
                    break
            await asyncio.sleep(0.1)
            waited += 0.1
        else:
            return False
        try:
            return await self._hold_chosen_slot()
        finally:
            async with self:
                self.holding = False


def _window(slot: SlotDisplay) -> tuple[datetime, datetime]:
    """The visit window a slot names, as aware datetimes (the order's requested installation window)."""
    return datetime.fromisoformat(slot.start), datetime.fromisoformat(slot.end)
