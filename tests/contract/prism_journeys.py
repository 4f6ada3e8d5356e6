"""One web and one retail journey through the channel apps, step by step, each step's answer kept.

Web: address search → address check → offers → configuration → quote → order → order read → my products →
cancel. Retail: customer created and searched → customer 360 → address check → configuration → order on
their behalf with a discount above the agent's limit → the store's queue and approvals → a manager
approves it.

A step that fails does not stop the journey: the next steps use what the earlier ones found, or the seeded
address and offer when they found nothing, so a backend that breaks one step still shows how each later call
answers (the spec-only Prism mock answers most calls with data that leads nowhere).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from bff.core.auth.principal import Principal
from tests.bff.retail_support import ALEX, MORGAN, SignedIn

POSTCODE, HOUSE = "RG1 4AB", "3"
SEEDED_ADDRESS, SEEDED_OFFER = "addr-rg14ab-3", "po-fibre-500"  # the mocks' seed: used when a step found none
DISCOUNT = 15.0  # above the agents' limit (10 %): TMF622 holds the order for a manager


@dataclass
class Step:
    channel: str
    name: str
    method: str
    path: str
    status: int
    body: Any
    seconds: float

    def __str__(self) -> str:
        return f"{self.channel} {self.name} ({self.method} {self.path}): {self.status} {str(self.body)[:300]}"


@dataclass
class Journeys:
    """Runs the steps against the apps; `before`/`after` let a caller see what each step cost the TMF side."""

    web: httpx.AsyncClient
    retail: httpx.AsyncClient
    customer: SignedIn
    staff: SignedIn
    before: Callable[[], None] = lambda: None
    after: Callable[[Step], None] = lambda step: None
    steps: list[Step] = field(default_factory=list)

    async def call(self, channel: str, name: str, method: str, path: str, **kwargs: Any) -> Step:
        client = self.web if channel == "web" else self.retail
        self.before()
        started = time.perf_counter()
        answer = await client.request(method, path, **kwargs)
        try:
            body = answer.json()
        except ValueError:
            body = answer.text
        step = Step(channel, name, method, path, answer.status_code, body, time.perf_counter() - started)
        self.steps.append(step)
        self.after(step)
        return step

    async def run_web(self) -> None:
        email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
        # A registered customer whose first order makes their TMF629 customer (as the identity claim says).
        self.customer.who = Principal(
            "sub-ada", frozenset({"customer"}), customer_id=f"cust-{uuid.uuid4().hex[:8]}", email=email
        )
        found = await self.call(
            "web", "address search", "GET", "/api/v1/addresses", params={"postcode": "rg14ab"}
        )
        addresses = _get(found.body, "addresses") or []
        address_id = next(
            (address.get("id") for address in addresses if address.get("houseNumber") == HOUSE),
            SEEDED_ADDRESS,
        )
        checked = await self.call(
            "web",
            "address check",
            "POST",
            "/api/v1/availability",
            json={"postcode": POSTCODE, "houseNumber": HOUSE},
        )
        offers = _get(checked.body, "offers") or [{"id": SEEDED_OFFER}]
        offer_id = offers[0].get("id", SEEDED_OFFER)
        await self.call("web", "offers", "GET", "/api/v1/offers")
        configured = await self.call(
            "web", "configuration", "POST", "/api/v1/configurations", json={"offerId": offer_id}
        )
        add_ons = [
            add_on["id"] for add_on in _get(configured.body, "allowedAddOns") or [] if add_on.get("mandatory")
        ]
        basket = {"addressId": address_id, "offerId": offer_id, "addOnIds": add_ons}
        quoted = await self.call("web", "quote", "POST", "/api/v1/quotes", json=basket)
        contact = {"givenName": "Ada", "familyName": "Lovelace", "phone": "07700 900123", "email": email}
        body = {**basket, "contact": contact, "consents": {"creditCheck": True, "terms": True}}
        if quote_id := _get(quoted.body, "id"):
            body["quoteId"] = quote_id
        # The contract summary of that price, read and confirmed as checkout does.
        version = _get(_get(quoted.body, "contractSummary") or {}, "version")
        body |= {"contractSummaryAccepted": True, "contractSummaryVersion": version or "0" * 16}
        placed = await self.call(
            "web",
            "order",
            "POST",
            "/api/v1/orders",
            json=body,
            headers={"Idempotency-Key": f"prism-{uuid.uuid4().hex}"},
        )
        order_id = _get(placed.body, "id") or "po-unknown"
        await self.call("web", "order read", "GET", f"/api/v1/orders/{order_id}")
        await self.call("web", "my products", "GET", "/api/v1/products")
        await self.call(
            "web",
            "cancel",
            "POST",
            f"/api/v1/orders/{order_id}/cancel",
            json={"reason": "changed my mind"},
            headers={"Idempotency-Key": f"prism-cancel-{uuid.uuid4().hex}"},
        )

    async def run_retail(self) -> None:
        self.staff.who = ALEX
        email = f"grace.{uuid.uuid4().hex[:8]}@example.com"
        contact = {"givenName": "Grace", "familyName": "Hopper", "email": email, "phone": "07700 900456"}
        created = await self.call("retail", "customer create", "POST", "/api/v1/customers", json=contact)
        customer_id = _get(created.body, "id") or "cust-0001"
        await self.call("retail", "customer search", "GET", "/api/v1/customers", params={"email": email})
        await self.call("retail", "customer 360", "GET", f"/api/v1/customers/{customer_id}")
        checked = await self.call(
            "retail",
            "address check",
            "POST",
            "/api/v1/availability",
            json={"postcode": POSTCODE, "houseNumber": HOUSE},
        )
        offers = _get(checked.body, "offers") or [{"id": SEEDED_OFFER}]
        offer_id = offers[0].get("id", SEEDED_OFFER)
        address_id = _get(_get(checked.body, "address"), "id") or SEEDED_ADDRESS
        configured = await self.call(
            "retail", "configuration", "POST", "/api/v1/configurations", json={"offerId": offer_id}
        )
        add_ons = [
            add_on["id"] for add_on in _get(configured.body, "allowedAddOns") or [] if add_on.get("mandatory")
        ]
        placed = await self.call(
            "retail",
            "order on behalf",
            "POST",
            f"/api/v1/customers/{customer_id}/orders",
            json={
                "addressId": address_id,
                "offerId": offer_id,
                "addOnIds": add_ons,
                "discount": {"percentage": DISCOUNT, "reason": "Price match"},
            },
            headers={"Idempotency-Key": f"prism-store-{uuid.uuid4().hex}"},
        )
        order_id = _get(placed.body, "id") or "po-unknown"
        await self.wait_held(order_id)
        await self.call("retail", "store queue", "GET", "/api/v1/stores/store-rdg/orders")
        await self.call("retail", "approvals", "GET", "/api/v1/stores/store-rdg/approvals")
        self.staff.who = MORGAN
        await self.call("retail", "approve", "POST", f"/api/v1/stores/store-rdg/approvals/{order_id}/approve")

    async def wait_held(self, order_id: str, seconds: float = 10.0) -> None:
        """The order manager holds an order a moment after it is placed: only then may a manager approve."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            answer = await self.retail.get(f"/api/v1/stores/store-rdg/orders/{order_id}")
            if answer.status_code != 200 or _get(_get(answer.json(), "order"), "state") != "acknowledged":
                return
            await asyncio.sleep(0.2)


def _get(value: Any, key: str) -> Any:
    """`value[key]` when `value` is an object that has it, else None (a failed step's body is an error)."""
    return value.get(key) if isinstance(value, dict) else None
