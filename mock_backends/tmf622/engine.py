"""The order manager: moves product orders through their lifecycle, one persisted step at a time.

Driven only by what is stored: an order in a state the manager works on (acknowledged, inProgress,
assessingCancellation, pendingCancellation) takes its next step once it has been unchanged for the pace's
delay, so a restarted server picks up every order where it stopped. Each step is one transaction (the
order, its TMF637 products, the cancel task and their events commit together), taken under a row lock
(`FOR UPDATE SKIP LOCKED` on PostgreSQL) so several server processes never step the same order twice.

Steps:
- acknowledged: validate (validation.py) → rejected | pending (+ InformationRequired event) | held
  | inProgress;
- inProgress: decompose (once), then reach one milestone per step, then completed | failed | partial,
  writing the products of the completed items to TMF637; an order waiting for its engineer visit reaches
  the visit's milestones only when they are due, on its own clock (visits.py, MOCKS_DAY_SECONDS), and is
  held (VISIT_CANCELLED, "Your engineer visit was cancelled: choose a new slot") when its visit is
  cancelled, until a client books another and PATCHes it back to inProgress (a visit cancelled while the
  order was still acknowledged holds it as it is validated; a pending or held one, once a client moves it
  on to inProgress);
- inProgress, a visit the engineer misses (missed_visits.py): the order is in jeopardy and waits until a
  client books a new visit;
- assessingCancellation → pendingCancellation → cancelled, the cancelProductOrder task following
  (acknowledged → inProgress → done).
"""

import asyncio
import logging
import zlib
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select
from sqlmodel import Session, col

import mock_backends.tmf622.missed_visits as missed_visits
from mock_backends.config import Settings
from mock_backends.errors import Conflict
from mock_backends.lifecycle.pause import pause
from mock_backends.resources import Collection
from mock_backends.storage import Document, DocumentStore, JsonDocument
from mock_backends.tmf622 import cancellation, credit, fulfilment, lifecycle, validation, visits
from mock_backends.tmf622.service import PRODUCT_ORDER, orders
from mock_backends.tmf646 import service as appointments

logger = logging.getLogger(__name__)

# An order waiting for its visit is looked at again after at most this long (real seconds); a change of any
# TMF646 appointment (a visit moved or cancelled) has every waiting order looked at again at once.
RECHECK_WAITING_SECONDS = 10.0

