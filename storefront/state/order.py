"""The confirmation page: loads the order from the BFF on every page load, so reloads and links work."""

import reflex as rx

from storefront import bff_client as bff
from storefront.state.app_state import AppState
from storefront.views import OrderView, order_view


class OrderState(AppState):
    order: OrderView = OrderView()
    loading: bool = True
    error: str = ""

    def _route_order_id(self) -> str:
        # Reflex adds the dynamic segment of /order/[order_id] to the state as the var `order_id`.
        return str(getattr(self, "order_id", "") or "")

    @rx.event(background=True)
    async def load_order(self):
        async with self:
            order_id = self._route_order_id()
            self.loading = True
            self.error = ""
            if self.order.id != order_id:
                self.order = OrderView()  # never show the previous order under a new reference
        try:
            order = await bff.get_order(order_id)
        except bff.BffError as exc:
            async with self:
                self.loading = False
                self.error = exc.message
            return
        async with self:
            self.loading = False
            self.order = order_view(order)
