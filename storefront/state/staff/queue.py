"""Store queue `/store/queue`: the store's orders by state, jeopardy first, with cycle time per phase.

The page follows the retail BFF's queue stream (``GET /api/v1/stores/{s}/orders/events``, Server-Sent Events)
from a background task, so a new order or a change of state shows without a reload; between changes the
keep-alives age the "in held for …" times. When the stream cannot be opened or breaks, the task reads the
queue every few seconds and tries the stream again. It stops when the member leaves the page, when a newer
load starts its own task, or after MAX_FOLLOW_SECONDS. `?store=<id>` asks for another store's queue, which
the BFF refuses to anyone but that store's staff: the page says so. The views (due today, missed visit,
awaiting appointment) are the BFF's (`?view=`): choosing one reads and follows the queue again with it.
"""

import asyncio
import uuid
from datetime import datetime

import reflex as rx

from storefront import routes
from storefront.clients import retail
from storefront.clients.http import BffError
from storefront.staff_views import (
    ALL_STATES,
    QUEUE_VIEWS,
    PhaseRow,
    QueueRow,
    StateCount,
    aged_rows,
    filter_rows,
    phase_rows,
    queue_rows,
    state_counts,
    view_summary,
)
from storefront.state.auth import AuthState

POLL_SECONDS = 5.0
MAX_FOLLOW_SECONDS = 30 * 60


class QueueState(rx.State):
    loading: bool = True
    error: str = ""
    refused: bool = False  # another store's queue
    store_id: str = ""
    own_store_id: str = ""
    own_store_name: str = ""
    rows: list[QueueRow] = []
    counts: list[StateCount] = []
    phases: list[PhaseRow] = []
    in_jeopardy: int = 0
    total: int = 0
    last_change: str = ""
    live: bool = False
    live_note: str = ""

    state_filter: str = ALL_STATES
    jeopardy_only: bool = False
    search_text: str = ""
    view: str = ""  # "" (every order), dueToday, missedVisit, awaitingAppointment
    views_text: str = ""  # "1 due today · 1 missed visit · 2 awaiting appointment"

    _tracker: str = ""
    _shown_at: float = 0.0

    @rx.var
    def summary(self) -> str:
        return f"{self.total} order{'' if self.total == 1 else 's'}, "

    @rx.var
    def shown(self) -> list[QueueRow]:
        return filter_rows(
            self.rows, state=self.state_filter, jeopardy_only=self.jeopardy_only, text=self.search_text
        )

    @rx.event
    def set_state_filter(self, value: str):
        self.state_filter = value

    @rx.event
    def set_jeopardy_only(self, value: bool):
        self.jeopardy_only = value

    @rx.event
    def set_search_text(self, value: str):
        self.search_text = value

    @rx.event
    def set_view(self, value: str):
        """A view is the BFF's filter: read and follow the queue again with it."""
        self.view = value if value in {name for name, _ in QUEUE_VIEWS} else ""
        return QueueState.load

    def _watching(self, tracker: str) -> bool:
        """Inside `async with self`: this task is the newest and the member is still on the queue."""
        return self._tracker == tracker and self.router.url.path.rstrip("/") == routes.STORE_QUEUE

    def _show(self, queue: retail.StoreQueue) -> None:
        self.loading = False
        self.rows = queue_rows(queue)
        self.counts = state_counts(queue.counts)
        self.phases = phase_rows(queue)
        self.in_jeopardy, self.total = queue.in_jeopardy, sum(queue.counts.values())
        self.views_text = view_summary(queue.views)
        self.last_change = datetime.now().strftime("%H:%M:%S")
        self._shown_at = asyncio.get_running_loop().time()

    def _age(self) -> None:
        now = asyncio.get_running_loop().time()
        self.rows = aged_rows(self.rows, now - self._shown_at)
        self._shown_at = now

    @rx.event(background=True)
    async def load(self):
        """on_load: sign in first; then the member's store (or `?store=`), followed live."""
        tracker = uuid.uuid4().hex
        async with self:
            wanted = str(self.router.url.query_parameters.get("store", "")).strip()
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                back = routes.store_queue_url(wanted) if wanted else routes.STORE_QUEUE
                return AuthState.sign_in(back, False)
            self._tracker = tracker
            self.loading, self.error, self.refused, self.live_note = True, "", False, ""
            self.rows, self.counts, self.phases = [], [], []
        try:
            me = await retail.get_me(token)
        except BffError as exc:
            async with self:
                self.loading, self.error = False, exc.message
            return None
        store_id = wanted or me.store_id
        async with self:
            self.store_id, self.own_store_id = store_id, me.store_id
            self.own_store_name = me.store_name or me.store_id
        await self._follow(tracker, store_id)
        return None

    async def _follow(self, tracker: str, store_id: str) -> None:
        started = asyncio.get_running_loop().time()
        async with self:
            self.live = True
        try:
            while asyncio.get_running_loop().time() - started < MAX_FOLLOW_SECONDS:
                async with self:
                    if not self._watching(tracker):
                        return
                    token = await (await self.get_state(AuthState)).access_token() or ""
                    view = self.view
                try:
                    async for queue in retail.follow_queue(token, store_id, view):
                        async with self:
                            if not self._watching(tracker):
                                return
                            if queue is None:
                                self._age()
                                continue
                            self._show(queue)
                            self.live_note = ""
                except BffError as exc:
                    if exc.status == 403:
                        async with self:
                            self.loading, self.refused = False, True
                        return
                    # The stream is not available: read the queue now, and try the stream again later.
                if await self._read_once(tracker, store_id):
                    return
                await asyncio.sleep(POLL_SECONDS)
        finally:
            async with self:
                if self._tracker == tracker:
                    self.live = False

    async def _read_once(self, tracker: str, store_id: str) -> bool:
        """One plain read of the queue; True when following should stop."""
        async with self:
            if not self._watching(tracker):
                return True
            token = await (await self.get_state(AuthState)).access_token() or ""
            view = self.view
        try:
            queue = await retail.get_queue(token, store_id, view)
        except BffError as exc:
            async with self:
                self.loading = False
                if exc.status == 403:
                    self.refused = True
                elif self.rows or self.counts:
                    self.live_note = f"Live updates paused: {exc.message}"
                else:
                    self.error = exc.message
            return exc.status == 403
        async with self:
            if not self._watching(tracker):
                return True
            self._show(queue)
            self.error = self.live_note = ""
        return False
