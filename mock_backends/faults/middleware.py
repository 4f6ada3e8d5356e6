"""ASGI middleware that injects the configured faults into requests of the TMF APIs.

Each rule has its own `random.Random(seed)` and draws the same numbers in the same order for every
request (outcome, error status, jitter), so a run with one client and a fixed seed is reproducible.
Only `/tmf-api/...` paths are ever faulted: `/health`, `/admin` and the docs always answer.

A dropped connection aborts the TCP transport under uvicorn (the client sees the connection close
without a status line); in-process (httpx ASGITransport, no socket) it raises `ConnectionDropped`.
"""

import asyncio
import json
import random
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mock_backends.errors import error_body
from mock_backends.faults.models import FaultRule

TMF_PREFIX = "/tmf-api/"

# Short names accepted in MOCKS_FAULTS and /admin/faults, besides a base path or `*`.
API_PATHS = {
    "tmf620": "/tmf-api/productCatalogManagement/v4",
    "tmf622": "/tmf-api/productOrderingManagement/v4",
    "tmf629": "/tmf-api/customerManagement/v4",
    "tmf632": "/tmf-api/party/v4",
    "tmf637": "/tmf-api/productInventory/v4",
    "tmf645": "/tmf-api/serviceQualificationManagement/v4",
    "tmf648": "/tmf-api/quoteManagement/v4",
    "tmf673": "/tmf-api/geographicAddressManagement/v4",
}


class ConnectionDropped(Exception):
    """An injected dropped connection where there is no socket to close."""


@dataclass
class _ActiveRule:
    rule: FaultRule
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.rule.seed)


class FaultInjector:
    """The current rules (replaceable at run time) and the draw for one request."""

    def __init__(self, rules: dict[str, FaultRule] | None = None) -> None:
        self._rules: dict[str, _ActiveRule] = {}
        self.configure(rules or {})

    def configure(self, rules: dict[str, FaultRule]) -> None:
        """Replace every rule; their random sequences restart from their seeds."""
        self._rules = {self.base_path(name): _ActiveRule(rule) for name, rule in rules.items()}

    def rules(self) -> dict[str, FaultRule]:
        return {path: active.rule for path, active in self._rules.items()}

    @staticmethod
    def base_path(name: str) -> str:
        if name == "*":
            return name
        path = API_PATHS.get(name.lower(), name)
        if not path.startswith(TMF_PREFIX):
            raise ValueError(f"unknown API {name!r}: use tmf6xx, a /tmf-api/... base path, or *")
        return path.rstrip("/")

    def rule_for(self, path: str) -> _ActiveRule | None:
        if not path.startswith(TMF_PREFIX):
            return None
        matching = [base for base in self._rules if base != "*" and path.startswith(base + "/")]
        if matching:
            return self._rules[max(matching, key=len)]
        return self._rules.get("*")


class FaultMiddleware:
    def __init__(self, app: ASGIApp, injector: FaultInjector) -> None:
        self.app = app
        self.injector = injector

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        active = self.injector.rule_for(scope.get("path", "")) if scope["type"] == "http" else None
        if active is None or (active.rule.methods and scope["method"] not in active.rule.methods):
            await self.app(scope, receive, send)
            return
        rule, rng = active.rule, active.rng
        outcome, status_draw, jitter_draw = rng.random(), rng.random(), rng.random()
        delay = (rule.latency_ms + jitter_draw * rule.jitter_ms) / 1000
        if delay:
            # The request is read first, as a slow server would have it: a caller that gives up during the
            # delay does not stop it from being carried out (a create then lands after its caller left).
            request = await _received_in_full(receive)
            await asyncio.sleep(delay)
        else:
            request = receive
        if outcome < rule.drop_rate:
            await _drop(receive)  # uvicorn's own channel: it holds the connection
            return
        if outcome < rule.drop_rate + rule.timeout_rate:
            await asyncio.sleep(rule.timeout_seconds)
            await _answer(send, 504, "TIMEOUT", "Injected fault: the server did not answer in time")
            return
        if outcome < rule.drop_rate + rule.timeout_rate + rule.error_rate:
            statuses = rule.error_statuses or [500]
            status = statuses[int(status_draw * len(statuses))]
            headers = {"retry-after": str(rule.retry_after_seconds)} if status == 503 else {}
            await _answer(send, status, "INJECTED_FAULT", "Injected fault", headers)
            return
        await self.app(scope, request, send)


async def _answer(
    send: Send, status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps(error_body(HTTPStatus(status), code, message)).encode()
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw_headers += [(name.encode(), value.encode()) for name, value in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


async def _received_in_full(receive: Receive) -> Receive:
    """Read the whole request body now; the app is then given it again, and after it the live channel."""
    messages: list[Message] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request" or not message.get("more_body", False):
            break

    async def replay() -> Message:
        return messages.pop(0) if messages else await receive()

    return replay


async def _drop(receive: Receive) -> None:
    # uvicorn's `receive` is a bound method of its request cycle, which holds the connection's transport.
    cycle: Any = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise ConnectionDropped("Injected fault: connection dropped")
    transport.abort()
    # Let the protocol see the connection lost, so uvicorn does not try to answer on it.
    await asyncio.sleep(0)