WORKED_ON = (
    lifecycle.ACKNOWLEDGED,
    lifecycle.IN_PROGRESS,
    lifecycle.ASSESSING_CANCELLATION,
    lifecycle.PENDING_CANCELLATION,
)


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes; every stored time is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class OrderEngine:
    def __init__(self, engine: Engine, settings: Settings) -> None:
        self._engine = engine
        self._settings = settings
        # Orders whose next milestone is a visit's: (the version seen, the real time it is due, or to look
        # again), stepped then without the pace's delay. Only a cache: after a restart each such order is
        # looked at once more, and an order changed meanwhile (a new version) at its pace.
        self._waiting: dict[str, tuple[datetime, datetime]] = {}
        self._appointments_seen: datetime | None = None  # the latest change of a TMF646 appointment seen

    # --- pace ---------------------------------------------------------------------------------------------

    def delay(self, order_id: str, state: str, version: datetime) -> timedelta:
        """How long an order waits before its next step."""
        seconds = self._settings.order_step_seconds
        if self._settings.order_pace == "instant":
            return timedelta(0)
        if self._settings.order_pace == "realistic":
            # 0.5x to 1.5x, drawn from the step's identity: it looks random, yet every process and every
            # poll agrees on it (Python's hash() is salted per process; crc32 is not).
            draw = zlib.crc32(f"{order_id}|{state}|{version.isoformat()}".encode()) / 0xFFFFFFFF
            seconds *= 0.5 + draw
        return timedelta(seconds=seconds)

    @property
    def idle_seconds(self) -> float:
        if self._settings.order_pace == "instant":
            return 0.05
        return min(0.5, self._settings.order_step_seconds / 4)

    # --- the worker ---------------------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Step due orders until `stop` is set; trouble with one round is logged, never fatal."""
        while not stop.is_set():
            try:
                stepped = await asyncio.to_thread(self.run_due)
            except Exception:
                logger.exception("order lifecycle round failed")
                stepped = 0
            if not stepped:
                await pause(stop, self.idle_seconds)

    def run_due(self) -> int:
        """Take every step that is due now; returns how many were taken."""
        now = datetime.now(UTC)
        with Session(self._engine) as session:
            query = (
                select(col(Document.resource_id), col(Document.state), col(Document.updated_at))
                .where(col(Document.resource_type) == PRODUCT_ORDER.name, col(Document.state).in_(WORKED_ON))
                .order_by(col(Document.pk))
            )
            candidates = list(session.execute(query))
        worked_on = {order_id for order_id, _, _ in candidates}
        if self._appointments_changed():
            self._waiting.clear()  # a visit moved or was cancelled: each waiting order looks again now
        self._waiting = {key: value for key, value in self._waiting.items() if key in worked_on}
        stepped = 0
        for order_id, state, updated_at in candidates:
            version = _aware(updated_at)
            waiting = self._waiting.get(order_id)
            if waiting is not None and waiting[0] == version:
                if now >= waiting[1]:
                    stepped += self.step(order_id)
                continue
            if version + self.delay(order_id, state, version) <= now:
                stepped += self.step(order_id)
        return stepped

    def _appointments_changed(self) -> bool:
        """Whether any TMF646 appointment changed since the last round (one aggregate query)."""
        with Session(self._engine) as session:
            latest = session.execute(
                select(func.max(col(Document.updated_at))).where(
                    col(Document.resource_type) == appointments.APPOINTMENT.name
                )
            ).scalar()
        if latest is None or latest == self._appointments_seen:
            return False
        self._appointments_seen = latest
        return True

    def step(self, order_id: str) -> bool:
        """One step of one order, in its own transaction; False when another process holds it."""
        with Session(self._engine) as session:
            locked = session.scalars(
                select(Document)
                .where(
                    col(Document.resource_type) == PRODUCT_ORDER.name, col(Document.resource_id) == order_id
                )
                .with_for_update(skip_locked=True)
            ).first()
            if locked is None or locked.state not in WORKED_ON:
                return False
            store = DocumentStore(session)
            order = store.get(PRODUCT_ORDER.name, order_id)
            assert order is not None
            real_now = datetime.now(UTC)
            order_clock = visits.clock(store, order, self._settings.day_seconds)
            now = order_clock.virtual(real_now) if order_clock is not None else real_now
            try:
                wake = self._advance(store, orders(store), order, now)
            except Conflict:
                # Changed since it was read (a cancellation, a PATCH): nothing of this step is kept, and
                # the next round takes the order as it is now.
                logger.info("order changed during its step; taken again", extra={"orderId": order_id})
                return False
            if wake is not None:  # waiting for the visit: nothing changed
                assert order_clock is not None
                recheck = real_now + timedelta(seconds=RECHECK_WAITING_SECONDS)
                self._waiting[order_id] = (_aware(locked.updated_at), min(order_clock.real(wake), recheck))
                return False
            self._waiting.pop(order_id, None)
            session.commit()
            if order_clock is not None:
                self._note_visit_due(store, order_id, _aware(locked.updated_at), order_clock)
        return True

    def _note_visit_due(
        self, store: DocumentStore, order_id: str, version: datetime, clock: visits.Clock
    ) -> None:
        """Remember when the order's next milestone is due if it is a visit's: it is taken then, at once."""
        order = store.get(PRODUCT_ORDER.name, order_id)
        if order is None or order["state"] != lifecycle.IN_PROGRESS:
            return
        milestone = fulfilment.next_milestone(order)
        due = visits.due(store, order, milestone) if milestone is not None else None
        if due is not None:
            self._waiting[order_id] = (version, clock.real(due))

    # --- the steps ----------------------------------------------------------------------------------------

    def _advance(
        self, store: DocumentStore, collection: Collection, order: JsonDocument, now: datetime
    ) -> datetime | None:
        """Take the order's next step; or the (order's) time its next milestone is due, if not yet."""
        state = order["state"]
        if state == lifecycle.ACKNOWLEDGED:
            self._validate(store, collection, order, now)
        elif state == lifecycle.IN_PROGRESS:
            return self._fulfil(store, collection, order, now)
        elif state in (lifecycle.ASSESSING_CANCELLATION, lifecycle.PENDING_CANCELLATION):
            cancellation.advance(store, collection, order, now)
        return None

    def _validate(
        self, store: DocumentStore, collection: Collection, order: JsonDocument, now: datetime
    ) -> None:
        settings = self._settings
        checks = credit.CreditChecks(
            settings.credit_policy(), settings.fraud_velocity_orders, settings.fraud_velocity_minutes
        )
        finding = validation.validate(store, order, settings.order_approval_discount_percent, checks)
        if finding is None:
            started = self._start(store, order, now)
            if visits.visit_cancelled(store, started):
                # Cancelled before validation: held now, not at a visit milestone due days later (the
                # waiting cache would otherwise sleep on it until then).
                self._hold_for_visit(collection, started, now)
            else:
                collection.replace(started)
            return
        changed = fulfilment.add_error(
            order, finding.code, finding.reason, finding.message, finding.items, now, finding.amount
        )
        changed = fulfilment.move(changed, finding.state)
        collection.replace(changed)
        if finding.state == lifecycle.PENDING:
            collection.notify("InformationRequired", changed, fieldPath=finding.field_path or "")

    def _start(self, store: DocumentStore, order: JsonDocument, now: datetime) -> JsonDocument:
        started = start_fulfilment(store, order, now, self._settings.order_step_seconds)
        expected = visits.expected_completion(store, started, self._settings.order_step_seconds)
        if expected is not None:  # after the visit, not a few steps from now
            started["expectedCompletionDate"] = fulfilment.timestamp(expected.astimezone(UTC))
        return started

    def _fulfil(
        self, store: DocumentStore, collection: Collection, order: JsonDocument, now: datetime
    ) -> datetime | None:
        milestone = fulfilment.next_milestone(order)
        back_on_track = missed_visits.recovered(store, order, now, self._settings.order_step_seconds)
        if visits.visit_cancelled(store, order):
            self._hold_for_visit(collection, order, now)
        elif back_on_track is not None:
            collection.replace(back_on_track)
        elif missed_visits.waiting_for_new_visit(store, order):
            return missed_visits.next_look(now)  # in jeopardy until a client books a new visit
        elif not order.get("productOrderMilestone"):
            # Approved after a hold (or moved here by a client): decompose first.
            collection.replace(self._start(store, order, now))
        elif milestone is not None:
            due = visits.due(store, order, milestone)
            if due is not None and now < due:
                return due
            if due is not None and missed_visits.to_be_missed(store, order, milestone):
                collection.replace(missed_visits.miss(store, order, due))
                return None
            reached = fulfilment.reach_milestone(order, now)
            if due is not None:
                reached = _dated(reached, str(milestone["id"]), due)
                visits.after_reached(store, reached, milestone)
            collection.replace(reached)
        else:
            final = fulfilment.final_state(order)
            finished = fulfilment.record_products(store, order, now)
            finished = fulfilment.add_note(fulfilment.move(finished, final), f"Order {final}", now)
            collection.replace({**finished, "completionDate": fulfilment.timestamp(now)})
        return None

    def _hold_for_visit(self, collection: Collection, order: JsonDocument, now: datetime) -> None:
        """Hold the order until the customer books another slot (a client's PATCH takes it back on)."""
        item = visits.visit_item(order)
        held = fulfilment.add_error(
            order,
            visits.VISIT_CANCELLED,
            visits.VISIT_CANCELLED_REASON,
            visits.VISIT_CANCELLED_MESSAGE,
            (str(item["id"]),) if item is not None else (),
            now,
        )
        collection.replace(fulfilment.move(held, lifecycle.HELD))


