"""Approvals `/store/approvals`: the store's held orders; a manager approves or rejects (with a reason),
agents see the list read-only. The list is read again while the page is open (a background task)."""

import asyncio
import uuid

import reflex as rx
from pydantic import BaseModel, Field

from storefront import routes
from storefront.clients import retail
from storefront.clients.http import BffError
from storefront.staff_words import monthly, staff_state_words, store_label, waiting_words
from storefront.state.auth import AuthState
from storefront.views import format_when

# New held orders appear, and ones another manager decided go, without a reload.
REFRESH_SECONDS = 4.0
MAX_REFRESH_SECONDS = 30 * 60


class ApprovalRow(BaseModel):
    order_id: str = ""
    reason: str = ""
    held_since: str = ""
    waiting: str = ""
    customer: str = ""
    plan: str = ""
    list_price: str = ""
    discount: str = Field("", description="The agent's discount with its reason")
    price_after_discount: str = ""
    agent: str = ""
    store: str = ""


class ApprovalsState(rx.State):
    loading: bool = True
    error: str = ""
    store_id: str = ""
    store_name: str = ""
    is_manager: bool = False
    approvals: list[ApprovalRow] = []
    rejecting_id: str = ""
    reject_reason: str = ""
    busy: bool = False
    decision: str = ""
    decision_state: str = ""
    _tracker: str = ""

    @rx.event(background=True)
    async def load(self):
        """on_load: the store's held orders, then read again every REFRESH_SECONDS while the page is open."""
        tracker = uuid.uuid4().hex
        async with self:
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return AuthState.sign_in(routes.STORE_APPROVALS, False)
            self._tracker = tracker
            # "Loading" only before the store is known: loaded again (the connection came back), the list
            # is refreshed in place and keeps a reason the manager is typing.
            self.loading = not self.store_id
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
            self.store_name = store_label(me.store_name, me.store_id)
            self.approvals = _rows(approvals)
        await self._refresh(tracker, me.store_id)
        return None

    def _watching(self, tracker: str) -> bool:
        return self._tracker == tracker and self.router.url.path.rstrip("/") == routes.STORE_APPROVALS

    async def _refresh(self, tracker: str, store_id: str) -> None:
        started = asyncio.get_running_loop().time()
        while asyncio.get_running_loop().time() - started < MAX_REFRESH_SECONDS:
            await asyncio.sleep(REFRESH_SECONDS)
            async with self:
                if not self._watching(tracker):
                    return
                token = await (await self.get_state(AuthState)).access_token() or ""
            try:
                approvals = await retail.list_approvals(token, store_id)
            except BffError:
                continue  # the list stays as it was; the next read may work
            async with self:
                if not self._watching(tracker):
                    return
                self.approvals = _rows(approvals)

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
            self.decision_state = staff_state_words(order.state)
            self.approvals = [a for a in self.approvals if a.order_id != order_id]


def _rows(approvals: list[retail.Approval]) -> list[ApprovalRow]:
    return [_row(a) for a in approvals]


def _row(approval: retail.Approval) -> ApprovalRow:
    order, discount = approval.order, approval.order.discount
    months = f" for {discount.months} months" if discount and discount.months else ""
    return ApprovalRow(
        order_id=order.id,
        reason=approval.reason,
        held_since=format_when(approval.held_since),
        waiting=waiting_words(approval.waiting_seconds),
        customer=order.customer_name or order.customer_id or "Unknown customer",
        plan=order.offer_name,
        list_price=monthly(approval.list_price),
        discount=f"{discount.percentage:g} % off{months} — {discount.reason}" if discount else "None",
        price_after_discount=monthly(approval.price_after_discount),
        agent=(order.agent.name or order.agent.id) if order.agent else "",
        store=store_label(approval.store_name, order.store_id),
    )
