"""My account `/account`: the signed-in customer's orders and broadband lines; changing a line's speed and
ending a line. Guests are sent to sign in and come back here.

While an order is open (e.g. waiting for its engineer visit) the orders are read again every few seconds, so
the list follows it to the end without a reload; a line appears when its order completes.

Every change is keyed (Idempotency-Key) per product and action, so a double click or a retry after a failure
asks the BFF once; the key is dropped once the BFF has answered, so the next change is a new request.
"""

import asyncio
import uuid
from decimal import Decimal

import reflex as rx

from storefront import routes
from storefront.clients import web
from storefront.state.app_state import AppState
from storefront.state.auth import AuthState
from storefront.state.browser_session import publish
from storefront.views import (
    OfferDisplay,
    OrderDisplay,
    ProductDisplay,
    offer_display,
    order_display,
    product_display,
)

EARLY_TERMINATION_CHARGE = "EARLY_TERMINATION_CHARGE"
# How often the orders are read again while one is open, and for how long at most (the page reloads them).
ORDERS_POLL_SECONDS = 4.0
MAX_FOLLOW_SECONDS = 30 * 60


class AccountState(AppState):
    orders: list[OrderDisplay] = []
    orders_note: str = ""
    products: list[ProductDisplay] = []
    catalogue_offers: list[OfferDisplay] = []
    loading: bool = True
    orders_error: str = ""
    products_error: str = ""

    changing_product_id: str = ""
    new_offer_id: str = ""
    ending_product_id: str = ""
    busy: bool = False
    action_error: str = ""

    _keys: dict[str, str] = {}
    _follower: str = ""

    @rx.var
    def speed_choices(self) -> list[OfferDisplay]:
        """The other speeds of the line being changed: same technology, another offer."""
        product = next((p for p in self.products if p.id == self.changing_product_id), None)
        if product is None:
            return []
        return [
            offer
            for offer in self.catalogue_offers
            if offer.id != product.offer_id
            and (not product.technology_code or offer.technology_code == product.technology_code)
        ]

    @rx.event(background=True)
    async def load(self):
        """on_load: guests go to sign in first; then orders, lines and the speeds on sale, side by side."""
        async with self:
            auth = await self.get_state(AuthState)
            token = await auth.access_token()
            if not token:
                return AuthState.sign_in(routes.ACCOUNT, False)
            session_orders = list(self.placed_order_ids)
            self.loading = True
            self.orders_error = self.products_error = self.action_error = ""
        orders, orders_error, note = await self._orders(token, session_orders)
        try:
            products = [product_display(p) for p in await web.list_products(token)]
            products_error = ""
        except web.BffError as exc:
            products, products_error = [], exc.message
        try:
            catalogue = [offer_display(o) for o in (await web.get_catalogue()).offers]
        except web.BffError:
            catalogue = []  # only the speed change needs it; it says so when it is empty
        async with self:
            self.loading = False
            self.orders = [order_display(o) for o in orders]
            self.orders_error, self.orders_note = orders_error, note
            self.products, self.products_error = products, products_error
            self.catalogue_offers = catalogue
            follow = any(not order.final for order in self.orders)
        return AccountState.follow_orders if follow else None

    @rx.event(background=True)
    async def follow_orders(self):
        """Read the orders again while one is open and the customer is on this page; when one ends, load the
        whole page again (its line may have started)."""
        follower = uuid.uuid4().hex
        async with self:
            self._follower = follower
        loop = asyncio.get_running_loop()
        started = loop.time()
        while loop.time() - started < MAX_FOLLOW_SECONDS:
            await asyncio.sleep(ORDERS_POLL_SECONDS)
            async with self:
                watching = self._follower == follower and self.router.url.path.rstrip("/") == routes.ACCOUNT
                if not watching or not any(not order.final for order in self.orders):
                    return None
                session_orders = list(self.placed_order_ids)
                token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return None
            orders, error, _ = await self._orders(token, session_orders)
            if error:
                continue  # a missed read: the next one may answer
            async with self:
                if self._follower != follower:
                    return None
                was_open = {order.id for order in self.orders if not order.final}
                self.orders = [order_display(order) for order in orders]
                if any(order.final and order.id in was_open for order in self.orders):
                    return AccountState.load
        return None

    async def _orders(self, token: str, session_orders: list[str]) -> tuple[list[web.OrderView], str, str]:
        try:
            return await web.list_orders(token), "", ""
        except web.BffError as exc:
            if exc.status not in (404, 405):
                return [], exc.message, ""
        # The BFF cannot list a customer's orders yet: show the ones placed in this browser session.
        orders = []
        for order_id in session_orders:
            try:
                orders.append(await web.get_order(order_id, token))
            except web.BffError:
                continue
        return orders, "", "Showing the orders you placed on this device."

    def _key(self, action: str, product_id: str, detail: str = "") -> str:
        name = f"{action}:{product_id}:{detail}"
        if name not in self._keys:
            self._keys = {**self._keys, name: f"{action}-{uuid.uuid4().hex}"}
        return self._keys[name]

    async def _reload_products(self, token: str | None) -> None:
        """The lines read again (a charge changed since the page was loaded); the error shown stays."""
        if not token:
            return
        try:
            products = [product_display(p) for p in await web.list_products(token)]
        except web.BffError:
            return
        async with self:
            self.products = products

    def _forget_key(self, action: str, product_id: str, detail: str = "") -> None:
        self._keys = {k: v for k, v in self._keys.items() if k != f"{action}:{product_id}:{detail}"}

    @rx.event
    def start_change(self, product_id: str) -> None:
        self.changing_product_id, self.ending_product_id = product_id, ""
        self.new_offer_id, self.action_error = "", ""

    @rx.event
    def start_end(self, product_id: str) -> None:
        self.ending_product_id, self.changing_product_id = product_id, ""
        self.action_error = ""

    @rx.event
    def stop_action(self) -> None:
        self.changing_product_id = self.ending_product_id = ""
        self.action_error = ""

    @rx.event
    def set_new_offer_id(self, value: str) -> None:
        self.new_offer_id = value

    @rx.event(background=True)
    async def change_speed(self, form_data: dict):
        offer_id = str(form_data.get("offer_id", "")).strip()
        async with self:
            product_id = self.changing_product_id
            if self.busy or not product_id:
                return None
            if not offer_id:
                self.action_error = "Choose the new speed."
                return None
            self.new_offer_id = offer_id
            key = self._key("modify", product_id, offer_id)
            token = await (await self.get_state(AuthState)).access_token()
            self.busy, self.action_error = True, ""
        try:
            order = await web.modify_product(
                product_id, offer_id=offer_id, idempotency_key=key, access_token=token
            )
        except web.BffError as exc:
            async with self:
                self.busy, self.action_error = False, exc.message
                if exc.status is not None and 400 <= exc.status < 500 and exc.status != 409:
                    self._forget_key("modify", product_id, offer_id)
            return None
        async with self:
            self.busy = False
            self._forget_key("modify", product_id, offer_id)
            self.changing_product_id = ""
            self.placed_order_ids = [order.id, *self.placed_order_ids]
            await publish(self)
        return rx.redirect(routes.order_url(order.id))

    @rx.event(background=True)
    async def end_line(self, form_data: dict):
        """End the line, accepting the early-termination charge the confirmation showed (if any): the BFF
        refuses a cease whose charge was not seen (EARLY_TERMINATION_CHARGE), and then the lines are read
        again so the confirmation shows the charge as it is now."""
        reason = str(form_data.get("reason", "")).strip()
        async with self:
            product_id = self.ending_product_id
            if self.busy or not product_id:
                return None
            line = next((p for p in self.products if p.id == product_id), None)
            charge = (
                (Decimal(line.end_charge), line.end_currency)
                if line is not None and line.end_charge
                else None
            )
            key = self._key("cease", product_id, line.end_charge if line else "")
            token = await (await self.get_state(AuthState)).access_token()
            self.busy, self.action_error = True, ""
        try:
            order = await web.cease_product(
                product_id,
                reason=reason or "No longer needed",
                idempotency_key=key,
                access_token=token,
                accept_charge=charge,
            )
        except web.BffError as exc:
            async with self:
                self.busy, self.action_error = False, exc.message
            if exc.code == EARLY_TERMINATION_CHARGE:
                await self._reload_products(token)
            return None
        async with self:
            self.busy = False
            self._forget_key("cease", product_id, line.end_charge if line else "")
            self.ending_product_id = ""
            self.placed_order_ids = [order.id, *self.placed_order_ids]
            await publish(self)
        return rx.redirect(routes.order_url(order.id))
