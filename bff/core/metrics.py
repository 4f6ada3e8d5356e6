"""Prometheus metrics of the BFF: every backend call and every channel request, scraped at `GET /metrics`.

    bff_backend_call_duration_seconds{api, operation, outcome}   histogram of one TMF call (each attempt)
    bff_backend_call_errors_total{api, operation, error}         timeout, unreachable, auth, 4xx, 5xx
    bff_backend_calls_in_flight{api}                             calls waiting for their answer now
    bff_backend_items_skipped_total{api, operation}              list items skipped as not what the spec says
    bff_requests_in_flight{channel}                              channel requests being served now
    bff_request_duration_seconds{channel, method, route, status} histogram per route template

`operation` is the method and the resource with ids folded (`GET productOrder/{id}`), `route` the FastAPI
route template (`/api/v1/orders/{order_id}`), so the label sets stay small. With several workers the
supervisor sets PROMETHEUS_MULTIPROC_DIR before they start: prometheus_client then keeps each worker's values
in files there, and a scrape, answered by any one worker, sums them all (gauges `livesum`: only live workers).
The channel requests are counted by bff/channel/middleware.py.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector

__all__ = ["CONTENT_TYPE_LATEST", "backend_call", "render", "skipped_item"]

BACKEND_CALL_SECONDS = Histogram(
    "bff_backend_call_duration_seconds",
    "Duration of one call to a TMF API (each retry attempt counts)",
    ["api", "operation", "outcome"],
)
BACKEND_ERRORS = Counter(
    "bff_backend_call_errors_total",
    "TMF API calls that failed: timeout, unreachable, auth (token or 401/403), 4xx, 5xx",
    ["api", "operation", "error"],
)
BACKEND_IN_FLIGHT = Gauge(
    "bff_backend_calls_in_flight", "TMF API calls waiting for an answer", ["api"], multiprocess_mode="livesum"
)
BACKEND_ITEMS_SKIPPED = Counter(
    "bff_backend_items_skipped_total",
    "Items of a TMF list answer skipped because they do not match the spec (the rest of the list is used)",
    ["api", "operation"],
)
REQUESTS_IN_FLIGHT = Gauge(
    "bff_requests_in_flight", "Channel requests being served", ["channel"], multiprocess_mode="livesum"
)
REQUEST_SECONDS = Histogram(
    "bff_request_duration_seconds",
    "Duration of a channel request, by route template (an event stream counts until it closes)",
    ["channel", "method", "route", "status"],
)


def operation_name(method: str, path: str) -> str:
    """`GET productOrder/{id}` for `productOrder/po-1`: TMF paths are a resource, then perhaps its id."""
    resource, _, rest = path.strip("/").partition("/")
    return f"{method.upper()} {resource}" + ("/{id}" if rest else "")


def status_class(status: int) -> str:
    return f"{status // 100}xx"


def skipped_item(api: str, operation: str) -> None:
    """Count one item of a list answer that was skipped as invalid."""
    BACKEND_ITEMS_SKIPPED.labels(api, operation).inc()


class BackendCall:
    """What one backend call ended with; `backend_call` records it when the block ends."""

    def __init__(self) -> None:
        self.outcome = "unfinished"
        self.error: str | None = None

    def answered(self, status: int) -> None:
        self.outcome = status_class(status)
        if status in (401, 403):
            self.error = "auth"
        elif status >= 400:
            self.error = self.outcome

    def failed(self, error: str) -> None:
        """No answer: `timeout`, `unreachable` or `auth` (no token could be had)."""
        self.outcome = self.error = error


@contextmanager
def backend_call(api: str, method: str, path: str) -> Iterator[BackendCall]:
    operation = operation_name(method, path)
    call = BackendCall()
    in_flight = BACKEND_IN_FLIGHT.labels(api)
    in_flight.inc()
    started = time.perf_counter()
    try:
        yield call
    finally:
        in_flight.dec()
        BACKEND_CALL_SECONDS.labels(api, operation, call.outcome).observe(time.perf_counter() - started)
        if call.error is not None:
            BACKEND_ERRORS.labels(api, operation, call.error).inc()


def render(multiproc_dir: str) -> bytes:
    """The exposition text: this process's metrics, or every worker's summed when `multiproc_dir` is set."""
    if not multiproc_dir:
        return generate_latest(REGISTRY)
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=multiproc_dir)
    return generate_latest(registry)
