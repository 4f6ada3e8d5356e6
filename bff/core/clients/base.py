"""What every TMF client shares: one pooled httpx.AsyncClient per backend, timeouts, error mapping.

Errors raised by the clients:

    TmfError                     anything that went wrong talking to a TMF API
     ├── TmfUnavailable          connect error, timeout, 502/503/504: the call may be retried later
     ├── TmfServerError          another 5xx, or an answer that is not what the spec says
     └── TmfRejected             4xx with a TMF Error body (code, reason, message, status)
          └── TmfNotFound        404
"""

from __future__ import annotations

from typing import Any, Self, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from bff.core.correlation import REQUEST_ID_HEADER, current_request_id

ModelT = TypeVar("ModelT", bound=BaseModel)


class TmfError(Exception):
    def __init__(self, api: str, message: str) -> None:
        super().__init__(f"{api}: {message}")
        self.api = api


class TmfUnavailable(TmfError):
    pass


class TmfServerError(TmfError):
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


def create_http_client(base_url: str, timeout: float, max_connections: int) -> httpx.AsyncClient:
    """The one pooled client for a backend; made in the app's lifespan and closed with it."""
    return httpx.AsyncClient(
        base_url=base_url.rstrip("/") + "/",
        timeout=httpx.Timeout(timeout),
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        headers={"Accept": "application/json"},
    )


class TmfClient:
    """Base of the per-API clients: sends a call and turns failures into TmfError subclasses."""

    api = "TMF"

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @classmethod
    def for_url(cls, base_url: str, timeout: float, max_connections: int = 100) -> Self:
        return cls(create_http_client(base_url, timeout, max_connections))

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, str] | None = None,
    ) -> httpx.Response:
        headers = {REQUEST_ID_HEADER: current_request_id()}
        try:
            response = await self._http.request(method, path, json=json, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise TmfUnavailable(self.api, f"timed out calling {method} {path}") from exc
        except httpx.TransportError as exc:
            raise TmfUnavailable(self.api, f"cannot reach {method} {path}: {exc!r}") from exc
        if response.status_code in (502, 503, 504):
            raise TmfUnavailable(self.api, f"{method} {path} answered {response.status_code}")
        if response.status_code >= 500:
            raise TmfServerError(self.api, f"{method} {path} answered {response.status_code}")
        if response.status_code >= 400:
            raise TmfRejected.from_response(self.api, response)
        return response

    async def _list_all(
        self, model: type[ModelT], path: str, params: dict[str, str] | None = None, page_size: int = 200
    ) -> list[ModelT]:
        """Every item of a collection, read page by page (TMF630 offset/limit, X-Total-Count)."""
        items: list[ModelT] = []
        offset = 0
        while True:
            query = {**(params or {}), "offset": str(offset), "limit": str(page_size)}
            response = await self._send("GET", path, params=query)
            page = self._parse_list(model, response)
            items.extend(page)
            total = response.headers.get("X-Total-Count")
            offset += len(page)
            if not page or len(page) < page_size or (total is not None and offset >= int(total)):
                return items

    def _parse(self, model: type[ModelT], response: httpx.Response) -> ModelT:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise TmfServerError(self.api, f"answer is not a valid {model.__name__}: {exc}") from exc

    def _parse_list(self, model: type[ModelT], response: httpx.Response) -> list[ModelT]:
        try:
            items = response.json()
        except ValueError as exc:
            raise TmfServerError(self.api, "answer is not JSON") from exc
        if not isinstance(items, list):
            raise TmfServerError(self.api, f"expected a list of {model.__name__}")
        try:
            return [model.model_validate(item) for item in items]
        except ValidationError as exc:
            raise TmfServerError(self.api, f"answer is not a list of valid {model.__name__}: {exc}") from exc


def dump(model: BaseModel) -> dict[str, Any]:
    """A TMF model as the JSON the spec names (aliases such as @type), without unset fields."""
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)
