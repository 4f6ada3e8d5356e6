"""The storefront's only way to the retail BFF (``/api/v1``, see docs/architecture.md "Retail BFF API").

Every call carries the signed-in staff member's access token. Errors are mapped as in ``bff_client``
(``BffError`` with a message fit to show), except that a 403 here means "not for your role or store".
"""

import contextlib
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import Field, model_validator

from storefront.bff_client import UNREACHABLE_MESSAGE, Availability, BffError, _error_from, _Model, _parse
from storefront.config import get_settings

STAFF_ONLY_MESSAGE = "This area is for store staff, and this store's staff only."

_client: httpx.AsyncClient | None = None


class _Answer(_Model):
    """The retail BFF sends null for unknown details; the screens show them as empty."""

    @model_validator(mode="before")
    @classmethod
    def _drop_nulls(cls, data: Any) -> Any:
        return {k: v for k, v in data.items() if v is not None} if isinstance(data, dict) else data


class StaffMember(_Answer):
    id: str = ""
    name: str = ""
    email: str = ""
    roles: list[str] = Field(default_factory=list)
    store_id: str = ""
    is_manager: bool = False
    discount_limit_percent: float = 0


class CustomerSummary(_Answer):
    id: str
    name: str = ""
    status: str = ""
    email: str = ""
    phone: str = ""
    postcode: str = ""


class CustomerList(_Answer):
    customers: list[CustomerSummary] = Field(default_factory=list)


def _http() -> httpx.AsyncClient:
    global _client
    if _client is None or _client.is_closed:
        settings = get_settings()
        _client = httpx.AsyncClient(
            base_url=settings.retail_bff_url,
            timeout=settings.bff_timeout_seconds,
            headers={"Accept": "application/json"},
        )
    return _client


@contextlib.asynccontextmanager
async def lifespan() -> AsyncIterator[None]:
    """Reflex lifespan task: close the pooled connections when the backend stops."""
    try:
        yield
    finally:
        if _client is not None:
            await _client.aclose()


async def _request(method: str, path: str, token: str, **kwargs: Any) -> Any:
    headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
    try:
        response = await _http().request(method, path, headers=headers, **kwargs)
    except httpx.TransportError as exc:
        raise BffError(UNREACHABLE_MESSAGE, code="BFF_UNREACHABLE") from exc
    if response.is_success:
        return response.json()
    if response.status_code == 403:
        raise BffError(STAFF_ONLY_MESSAGE, status=403, code="FORBIDDEN")
    raise _error_from(response)


def _path_id(value: str) -> str:
    return quote(value, safe="")


async def get_me(token: str) -> StaffMember:
    """Who the staff member is and which store they work in (``GET /api/v1/me``)."""
    return _parse(StaffMember, await _request("GET", "/api/v1/me", token))


async def search_customers(token: str, **criteria: str) -> list[CustomerSummary]:
    """Customers matching every given criterion: name, email, phone, postcode (``GET /api/v1/customers``)."""
    params = {name: value.strip() for name, value in criteria.items() if value.strip()}
    return _parse(CustomerList, await _request("GET", "/api/v1/customers", token, params=params)).customers


class Item360(_Answer):
    """One product, order, quote or lead of the 360 view, reduced to what the screen lists."""

    id: str = ""
    name: str = ""
    state: str = ""
    status: str = ""
    offer_name: str = ""
    interest: str = ""
    postcode: str = ""


class Note(_Answer):
    id: str = ""
    text: str = ""
    author_name: str = ""
    created_at: str = ""


class Customer360(_Answer):
    customer: CustomerSummary
    products: list[Item360] = Field(default_factory=list)
    orders: list[Item360] = Field(default_factory=list)
    quotes: list[Item360] = Field(default_factory=list)
    leads: list[Item360] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)


async def get_customer(token: str, customer_id: str) -> Customer360:
    """Everything about one customer (``GET /api/v1/customers/{id}``)."""
    return _parse(Customer360, await _request("GET", f"/api/v1/customers/{_path_id(customer_id)}", token))


async def add_note(token: str, customer_id: str, text: str) -> Note:
    """Write a note on a customer (``POST /api/v1/customers/{id}/notes``)."""
    path = f"/api/v1/customers/{_path_id(customer_id)}/notes"
    return _parse(Note, await _request("POST", path, token, json={"text": text}))


class RetailOrder(_Answer):
    id: str
    state: str = ""
    approval_required: bool = False


async def check_availability(token: str, postcode: str, house_number: str) -> Availability:
    """Quick address check: what can be sold there (``POST /api/v1/availability``)."""
    body = {"postcode": postcode, "houseNumber": house_number}
    return _parse(Availability, await _request("POST", "/api/v1/availability", token, json=body))


async def place_order(
    token: str,
    customer_id: str,
    *,
    address_id: str,
    offer_id: str,
    discount_percent: float | None,
    idempotency_key: str,
) -> RetailOrder:
    """Order on the customer's behalf (``POST /api/v1/customers/{id}/orders``); the key makes a retry safe."""
    body: dict[str, Any] = {"addressId": address_id, "offerId": offer_id, "addOnIds": []}
    if discount_percent:
        body["discount"] = {"percentage": discount_percent, "reason": "In-store discount"}
    path = f"/api/v1/customers/{_path_id(customer_id)}/orders"
    data = await _request("POST", path, token, json=body, headers={"Idempotency-Key": idempotency_key})
    return _parse(RetailOrder, data)


class Approval(_Answer):
    order: RetailOrder
    held_since: str = ""
    reason: str = ""


class ApprovalList(_Answer):
    store_id: str = ""
    approvals: list[Approval] = Field(default_factory=list)


async def list_approvals(token: str, store_id: str) -> list[Approval]:
    """The store's held orders, oldest first (``GET /api/v1/stores/{s}/approvals``)."""
    path = f"/api/v1/stores/{_path_id(store_id)}/approvals"
    return _parse(ApprovalList, await _request("GET", path, token)).approvals


async def decide(token: str, store_id: str, order_id: str, *, approve: bool, reason: str = "") -> RetailOrder:
    """A manager approves or rejects a held order (``POST .../approvals/{id}/approve|reject``)."""
    action = "approve" if approve else "reject"
    path = f"/api/v1/stores/{_path_id(store_id)}/approvals/{_path_id(order_id)}/{action}"
    body = None if approve else {"reason": reason}
    return _parse(RetailOrder, await _request("POST", path, token, json=body))
