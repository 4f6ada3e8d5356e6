"""The storefront's only way to the web BFF (``/api/v1``, see docs/architecture.md "Web BFF API").

One pooled ``httpx.AsyncClient`` per process, created on first use and closed by the app's lifespan. Every
function returns a small pydantic model or raises ``BffError``, whose ``message`` is already fit to show a
customer::

    BffError                    message for a person, optional HTTP status and BFF error code
      └─ field_errors           422 validation problems, keyed by the storefront's form field names
"""

import contextlib
import json
from collections.abc import AsyncIterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic.alias_generators import to_camel

from storefront.config import Settings, get_settings
from storefront.correlation import stamp_request_id
from storefront.sse import read_events

UNREACHABLE_MESSAGE = (
    "Our ordering service is not reachable right now. "
    "Please try again in a moment — nothing you entered has been lost."
)
ADDRESS_NOT_FOUND_MESSAGE = "We could not find that address. Check the postcode and house number."
ORDER_NOT_FOUND_MESSAGE = "We could not find that order. Check the order reference and try again."
SIGN_IN_MESSAGE = "Please sign in again to continue — nothing you entered has been lost."
NOT_YOURS_MESSAGE = "That belongs to another account. Sign in with the account you ordered with."
PRODUCT_NOT_FOUND_MESSAGE = "We could not find that broadband line on your account."
FIELDS_INVALID_MESSAGE = "Please check the details you entered."
UNEXPECTED_MESSAGE = (
    "Something went wrong on our side. Please try again in a moment — nothing you entered has been lost."
)

# The BFF names fields by its JSON body; the storefront's forms use their own names.
_FIELD_NAMES = {
    "postcode": "postcode",
    "houseNumber": "house_number",
    "givenName": "first_name",
    "familyName": "last_name",
    "email": "email",
    "phone": "phone",
    "interest": "interest",
}
_FIELD_MESSAGES = {
    "postcode": "Enter a full UK postcode, like SW1A 2AA.",
    "house_number": "Enter your house number or name.",
    "first_name": "Enter your first name.",
    "last_name": "Enter your last name.",
    "email": "Enter a valid email address, like name@example.com.",
    "phone": "Enter a valid phone number, like 07700 900123.",
    "interest": "Tell us what you are interested in.",
}


class BffError(Exception):
    """A BFF call that did not succeed; ``message`` is safe and friendly to show as is."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        field_errors: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.field_errors = field_errors or {}


class _Model(BaseModel):
    # The BFF speaks camelCase JSON; unknown fields are ignored so the BFF can grow without breaking us.
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore")


class Address(_Model):
    id: str = ""
    house_number: str = ""
    street: str = ""
    city: str = ""
    postcode: str = ""
    label: str = ""


class Technology(_Model):
    technology: str
    max_download_mbps: float | None = None
    max_upload_mbps: float | None = None


class Promotion(_Model):
    name: str = ""
    description: str = ""
    monthly_price: Decimal
    months: int


class Offer(_Model):
    id: str
    name: str
    description: str = ""
    technology: str = ""
    download_mbps: float | None = None
    upload_mbps: float | None = None
    monthly_price: Decimal
    one_off_price: Decimal = Decimal(0)
    currency: str = "GBP"
    contract_months: int | None = None
    promotion: Promotion | None = None


class AddOn(_Model):
    id: str
    name: str
    description: str = ""
    monthly_price: Decimal = Decimal(0)
    one_off_price: Decimal = Decimal(0)
    currency: str = "GBP"


class Availability(_Model):
    address: Address
    serviceable: bool
    technologies: list[Technology] = Field(default_factory=list)
    offers: list[Offer] = Field(default_factory=list)


class Catalogue(_Model):
    offers: list[Offer] = Field(default_factory=list)
    add_ons: list[AddOn] = Field(default_factory=list)


class QuoteItem(_Model):
    offer_id: str = ""
    name: str = ""
    monthly_price: Decimal = Decimal(0)
    one_off_price: Decimal = Decimal(0)


class Quote(_Model):
    id: str
    state: str = ""
    currency: str = "GBP"
    items: list[QuoteItem] = Field(default_factory=list)
    monthly_total: Decimal
    one_off_total: Decimal
    promotion_monthly_total: Decimal | None = None
    promotion_months: int | None = None


class QuoteAgent(_Model):
    id: str = ""
    name: str | None = None


class AgentQuote(Quote):
    """A quote a store sent the customer (``AgentQuote``), to accept online."""

    customer_id: str | None = None
    agent: QuoteAgent | None = None
    address_id: str | None = None
    offer_id: str | None = None
    add_on_ids: list[str] = Field(default_factory=list)
    valid_until: str | None = None
    quoted_at: str | None = None


class Contact(_Model):
    given_name: str
    family_name: str
    email: str
    phone: str


class OrderItem(_Model):
    id: str = ""
    offer_id: str = ""
    name: str = ""
    state: str | None = None
    action: str = "add"
    product_id: str | None = None


class Milestone(_Model):
    """A step of the order's fulfilment (TMF622 v5 productOrderMilestone), when the BFF passes them on."""

    id: str = ""
    name: str = ""
    status: str = ""
    date: str | None = None
    item_id: str | None = None


