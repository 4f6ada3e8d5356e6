"""The print-ready contract summary of one order: the summary the customer accepted, as the order keeps it
(``GET /api/v1/orders/{id}`` ``contractSummary``)."""

import reflex as rx

from storefront import routes
from storefront.clients import web
from storefront.state.app_state import AppState
from storefront.state.auth import AuthState
from storefront.views import ContractSummaryDisplay, contract_summary_display

NO_SUMMARY = "This order keeps no contract summary: it was placed before summaries were kept, or by a store."


class ContractSummaryState(AppState):
    contract: ContractSummaryDisplay = ContractSummaryDisplay()
    reference: str = ""
    order_url: str = ""
    loading: bool = True
    error: str = ""
    needs_sign_in: bool = False

    @rx.event(background=True)
    async def load(self):
        """on_load: the order, and the summary it keeps."""
        async with self:
            # Reflex adds the dynamic segment of the route to the state as the var `order_id`.
            order_id = str(getattr(self, "order_id", "") or "")
            self.loading, self.error, self.needs_sign_in = True, "", False
            self.contract, self.reference = ContractSummaryDisplay(), ""
            self.order_url = routes.order_url(order_id)
            token = await (await self.get_state(AuthState)).access_token()
        try:
            order = await web.get_order(order_id, token)
        except web.BffError as exc:
            async with self:
                self.loading = False
                self.error = exc.message
                self.needs_sign_in = exc.status == 401 or (exc.status == 403 and not token)
            return
        async with self:
            self.loading = False
            self.reference = order.reference or order.id
            self.contract = contract_summary_display(order.contract_summary)
            if order.contract_summary is None:
                self.error = NO_SUMMARY
