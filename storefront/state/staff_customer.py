"""Customer 360 `/store/customer/[customer_id]`: contact details, products, orders, open quotes, registered
interest and notes, from the retail BFF; staff add notes here."""

import uuid

import reflex as rx
from pydantic import BaseModel

from storefront import retail_client as retail
from storefront import routes
from storefront.bff_client import BffError
from storefront.state.auth import AuthState


class Row(BaseModel):
    id: str = ""
    title: str = ""
    state: str = ""


class NoteRow(BaseModel):
    id: str = ""
    text: str = ""
    byline: str = ""


class CustomerState(rx.State):
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

    # Ordering on the customer's behalf: quick address check, an offer, an optional discount.
    discount_limit: str = ""
    order_postcode: str = ""
    order_house_number: str = ""
    address_id: str = ""
    address_label: str = ""
    offer_choices: list[Row] = []
    offer_id: str = ""
    discount: str = ""
    checking: bool = False
    placing: bool = False
    order_error: str = ""
    order_result: str = ""
    order_result_state: str = ""
    order_result_id: str = ""
    _order_key: str = ""

    def _customer_id(self) -> str:
        return str(self.router.page.params.get("customer_id", ""))

    @rx.event(background=True)
    async def load(self):
        async with self:
            customer_id = self._customer_id()
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return AuthState.sign_in(routes.store_customer_url(customer_id), False)
            self.loading = True
            self.error = ""
        try:
            me = await retail.get_me(token)
            view = await retail.get_customer(token, customer_id)
        except BffError as exc:
            async with self:
                self.loading = False
                self.error = exc.message
            return None
        async with self:
            self.loading = False
            self.discount_limit = f"{me.discount_limit_percent:g}"
            c = view.customer
            self.customer_name, self.customer_email, self.customer_phone = c.name, c.email, c.phone
            self.customer_postcode, self.customer_status = c.postcode, c.status
            self.products = [
                Row(id=p.id, title=p.name or p.offer_name, state=p.status) for p in view.products
            ]
            self.orders = [Row(id=o.id, title=o.offer_name or o.id, state=o.state) for o in view.orders]
            self.quotes = [Row(id=q.id, title=q.id, state=q.state) for q in view.quotes]
            self.leads = [Row(id=lead.id, title=lead.interest, state=lead.postcode) for lead in view.leads]
            self.notes = [_note_row(n) for n in view.notes]
        return None

    @rx.event
    def set_note_text(self, value: str):
        self.note_text = value

    @rx.event(background=True)
    async def save_note(self, form: dict[str, str]):
        text = str(form.get("note", "")).strip()
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

    @rx.event
    def set_offer_id(self, value: str):
        self.offer_id = value
        self._order_key = ""

    @rx.event
    def set_discount(self, value: str):
        self.discount = value
        self._order_key = ""

    @rx.event(background=True)
    async def check_address(self, form: dict[str, str]):
        postcode = str(form.get("postcode", "")).strip()
        house_number = str(form.get("house_number", "")).strip()
        async with self:
            self.order_postcode, self.order_house_number = postcode, house_number
            self.order_result = self.order_error = ""
            if not (postcode and house_number):
                self.order_error = "Enter the postcode and house number."
                return
            token = await (await self.get_state(AuthState)).access_token()
            self.checking = True
        try:
            availability = await retail.check_availability(token or "", postcode, house_number)
            error = "" if availability.serviceable else "We cannot sell broadband at this address yet."
        except BffError as exc:
            availability, error = None, exc.message
        async with self:
            self.checking = False
            self.order_error = error
            self._order_key = ""
            if availability is None or not availability.serviceable:
                self.address_id, self.offer_choices, self.offer_id = "", [], ""
                return
            self.address_id = availability.address.id
            self.address_label = availability.address.label or f"{house_number}, {postcode}"
            self.offer_choices = [
                Row(id=o.id, title=f"{o.name} — £{o.monthly_price}/month", state=o.technology)
                for o in availability.offers
            ]
            self.offer_id = self.offer_choices[0].id if self.offer_choices else ""

    @rx.event(background=True)
    async def place_order(self):
        async with self:
            if not (self.address_id and self.offer_id):
                self.order_error = "Check the address and choose a plan first."
                return
            try:
                discount = float(self.discount) if self.discount.strip() else None
            except ValueError:
                self.order_error = "Enter the discount as a number, like 5."
                return
            if discount is not None and not 0 <= discount <= 100:
                self.order_error = "Enter a discount between 0 and 100 %."
                return
            # One key per attempt: a double click or a retry after a failure orders once.
            self._order_key = self._order_key or str(uuid.uuid4())
            key, customer_id, address_id, offer_id = (
                self._order_key,
                self._customer_id(),
                self.address_id,
                self.offer_id,
            )
            token = await (await self.get_state(AuthState)).access_token()
            self.placing = True
            self.order_error = self.order_result = ""
        try:
            order = await retail.place_order(
                token or "",
                customer_id,
                address_id=address_id,
                offer_id=offer_id,
                discount_percent=discount,
                idempotency_key=key,
            )
        except BffError as exc:
            async with self:
                self.placing = False
                self.order_error = exc.message
            return
        async with self:
            self.placing = False
            self._order_key = ""
            held = order.approval_required or order.state == "held"
            self.order_result = "Placed and waiting for manager approval" if held else "Order placed"
            self.order_result_state = order.state
            self.order_result_id = order.id
            self.orders = [Row(id=order.id, title=order.id, state=order.state), *self.orders]


def _note_row(note: retail.Note) -> NoteRow:
    return NoteRow(
        id=note.id, text=note.text, byline=f"{note.author_name} · {note.created_at[:16].replace('T', ' ')}"
    )
