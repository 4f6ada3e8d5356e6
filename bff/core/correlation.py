"""Correlation id of the request being served, passed on to every backend call (X-Request-ID)."""

from __future__ import annotations

import uuid
from contextvars import ContextVar

REQUEST_ID_HEADER = "X-Request-ID"

_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)


def current_request_id() -> str:
    """The id of the request being served, or a fresh one for work outside a request."""
    return _request_id.get() or uuid.uuid4().hex


def bind_request_id(value: str | None) -> str:
    """Adopt the caller's id when it looks sane, else make one; returns the id now in force."""
    request_id = value if value and len(value) <= 128 and value.isprintable() else uuid.uuid4().hex
    _request_id.set(request_id)
    return request_id
