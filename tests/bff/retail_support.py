"""Shared by the retail and cross-channel tests: signed-in people, and the apps with them signed in."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI

from bff.channel.auth import principal
from bff.core.auth.errors import Unauthenticated
from bff.core.auth.principal import Principal
from bff.core.backends import ChannelServices
from tests.bff.factories import URLS

ALEX = Principal("sub-alex", frozenset({"agent"}), store_id="store-rdg", name="Alex Agent")
MORGAN = Principal("sub-morgan", frozenset({"manager"}), store_id="store-rdg", name="Morgan Manager")
BEA = Principal("sub-bea", frozenset({"agent"}), store_id="store-ldn", name="Bea Agent")
NICO = Principal("sub-nico", frozenset({"manager"}), store_id="store-ldn", name="Nico Manager")
JANE = Principal("sub-jane", frozenset({"customer"}), customer_id="cust-0001", name="Jane Doe")
SAM = Principal("sub-sam", frozenset({"customer"}), customer_id="cust-0002", name="Sam Patel")

TMF622 = URLS["tmf622_url"]
TMF629 = URLS["tmf629_url"]
TMF632 = URLS["tmf632_url"]
TMF637 = URLS["tmf637_url"]
TMF645 = URLS["tmf645_url"]
TMF648 = URLS["tmf648_url"]


@dataclass
class SignedIn:
    """Who the app under test takes the caller to be (None: no token)."""

    who: Principal | None = None

    def __call__(self) -> Principal:
        if self.who is None:
            raise Unauthenticated()
        return self.who


@asynccontextmanager
async def signed_in_client(
    app: FastAPI, services: ChannelServices, who: SignedIn
) -> AsyncIterator[httpx.AsyncClient]:
    app.state.services = services  # ASGITransport does not run the lifespan
    app.dependency_overrides[principal] = who
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bff.test") as http:
        yield http


def create_customer(customer_id: str = "cust-0001", name: str = "Jane Doe", **extra: Any) -> dict[str, Any]:
    return {
        "id": customer_id,
        "name": name,
        "status": "Approved",
        "engagedParty": {"id": f"ind-{customer_id}", "name": name, "@referredType": "Individual"},
        "contactMedium": [
            {"mediumType": "email", "characteristic": {"emailAddress": "jane.doe@example.com"}},
            {"mediumType": "mobile", "characteristic": {"phoneNumber": "07700 900123"}},
        ],
        **extra,
    }


def create_individual(customer_id: str = "cust-0001") -> dict[str, Any]:
    return {
        "id": f"ind-{customer_id}",
        "givenName": "Jane",
        "familyName": "Doe",
        "contactMedium": [
            {"mediumType": "email", "characteristic": {"emailAddress": "jane.doe@example.com"}},
            {"mediumType": "mobile", "characteristic": {"phoneNumber": "07700 900123"}},
        ],
    }


def create_store_order(
    order_id: str, state: str, store_id: str = "store-rdg", **extra: Any
) -> dict[str, Any]:
    """A TMF622 order a store placed, as the order manager keeps it."""
    return {
        "id": order_id,
        "state": state,
        "orderDate": "2026-11-23T10:00:00Z",
        "channel": [{"id": "retail", "name": store_id, "role": "salesChannel"}],
        "relatedParty": [
            {"id": "cust-0001", "name": "Jane Doe", "role": "customer", "@referredType": "Customer"},
            {"id": "sub-alex", "name": "Alex Agent", "role": "salesAgent", "@referredType": "Individual"},
        ],
        "productOrderItem": [
            {
                "id": "1",
                "action": "add",
                "state": state,
                "productOffering": {"id": "po-fibre-900", "name": "Fibre 900"},
                "itemPrice": [
                    {
                        "priceType": "recurring",
                        "price": {"taxIncludedAmount": {"unit": "GBP", "value": 50.0}},
                        "priceAlteration": [
                            {
                                "name": "Agent discount",
                                "description": "Price match",
                                "priceType": "recurring",
                                "price": {"percentage": 25},
                            }
                        ],
                    }
                ],
            }
        ],
        **extra,
    }


def held_for_discount(order_id: str, store_id: str = "store-rdg") -> dict[str, Any]:
    return create_store_order(
        order_id,
        "held",
        store_id,
        productOrderErrorMessage=[
            {
                "code": "APPROVAL_REQUIRED",
                "reason": "Discount approval required",
                "message": "Item 1 has a 25 % discount, above the 10 % a channel may give without approval",
                "timestamp": "2026-11-23T10:00:03Z",
            }
        ],
        note=[
            {"author": "Order manager", "date": "2026-11-23T10:00:03Z", "text": "Discount approval required"}
        ],
    )


def listed(items: list[dict[str, Any]]) -> httpx.Response:
    return httpx.Response(200, json=items, headers={"X-Total-Count": str(len(items))})
