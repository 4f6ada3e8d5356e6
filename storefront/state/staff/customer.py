"""Customer 360 `/store/customer/[customer_id]`: contact details, products, orders, open quotes, registered
interest and notes, from the retail BFF; staff add notes, order on the customer's behalf and send quotes here,
and — under the rules that hold online — cancel an open order, end a line (the early-termination charge shown
first, and accepted by confirming) and correct the customer's email and phone.

The basket (address check, plan, add-ons) is checked against the catalogue's rules as on the web channel
(``POST /api/v1/configurations``); an order may carry a discount, which needs a reason. While the page is
open a background task reads the 360 again every REFRESH_SECONDS, so the orders' states — and the result
of an order just placed (held for a manager, rejected and why) — follow TMF622 without a reload.
"""

import asyncio
import uuid
from decimal import Decimal

import reflex as rx
from pydantic import BaseModel

from storefront import routes
from storefront.clients import retail
from storefront.clients.http import BffError
from storefront.forms import field, parse_discount
from storefront.staff_views import address_refusal, order_detail, order_outcome, quote_card
from storefront.staff_words import staff_state_words
from storefront.state.auth import AuthState
from storefront.views import (
    CANCELLABLE_ORDER_STATES,
    UnavailableDisplay,
    add_on_display,
    format_money,
    line_price_words,
    product_display,
    unavailable_display,
)

REFRESH_SECONDS = 4.0
MAX_REFRESH_SECONDS = 30 * 60


class Row(BaseModel):
    id: str = ""
    reference: str = ""  # an order's short reference (LF-7K3Q9)
    # An order's lines as priced: "Fibre 500: £19.00 a month — Half price…: 50% off until Sun 6 Jun 2027, …"
    prices: list[str] = []
    title: str = ""
    state: str = ""
    detail: str = ""
    # An open order's engineer visit ("Engineer visit Tue 12 Jan, 8am-1pm"), its status, what may be done.
    visit: str = ""
    visit_status: str = ""
    visit_changeable: bool = False
    visit_cancelled: bool = False
    # An open order may be cancelled (as online); an active line ended: what that costs in words ("Ending
    # now costs £123.45 (…)") and the charge accepted by confirming ("" when nothing is charged).
    cancellable: bool = False
    endable: bool = False
    end_terms: str = ""
    end_charge: str = ""
    end_currency: str = ""


class SlotRow(BaseModel):
    id: str = ""
    label: str = ""
    start: str = ""
    end: str = ""


# Orders still waiting for their visit (TMF622 states), and the milestones after which it is under way.
WAITING_FOR_VISIT = {"acknowledged", "pending", "held", "inProgress"}
VISIT_UNDER_WAY = {"engineer on the way", "installed"}
VISIT_STATUS_WORDS = {
    "confirmed": "Booked",
    "cancelled": "Cancelled",
    "completed": "Done",
    "failed": "Missed",
}


def visit_changeable(order: retail.RetailOrderView) -> bool:
    """The order still waits for its visit, so the agent may move or cancel it (the BFF has the last word:
    within the notice it answers VISIT_TOO_SOON)."""
    visit = order.appointment
    if (
        visit is None
        or order.state not in WAITING_FOR_VISIT
        or visit.status not in ("", "confirmed", "cancelled")
    ):
        return False
    return not any(
        m.name.lower() in VISIT_UNDER_WAY and m.status.lower() == "completed" for m in order.milestones
    )


class NoteRow(BaseModel):
    id: str = ""
    text: str = ""
    byline: str = ""


class AddOnChoice(BaseModel):
    id: str = ""
    name: str = ""
    price: str = ""
    mandatory: bool = False


def _order_row(order: retail.RetailOrderView) -> Row:
    visit = order.appointment
    priced = [(item.name, line_price_words(item.price)) for item in order.items if item.price is not None]
    return Row(
        id=order.id,
        reference=order.reference or order.id,
        prices=[
            " — ".join(part for part in (f"{name}: {words[0]}", *words[1:]) if part) for name, words in priced
        ],
        title=order.offer_name or order.id,
        state=staff_state_words(order.state),
        detail=order_detail(order),
        visit=visit.label if visit is not None else "",
        visit_status=VISIT_STATUS_WORDS.get(visit.status, visit.status) if visit is not None else "",
        visit_changeable=visit_changeable(order),
        visit_cancelled=visit is not None and visit.status == "cancelled",
        cancellable=order.state in CANCELLABLE_ORDER_STATES,
    )


