"""The storefront's only way to the web BFF (``/api/v1``, see docs/architecture.md "Web BFF API").

One pooled ``httpx.AsyncClient`` per process, created on first use and closed by the app's lifespan. Every
function returns a small pydantic model or raises ``BffError``, whose ``message`` is already fit to show a
customer::

    BffError                    message for a person, optional HTTP status and BFF error code
      └─ field_errors           422 validation problems, keyed by the storefront's form field names
"""

import contextlib
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic.alias_generators import to_camel

from storefront.config import Settings, get_settings

UNREACHABLE_MESSAGE = (
    "Our ordering service is not reachable right now. "
    "Please try again in a moment — nothing you entered has been lost."
)
ADDRESS_NOT_FOUND_MESSAGE = "We could not find that address. Check the postcode and house number."
ORDER_NOT_FOUND_MESSAGE = "We could not find that order. Check the order reference and try again."
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
}
_FIELD_MESSAGES = {
    "postcode": "Enter a full UK postcode, like SW1A 2AA.",
    "house_number": "Enter your house number or name.",
    "first_name": "Enter your first name.",
    "last_name": "Enter your last name.",
    "email": "Enter a valid email address, like name@example.com.",
    "phone": "Enter a valid phone number, like 07700 900123.",
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


class Contact(_Model):
    given_name: str
    family_name: str
    email: str
    phone: str


class OrderItem(_Model):
    id: str = ""
    offer_id: str = ""
    name: str = ""
    state: str = ""


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


async def place_order(
    *,
    address_id: str,
    offer_id: str,
    add_on_ids: list[str],
    contact: Contact,
    idempotency_key: str,
    quote_id: str | None = None,
    access_token: str | None = None,
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
    headers = {"Idempotency-Key": idempotency_key}
    if access_token:
        headers["Authorization"] = f"Bearer {access_token}"
    data = await _request("POST", "/api/v1/orders", json=body, headers=headers)
    return _parse(Order, data)


async def get_order(order_id: str) -> Order:
    """One order as the customer sees it (``GET /api/v1/orders/{id}``)."""
    return _parse(Order, await _request("GET", f"/api/v1/orders/{quote(order_id, safe='')}"))