class OrderProblem(_Model):
    """Why an order is rejected, held or pending (TMF622 productOrderErrorMessage), if the BFF says."""

    code: str = ""
    reason: str = ""
    message: str = ""


class Order(_Model):
    id: str
    state: str
    order_date: str | None = None
    external_id: str | None = None
    offer_id: str = ""
    offer_name: str = ""
    add_on_ids: list[str] = Field(default_factory=list)
    address: Address | None = None
    contact: Contact | None = None
    items: list[OrderItem] = Field(default_factory=list)
    customer_id: str | None = None
    characteristics: dict[str, str] = Field(default_factory=dict)
    milestones: list[Milestone] = Field(default_factory=list)
    error_messages: list[OrderProblem] = Field(default_factory=list)
    expected_completion_date: str | None = None


class OrderList(_Model):
    orders: list[Order] = Field(default_factory=list)


class SubAddress(_Model):
    id: str
    label: str = ""


class AddressOption(Address):
    sub_addresses: list[SubAddress] = Field(default_factory=list)


class AddressList(_Model):
    postcode: str = ""
    addresses: list[AddressOption] = Field(default_factory=list)


class AllowedAddOn(_Model):
    id: str
    name: str = ""
    mandatory: bool = False
    preselected: bool = False
    max_quantity: int = 1
    requires: list[str] = Field(default_factory=list)
    excludes: list[str] = Field(default_factory=list)


class CharacteristicChoice(_Model):
    name: str
    description: str = ""
    allowed_values: list[str] = Field(default_factory=list)
    default_value: str | None = None
    required: bool = False
    value: str | None = None


class Problem(_Model):
    code: str = ""
    message: str = ""
    field: str = ""


class Configuration(_Model):
    valid: bool
    offer_id: str = ""
    add_on_ids: list[str] = Field(default_factory=list)
    characteristics: dict[str, str] = Field(default_factory=dict)
    allowed_add_ons: list[AllowedAddOn] = Field(default_factory=list)
    characteristic_choices: list[CharacteristicChoice] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)


class Product(_Model):
    id: str
    name: str = ""
    status: str | None = None
    offer_id: str = ""
    offer_name: str = ""
    technology: str | None = None
    download_mbps: float | None = None
    upload_mbps: float | None = None
    start_date: str | None = None
    address: Address | None = None
    customer_id: str | None = None
    characteristics: dict[str, str] = Field(default_factory=dict)


class ProductList(_Model):
    products: list[Product] = Field(default_factory=list)


class Cancellation(_Model):
    id: str = ""
    order_id: str = ""
    state: str = ""
    reason: str | None = None


