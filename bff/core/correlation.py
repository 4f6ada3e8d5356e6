"""Correlation of the request being served: its id (X-Request-ID) and W3C trace context (traceparent).

Both are accepted from the caller, kept in a context variable for the request's lifetime, written into every
log line, and passed on to every backend call: the same X-Request-ID, and a traceparent with the caller's
trace id (or a new one) and a fresh parent id per outbound call, as W3C Trace Context asks of a hop.
"""

from __future__ import annotations

import re
import secrets
import uuid
from contextvars import ContextVar
from dataclasses import dataclass

REQUEST_ID_HEADER = "X-Request-ID"
TRACEPARENT_HEADER = "traceparent"

_TRACEPARENT = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")


@dataclass(frozen=True)
class Correlation:
    request_id: str
    trace_id: str
    trace_flags: str = "01"

    def outbound_headers(self) -> dict[str, str]:
        span_id = secrets.token_hex(8)
        return {
            REQUEST_ID_HEADER: self.request_id,
            TRACEPARENT_HEADER: f"00-{self.trace_id}-{span_id}-{self.trace_flags}",
        }


_current: ContextVar[Correlation | None] = ContextVar("correlation", default=None)


def _new_trace_id() -> str:
    return secrets.token_hex(16)


def _parse_traceparent(value: str | None) -> tuple[str, str] | None:
    match = _TRACEPARENT.match((value or "").strip().lower())
    if not match or match.group(1) == "0" * 32 or match.group(2) == "0" * 16:
        return None  # W3C: all-zero ids are invalid, start a new trace
    return match.group(1), match.group(3)


def bind_correlation(request_id: str | None, traceparent: str | None = None) -> Correlation:
    """Adopt the caller's ids when they look sane, else make them; returns the correlation now in force."""
    trace = _parse_traceparent(traceparent)
    trace_id, flags = trace or (_new_trace_id(), "01")
    if not (request_id and len(request_id) <= 128 and request_id.isprintable()):
        # Without an X-Request-ID the trace id names the request, so logs and traces line up.
        request_id = trace_id if trace else uuid.uuid4().hex
    correlation = Correlation(request_id=request_id, trace_id=trace_id, trace_flags=flags)
    _current.set(correlation)
    return correlation


def current_correlation() -> Correlation:
    """The correlation of the request being served, or a fresh one for work outside a request."""
    correlation = _current.get()
    if correlation is None:
        correlation = Correlation(request_id=uuid.uuid4().hex, trace_id=_new_trace_id())
    return correlation


def peek_correlation() -> Correlation | None:
    """The correlation in force, without making one (for log lines outside a request)."""
    return _current.get()
