"""A TMF event listener on a real port, for tests and demos: records what `/listener/<eventName>` receives.

    with EventReceiver(fail_first=3) as receiver:      # answers 503 three times, then 201
        ...subscribe receiver.callback to a hub...
        receiver.wait_for(5)

It runs uvicorn in a thread; `port` may be chosen before it starts, so a subscriber can be "down" first.
"""

import asyncio
import socket
import threading
import time
from collections.abc import Callable
from typing import Any, Self

import uvicorn
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class EventReceiver:
    def __init__(self, *, port: int | None = None, fail_first: int = 0, fail_status: int = 503) -> None:
        self.port = port or free_port()
        self.fail_first = fail_first
        self.fail_status = fail_status
        self.attempts = 0  # every POST, failed ones included
        self.received: list[dict[str, Any]] = []  # envelopes answered 201, in arrival order
        self.paths: list[str] = []
        self._lock = threading.Lock()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def callback(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _listener(self, request: Request) -> Response:
        try:
            body = await request.json()
        except ClientDisconnect:  # the sender gave up (time-out, or it was killed): it will send again
            return Response(status_code=499)
        with self._lock:
            self.attempts += 1
            if self.attempts <= self.fail_first:
                return JSONResponse({"code": "UNAVAILABLE"}, status_code=self.fail_status)
            self.received.append(body)
            self.paths.append(request.url.path)
        return Response(status_code=201)

    def start(self) -> Self:
        app = Starlette(routes=[Route("/listener/{event_name}", self._listener, methods=["POST"])])
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError(f"event receiver did not start on port {self.port}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server and self._thread:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def events(self, event_type: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [e for e in self.received if event_type is None or e.get("eventType") == event_type]

    def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"events received so far: {[e.get('eventType') for e in self.events()]}")
            time.sleep(0.02)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        self.wait_until(lambda: len(self.events()) >= count, timeout)
        return self.events()

    async def until(self, condition: Callable[[], bool], seconds: float = 10.0) -> None:
        """`wait_until` for async tests, whose event loop also runs the in-process server's workers."""
        # Polling, not an asyncio.Event: the listener records in uvicorn's thread, not in this loop.
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                received = [e.get("eventType") for e in self.events()]
                raise TimeoutError(f"events received so far: {received}")
            await asyncio.sleep(0.02)
