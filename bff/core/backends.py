"""What a channel app serves with, made once per process in its lifespan (bff/channel/app.py).

Backends         the TMF clients, one per API (one pooled connection pool each)
ChannelServices  the backends and everything else the routes need: the cached catalogue and
                 qualifications, the idempotency, lead and note stores, order events, the settings
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field, fields
from typing import TypeVar

from bff.config import Settings
from bff.core.availability import QualificationCache
from bff.core.catalog import CatalogCache
from bff.core.clients.base import RetryPolicy, TmfClient
from bff.core.clients.oauth import ClientCredentials, client_credentials_from
from bff.core.clients.tmf620 import Tmf620Client
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.clients.tmf629 import Tmf629Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.clients.tmf637 import Tmf637Client
from bff.core.clients.tmf645 import Tmf645Client
from bff.core.clients.tmf646 import Tmf646Client
from bff.core.clients.tmf648 import Tmf648Client
from bff.core.clients.tmf666 import Tmf666Client
from bff.core.clients.tmf670 import Tmf670Client
from bff.core.clients.tmf673 import Tmf673Client
from bff.core.clients.tmf679 import Tmf679Client
from bff.core.customers import CustomerDirectory
from bff.core.idempotency import IdempotencyStore, create_db_engine
from bff.core.lead_work import LeadWorkStore
from bff.core.leads import LeadStore
from bff.core.order_events import LISTENER_PATH, OrderEventHub
from bff.core.order_fanout import OrderFanout, order_fanout_for
from bff.core.shared_locks import NamedLocks, shared_locks_for
from bff.core.staff.notes import NoteStore

log = logging.getLogger("bff")

PURGE_EVERY_SECONDS = 600.0

C = TypeVar("C", bound=TmfClient)


@dataclass
class Backends:
    """One client per TMF API the BFF calls."""

    tmf620: Tmf620Client
    tmf622: Tmf622Client
    tmf629: Tmf629Client
    tmf632: Tmf632Client
    tmf637: Tmf637Client
    tmf645: Tmf645Client
    tmf646: Tmf646Client  # engineer visits: slots, holds, confirmation with the order
    tmf648: Tmf648Client
    tmf666: Tmf666Client  # billing accounts: charges and the first bill once a product is activated
    tmf670: Tmf670Client  # payment methods: direct debits and card tokens
    tmf673: Tmf673Client
    tmf679: Tmf679Client | None = None  # optional: the operator's offer qualification (BFF_TMF679_URL)

    @classmethod
    def from_settings(cls, settings: Settings, auth: ClientCredentials | None = None) -> Backends:
        timeout, pool = settings.timeout_seconds, settings.max_connections
        retry = RetryPolicy(
            attempts=settings.retry_attempts,
            wait_initial=settings.retry_wait_initial_seconds,
            wait_max=max(settings.retry_wait_initial_seconds * 8, settings.retry_wait_initial_seconds),
            budget_seconds=settings.retry_budget_seconds,
        )

        def client(kind: type[C]) -> C:
            url = getattr(settings, f"{kind.api.lower()}_url")  # TMF622 -> tmf622_url
            return kind.for_url(url, timeout, pool, retry=retry, auth=auth)

        tmf645 = client(Tmf645Client)
        tmf645.profile = settings.profile  # the characteristic names its answers are read by
        tmf622 = client(Tmf622Client)
        tmf622.profile = settings.profile  # where its orders keep milestones and error messages
        tmf666 = client(Tmf666Client)
        tmf666.profile = settings.profile  # where its accounts keep charges and the first bill
        return cls(
            tmf620=client(Tmf620Client),
            tmf622=tmf622,
            tmf629=client(Tmf629Client),
            tmf632=client(Tmf632Client),
            tmf637=client(Tmf637Client),
            tmf645=tmf645,
            tmf646=client(Tmf646Client),
            tmf648=client(Tmf648Client),
            tmf666=tmf666,
            tmf670=client(Tmf670Client),
            tmf673=client(Tmf673Client),
            tmf679=client(Tmf679Client) if settings.tmf679_url else None,
        )

    async def aclose(self) -> None:
        clients = [getattr(self, field.name) for field in fields(self)]
        await asyncio.gather(*(client.aclose() for client in clients if client is not None))


@dataclass
class ChannelServices:
    """Everything a channel's routes need: the backends, the cached catalogue, keys, events, settings."""

    settings: Settings
    backends: Backends
    catalog: CatalogCache
    idempotency: IdempotencyStore
    leads: LeadStore
    lead_work: LeadWorkStore
    notes: NoteStore
    events: OrderEventHub
    fanout: OrderFanout
    customers: CustomerDirectory = field(default_factory=CustomerDirectory)
    qualifications: QualificationCache = field(default_factory=lambda: QualificationCache(ttl_seconds=0))
    auth: ClientCredentials | None = None
    locks: NamedLocks = field(default_factory=NamedLocks)  # one business step at a time (a quote, a line)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    @classmethod
    def from_settings(cls, settings: Settings) -> ChannelServices:
        auth = client_credentials_from(settings)
        backends = Backends.from_settings(settings, auth)
        catalog = CatalogCache(
            backends.tmf620, settings.catalog_ttl_seconds, settings.currency, settings.profile
        )
        store = IdempotencyStore.from_url(
            settings.database_url,
            ttl_hours=settings.idempotency_ttl_hours,
            stale_seconds=settings.idempotency_stale_seconds,
        )
        records = create_db_engine(settings.database_url)  # leads, notes, event fan-out, locks: one pool
        events = OrderEventHub()
        # Waits at most a little longer than making a customer takes (two TMF calls).
        shared_locks = shared_locks_for(records, settings.database_url, 3 * settings.timeout_seconds)
        fanout = order_fanout_for(
            events, records, settings.database_url, workers=settings.workers, enabled=settings.order_events
        )
        return cls(
            settings=settings,
            backends=backends,
            catalog=catalog,
            idempotency=store,
            leads=LeadStore(records),
            lead_work=LeadWorkStore(records),
            notes=NoteStore(records),
            events=events,
            fanout=fanout,
            customers=CustomerDirectory(
                shared_locks=shared_locks,
                settle_seconds=settings.idempotency_stale_seconds,
            ),
            qualifications=QualificationCache(settings.qualification_ttl_seconds),
            auth=auth,
            locks=NamedLocks(shared_locks),
        )

    async def start(self) -> None:
        """Background work of a serving process: forgetting old keys, hearing (and subscribing to) order
        events."""
        self._tasks.append(asyncio.create_task(self._purge_forever(), name="purge idempotency keys"))
        await self.fanout.start()
        if self.settings.order_events and self.settings.order_events_subscribe:
            callback = self.settings.public_url + LISTENER_PATH
            # Not awaited: a slow or absent hub must not hold up serving (streams poll meanwhile).
            self._tasks.append(
                asyncio.create_task(self.events.subscribe(self.backends.tmf622, callback), name="subscribe")
            )

    async def _purge_forever(self) -> None:
        while True:
            try:
                purged = await self.idempotency.apurge()
                if purged:
                    log.info("purged expired idempotency keys", extra={"count": purged})
            except Exception:
                log.exception("purging idempotency keys failed")
            await asyncio.sleep(PURGE_EVERY_SECONDS)

    async def aclose(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.fanout.aclose()
        await self.events.unsubscribe(self.backends.tmf622)
        await self.backends.aclose()
        self.idempotency.dispose()
        self.leads.dispose()  # the lead work shares its engine