def _product_row(product: retail.ProductView, ending: set[str]) -> Row:
    """A line of the 360; one an open order is ending shows so until TMF637 says it has ended."""
    shown = product_display(product)
    status = "pendingTerminate" if product.status == "active" and product.id in ending else product.status
    return Row(
        id=product.id,
        title=product.name or product.offer_name,
        state=staff_state_words(status or ""),
        endable=status == "active",
        end_terms=shown.end_terms or "No early-termination charge.",
        end_charge=shown.end_charge,
        end_currency=shown.end_currency,
    )


def _being_ended(orders: list[retail.RetailOrderView]) -> set[str]:
    return {
        item.product_id
        for order in orders
        if order.state in CANCELLABLE_ORDER_STATES
        for item in order.items
        if item.action == "delete" and item.product_id
    }


def _quote_row(quote: retail.AgentQuote) -> Row:
    card = quote_card(quote)
    return Row(
        id=quote.id,
        title=card.title,
        state=staff_state_words(quote.state),
        detail=f"{card.monthly} · {card.one_off} one-off",
    )


class StaffCustomerState(rx.State):
    loading: bool = True
    error: str = ""
    customer_name: str = ""
    customer_email: str = ""
    customer_phone: str = ""
    customer_postcode: str = ""
    customer_status: str = ""
    products: list[Row] = []
    orders: list[Row] = []
    quotes: list[Row] = []
    leads: list[Row] = []
    notes: list[NoteRow] = []
    note_text: str = ""
    note_error: str = ""
    saving_note: bool = False

    # Ordering on the customer's behalf: quick address check, a plan, add-ons, an optional discount.
    discount_limit: str = ""
    order_postcode: str = ""
    order_house_number: str = ""
    address_id: str = ""
    address_label: str = ""
    offer_choices: list[Row] = []
    unavailable_offers: list[UnavailableDisplay] = []
    offer_id: str = ""
    add_on_choices: list[AddOnChoice] = []
    selected_add_on_ids: list[str] = []
    basket_problems: list[str] = []
    discount: str = ""
    discount_reason: str = ""
    checking: bool = False
    placing: bool = False
    order_error: str = ""
    order_result: str = ""
    order_result_detail: str = ""
    order_result_state: str = ""
    order_result_id: str = ""
    quoting: bool = False
    quote_result_id: str = ""

    # Moving or cancelling an open order's engineer visit, one order at a time.
    visit_order_id: str = ""  # the order whose free slots are shown
    visit_cancel_order_id: str = ""  # the order whose visit cancellation awaits confirmation
    visit_slots: list[SlotRow] = []
    visit_slot: str = ""
    visit_loading: bool = False
    visit_busy: bool = False
    visit_error: str = ""
    visit_message: str = ""
    # Opened from a lead (`?lead=`): its address fills the order form, and the order or quote is for it.
    lead_id: str = ""
    lead_label: str = ""
    # A line's speed changed on the customer's behalf (the same rules as online).
    lines: list[Row] = []
    speed_choices: list[Row] = []
    speed_line_id: str = ""
    speed_offer_id: str = ""
    changing_speed: bool = False
    speed_error: str = ""
    speed_result: str = ""
    _speed_key: str = ""
    # Ending a line: "End this line" shows its charge, "Confirm end of line" ends it.
    ending_line_id: str = ""
    ending_busy: bool = False
    line_error: str = ""
    line_message: str = ""
    _end_key: str = ""
    # Cancelling an open order: "Cancel order" asks, "Confirm order cancellation" does it.
    cancel_order_id: str = ""
    cancelling_order: bool = False
    order_cancel_error: str = ""
    order_cancel_message: str = ""
    # Correcting the customer's email and phone.
    editing_contact: bool = False
    saving_contact: bool = False
    contact_error: str = ""
    contact_message: str = ""

    _order_key: str = ""
    _quote_key: str = ""
    _add_on_prices: dict[str, str] = {}
    _tracker: str = ""
    # Whose 360 this state holds: a load for them again refreshes it in place.
    _shown_customer_id: str = ""
    # The customer whose 360 is on the page, once it has arrived: until then the page may still show the
    # previous customer's (a client-side navigation renders before the load resets the state).
    shown_id: str = ""

    def _customer_id(self) -> str:
        return str(self.router.page.params.get("customer_id", ""))

    def _watching(self, tracker: str, customer_id: str) -> bool:
        path = self.router.url.path.rstrip("/")
        return self._tracker == tracker and path == routes.store_customer_url(customer_id)

    def _show(self, view: retail.Customer360) -> None:
        c = view.customer
        self.customer_name, self.customer_email, self.customer_phone = c.name, c.email, c.phone
        self.customer_postcode, self.customer_status = c.postcode, c.status
        ending = _being_ended(view.orders)
        self.products = [_product_row(p, ending) for p in view.products]
        self.lines = [
            Row(id=p.id, title=f"{p.name or p.offer_name} ({p.id})")
            for p in view.products
            if p.status == "active"
        ]
        self.orders = [_order_row(o) for o in view.orders]
        self.quotes = [_quote_row(q) for q in view.quotes]
        self.leads = [Row(id=lead.id, title=lead.interest, state=lead.postcode) for lead in view.leads]
        self.notes = [_note_row(n) for n in view.notes]
        placed = next((o for o in view.orders if o.id == self.order_result_id), None)
        if placed is not None:
            self._show_result(placed)

    def _show_result(self, order: retail.RetailOrderView) -> None:
        self.order_result, self.order_result_detail = order_outcome(order)
        self.order_result_state, self.order_result_id = staff_state_words(order.state), order.id

    @rx.event(background=True)
    async def load(self):
        tracker = uuid.uuid4().hex
        async with self:
            customer_id = self._customer_id()
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return AuthState.sign_in(routes.store_customer_url(customer_id), False)
            if customer_id != self._shown_customer_id:
                # Another customer's 360 starts afresh, with an empty order form. The same customer's page
                # loaded again (the connection came back and rehydrated, or the agent returned to it) is
                # refreshed where it stands: showing "Loading" would remount the order form and lose what
                # the agent had typed into it.
                self.reset()
                self._shown_customer_id = customer_id
            self._tracker = tracker
            self.error = ""
        try:
            me, view = await asyncio.gather(retail.get_me(token), retail.get_customer(token, customer_id))
        except BffError as exc:
            async with self:
                self.loading = False
                self.error = exc.message
            return None
        try:
            catalogue = await retail.get_catalogue(token)
            prices = {a.id: add_on_display(a).price for a in catalogue.add_ons}
            speeds = [
                Row(id=o.id, title=f"{o.name} — {format_money(o.monthly_price)}/month")
                for o in catalogue.offers
            ]
        except BffError:
            prices, speeds = {}, []  # the add-ons are listed without their prices; no speed to change to
        async with self:
            self.speed_choices = speeds
            self.loading = False
            self.discount_limit = f"{me.discount_limit_percent:g}"
            self._add_on_prices = prices
            self._show(view)
            self.shown_id = customer_id
        await self._refresh(tracker, customer_id)
        return None

    async def _refresh(self, tracker: str, customer_id: str) -> None:
        """Read the 360 again while the page is open: orders move on, quotes get accepted."""
        started = asyncio.get_running_loop().time()
        while asyncio.get_running_loop().time() - started < MAX_REFRESH_SECONDS:
            await asyncio.sleep(REFRESH_SECONDS)
            async with self:
                if not self._watching(tracker, customer_id):
                    return
                token = await (await self.get_state(AuthState)).access_token() or ""
            try:
                view = await retail.get_customer(token, customer_id)
            except BffError:
                continue  # shown as it was; the next read may work
            async with self:
                if not self._watching(tracker, customer_id):
                    return
                self._show(view)

    @rx.event(background=True)
    async def prefill_from_lead(self):
        """on_load with `?lead=<id>`: the lead's address in the order form, checked at once."""
        async with self:
            lead_id = str(self.router.page.params.get("lead", ""))
            if not lead_id or lead_id == self.lead_id:
                return None
            token = await (await self.get_state(AuthState)).access_token() or ""
        try:
            me = await retail.get_me(token)
            lead = await retail.get_lead(token, me.store_id, lead_id)
        except BffError:
            return None  # the 360 works without it; the agent types the address
        if lead is None:
            return None
        async with self:
            self.order_postcode, self.order_house_number = lead.postcode, lead.house_number
            self.lead_id, self.lead_label = (
                lead.id,
                f"{lead.interest} at {lead.house_number}, {lead.postcode}",
            )
        return StaffCustomerState.check_address(
            {"postcode": lead.postcode, "house_number": lead.house_number}
        )

    @rx.event
    def set_order_postcode(self, value: str):
        self.order_postcode = value

    @rx.event
    def set_order_house_number(self, value: str):
        self.order_house_number = value

    @rx.event
    def set_speed_line_id(self, value: str):
        self.speed_line_id, self._speed_key, self.speed_error = value, "", ""

    @rx.event
    def set_speed_offer_id(self, value: str):
        self.speed_offer_id, self._speed_key, self.speed_error = value, "", ""

    @rx.event(background=True)
    async def change_speed(self):
        async with self:
            line_id = self.speed_line_id or (self.lines[0].id if self.lines else "")
            if not (line_id and self.speed_offer_id):
                self.speed_error = "Choose the line and its new speed."
                return
            # One key per attempt: a double click or a retry after a failure changes once.
            self._speed_key = self._speed_key or f"speed-{uuid.uuid4().hex}"
            key, customer_id, offer_id = self._speed_key, self._customer_id(), self.speed_offer_id
            token = await (await self.get_state(AuthState)).access_token() or ""
            self.changing_speed, self.speed_error, self.speed_result = True, "", ""
        try:
            order = await retail.change_speed(
                token, customer_id, line_id, offer_id=offer_id, idempotency_key=key
            )
        except BffError as exc:
            async with self:
                self.changing_speed, self.speed_error = False, exc.message
            return
        async with self:
            self.changing_speed, self._speed_key = False, ""
            self.speed_result = f"Speed change ordered: {order.id} ({staff_state_words(order.state)})"

    @rx.event
    def set_note_text(self, value: str):
        self.note_text = value

    @rx.event(background=True)
    async def save_note(self, form: dict[str, str]):
        text = field(form, "note")
        async with self:
            if not text:
                self.note_error = "Write the note before saving it."
                return
            customer_id = self._customer_id()
            token = await (await self.get_state(AuthState)).access_token()
            self.saving_note = True
            self.note_error = ""
        try:
            note = await retail.add_note(token or "", customer_id, text)
        except BffError as exc:
            async with self:
                self.saving_note = False
                self.note_error = exc.message
            return
        async with self:
            self.saving_note = False
            self.note_text = ""
            self.notes = [_note_row(note), *self.notes]

    def _basket_changed(self) -> None:
        self._order_key = self._quote_key = ""
        self.order_error = ""  # it was about the basket as it was

    @rx.event
    def set_offer_id(self, value: str):
        self.offer_id = value
        self.selected_add_on_ids = []
        self._basket_changed()
        return StaffCustomerState.check_basket

    @rx.event
    def toggle_add_on(self, add_on_id: str, checked: bool):
        chosen = [i for i in self.selected_add_on_ids if i != add_on_id] + ([add_on_id] if checked else [])
        order = [a.id for a in self.add_on_choices]
        self.selected_add_on_ids = sorted(chosen, key=lambda i: order.index(i) if i in order else len(order))
        self._basket_changed()
        return StaffCustomerState.check_basket

    @rx.event
    def set_discount(self, value: str):
        self.discount = value
        self._order_key = ""

    @rx.event
    def set_discount_reason(self, value: str):
        self.discount_reason = value
        self._order_key = ""

    @rx.event(background=True)
    async def check_basket(self):
        """The catalogue's rules on the plan and add-ons: the add-ons that go with it, and any refusal."""
        async with self:
            offer_id, add_on_ids = self.offer_id, list(self.selected_add_on_ids)
            if not offer_id:
                return
            token = await (await self.get_state(AuthState)).access_token() or ""
        try:
            configuration = await retail.configure(token, offer_id, add_on_ids)
        except BffError as exc:
            async with self:
                self.basket_problems = [exc.message]
            return
        async with self:
            if (offer_id, add_on_ids) != (self.offer_id, list(self.selected_add_on_ids)):
                return  # a newer choice is being checked
            self.add_on_choices = [
                AddOnChoice(
                    id=a.id, name=a.name, price=self._add_on_prices.get(a.id, ""), mandatory=a.mandatory
                )
                for a in configuration.allowed_add_ons
            ]
            self.basket_problems = [p.message for p in configuration.problems]

    @rx.event(background=True)
    async def check_address(self, form: dict[str, str]):
        postcode, house_number = field(form, "postcode"), field(form, "house_number")
        async with self:
            self.order_postcode, self.order_house_number = postcode, house_number
            self.order_result = self.order_error = ""
            if not (postcode and house_number):
                self.order_error = "Enter the postcode and house number."
                return
            token = await (await self.get_state(AuthState)).access_token()
            customer_id = self._customer_id()
            self.checking = True
        try:
            availability = await retail.check_availability(token or "", postcode, house_number, customer_id)
            error = address_refusal(availability)
        except BffError as exc:
            availability, error = None, exc.message
        async with self:
            self.checking = False
            self._basket_changed()
            self.order_error = error
            self.selected_add_on_ids, self.add_on_choices, self.basket_problems = [], [], []
            # What the line carries that this customer cannot buy here (TMF679), and why.
            self.unavailable_offers = (
                [unavailable_display(o) for o in availability.unavailable] if availability else []
            )
            if availability is None or not availability.serviceable:
                self.address_id, self.offer_choices, self.offer_id = "", [], ""
                return
            self.address_id = availability.address.id
            self.address_label = availability.address.label or f"{house_number}, {postcode}"
            self.offer_choices = [
                Row(id=o.id, title=f"{o.name} — {format_money(o.monthly_price)}/month", state=o.technology)
                for o in availability.offers
            ]
            self.offer_id = self.offer_choices[0].id if self.offer_choices else ""
        yield StaffCustomerState.check_basket

    def _basket_refusal(self) -> str:
        if not (self.address_id and self.offer_id):
            return "Check the address and choose a plan first."
        return self.basket_problems[0] if self.basket_problems else ""

    @rx.event(background=True)
    async def place_order(self):
        async with self:
            refusal = self._basket_refusal()
            discount, discount_problem = parse_discount(self.discount, self.discount_reason)
            if refusal or discount_problem:
                self.order_error = refusal or discount_problem
                return
            # One key per attempt: a double click or a retry after a failure orders once.
            self._order_key = self._order_key or str(uuid.uuid4())
            key, customer_id = self._order_key, self._customer_id()
            address_id, offer_id, add_on_ids = self.address_id, self.offer_id, list(self.selected_add_on_ids)
            reason, lead_id = self.discount_reason.strip(), self.lead_id
            token = await (await self.get_state(AuthState)).access_token()
            self.placing = True
            self.order_error = self.order_result = self.order_result_detail = ""
        try:
            order = await retail.place_order(
                token or "",
                customer_id,
                address_id=address_id,
                offer_id=offer_id,
                add_on_ids=add_on_ids,
                discount_percent=discount,
                discount_reason=reason,
                idempotency_key=key,
                lead_id=lead_id,
            )
        except BffError as exc:
            async with self:
                self.placing = False
                self.order_error = exc.message
            return
        async with self:
            self.placing = False
            self._order_key = ""
            self._show_result(order)
            self.orders = [_order_row(order), *[row for row in self.orders if row.id != order.id]]

    @rx.event(background=True)
    async def send_quote(self):
        async with self:
            refusal = self._basket_refusal()
            if refusal:
                self.order_error = refusal
                return
            self._quote_key = self._quote_key or f"quote-{uuid.uuid4().hex}"
            key, customer_id = self._quote_key, self._customer_id()
            address_id, offer_id, add_on_ids = self.address_id, self.offer_id, list(self.selected_add_on_ids)
            lead_id = self.lead_id
            token = await (await self.get_state(AuthState)).access_token()
            self.quoting = True
            self.order_error = self.quote_result_id = ""
        try:
            quote = await retail.send_quote(
                token or "",
                customer_id,
                address_id=address_id,
                offer_id=offer_id,
                add_on_ids=add_on_ids,
                idempotency_key=key,
                lead_id=lead_id,
            )
        except BffError as exc:
            async with self:
                self.quoting = False
                self.order_error = exc.message
            return
        async with self:
            self.quoting = False
            self._quote_key = ""
            self.quote_result_id = quote.id
            self.quotes = [_quote_row(quote), *[row for row in self.quotes if row.id != quote.id]]

    @rx.event(background=True)
    async def open_move(self, order_id: str):
        """The free slots the order's visit can move to, earliest first."""
        async with self:
            self.visit_order_id, self.visit_cancel_order_id = order_id, ""
            self.visit_loading, self.visit_error, self.visit_message = True, "", ""
            self.visit_slots, self.visit_slot = [], ""
            customer_id = self._customer_id()
            token = await (await self.get_state(AuthState)).access_token() or ""
        try:
            slots = await retail.visit_slots(token, customer_id, order_id)
        except BffError as exc:
            async with self:
                self.visit_loading, self.visit_error = False, exc.message
            return
        async with self:
            self.visit_loading = False
            self.visit_slots = [SlotRow(id=s.id, label=s.label, start=s.start, end=s.end) for s in slots]
            if not slots:
                self.visit_error = "No engineer visit is free at this address at the moment."

    @rx.event
    def close_visit(self) -> None:
        self.visit_order_id = self.visit_cancel_order_id = ""
        self.visit_error = ""

    @rx.event
    def set_visit_slot(self, value: str) -> None:
        self.visit_slot = value

    @rx.event
    def open_cancel(self, order_id: str) -> None:
        self.visit_cancel_order_id, self.visit_order_id = order_id, ""
        self.visit_error = self.visit_message = ""

    @rx.event(background=True)
    async def move_visit(self, form: dict[str, str]):
        """Move the visit to the chosen slot (or book it for a cancelled visit); a new key per click."""
        async with self:
            chosen = field(form, "slot") or self.visit_slot
            slot = next((s for s in self.visit_slots if s.id == chosen), None)
            if self.visit_busy or slot is None:
                if slot is None:
                    self.visit_error = "Choose a day and time for the visit."
                return
            order_id, customer_id = self.visit_order_id, self._customer_id()
            self.visit_busy, self.visit_error = True, ""
            token = await (await self.get_state(AuthState)).access_token() or ""
        try:
            await retail.move_visit(
                token,
                customer_id,
                order_id,
                retail.VisitSlot(id=slot.id, start=slot.start, end=slot.end),
                idempotency_key=f"visit-{order_id}-{uuid.uuid4().hex[:12]}",
            )
        except BffError as exc:
            async with self:
                self.visit_busy, self.visit_error = False, exc.message
            return
        await self._visit_changed(
            token, customer_id, f"Visit moved to {slot.label.removeprefix('Engineer visit ')}."
        )

    @rx.event(background=True)
    async def cancel_visit(self):
        async with self:
            if self.visit_busy or not self.visit_cancel_order_id:
                return
            order_id, customer_id = self.visit_cancel_order_id, self._customer_id()
            self.visit_busy, self.visit_error = True, ""
            token = await (await self.get_state(AuthState)).access_token() or ""
        try:
            await retail.cancel_visit(
                token,
                customer_id,
                order_id,
                idempotency_key=f"visit-cancel-{order_id}-{uuid.uuid4().hex[:12]}",
            )
        except BffError as exc:
            async with self:
                self.visit_busy, self.visit_error = False, exc.message
            return
        await self._visit_changed(
            token, customer_id, "Visit cancelled: the order waits until a new slot is booked."
        )

    async def _visit_changed(self, token: str, customer_id: str, message: str) -> None:
        """Close the change, say what was done, and show the 360's orders as they are now."""
        try:
            view = await retail.get_customer(token, customer_id)
        except BffError:
            view = None  # the periodic refresh shows it
        async with self:
            self.visit_busy = False
            self.visit_order_id = self.visit_cancel_order_id = ""
            self.visit_message = message
            if view is not None:
                self._show(view)

    # --- ending a line, cancelling an order, the contact details (the BFF has the last word on each) -----

    @rx.event
    def open_end_line(self, product_id: str) -> None:
        self.ending_line_id, self._end_key = product_id, ""
        self.line_error = self.line_message = ""

    @rx.event
    def keep_line(self) -> None:
        self.ending_line_id, self.line_error = "", ""

    @rx.event(background=True)
    async def end_line(self):
        """End the line, accepting the charge the confirmation showed: the BFF refuses a cease whose charge
        was not seen (EARLY_TERMINATION_CHARGE), and then the 360 is read again to show it as it is now."""
        async with self:
            line = next((p for p in self.products if p.id == self.ending_line_id), None)
            if self.ending_busy or line is None:
                return
            charge = (Decimal(line.end_charge), line.end_currency) if line.end_charge else None
            # One key per confirmation of this charge: a double click ends the line once.
            self._end_key = self._end_key or f"cease-{line.id}-{uuid.uuid4().hex[:12]}"
            key, customer_id = self._end_key, self._customer_id()
            self.ending_busy, self.line_error, self.line_message = True, "", ""
            token = await (await self.get_state(AuthState)).access_token() or ""
        try:
            order = await retail.end_line(
                token, customer_id, line.id, idempotency_key=key, accept_charge=charge
            )
        except BffError as exc:
            async with self:
                self.ending_busy, self.line_error, self._end_key = False, exc.message, ""
            await self._reload(token, customer_id)  # a changed charge is shown before the next confirm
            return
        async with self:
            self.ending_busy, self.ending_line_id, self._end_key = False, "", ""
            state = staff_state_words(order.state)
            self.line_message = f"Ending {line.title}: order {order.id} ({state})."
        await self._reload(token, customer_id)

    @rx.event
    def open_cancel_order(self, order_id: str) -> None:
        self.cancel_order_id = order_id
        self.order_cancel_error = self.order_cancel_message = ""

    @rx.event
    def keep_order(self) -> None:
        self.cancel_order_id, self.order_cancel_error = "", ""

    @rx.event(background=True)
    async def cancel_order(self):
        async with self:
            order_id, customer_id = self.cancel_order_id, self._customer_id()
            if self.cancelling_order or not order_id:
                return
            self.cancelling_order, self.order_cancel_error = True, ""
            token = await (await self.get_state(AuthState)).access_token() or ""
        try:
            await retail.cancel_order(
                token, customer_id, order_id, idempotency_key=f"cancel-{order_id}-{uuid.uuid4().hex[:12]}"
            )
        except BffError as exc:
            async with self:
                self.cancelling_order, self.order_cancel_error = False, exc.message
            return
        async with self:
            self.cancelling_order, self.cancel_order_id = False, ""
            self.order_cancel_message = f"Cancellation asked for order {order_id}."
        await self._reload(token, customer_id)

    @rx.event
    def open_contact(self) -> None:
        self.editing_contact, self.contact_error, self.contact_message = True, "", ""

    @rx.event
    def close_contact(self) -> None:
        self.editing_contact, self.contact_error = False, ""

    @rx.event(background=True)
    async def save_contact(self, form: dict[str, str]):
        email, phone = field(form, "email"), field(form, "phone")
        async with self:
            if self.saving_contact:
                return
            changes = {
                "email": email if email and email != self.customer_email else None,
                "phone": phone if phone and phone != self.customer_phone else None,
            }
            if not any(changes.values()):
                self.contact_error = "Change the email or phone first."
                return
            customer_id = self._customer_id()
            self.saving_contact, self.contact_error = True, ""
            token = await (await self.get_state(AuthState)).access_token() or ""
        try:
            shown = await retail.change_contact(token, customer_id, **changes)
        except BffError as exc:
            async with self:
                # What is wrong with the field the BFF refused ("Enter a valid email address, …"), if named.
                fields = " ".join(exc.field_errors.values())
                self.saving_contact, self.contact_error = False, fields or exc.message
            return
        async with self:
            self.saving_contact, self.editing_contact = False, False
            self.customer_email, self.customer_phone = shown.email, shown.phone
            self.contact_message = "Contact details saved."
        await self._reload(token, customer_id)

    async def _reload(self, token: str, customer_id: str) -> None:
        """The 360 as it is now (the periodic refresh would show it a few seconds later)."""
        try:
            view = await retail.get_customer(token, customer_id)
        except BffError:
            return
        async with self:
            if self._shown_customer_id == customer_id:
                self._show(view)


def _note_row(note: retail.NoteView) -> NoteRow:
    return NoteRow(
        id=note.id, text=note.text, byline=f"{note.author_name} · {note.created_at[:16].replace('T', ' ')}"
    )
