"""What every TMF client shares: one pooled httpx.AsyncClient per backend, timeouts, retries, error mapping.

Every call has the client's timeout and carries the correlation headers (X-Request-ID, traceparent) and,
when configured, an OAuth2 bearer token; each attempt is timed and counted (bff/core/metrics.py). Only calls
that cannot duplicate anything are retried (GETs, and POSTs a client marks as free of side effects, such
as TMF645 checkServiceQualification), with exponential backoff and jitter (stamina), and only on
TmfUnavailable. Creating an order is never retried here: the
journey finds an order whose answer was lost by its externalId instead.

Errors raised by the clients:

    TmfError                     anything that went wrong talking to a TMF API
     ├── TmfUnavailable          connect error, timeout, 502/503/504: the call may be retried later
     ├── TmfServerError          another 5xx, or an answer that is not what the spec says
     ├── TmfAuthFailed           no token could be had, or the backend refused it (401/403)
     └── TmfRejected             4xx with a TMF Error body (code, reason, message, status)
          └── TmfNotFound        404
               └── InvalidId     an id no path can carry (empty, `.`, `..`, control characters): never sent

An id goes into a path as one percent-encoded segment, so every id the specs allow (any string: `/`, `?`,
`#`, spaces, non-ASCII) reaches the resource it names. `.` and `..` are refused: RFC 3986 removes them as dot
segments however they are encoded by the time a proxy or server normalises the path, so `productOrder/..`
would reach another resource or the collection; an empty id would reach the collection too.
"""

from __future__ import annotations

import contextlib
import logging
import time
import unicodedata
from dataclasses import dataclass
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx
import stamina
from pydantic import BaseModel, ValidationError

from bff.core.clients.oauth import TokenUnavailable
from bff.core.correlation import current_correlation
from bff.core.metrics import backend_call, operation_name, skipped_item
from tmf_models.tmf622 import EventSubscription, EventSubscriptionInput

log = logging.getLogger("bff.backend")

ModelT = TypeVar("ModelT", bound=BaseModel)


class Listing(list[ModelT]):
    """Items of a list answer, with how many the server sent that were skipped as invalid.

    A caller that must not miss an item (a lookup by key deciding that nothing exists yet) can refuse to
    conclude anything while `skipped` is not 0.
    """

    skipped: int = 0


class TmfError(Exception):
    def __init__(self, api: str, message: str) -> None:
        super().__init__(f"{api}: {message}")
        self.api = api


class TmfUnavailable(TmfError):
    def __init__(self, api: str, message: str, status: int | None = None) -> None:
        super().__init__(api, message)
        self.status = status  # the 502/503/504 answered; None when no answer came


class TmfServerError(TmfError):
    pass


class TmfAuthFailed(TmfError):
    pass


class TmfRejected(TmfError):
    def __init__(self, api: str, status: int, code: str, reason: str, message: str | None) -> None:
        super().__init__(api, f"{status} {code}: {reason}" + (f" ({message})" if message else ""))
        self.status = status
        self.code = code
        self.reason = reason
        self.detail = message

    @classmethod
    def from_response(cls, api: str, response: httpx.Response) -> TmfRejected:
        try:
            body = response.json()
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        error_class = TmfNotFound if response.status_code == 404 else TmfRejected
        return error_class(
            api,
            response.status_code,
            str(body.get("code", response.status_code)),
            str(body.get("reason", response.reason_phrase)),
            body.get("message"),
        )


class TmfNotFound(TmfRejected):
    pass


class InvalidId(TmfNotFound):
    """An id that cannot name a resource in a path; raised before any request is made."""

    def __init__(self, api: str, value: str, why: str) -> None:
        super().__init__(api, 404, "INVALID_ID", f"id {value!r} cannot be sent: {why}", None)
        self.value = value


def path_segment(api: str, value: str) -> str:
    """`value` as one path segment (percent-encoded), or InvalidId for an id no path can carry."""
    if value in ("", ".", ".."):
        raise InvalidId(api, value, "empty and dot-segment ids would name another resource")
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise InvalidId(api, value, "ids with control characters are refused")
    return quote(value, safe="")


def create_http_client(
    base_url: str, timeout: float, max_connections: int, auth: httpx.Auth | None = None
) -> httpx.AsyncClient:
    """The one pooled client for a backend; made in the app's lifespan and closed with it."""
    return httpx.AsyncClient(
        base_url=base_url.rstrip("/") + "/",
        timeout=httpx.Timeout(timeout),
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        headers={"Accept": "application/json"},
        auth=auth,
    )


@dataclass(frozen=True)
class RetryPolicy:
    """How a call that cannot duplicate anything is retried (stamina: exponential backoff with jitter)."""

    attempts: int = 3
    wait_initial: float = 0.05
    wait_max: float = 1.0
    budget_seconds: float = 8.0