class Lead(_Model):
    """Someone who wants broadband where none can be sold yet (``POST /api/v1/leads``)."""

    postcode: str
    house_number: str
    address_id: str | None = None
    given_name: str
    family_name: str
    email: str
    phone: str | None = None
    interest: str


M = TypeVar("M", bound=BaseModel)

_client: httpx.AsyncClient | None = None


def _http() -> httpx.AsyncClient:
    """The shared, pooled client; made lazily because settings and the event loop exist only at run time."""
    global _client
    if _client is None or _client.is_closed:
        settings: Settings = get_settings()
        _client = httpx.AsyncClient(
            base_url=settings.bff_url,
            timeout=settings.bff_timeout_seconds,
            headers={"Accept": "application/json"},
            event_hooks={"request": [stamp_request_id]},  # one X-Request-ID per user event
        )
    return _client


@contextlib.asynccontextmanager
async def lifespan() -> AsyncIterator[None]:
    """Reflex lifespan task: build the pool at start-up and close its connections when the backend stops.

    Built here, not on the first call: making a client loads the TLS trust store (50-100 ms on this
    machine), which the first customer's click in each worker would otherwise wait for.
    """
    _http()
    try:
        yield
    finally:
        if _client is not None:
            await _client.aclose()


async def _request(method: str, path: str, **kwargs: Any) -> Any:
    """Send one request and return the decoded JSON, or raise a friendly ``BffError``."""
    try:
        response = await _http().request(method, path, **kwargs)
    except httpx.TransportError as exc:  # connect errors, timeouts, dropped connections
        raise BffError(UNREACHABLE_MESSAGE, code="BFF_UNREACHABLE") from exc
    if response.is_success:
        try:
            return response.json()
        except ValueError as exc:
            raise BffError(UNEXPECTED_MESSAGE, status=response.status_code) from exc
    raise _error_from(response)


def _error_from(response: httpx.Response) -> BffError:
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    code = body.get("code") if isinstance(body.get("code"), str) else None

    if status == 404 and code == "ADDRESS_NOT_FOUND":
        return BffError(ADDRESS_NOT_FOUND_MESSAGE, status=status, code=code)
    if status == 404 and code == "ORDER_NOT_FOUND":
        return BffError(ORDER_NOT_FOUND_MESSAGE, status=status, code=code)
    if status == 404 and code == "PRODUCT_NOT_FOUND":
        return BffError(PRODUCT_NOT_FOUND_MESSAGE, status=status, code=code)
    if status == 401:
        return BffError(SIGN_IN_MESSAGE, status=status, code=code or "SIGN_IN_REQUIRED")
    if status == 403:
        return BffError(NOT_YOURS_MESSAGE, status=status, code=code or "FORBIDDEN")
    if status == 422 and isinstance(body.get("detail"), list):
        fields = _field_errors(body["detail"])
        return BffError(FIELDS_INVALID_MESSAGE, status=status, code="VALIDATION", field_errors=fields)
    if status in (503, 504):
        return BffError(UNREACHABLE_MESSAGE, status=status, code=code)
    if 400 <= status < 500 and isinstance(body.get("message"), str):
        # The BFF writes its 4xx messages for a person (e.g. an offer no longer available).
        return BffError(body["message"], status=status, code=code)
    return BffError(UNEXPECTED_MESSAGE, status=status, code=code)


def _field_errors(detail: list[Any]) -> dict[str, str]:
    """Turn FastAPI's ``detail`` list into one friendly message per storefront field."""
    errors: dict[str, str] = {}
    for problem in detail:
        loc = problem.get("loc") if isinstance(problem, dict) else None
        if not loc:
            continue
        field = _FIELD_NAMES.get(str(loc[-1]))
        if field and field not in errors:
            errors[field] = _FIELD_MESSAGES[field]
    return errors


