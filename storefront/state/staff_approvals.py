"""Approvals `/store/approvals`: the store's held orders; a manager approves or rejects (with a reason),
agents see the list read-only."""

import reflex as rx
from pydantic import BaseModel

from storefront import retail_client as retail
from storefront import routes
from storefront.bff_client import BffError
from storefront.state.auth import AuthState


class ApprovalRow(BaseModel):
    order_id: str = ""
    reason: str = ""
    held_since: str = ""


class ApprovalsState(rx.State):
    loading: bool = True
    error: str = ""
    store_id: str = ""
    is_manager: bool = False
    approvals: list[ApprovalRow] = []
    rejecting_id: str = ""
    reject_reason: str = ""
    busy: bool = False
    decision: str = ""
    decision_state: str = ""

    @rx.event(background=True)
    async def load(self):
        async with self:
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return AuthState.sign_in(routes.STORE_APPROVALS, False)
            self.loading = True
            self.error = ""
        try:
            me = await retail.get_me(token)
            approvals = await retail.list_approvals(token, me.store_id)
        except BffError as exc:
            async with self:
                self.loading = False
                self.error = exc.message
            return None
        async with self:
            self.loading = False
            self.store_id, self.is_manager = me.store_id, me.is_manager
            self.approvals = [
                ApprovalRow(
                    order_id=a.order.id, reason=a.reason, held_since=a.held_since[:16].replace("T", " ")
                )
                for a in approvals
            ]
        return None

    @rx.event
    def start_reject(self, order_id: str):
        self.rejecting_id = order_id
        self.reject_reason = ""

    @rx.event
    def set_reject_reason(self, value: str):
        self.reject_reason = value

    @rx.event(background=True)
    async def approve(self, order_id: str):
        await self._decide(order_id, approve=True, reason="")

    @rx.event(background=True)
    async def reject(self, form: dict[str, str]):
        reason = str(form.get("reason", "")).strip()
        async with self:
            order_id = self.rejecting_id
            if not reason:
                self.error = "Give a reason for rejecting the order."
                return
        await self._decide(order_id, approve=False, reason=reason)

    async def _decide(self, order_id: str, *, approve: bool, reason: str) -> None:
        async with self:
            token = await (await self.get_state(AuthState)).access_token()
            store_id = self.store_id
            self.busy = True
            self.error = self.decision = ""
        try:
            order = await retail.decide(token or "", store_id, order_id, approve=approve, reason=reason)
        except BffError as exc:
            async with self:
                self.busy = False
                self.error = exc.message
            return
        async with self:
            self.busy = False
            self.rejecting_id = ""
            self.decision = f"Order {order.id} {'approved' if approve else 'rejected'}: now"
            self.decision_state = order.state
            self.approvals = [a for a in self.approvals if a.order_id != order_id]
