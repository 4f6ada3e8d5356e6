"""Store staff home `/store`: who is signed in, their store, and a customer search (retail BFF).

Guests go to sign in and come back; a signed-in customer is told the area is for staff.
"""

import reflex as rx
from pydantic import BaseModel

from storefront import routes
from storefront.clients import retail
from storefront.clients.http import BffError
from storefront.forms import field
from storefront.state.auth import AuthState


class CustomerRow(BaseModel):
    id: str = ""
    name: str = ""
    email: str = ""
    postcode: str = ""


# Each field of the new-customer form and what to say when it is missing or refused.
NEW_CUSTOMER_FIELDS = {
    "given_name": "Enter the customer's given name.",
    "family_name": "Enter the customer's family name.",
    "email": "Enter a valid email address, like name@example.com.",
    "phone": "Enter a valid phone number, like 07700 900123.",
}
# storefront.clients names the BFF's 422 fields by the checkout form's names.
FORM_FIELD_NAMES = {
    "given_name": "first_name",
    "family_name": "last_name",
    "email": "email",
    "phone": "phone",
}


class StaffState(rx.State):
    loading: bool = True
    not_staff: bool = False
    staff_name: str = ""
    store_id: str = ""
    store_name: str = ""
    is_manager: bool = False
    discount_limit: str = ""
    error: str = ""

    name: str = ""
    email: str = ""
    phone: str = ""
    postcode: str = ""
    searching: bool = False
    searched: bool = False
    results: list[CustomerRow] = []
    search_error: str = ""

    # A new customer, typed at the counter.
    new_customer: dict[str, str] = {}
    creating: bool = False
    create_errors: dict[str, str] = {}
    create_error: str = ""
    existing: CustomerRow = CustomerRow()

    @rx.event(background=True)
    async def load(self):
        """on_load: guests sign in first; customers see the staff-only notice; staff see their store."""
        async with self:
            auth = await self.get_state(AuthState)
            token = await auth.access_token()
            if not token:
                return AuthState.sign_in(routes.STORE, False)
            # "Loading" only before the store is known: loaded again (the connection came back), the page
            # is refreshed in place and keeps what the agent has typed.
            self.loading = not self.store_id
            self.error = ""
            self.not_staff = not auth.is_staff
            if self.not_staff:
                self.loading = False
                return None
        try:
            me = await retail.get_me(token)
        except BffError as exc:
            async with self:
                self.loading = False
                self.not_staff = exc.status == 403
                self.error = "" if self.not_staff else exc.message
            return None
        async with self:
            self.loading = False
            self.staff_name = me.name
            self.store_id = me.store_id
            self.store_name = me.store_name or me.store_id
            self.is_manager = me.is_manager
            self.discount_limit = f"{me.discount_limit_percent:g}"
        return None

    @rx.event(background=True)
    async def create_customer(self, form: dict[str, str]):
        """A new customer from the counter; an email we know already is not made again: we say whose it is."""
        fields = {key: field(form, key) for key in NEW_CUSTOMER_FIELDS}
        async with self:
            self.new_customer = fields
            self.create_errors, self.create_error, self.existing = {}, "", CustomerRow()
            missing = {key: NEW_CUSTOMER_FIELDS[key] for key, value in fields.items() if not value}
            if missing:
                self.create_errors = missing
                return None
            token = await (await self.get_state(AuthState)).access_token()
            self.creating = True
        try:
            customer, created = await retail.create_customer(
                token or "",
                given_name=fields["given_name"],
                family_name=fields["family_name"],
                email=fields["email"],
                phone=fields["phone"],
            )
        except BffError as exc:
            async with self:
                self.creating = False
                self.create_error = exc.message
                self.create_errors = {
                    key: NEW_CUSTOMER_FIELDS[key]
                    for key, form_name in FORM_FIELD_NAMES.items()
                    if form_name in exc.field_errors
                }
            return None
        async with self:
            self.creating = False
            if not created:
                self.existing = CustomerRow(id=customer.id, name=customer.name, email=customer.email)
                return None
            self.new_customer = {}
        return rx.redirect(routes.store_customer_url(customer.id))

    @rx.event(background=True)
    async def search(self, form: dict[str, str]):
        criteria = {key: str(form.get(key, "")) for key in ("name", "email", "phone", "postcode")}
        async with self:
            self.name, self.email, self.phone, self.postcode = criteria.values()
            if not any(value.strip() for value in criteria.values()):
                self.search_error = "Enter a name, email, phone number or postcode to search."
                return
            token = await (await self.get_state(AuthState)).access_token()
            self.searching = True
            self.search_error = ""
        try:
            customers = await retail.search_customers(token or "", **criteria)
            rows = [CustomerRow(id=c.id, name=c.name, email=c.email, postcode=c.postcode) for c in customers]
            error = ""
        except BffError as exc:
            rows, error = [], exc.message
        async with self:
            self.searching = False
            self.searched = True
            self.results = rows
            self.search_error = error