def _parse(model: type[M], data: Any) -> M:
    """Validate a BFF answer; an answer that breaks the contract is our fault, not the customer's."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise BffError(UNEXPECTED_MESSAGE, code="BAD_ANSWER") from exc


async def check_availability(postcode: str, house_number: str) -> Availability:
    """What can be sold at an address (``POST /api/v1/availability``)."""
    data = await _request(
        "POST", "/api/v1/availability", json={"postcode": postcode, "houseNumber": house_number}
    )
    return _parse(Availability, data)


async def get_catalogue() -> Catalogue:
    """The whole catalogue: broadband offers and add-ons (``GET /api/v1/offers``)."""
    return _parse(Catalogue, await _request("GET", "/api/v1/offers"))


async def create_quote(address_id: str, offer_id: str, add_on_ids: list[str]) -> Quote:
    """Price a basket (``POST /api/v1/quotes``)."""
    data = await _request(
        "POST",
        "/api/v1/quotes",
        json={"addressId": address_id, "offerId": offer_id, "addOnIds": add_on_ids},
    )
    return _parse(Quote, data)


def _headers(access_token: str | None = None, idempotency_key: str | None = None) -> dict[str, str]:
    headers = {}
    if access_token:
        headers["Authorization"] = f"Bearer {access_token}"
    if idempotency_key:
        headers["Idempotency-Key"] = idempotency_key
    return headers


def _path_id(value: str) -> str:
    return quote(value, safe="")


async def find_addresses(postcode: str) -> AddressList:
    """Every address at a full postcode, flats included (``GET /api/v1/addresses``), for the type-ahead."""
    return _parse(AddressList, await _request("GET", "/api/v1/addresses", params={"postcode": postcode}))


async def configure(offer_id: str, add_on_ids: list[str], characteristics: dict[str, str]) -> Configuration:
    """The catalogue's verdict on a basket (``POST /api/v1/configurations``): allowed options and problems."""
    data = await _request(
        "POST",
        "/api/v1/configurations",
        json={"offerId": offer_id, "addOnIds": add_on_ids, "characteristics": characteristics},
    )
    return _parse(Configuration, data)


async def register_interest(lead: Lead) -> None:
    """Record someone who wants broadband where none is sold yet (``POST /api/v1/leads``)."""
    await _request("POST", "/api/v1/leads", json=lead.model_dump(by_alias=True, exclude_none=True))


async def place_order(
    *,
    address_id: str,
    offer_id: str,
    add_on_ids: list[str],
    contact: Contact,
    idempotency_key: str,
    quote_id: str | None = None,
    characteristics: dict[str, str] | None = None,
    access_token: str | None = None,
    installation_slot: tuple[datetime, datetime] | None = None,
    date_of_birth: date | None = None,
    consents: dict[str, bool] | None = None,
) -> Order:
    """Place an order (``POST /api/v1/orders``); the same key on a retry never makes a second order."""
    body: dict[str, Any] = {
        "addressId": address_id,
        "offerId": offer_id,
        "addOnIds": add_on_ids,
        "contact": contact.model_dump(by_alias=True),
    }
    if quote_id:
        body["quoteId"] = quote_id
    if characteristics:
        body["characteristics"] = characteristics
    if installation_slot:
        body["installationSlot"] = {
            "start": installation_slot[0].isoformat(),
            "end": installation_slot[1].isoformat(),
        }
    if date_of_birth:
        body["dateOfBirth"] = date_of_birth.isoformat()
    if consents:
        body["consents"] = consents
    data = await _request(
        "POST", "/api/v1/orders", json=body, headers=_headers(access_token, idempotency_key)
    )
    return _parse(Order, data)


async def get_order(order_id: str, access_token: str | None = None) -> Order:
    """One order as the customer sees it (``GET /api/v1/orders/{id}``)."""
    data = await _request("GET", f"/api/v1/orders/{_path_id(order_id)}", headers=_headers(access_token))
    return _parse(Order, data)


