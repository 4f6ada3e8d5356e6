"""TMF648 Quote Management v4 client: prices a basket; quotes staff send, and their acceptance."""

from __future__ import annotations

from typing import Any

from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf648 import Quote, QuoteCreate


class Tmf648Client(TmfClient):
    api = "TMF648"

    async def create_quote(self, request: QuoteCreate) -> Quote:
        return self._parse(Quote, await self._send("POST", "quote", json=dump(request)))

    async def get_quote(self, quote_id: str) -> Quote:
        return self._parse(Quote, await self._send("GET", f"quote/{self._id(quote_id)}"))

    async def find_quotes(self, **filters: str) -> list[Quote]:
        """Quotes matching TMF630 filters, e.g. relatedParty.id=<customer id>&state=approved."""
        return await self._list_all(Quote, "quote", filters)

    async def patch_quote(self, quote_id: str, changes: dict[str, Any]) -> Quote:
        """A JSON merge patch of a quote, e.g. {"state": "accepted"}."""
        response = await self._send(
            "PATCH",
            f"quote/{self._id(quote_id)}",
            json=changes,
            headers={"Content-Type": "application/merge-patch+json"},
        )
        return self._parse(Quote, response)