class TmfClient:
    """Base of the per-API clients: sends a call and turns failures into TmfError subclasses."""

    api = "TMF"

    def __init__(self, http: httpx.AsyncClient, retry: RetryPolicy | None = None) -> None:
        self._http = http
        self._retry = retry or RetryPolicy()

    @classmethod
    def for_url(
        cls,
        base_url: str,
        timeout: float,
        max_connections: int = 100,
        *,
        retry: RetryPolicy | None = None,
        auth: httpx.Auth | None = None,
    ) -> Self:
        return cls(create_http_client(base_url, timeout, max_connections, auth), retry)

    @property
    def base_url(self) -> str:
        return str(self._http.base_url)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def subscribe(self, callback: str, query: str | None = None) -> EventSubscription:
        """Register a listener with the API's event hub (TMF630 `POST /hub`)."""
        body = EventSubscriptionInput(callback=callback, query=query).model_dump(exclude_none=True)
        return self._parse(EventSubscription, await self._send("POST", "hub", json=body))

    async def unsubscribe(self, subscription_id: str) -> None:
        with contextlib.suppress(TmfNotFound):  # already gone: what we wanted
            # Deleting twice is harmless.
            await self._send("DELETE", f"hub/{self._id(subscription_id)}", retry=True)

    def _id(self, value: str) -> str:
        """An id as one percent-encoded path segment (see the module docstring); InvalidId if it cannot be."""
        return path_segment(self.api, value)

    async def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        retry: bool | None = None,
    ) -> httpx.Response:
        """One call; retried on TmfUnavailable when `retry` (default: GETs only) says it is safe."""
        if not (method == "GET" if retry is None else retry) or self._retry.attempts <= 1:
            return await self._send_once(method, path, json=json, params=params, headers=headers)
        policy = self._retry
        async for attempt in stamina.retry_context(
            on=TmfUnavailable,
            attempts=policy.attempts,
            timeout=policy.budget_seconds,
            wait_initial=policy.wait_initial,
            wait_max=policy.wait_max,
            wait_jitter=policy.wait_initial,
        ):
            with attempt:
                return await self._send_once(method, path, json=json, params=params, headers=headers)
        raise AssertionError("stamina either returns an attempt's answer or raises")  # pragma: no cover

    async def _send_once(
        self,
        method: str,
        path: str,
        *,
        json: Any,
        params: dict[str, str] | None,
        headers: dict[str, str] | None,
    ) -> httpx.Response:
        headers = {**current_correlation().outbound_headers(), **(headers or {})}
        started = time.perf_counter()
        with backend_call(self.api, method, path) as call:
            try:
                response = await self._http.request(method, path, json=json, params=params, headers=headers)
            except httpx.TimeoutException as exc:
                call.failed("timeout")
                self._log(method, path, None, started)
                raise TmfUnavailable(self.api, f"timed out calling {method} {path}") from exc
            except httpx.TransportError as exc:
                call.failed("unreachable")
                self._log(method, path, None, started)
                raise TmfUnavailable(self.api, f"cannot reach {method} {path}: {exc!r}") from exc
            except TokenUnavailable as exc:
                call.failed("auth")
                raise TmfAuthFailed(self.api, str(exc)) from exc
            call.answered(response.status_code)
        self._log(method, path, response.status_code, started)
        if response.status_code in (401, 403):
            raise TmfAuthFailed(self.api, f"{method} {path} answered {response.status_code}")
        if response.status_code in (502, 503, 504):
            raise TmfUnavailable(
                self.api, f"{method} {path} answered {response.status_code}", response.status_code
            )
        if response.status_code >= 500:
            raise TmfServerError(self.api, f"{method} {path} answered {response.status_code}")
        if response.status_code >= 400:
            raise TmfRejected.from_response(self.api, response)
        return response

    async def _list_all(
        self, model: type[ModelT], path: str, params: dict[str, str] | None = None, page_size: int = 200
    ) -> Listing[ModelT]:
        """Every valid item of a collection, read page by page (TMF630 offset/limit, X-Total-Count)."""
        items: Listing[ModelT] = Listing()
        offset = 0
        while True:
            query = {**(params or {}), "offset": str(offset), "limit": str(page_size)}
            response = await self._send("GET", path, params=query)
            page = self._parse_list(model, response, operation=operation_name("GET", path))
            items.extend(page)
            items.skipped += page.skipped
            total = response.headers.get("X-Total-Count")
            # Paging counts what the server sent, skipped items too, or a skipped one would end it early.
            received = len(page) + page.skipped
            offset += received
            if not received or received < page_size or (total is not None and offset >= int(total)):
                return items

    def _log(self, method: str, path: str, status: int | None, started: float) -> None:
        log.info(
            "backend call",
            extra={
                "api": self.api,
                "method": method,
                "path": path,
                "status": status,
                "durationMs": round((time.perf_counter() - started) * 1000, 2),
            },
        )

    def _parse(self, model: type[ModelT], response: httpx.Response) -> ModelT:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise TmfServerError(self.api, f"answer is not a valid {model.__name__}: {exc}") from exc

    def _parse_list(
        self, model: type[ModelT], response: httpx.Response, operation: str | None = None
    ) -> Listing[ModelT]:
        """The items of a list answer; an item that is not a valid `model` is skipped, logged and counted.

        One odd nested value (a relative `@schemaLocation`, a state the spec does not name) must not cost the
        caller every other item; only an answer that is not a JSON list at all is a TmfServerError.
        """
        try:
            items = response.json()
        except ValueError as exc:
            raise TmfServerError(self.api, "answer is not JSON") from exc
        if not isinstance(items, list):
            raise TmfServerError(self.api, f"expected a list of {model.__name__}")
        parsed: Listing[ModelT] = Listing()
        for index, item in enumerate(items):
            try:
                parsed.append(model.model_validate(item))
            except ValidationError as exc:
                parsed.skipped += 1
                skipped_item(self.api, operation or model.__name__)
                log.warning(
                    "skipped an invalid item of a list answer",
                    extra={
                        "api": self.api,
                        "model": model.__name__,
                        "index": index,
                        "itemId": item.get("id") if isinstance(item, dict) else None,
                        "errors": [
                            {"loc": ".".join(map(str, error["loc"])), "msg": error["msg"]}
                            for error in exc.errors(include_url=False, include_input=False)[:5]
                        ],
                    },
                )
        return parsed


def dump(model: BaseModel) -> dict[str, Any]:
    """A TMF model as the JSON the spec names (aliases such as @type), without unset fields."""
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)