async def follow_order(order_id: str, access_token: str | None = None) -> AsyncIterator[Order | None]:
    """The order now and on each change until it is final (``GET /api/v1/orders/{id}/events``, SSE).

    Yields None for each keep-alive, so the caller can stop following between changes. Raises
    ``BffError`` if the stream cannot be opened or breaks; the caller then falls back to polling.
    """
    settings = get_settings()
    # The BFF says ": nothing new" every few seconds, so a long silence means the stream is broken.
    timeout = httpx.Timeout(settings.bff_timeout_seconds, read=max(settings.bff_timeout_seconds, 30.0))
    headers = {**_headers(access_token), "Accept": "text/event-stream"}
    try:
        async with _http().stream(
            "GET", f"/api/v1/orders/{_path_id(order_id)}/events", headers=headers, timeout=timeout
        ) as response:
            if not response.is_success:
                await response.aread()
                raise _error_from(response)
            async for data in read_events(response.aiter_lines(), "order"):
                yield None if data is None else _parse(Order, json.loads(data))
    except httpx.TransportError as exc:
        raise BffError(UNREACHABLE_MESSAGE, code="BFF_UNREACHABLE") from exc
    except ValueError as exc:
        raise BffError(UNEXPECTED_MESSAGE, code="BAD_ANSWER") from exc


async def list_orders(access_token: str) -> list[Order]:
    """The signed-in customer's orders, newest first (``GET /api/v1/account/orders``)."""
    data = await _request("GET", "/api/v1/account/orders", headers=_headers(access_token))
    return _parse(OrderList, data).orders


async def cancel_order(
    order_id: str, *, reason: str, idempotency_key: str, access_token: str | None
) -> Cancellation:
    """Ask for an order to be cancelled (``POST /api/v1/orders/{id}/cancel``)."""
    data = await _request(
        "POST",
        f"/api/v1/orders/{_path_id(order_id)}/cancel",
        json={"reason": reason} if reason else {},
        headers=_headers(access_token, idempotency_key),
    )
    return _parse(Cancellation, data)


async def list_products(access_token: str) -> list[Product]:
    """The broadband lines of the customer the token names (``GET /api/v1/products``)."""
    data = await _request("GET", "/api/v1/products", headers=_headers(access_token))
    return _parse(ProductList, data).products


async def modify_product(
    product_id: str, *, offer_id: str, idempotency_key: str, access_token: str | None
) -> Order:
    """Change a line's speed to another offer (``POST /api/v1/products/{id}/modify``)."""
    data = await _request(
        "POST",
        f"/api/v1/products/{_path_id(product_id)}/modify",
        json={"offerId": offer_id},
        headers=_headers(access_token, idempotency_key),
    )
    return _parse(Order, data)


async def cease_product(
    product_id: str, *, reason: str, idempotency_key: str, access_token: str | None
) -> Order:
    """End a line (``POST /api/v1/products/{id}/cease``)."""
    data = await _request(
        "POST",
        f"/api/v1/products/{_path_id(product_id)}/cease",
        json={"reason": reason} if reason else {},
        headers=_headers(access_token, idempotency_key),
    )
    return _parse(Order, data)


class AgentQuoteList(_Model):
    quotes: list[AgentQuote] = Field(default_factory=list)


async def list_account_quotes(access_token: str) -> list[AgentQuote]:
    """Open quotes a store sent the signed-in customer (``GET /api/v1/account/quotes``)."""
    data = await _request("GET", "/api/v1/account/quotes", headers=_headers(access_token))
    return _parse(AgentQuoteList, data).quotes


async def accept_quote(quote_id: str, *, idempotency_key: str, access_token: str | None) -> Order:
    """Accept a store's quote, which places its order (``POST /api/v1/quotes/{id}/accept``)."""
    data = await _request(
        "POST",
        f"/api/v1/quotes/{_path_id(quote_id)}/accept",
        headers=_headers(access_token, idempotency_key),
    )
    return _parse(Order, data)
