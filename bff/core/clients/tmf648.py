"""TMF648 Quote Management v4 client: prices a basket."""

from __future__ import annotations

from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf648 import Quote, QuoteCreate


class Tmf648Client(TmfClient):
    api = "TMF648"

    async def create_quote(self, request: QuoteCreate) -> Quote:
        return self._parse(Quote, await self._send("POST", "quote", json=dump(request)))

    async def get_quote(self, quote_id: str) -> Quote:
        return self._parse(Quote, await self._send("GET", f"quote/{quote_id}"))
