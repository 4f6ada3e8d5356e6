"""One X-Request-ID per user event on every BFF call, so the event can be followed through the BFF's and the
TMF servers' logs.

Reflex runs each event in its own asyncio task (and so its own copy of the context): the first BFF call of
an event makes the id and keeps it in a context variable; the event's later calls reuse it. Installed as an
httpx request hook on the pooled clients (storefront/clients/http.py).
"""

import uuid
from contextvars import ContextVar

import httpx

REQUEST_ID_HEADER = "X-Request-ID"

_event_request_id: ContextVar[str | None] = ContextVar("event_request_id", default=None)


def event_request_id() -> str:
    """The id of the event being handled, made at its first use."""
    request_id = _event_request_id.get()
    if request_id is None:
        request_id = uuid.uuid4().hex
        _event_request_id.set(request_id)
    return request_id


async def stamp_request_id(request: httpx.Request) -> None:
    if REQUEST_ID_HEADER not in request.headers:
        request.headers[REQUEST_ID_HEADER] = event_request_id()
