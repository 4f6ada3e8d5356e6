"""The credit queue `/store/credit`: every channel's orders held by the credit check or fraud screening;
the credit team approves or declines each with a reason. Read again while the page is open."""

import asyncio
import uuid

import reflex as rx
from pydantic import BaseModel

from storefront import routes
from storefront.clients import retail
from storefront.clients.http import BffError
from storefront.staff_words import staff_state_words, waiting_words
from storefront.state.auth import AuthState
from storefront.views import format_when

REFRESH_SECONDS = 4.0
MAX_REFRESH_SECONDS = 30 * 60
CHANNEL_WORDS = {"web": "Online"}


class ReferralRow(BaseModel):
    order_id: str = ""
    kind: str = ""
    reason: str = ""
    channel: str = ""
    customer: str = ""
    plan: str = ""
    address: str = ""
    held_since: str = ""
    waiting: str = ""


class CreditState(rx.State):
    loading: bool = True
    error: str = ""
    referrals: list[ReferralRow] = []
    deciding_id: str = ""
    approving: bool = True
    reason: str = ""
    busy: bool = False
    decision: str = ""
    decision_state: str = ""
    _tracker: str = ""

    @rx.event(background=True)
    async def load(self):
        """on_load: the queue, then read again every REFRESH_SECONDS while the page is open."""
        tracker = uuid.uuid4().hex
        async with self:
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return AuthState.sign_in(routes.STORE_CREDIT, False)
            self._tracker = tracker
            self.error = ""
        if await self._read(token):
            await self._refresh(tracker)
        return None

    async def _read(self, token: str) -> bool:
        try:
            referrals = await retail.list_referrals(token)
        except BffError as exc:
            async with self:
                self.loading = False
                self.error = exc.message
            return False
        async with self:
            self.loading = False
            self.referrals = [_row(r) for r in referrals]
        return True

    def _watching(self, tracker: str) -> bool:
        return self._tracker == tracker and self.router.url.path.rstrip("/") == routes.STORE_CREDIT

    async def _refresh(self, tracker: str) -> None:
        started = asyncio.get_running_loop().time()
        while asyncio.get_running_loop().time() - started < MAX_REFRESH_SECONDS:
            await asyncio.sleep(REFRESH_SECONDS)
            async with self:
                if not self._watching(tracker):
                    return
                token = await (await self.get_state(AuthState)).access_token() or ""
            try:
                referrals = await retail.list_referrals(token)
            except BffError:
                continue  # the list stays as it was; the next read may work
            async with self:
                if not self._watching(tracker):
                    return
                self.referrals = [_row(r) for r in referrals]

    @rx.event
    def start_decision(self, order_id: str, approve: bool):
        # Keeps a reason being typed when the same decision is opened again.
        if (self.deciding_id, self.approving) != (order_id, approve):
            self.reason = ""
        self.deciding_id, self.approving = order_id, approve
        self.error = ""

    @rx.event
    def cancel_decision(self):
        self.deciding_id = ""

    @rx.event
    def set_reason(self, value: str):
        self.reason = value

    @rx.event(background=True)
    async def decide(self, form: dict[str, str]):
        reason = str(form.get("reason", "")).strip()
        async with self:
            order_id, approve = self.deciding_id, self.approving
            if not reason:
                self.error = "Give a reason: it is kept with the order, and a customer declined is told it."
                return
            token = await (await self.get_state(AuthState)).access_token()
            self.busy = True
            self.error = self.decision = ""
        try:
            decided = await retail.decide_referral(token or "", order_id, approve=approve, reason=reason)
        except BffError as exc:
            async with self:
                self.busy = False
                self.error = exc.message  # the reason typed stays in the form
            return
        async with self:
            self.busy = False
            self.deciding_id = self.reason = ""
            self.decision = f"Order {order_id} {decided.decision}"
            self.decision_state = staff_state_words(decided.state)
            self.referrals = [r for r in self.referrals if r.order_id != order_id]


def _row(referral: retail.Referral) -> ReferralRow:
    return ReferralRow(
        order_id=referral.order_id,
        kind=referral.kind_label or referral.kind,
        reason=referral.reason or "",
        channel=CHANNEL_WORDS.get(referral.channel, f"Store {referral.channel}"),
        customer=referral.customer_name or "Unknown customer",
        plan=referral.offer_name,
        address=referral.address,
        held_since=format_when(referral.held_since),
        waiting=waiting_words(referral.waiting_seconds),
    )
