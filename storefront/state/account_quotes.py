"""My account's "Quotes from our store": open quotes store staff sent the signed-in customer (web BFF
``GET /api/v1/account/quotes``), each accepted with one click, which places its order
(``POST /api/v1/quotes/{id}/accept``). One Idempotency-Key per quote until the BFF answers, so a double click
or a retry after a failure places one order.
"""

import uuid

import reflex as rx
from pydantic import BaseModel

from storefront import routes
from storefront.clients import web
from storefront.staff_views import QuoteCard, quote_card
from storefront.state.account import AccountState
from storefront.state.auth import AuthState


class AcceptedQuote(BaseModel):
    quote_id: str = ""
    order_id: str = ""
    order_url: str = ""


class AccountQuotesState(rx.State):
    loading: bool = False
    error: str = ""
    quotes: list[QuoteCard] = []
    accepting_id: str = ""
    accept_error: str = ""
    accepted: list[AcceptedQuote] = []

    _keys: dict[str, str] = {}

    @rx.event(background=True)
    async def load(self):
        async with self:
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return  # the account page sends guests to sign in
            self.loading, self.error = True, ""
        try:
            quotes = await web.list_account_quotes(token)
            error = ""
        except web.BffError as exc:
            quotes, error = [], exc.message
        async with self:
            self.loading = False
            self.error = error
            self.quotes = [quote_card(quote) for quote in quotes]

    @rx.event(background=True)
    async def accept(self, quote_id: str):
        async with self:
            if self.accepting_id:
                return
            if quote_id not in self._keys:
                self._keys = {**self._keys, quote_id: f"accept-{uuid.uuid4().hex}"}
            key = self._keys[quote_id]
            token = await (await self.get_state(AuthState)).access_token()
            self.accepting_id, self.accept_error = quote_id, ""
        try:
            order = await web.accept_quote(quote_id, idempotency_key=key, access_token=token)
        except web.BffError as exc:
            async with self:
                self.accepting_id, self.accept_error = "", exc.message
            return
        async with self:
            self.accepting_id = ""
            self._keys = {k: v for k, v in self._keys.items() if k != quote_id}
            self.quotes = [quote for quote in self.quotes if quote.id != quote_id]
            done = AcceptedQuote(quote_id=quote_id, order_id=order.id, order_url=routes.order_url(order.id))
            self.accepted = [done, *[a for a in self.accepted if a.quote_id != quote_id]]
        return AccountState.load  # "Your orders" lists the new order too
