"""Store staff home `/store`: who is signed in, their store, and a customer search (retail BFF).

Guests go to sign in and come back; a signed-in customer is told the area is for staff.
"""

import reflex as rx
from pydantic import BaseModel

from storefront import retail_client as retail
from storefront import routes
from storefront.bff_client import BffError
from storefront.state.auth import AuthState


class CustomerRow(BaseModel):
    id: str = ""
    name: str = ""
    email: str = ""
    postcode: str = ""


class StaffState(rx.State):
    loading: bool = True
    not_staff: bool = False
    staff_name: str = ""
    store_id: str = ""
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

    @rx.event(background=True)
    async def load(self):
        """on_load: guests sign in first; customers see the staff-only notice; staff see their store."""
        async with self:
            auth = await self.get_state(AuthState)
            token = await auth.access_token()
            if not token:
                return AuthState.sign_in(routes.STORE, False)
            self.loading = True
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
            self.is_manager = me.is_manager
            self.discount_limit = f"{me.discount_limit_percent:g}"
        return None

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
