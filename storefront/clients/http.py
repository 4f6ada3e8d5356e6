"""What both BFF clients share: one pooled connection per BFF, the error every failed call becomes, and the
base of the answer models.

Every failure reaches the screens as a ``BffError`` whose ``message`` is already fit to show a person::

    BffError                    message for a person, optional HTTP status and BFF error code
      └─ field_errors           422 validation problems, keyed by the storefront's form field names
"""

import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any, ClassVar, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic.alias_generators import to_camel

from storefront.config import Settings, get_settings
from storefront.correlation import stamp_request_id

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
_NOT_FOUND_MESSAGES = {
    "ADDRESS_NOT_FOUND": ADDRESS_NOT_FOUND_MESSAGE,
    "ORDER_NOT_FOUND": ORDER_NOT_FOUND_MESSAGE,
    "PRODUCT_NOT_FOUND": PRODUCT_NOT_FOUND_MESSAGE,
}
# 403s whose BFF message tells the person what to do instead (e.g. the four-eyes rule on approvals).
_EXPLAINED_FORBIDDEN = frozenset({"OWN_ORDER_APPROVAL"})

# The BFFs name fields by their JSON bodies; the storefront's forms use their own names.
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
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.field_errors = field_errors or {}
        # The rest of the error body (e.g. a PRICE_CHANGED's new quote), for the client that knows it.
        self.details = details or {}


class ClientModel(BaseModel):
    """An answer as the storefront reads it: named as in the BFF's OpenAPI document (the contract test in
    tests/contract/test_storefront_client_contract.py holds them together), holding only the fields the
    storefront uses. The BFFs speak camelCase JSON; unknown fields are ignored so a BFF can grow without
    breaking us."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore")
    # True where a null from the BFF is read as "not sent" (the field's default).
    drops_nulls: ClassVar[bool] = False


M = TypeVar("M", bound=BaseModel)


def parse(model: type[M], data: Any) -> M:
    """Validate a BFF answer; an answer that breaks the contract is our fault, not the customer's."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise BffError(UNEXPECTED_MESSAGE, code="BAD_ANSWER") from exc


def path_id(value: str) -> str:
    """An id as one path segment, whatever characters it holds."""
    return quote(value, safe="")


def bearer(access_token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {access_token}"} if access_token else {}


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


class BffConnection:
    """One BFF: its pooled ``httpx.AsyncClient`` and the mapping of its answers to ``BffError``.

    The pool is made lazily, because settings and the event loop exist only at run time, and closed by the
    app's lifespan. ``forbidden_message`` is what a 403 from this BFF means to the person at the screen.
    """

    def __init__(self, base_url: Callable[[Settings], str], *, forbidden_message: str) -> None:
        self._base_url = base_url
        self._forbidden_message = forbidden_message
        self._client: httpx.AsyncClient | None = None

    def client(self) -> httpx.AsyncClient:
        """The shared, pooled client."""
        if self._client is None or self._client.is_closed:
            settings = get_settings()
            self._client = httpx.AsyncClient(
                base_url=self._base_url(settings),
                timeout=settings.bff_timeout_seconds,
                headers={"Accept": "application/json"},
                event_hooks={"request": [stamp_request_id]},  # one X-Request-ID per user event
            )
        return self._client

    @contextlib.asynccontextmanager
    async def lifespan(self) -> AsyncIterator[None]:
        """Reflex lifespan task: build the pool at start-up and close its connections when the backend stops.

        Built here, not on the first call: making a client loads the TLS trust store (50-100 ms on this
        machine), which the first click in each worker would otherwise wait for.
        """
        self.client()
        try:
            yield
        finally:
            if self._client is not None:
                await self._client.aclose()

    async def send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """One call: a successful answer, or a ``BffError`` fit to show."""
        try:
            response = await self.client().request(method, path, **kwargs)
        except httpx.TransportError as exc:  # connect errors, timeouts, dropped connections
            raise BffError(UNREACHABLE_MESSAGE, code="BFF_UNREACHABLE") from exc
        if not response.is_success:
            raise self.error_from(response)
        return response

    async def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """One call, and its decoded JSON answer."""
        return decoded(await self.send(method, path, **kwargs))

    def error_from(self, response: httpx.Response) -> BffError:
        """The ``BffError`` a failed answer means (its body already read)."""
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        code = body.get("code") if isinstance(body.get("code"), str) else None

        if status == 404 and code in _NOT_FOUND_MESSAGES:
            return BffError(_NOT_FOUND_MESSAGES[code], status=status, code=code)
        if status == 401:
            return BffError(SIGN_IN_MESSAGE, status=status, code=code or "SIGN_IN_REQUIRED")
        if status == 403 and code in _EXPLAINED_FORBIDDEN and isinstance(body.get("message"), str):
            return BffError(body["message"], status=status, code=code)
        if status == 403:
            return BffError(self._forbidden_message, status=status, code=code or "FORBIDDEN")
        if status == 422 and isinstance(body.get("detail"), list):
            fields = _field_errors(body["detail"])
            return BffError(FIELDS_INVALID_MESSAGE, status=status, code="VALIDATION", field_errors=fields)
        if status in (503, 504):
            return BffError(UNREACHABLE_MESSAGE, status=status, code=code)
        if 400 <= status < 500 and isinstance(body.get("message"), str):
            # The BFFs write their 4xx messages for a person (e.g. an offer no longer available).
            return BffError(body["message"], status=status, code=code, details=body)
        return BffError(UNEXPECTED_MESSAGE, status=status, code=code)


def decoded(response: httpx.Response) -> Any:
    """The JSON of a successful answer; a body that is not JSON breaks the contract."""
    try:
        return response.json()
    except ValueError as exc:
        raise BffError(UNEXPECTED_MESSAGE, status=response.status_code, code="BAD_ANSWER") from exc
