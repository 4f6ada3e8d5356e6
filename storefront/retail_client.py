"""The storefront's only way to the retail BFF (``/api/v1``, see docs/architecture.md "Retail BFF API").

Every call carries the signed-in staff member's access token. Errors are mapped as in ``bff_client``
(``BffError`` with a message fit to show), except that a 403 here means "not for your role or store".
"""

import contextlib
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import Field, model_validator

from storefront.bff_client import (
    UNEXPECTED_MESSAGE,
    UNREACHABLE_MESSAGE,
    AgentQuote,
    Availability,
    BffError,
    Catalogue,
    Configuration,
    _error_from,
    _Model,
    _parse,
)
from storefront.config import get_settings
from storefront.correlation import stamp_request_id
from storefront.sse import read_events

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
            event_hooks={"request": [stamp_request_id]},  # one X-Request-ID per user event
        )
    return _client


@contextlib.asynccontextmanager
async def lifespan() -> AsyncIterator[None]:
    """Reflex lifespan task: build the pool at start-up (as ``bff_client.lifespan`` does, so no staff
    member's first click waits for it) and close its connections when the backend stops."""
    _http()
    try:
        yield
    finally:
        if _client is not None:
            await _client.aclose()


async def _send(method: str, path: str, token: str, **kwargs: Any) -> httpx.Response:
    """One call; a successful answer, or a ``BffError`` fit to show."""
    headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
    try:
        response = await _http().request(method, path, headers=headers, **kwargs)
    except httpx.TransportError as exc:
        raise BffError(UNREACHABLE_MESSAGE, code="BFF_UNREACHABLE") from exc
    if response.is_success:
        return response
    if response.status_code == 403:
        raise BffError(STAFF_ONLY_MESSAGE, status=403, code="FORBIDDEN")
    raise _error_from(response)


async def _request(method: str, path: str, token: str, **kwargs: Any) -> Any:
    response = await _send(method, path, token, **kwargs)
    try:
        return response.json()
    except ValueError as exc:
        raise BffError(UNEXPECTED_MESSAGE, code="BAD_ANSWER") from exc


def _path_id(value: str) -> str:
    return quote(value, safe="")


async def get_me(token: str) -> StaffMember:
    """Who the staff member is and which store they work in (``GET /api/v1/me``)."""
    return _parse(StaffMember, await _request("GET", "/api/v1/me", token))


async def search_customers(token: str, **criteria: str) -> list[CustomerSummary]:
    """Customers matching every given criterion: name, email, phone, postcode (``GET /api/v1/customers``)."""
    params = {name: value.strip() for name, value in criteria.items() if value.strip()}
    return _parse(CustomerList, await _request("GET", "/api/v1/customers", token, params=params)).customers


async def create_customer(
    token: str, *, given_name: str, family_name: str, email: str, phone: str
) -> tuple[CustomerSummary, bool]:
    """A new customer (``POST /api/v1/customers``); False with the existing one when the email is known."""
    body = {"givenName": given_name, "familyName": family_name, "email": email, "phone": phone}
    response = await _send("POST", "/api/v1/customers", token, json=body)
    try:
        return _parse(CustomerSummary, response.json()), response.status_code == 201
    except ValueError as exc:
        raise BffError(UNEXPECTED_MESSAGE, code="BAD_ANSWER") from exc


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


class AgentRef(_Answer):
    id: str = ""
    name: str = ""


class OrderDiscount(_Answer):
    percentage: float = 0
    months: int | None = None
    reason: str = ""


class OrderContact(_Answer):
    given_name: str = ""
    family_name: str = ""
    email: str = ""


class RetailOrder(_Answer):
    """An order as the retail BFF shows it (``RetailOrder``), reduced to what the staff screens use."""

    id: str
    state: str = ""
    order_date: str = ""
    offer_name: str = ""
    add_on_ids: list[str] = Field(default_factory=list)
    contact: OrderContact | None = None
    customer_id: str = ""
    customer_name: str = ""
    store_id: str = ""
    agent: AgentRef | None = None
    discount: OrderDiscount | None = None
    approval_required: bool = False
    state_reason: str = ""
    monthly_price: Decimal | None = None


class Customer360(_Answer):
    customer: CustomerSummary
    products: list[Item360] = Field(default_factory=list)
    orders: list[RetailOrder] = Field(default_factory=list)
    quotes: list[AgentQuote] = Field(default_factory=list)
    leads: list[Item360] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)


async def get_customer(token: str, customer_id: str) -> Customer360:
    """Everything about one customer (``GET /api/v1/customers/{id}``)."""
    return _parse(Customer360, await _request("GET", f"/api/v1/customers/{_path_id(customer_id)}", token))


async def add_note(token: str, customer_id: str, text: str) -> Note:
    """Write a note on a customer (``POST /api/v1/customers/{id}/notes``)."""
    path = f"/api/v1/customers/{_path_id(customer_id)}/notes"
    return _parse(Note, await _request("POST", path, token, json={"text": text}))


