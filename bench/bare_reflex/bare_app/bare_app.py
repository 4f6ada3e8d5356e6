"""The framework's own cost, for comparison: one page, one state with the home page's address-search fields,
the same BFF call (`GET /api/v1/addresses`) from the same chained background event, and nothing else — no
session sharing, no sub-states, no computed vars, no validation.

The storefront's HomeState does the same two things the bench measures: `set_postcode` echoes the postcode
and, for a complete postcode, chains `look_up_addresses`; `set_house_number` is a local event. The BFF's
address comes from BARE_BFF_URL (the bench sets it to the stack's web BFF).
"""

from __future__ import annotations

import os
import re
from typing import Any

import httpx
import reflex as rx

_UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
_client: httpx.AsyncClient | None = None


def _bff() -> httpx.AsyncClient:
    """One pooled client per worker process, as the storefront's BFF client."""
    global _client
    if _client is None:
        _client = httpx.AsyncClient(
            base_url=os.environ.get("BARE_BFF_URL", "http://127.0.0.1:8500"), timeout=10.0
        )
    return _client


def full_postcode(text: str) -> str:
    compact = "".join(text.split()).upper()
    return f"{compact[:-3]} {compact[-3:]}" if _UK_POSTCODE.match(compact) else ""


class BareState(rx.State):
    postcode: str = ""
    house_number: str = ""
    addresses_postcode: str = ""
    addresses: list[dict[str, Any]] = []

    @rx.event
    def set_postcode(self, value: str):
        self.postcode = value
        wanted = full_postcode(value)
        if wanted != self.addresses_postcode:
            self.addresses, self.addresses_postcode = [], wanted
            if wanted:
                return BareState.look_up_addresses
        return None

    @rx.event
    def set_house_number(self, value: str):
        self.house_number = value

    @rx.event(background=True)
    async def look_up_addresses(self):
        async with self:
            postcode = self.addresses_postcode
        answer = await _bff().get("/api/v1/addresses", params={"postcode": postcode})
        found = answer.json().get("addresses", []) if answer.status_code == 200 else []
        async with self:
            if postcode == self.addresses_postcode:
                self.addresses = [
                    {
                        "id": a["id"],
                        "label": a.get("label") or a["id"],
                        "house_number": a.get("houseNumber", ""),
                        "flats": [flat.get("label", "") for flat in a.get("subAddresses", [])],
                    }
                    for a in found
                ]


def index() -> rx.Component:
    return rx.vstack(
        rx.input(value=BareState.postcode, on_change=BareState.set_postcode, debounce_timeout=350),
        rx.input(value=BareState.house_number, on_change=BareState.set_house_number, debounce_timeout=50),
        rx.foreach(BareState.addresses, lambda address: rx.text(address["label"])),
    )


app = rx.App()
app.add_page(index, route="/")
