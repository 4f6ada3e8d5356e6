"""The confirmation page: the order from the BFF, then live tracking until it reaches a final state.

Tracking runs as a background task that follows the BFF's Server-Sent Events stream
(``GET /api/v1/orders/{id}/events``) and updates the state as each change arrives, so the page moves on
without a reload. When the stream cannot be opened or breaks, the task polls ``GET /api/v1/orders/{id}``
every few seconds instead, and goes back to the stream when it can. It stops at a final state, when the
customer opens another page, or when a newer load of this page starts its own tracking.
"""

import asyncio
import uuid
from datetime import datetime

import reflex as rx

from storefront import routes
from storefront.clients import web
from storefront.state.app_state import AppState
from storefront.state.auth import AuthState
from storefront.views import (
    OrderDisplay,
    SlotDisplay,
    StateChangeDisplay,
    order_display,
    order_state_words,
    slot_display,
)

POLL_SECONDS = 3.0
# Stop following an order nobody looks at after this long (the page reloads it on the next visit).
MAX_TRACKING_SECONDS = 30 * 60
# Orders still waiting for their visit (TMF622 states), and the milestones after which it is under way.
WAITING_FOR_VISIT = {"acknowledged", "pending", "held", "inProgress"}
VISIT_UNDER_WAY = {"engineer on the way", "installed"}
MISSED_VISIT = "engineer visit missed"


def visit_cancelled(order: web.OrderView) -> bool:
    """The order's visit was cancelled, or missed (the engineer could not get in), and the order waits for
    a new slot."""
    if order.appointment is not None and order.appointment.status in ("cancelled", "failed"):
        return order.state in WAITING_FOR_VISIT
    return order.state == "held" and any(p.code == web.VISIT_CANCELLED for p in order.error_messages)


def visit_changeable(order: web.OrderView) -> bool:
    """The order still waits for its engineer visit, so the customer may move or cancel it online (the BFF
    has the last word: a visit less than a day away is refused as VISIT_TOO_SOON)."""
    if order.appointment is None or order.state not in WAITING_FOR_VISIT:
        return False
    if order.appointment.status == "failed":
        return True  # missed: a new slot is booked
    if order.appointment.status not in ("", "confirmed", "cancelled"):
        return False
    return not any(
        m.name.lower() in VISIT_UNDER_WAY and m.status.lower() == "completed" for m in _this_visit(order)
    )


def _this_visit(order: web.OrderView) -> list[web.Milestone]:
    """The milestones since the last missed visit (a missed visit's own steps are history)."""
    missed = [n for n, m in enumerate(order.milestones) if m.name.lower() == MISSED_VISIT]
    return order.milestones[missed[-1] + 1 :] if missed else order.milestones