async def check_availability(token: str, postcode: str, house_number: str) -> Availability:
    """Quick address check: what can be sold there (``POST /api/v1/availability``)."""
    body = {"postcode": postcode, "houseNumber": house_number}
    return _parse(Availability, await _request("POST", "/api/v1/availability", token, json=body))


async def get_catalogue(token: str) -> Catalogue:
    """Every offer and add-on on sale (``GET /api/v1/offers``)."""
    return _parse(Catalogue, await _request("GET", "/api/v1/offers", token))


async def configure(token: str, offer_id: str, add_on_ids: list[str]) -> Configuration:
    """The catalogue's rules on a basket: add-ons allowed with the offer, and why a choice is refused."""
    body = {"offerId": offer_id, "addOnIds": add_on_ids, "characteristics": {}}
    return _parse(Configuration, await _request("POST", "/api/v1/configurations", token, json=body))


async def place_order(
    token: str,
    customer_id: str,
    *,
    address_id: str,
    offer_id: str,
    add_on_ids: list[str],
    discount_percent: float | None,
    discount_reason: str,
    idempotency_key: str,
) -> RetailOrder:
    """Order on the customer's behalf (``POST /api/v1/customers/{id}/orders``); the key makes a retry safe.

    A discount is recorded on the order with its reason (the item price's alteration and a note)."""
    body: dict[str, Any] = {"addressId": address_id, "offerId": offer_id, "addOnIds": add_on_ids}
    if discount_percent:
        body["discount"] = {"percentage": discount_percent, "reason": discount_reason}
    path = f"/api/v1/customers/{_path_id(customer_id)}/orders"
    data = await _request("POST", path, token, json=body, headers={"Idempotency-Key": idempotency_key})
    return _parse(RetailOrder, data)


async def send_quote(
    token: str,
    customer_id: str,
    *,
    address_id: str,
    offer_id: str,
    add_on_ids: list[str],
    idempotency_key: str,
) -> AgentQuote:
    """Send the customer a quote to accept online (``POST /api/v1/customers/{id}/quotes``).

    The retail BFF's quotes carry no agent discount: they are priced from the catalogue."""
    body = {"addressId": address_id, "offerId": offer_id, "addOnIds": add_on_ids}
    path = f"/api/v1/customers/{_path_id(customer_id)}/quotes"
    data = await _request("POST", path, token, json=body, headers={"Idempotency-Key": idempotency_key})
    return _parse(AgentQuote, data)


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


class QueueEntry(_Answer):
    order: RetailOrder
    state_since: str = ""
    seconds_in_state: float | None = None
    target_seconds: float | None = None
    in_jeopardy: bool = False
    cycle_seconds: float | None = None


class PhaseAverage(_Answer):
    name: str
    count: int = 0
    average_seconds: float = 0


class StoreQueue(_Answer):
    store_id: str = ""
    generated_at: str = ""
    counts: dict[str, int] = Field(default_factory=dict)
    in_jeopardy: int = 0
    phase_averages: list[PhaseAverage] = Field(default_factory=list)
    orders: list[QueueEntry] = Field(default_factory=list)


def _queue_path(store_id: str) -> str:
    return f"/api/v1/stores/{_path_id(store_id)}/orders"


async def get_queue(token: str, store_id: str) -> StoreQueue:
    """The store's orders by state, jeopardy first (``GET /api/v1/stores/{s}/orders``)."""
    return _parse(StoreQueue, await _request("GET", _queue_path(store_id), token))


async def follow_queue(token: str, store_id: str) -> AsyncIterator[StoreQueue | None]:
    """The store's queue now and each time it changes (``GET .../orders/events``, Server-Sent Events).

    Yields None for each keep-alive, so the caller can stop between changes. Raises ``BffError`` when the
    stream cannot be opened or breaks; the caller then reads the queue itself for a while.
    """
    settings = get_settings()
    # The BFF says ": nothing new" at every poll, so a long silence means the stream is broken.
    timeout = httpx.Timeout(settings.bff_timeout_seconds, read=max(settings.bff_timeout_seconds, 30.0))
    headers = {"Authorization": f"Bearer {token}", "Accept": "text/event-stream"}
    try:
        async with _http().stream(
            "GET", f"{_queue_path(store_id)}/events", headers=headers, timeout=timeout
        ) as response:
            if not response.is_success:
                await response.aread()
                if response.status_code == 403:
                    raise BffError(STAFF_ONLY_MESSAGE, status=403, code="FORBIDDEN")
                raise _error_from(response)
            async for data in read_events(response.aiter_lines(), "queue"):
                yield None if data is None else _parse(StoreQueue, json.loads(data))
    except httpx.TransportError as exc:
        raise BffError(UNREACHABLE_MESSAGE, code="BFF_UNREACHABLE") from exc
    except ValueError as exc:
        raise BffError(UNEXPECTED_MESSAGE, code="BAD_ANSWER") from exc
