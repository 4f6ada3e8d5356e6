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
  writing the products of the completed items to TMF637;
- assessingCancellation → pendingCancellation → cancelled, the cancelProductOrder task following
  (acknowledged → inProgress → done).
"""

import asyncio
import logging
import zlib
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select
from sqlmodel import Session, col

from mock_backends.config import Settings
from mock_backends.lifecycle.pause import pause
from mock_backends.resources import Collection
from mock_backends.storage import Document, DocumentStore, JsonDocument
from mock_backends.tmf622 import cancellation, fulfilment, lifecycle, validation
from mock_backends.tmf622.service import PRODUCT_ORDER, orders

logger = logging.getLogger(__name__)

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
        stepped = 0
        for order_id, state, updated_at in candidates:
            if _aware(updated_at) + self.delay(order_id, state, _aware(updated_at)) <= now:
                stepped += self.step(order_id)
        return stepped

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
            self._advance(store, orders(store), order, datetime.now(UTC))
            session.commit()
        return True

    # --- the steps ----------------------------------------------------------------------------------------

    def _advance(
        self, store: DocumentStore, collection: Collection, order: JsonDocument, now: datetime
    ) -> None:
        state = order["state"]
        if state == lifecycle.ACKNOWLEDGED:
            self._validate(store, collection, order, now)
        elif state == lifecycle.IN_PROGRESS:
            self._fulfil(store, collection, order, now)
        elif state in (lifecycle.ASSESSING_CANCELLATION, lifecycle.PENDING_CANCELLATION):
            cancellation.advance(store, collection, order, now)

    def _validate(
        self, store: DocumentStore, collection: Collection, order: JsonDocument, now: datetime
    ) -> None:
        finding = validation.validate(store, order, self._settings.order_approval_discount_percent)
        if finding is None:
            collection.replace(start_fulfilment(store, order, now, self._settings.order_step_seconds))
            return
        changed = fulfilment.add_error(
            order, finding.code, finding.reason, finding.message, finding.items, now
        )
        changed = fulfilment.move(changed, finding.state)
        collection.replace(changed)
        if finding.state == lifecycle.PENDING:
            collection.notify("InformationRequired", changed, fieldPath=finding.field_path or "")

    def _fulfil(
        self, store: DocumentStore, collection: Collection, order: JsonDocument, now: datetime
    ) -> None:
        if not order.get("productOrderMilestone"):
            # Approved after a hold (or moved here by a client): decompose first.
            collection.replace(start_fulfilment(store, order, now, self._settings.order_step_seconds))
        elif fulfilment.next_milestone(order) is not None:
            collection.replace(fulfilment.reach_milestone(order, now))
        else:
            final = fulfilment.final_state(order)
            finished = fulfilment.record_products(store, order, now)
            finished = fulfilment.add_note(fulfilment.move(finished, final), f"Order {final}", now)
            collection.replace({**finished, "completionDate": fulfilment.timestamp(now)})


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