class OrderState(AppState):
    order: OrderDisplay = OrderDisplay()
    history: list[StateChangeDisplay] = []
    loading: bool = True
    error: str = ""
    needs_sign_in: bool = False
    live: bool = False  # the page is following the order right now
    live_note: str = ""

    cancel_open: bool = False
    cancel_reason: str = ""
    cancelling: bool = False
    cancel_error: str = ""
    cancel_message: str = ""

    # Changing the engineer visit while the order waits for it.
    visit_changeable: bool = False
    visit_cancelled: bool = False
    visit_open: bool = False  # the list of free slots is shown
    visit_slots: list[SlotDisplay] = []
    visit_slot: str = ""
    visit_loading: bool = False
    visit_busy: bool = False
    visit_error: str = ""
    visit_message: str = ""
    visit_cancel_open: bool = False

    # The deposit the credit check asks for: accepted here, or another plan chosen instead.
    deposit_busy: bool = False
    deposit_error: str = ""

    _tracker: str = ""
    _cancel_key: str = ""
    _address_id: str = ""

    def _route_order_id(self) -> str:
        # Reflex adds the dynamic segment of /order/[order_id] to the state as the var `order_id`.
        return str(getattr(self, "order_id", "") or "")

    def _show(self, order: web.OrderView) -> None:
        view = order_display(order)
        if not self.history or self.order.state != view.state or self.order.id != view.id:
            self.history = [
                *self.history,
                StateChangeDisplay(order_state_words(view.state), datetime.now().strftime("%H:%M:%S")),
            ]
        self.order = view
        self._address_id = order.address.id if order.address is not None else ""
        self.visit_changeable = visit_changeable(order)
        self.visit_cancelled = visit_cancelled(order)
        if not self.visit_changeable:
            self.visit_open = self.visit_cancel_open = False

    def _still_watching(self, tracker: str, order_id: str) -> bool:
        """Inside `async with self`: this task is the newest tracker and the customer is on this order."""
        return self._tracker == tracker and self.router.url.path.rstrip("/") == routes.order_url(order_id)

    @rx.event(background=True)
    async def load_order(self):
        """on_load: read the order, then follow it until it is final."""
        tracker = uuid.uuid4().hex
        async with self:
            order_id = self._route_order_id()
            self._tracker = tracker
            self.loading = True
            self.error = ""
            self.needs_sign_in = False
            self.cancel_message = self.cancel_error = ""
            if self.order.id != order_id:
                self.order = OrderDisplay()  # never show the previous order under a new reference
                self.history = []
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
            self._show(order)
            final = self.order.final
        if not final:
            await self._track(tracker, order_id)

    async def _track(self, tracker: str, order_id: str) -> None:
        started = asyncio.get_running_loop().time()
        async with self:
            self.live, self.live_note = True, ""
        try:
            while asyncio.get_running_loop().time() - started < MAX_TRACKING_SECONDS:
                async with self:
                    if not self._still_watching(tracker, order_id):
                        return
                    token = await (await self.get_state(AuthState)).access_token()
                try:
                    async for order in web.follow_order(order_id, token):
                        async with self:
                            if not self._still_watching(tracker, order_id):
                                return
                            if order is None:
                                continue
                            self._show(order)
                            self.live_note = ""
                            if self.order.final:
                                return
                except web.BffError:
                    pass  # the stream is not available: poll instead, and try the stream again later
                if await self._poll_once(tracker, order_id):
                    return
                await asyncio.sleep(POLL_SECONDS)
        finally:
            async with self:
                if self._tracker == tracker:
                    self.live = False

    async def _poll_once(self, tracker: str, order_id: str) -> bool:
        """One plain read of the order; True when tracking should stop."""
        async with self:
            if not self._still_watching(tracker, order_id):
                return True
            token = await (await self.get_state(AuthState)).access_token()
        try:
            order = await web.get_order(order_id, token)
        except web.BffError as exc:
            async with self:
                self.live_note = f"Live updates paused: {exc.message}"
            return False
        async with self:
            if not self._still_watching(tracker, order_id):
                return True
            self._show(order)
            self.live_note = ""
            return self.order.final

    @rx.event
    def open_cancel(self) -> None:
        self.cancel_open = True
        self.cancel_error = ""

    @rx.event
    def close_cancel(self) -> None:
        self.cancel_open = False

    @rx.event
    def set_cancel_reason(self, value: str) -> None:
        self.cancel_reason = value

    @rx.event(background=True)
    async def cancel_order(self, form_data: dict):
        """Ask the BFF to cancel; one key per order so a double click or a retry asks only once."""
        reason = str(form_data.get("reason", "")).strip()
        async with self:
            if self.cancelling or not self.order.cancellable:
                return
            order_id = self.order.id
            self._cancel_key = self._cancel_key or f"cancel-{order_id}-{uuid.uuid4().hex[:12]}"
            key = self._cancel_key
            self.cancel_reason = reason
            self.cancelling = True
            self.cancel_error = ""
            token = await (await self.get_state(AuthState)).access_token()
        try:
            await web.cancel_order(
                order_id, reason=reason or "Changed my mind", idempotency_key=key, access_token=token
            )
        except web.BffError as exc:
            async with self:
                self.cancelling = False
                self.cancel_error = exc.message
            return
        async with self:
            self.cancelling = False
            self.cancel_open = False
            self._cancel_key = ""
            self.cancel_message = "We have your cancellation request. This page shows when it is done."
            restart = not self.live
        if restart:
            yield OrderState.load_order

    @rx.event(background=True)
    async def accept_deposit(self):
        """Accept the deposit: the order is checked again and goes ahead (a retry is answered as it is)."""
        async with self:
            if self.deposit_busy or not self.order.deposit:
                return
            order_id = self.order.id
            self.deposit_busy, self.deposit_error = True, ""
            token = await (await self.get_state(AuthState)).access_token()
        try:
            order = await web.accept_deposit(order_id, token)
        except web.BffError as exc:
            async with self:
                self.deposit_busy, self.deposit_error = False, exc.message
            return
        async with self:
            self.deposit_busy = False
            self._show(order)
            restart = not self.live
        if restart:
            yield OrderState.load_order

    @rx.event(background=True)
    async def choose_another_plan(self):
        """No deposit: this order is cancelled, and the customer picks another plan at the same address."""
        async with self:
            if self.deposit_busy or not self.order.deposit:
                return
            order_id = self.order.id
            self.deposit_busy, self.deposit_error = True, ""
            key = f"cancel-{order_id}-deposit"
            token = await (await self.get_state(AuthState)).access_token()
        try:
            await web.cancel_order(
                order_id,
                reason="Chose another plan instead of the deposit",
                idempotency_key=key,
                access_token=token,
            )
        except web.BffError as exc:
            async with self:
                self.deposit_busy, self.deposit_error = False, exc.message
            return
        async with self:
            self.deposit_busy = False
        yield rx.redirect(routes.OFFERS)

    @rx.event(background=True)
    async def open_visit_change(self):
        """Show the free slots at the order's address (for a new line), earliest first."""
        async with self:
            if self.visit_loading or not self.visit_changeable:
                return
            self.visit_open, self.visit_cancel_open = True, False
            self.visit_loading, self.visit_error, self.visit_message = True, "", ""
            address_id = self._address_id
            token = await (await self.get_state(AuthState)).access_token()
        try:
            slots = await web.find_visit_slots(address_id, token)
        except web.BffError as exc:
            async with self:
                self.visit_loading, self.visit_error = False, exc.message
            return
        async with self:
            self.visit_loading = False
            self.visit_slots = [slot_display(slot) for slot in slots]
            self.visit_slot = ""
            if not slots:
                self.visit_error = "There are no free visit slots at the moment. Please try again later."

    @rx.event
    def close_visit_change(self) -> None:
        self.visit_open = False
        self.visit_error = ""

    @rx.event
    def set_visit_slot(self, value: str) -> None:
        self.visit_slot = value

    @rx.event(background=True)
    async def change_visit(self, form_data: dict):
        """Move the visit to the chosen slot (or book one after a cancelled visit); a new key per click."""
        async with self:
            chosen = str(form_data.get("slot", "") or self.visit_slot)
            slot = next((s for s in self.visit_slots if s.id == chosen), None)
            if self.visit_busy or slot is None:
                if slot is None:
                    self.visit_error = "Please choose a day and time for the visit."
                return
            order_id = self.order.id
            self.visit_busy, self.visit_error, self.visit_message = True, "", ""
            token = await (await self.get_state(AuthState)).access_token()
        try:
            order = await web.change_visit(
                order_id,
                web.VisitSlot(id=slot.id, start=slot.start, end=slot.end, label=slot.label),
                idempotency_key=f"visit-{order_id}-{uuid.uuid4().hex[:12]}",
                access_token=token,
            )
        except web.BffError as exc:
            refresh = exc.code == web.SLOT_TAKEN
            async with self:
                self.visit_busy, self.visit_error = False, exc.message
                if exc.code == web.VISIT_NOT_CHANGEABLE:
                    self.visit_open = False
            if refresh:
                yield OrderState.reload_visit_slots
            return
        async with self:
            self.visit_busy, self.visit_open = False, False
            self._show(order)
            moved_to = (self.order.visit or slot.label).removeprefix("Engineer visit ")
            self.visit_message = f"Your engineer visit is moved to {moved_to}."
            restart = not self.live
        if restart:
            yield OrderState.load_order

    @rx.event(background=True)
    async def reload_visit_slots(self):
        """After a slot was taken: the free slots again, keeping the message why."""
        async with self:
            address_id = self._address_id
            token = await (await self.get_state(AuthState)).access_token()
        try:
            slots = await web.find_visit_slots(address_id, token)
        except web.BffError:
            return
        async with self:
            self.visit_slots = [slot_display(slot) for slot in slots]
            self.visit_slot = ""

    @rx.event
    def open_visit_cancel(self) -> None:
        self.visit_cancel_open, self.visit_open = True, False
        self.visit_error = self.visit_message = ""

    @rx.event
    def close_visit_cancel(self) -> None:
        self.visit_cancel_open = False

    @rx.event(background=True)
    async def cancel_visit(self):
        """Cancel the visit after the confirmation; the order then waits for a new slot."""
        async with self:
            if self.visit_busy or not self.visit_changeable:
                return
            order_id = self.order.id
            self.visit_busy, self.visit_error, self.visit_message = True, "", ""
            token = await (await self.get_state(AuthState)).access_token()
        try:
            order = await web.cancel_visit(
                order_id,
                idempotency_key=f"visit-cancel-{order_id}-{uuid.uuid4().hex[:12]}",
                access_token=token,
            )
        except web.BffError as exc:
            async with self:
                self.visit_busy, self.visit_error = False, exc.message
            return
        async with self:
            self.visit_busy, self.visit_cancel_open = False, False
            self._show(order)
            self.visit_message = (
                "Your engineer visit is cancelled. Choose a new slot to carry on with your order."
            )
            restart = not self.live
        if restart:
            yield OrderState.load_order
