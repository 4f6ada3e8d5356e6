"""The TMF backends a BFF talks to: one client (one pooled connection pool) per API, made once per process."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, fields

from bff.config import Settings
from bff.core.catalog import CatalogCache
from bff.core.clients.tmf620 import Tmf620Client
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.clients.tmf645 import Tmf645Client
from bff.core.clients.tmf648 import Tmf648Client


@dataclass
class Backends:
    tmf620: Tmf620Client
    tmf622: Tmf622Client
    tmf632: Tmf632Client
    tmf645: Tmf645Client
    tmf648: Tmf648Client

    @classmethod
    def from_settings(cls, settings: Settings) -> Backends:
        timeout, pool = settings.timeout_seconds, settings.max_connections
        return cls(
            tmf620=Tmf620Client.for_url(settings.tmf620_url, timeout, pool),
            tmf622=Tmf622Client.for_url(settings.tmf622_url, timeout, pool),
            tmf632=Tmf632Client.for_url(settings.tmf632_url, timeout, pool),
            tmf645=Tmf645Client.for_url(settings.tmf645_url, timeout, pool),
            tmf648=Tmf648Client.for_url(settings.tmf648_url, timeout, pool),
        )

    async def aclose(self) -> None:
        await asyncio.gather(*(getattr(self, field.name).aclose() for field in fields(self)))


@dataclass
class Journey:
    """Everything a channel's routes need: the backends, the cached catalogue and the settings."""

    settings: Settings
    backends: Backends
    catalog: CatalogCache

    @classmethod
    def from_settings(cls, settings: Settings) -> Journey:
        backends = Backends.from_settings(settings)
        catalog = CatalogCache(backends.tmf620, settings.catalog_ttl_seconds, settings.currency)
        return cls(settings=settings, backends=backends, catalog=catalog)

    async def aclose(self) -> None:
        await self.backends.aclose()