def _dated(order: JsonDocument, milestone_id: str, when: datetime) -> JsonDocument:
    """The order with a reached visit milestone dated when it was due (the visit's own time)."""
    dated = [
        {**m, "milestoneDate": fulfilment.timestamp(when.astimezone(UTC))}
        if m["id"] == milestone_id and m["status"] == fulfilment.COMPLETED
        else m
        for m in order["productOrderMilestone"]
    ]
    return {**order, "productOrderMilestone": dated}


def start_fulfilment(
    store: DocumentStore, order: JsonDocument, now: datetime, step_seconds: float
) -> JsonDocument:
    """The validated (or approved) order, decomposed and inProgress."""
    milestones = fulfilment.decompose(store, order)
    started = (
        fulfilment.move(order, lifecycle.IN_PROGRESS)
        if order["state"] != lifecycle.IN_PROGRESS
        else dict(order)
    )
    started = fulfilment.set_all_item_states(started, lifecycle.IN_PROGRESS, unless=lifecycle.FINAL)
    expected = now + timedelta(seconds=step_seconds * (len(milestones) + 1))
    started |= {"productOrderMilestone": milestones, "expectedCompletionDate": fulfilment.timestamp(expected)}
    return fulfilment.add_note(started, f"Validated; decomposed into {len(milestones)} milestones", now)
