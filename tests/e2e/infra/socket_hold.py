"""The storefront's websocket, routed through the test: what the page sends can be held back (as on a slow
link or a busy server) and let through later, in order, so a test sees what the page shows on its own."""

from __future__ import annotations

import re
import time

from playwright.sync_api import Page, WebSocketRoute

# Reflex's event socket (`/_event`), on whichever host and port the deployment serves it.
EVENT_SOCKET = re.compile(r"/_event")


class SocketHold:
    """Install before the page opens the storefront; the socket behaves as usual until `hold()`."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._holding = False
        self._held: list[str | bytes] = []
        self._servers: list[WebSocketRoute] = []
        self._last_from_server = time.monotonic()
        page.route_web_socket(EVENT_SOCKET, self._route)

    def _route(self, socket: WebSocketRoute) -> None:
        server = socket.connect_to_server()
        self._servers.append(server)
        socket.on_message(self._from_page)
        server.on_message(lambda message: self._from_server(socket, message))

    def _from_page(self, message: str | bytes) -> None:
        if self._holding:
            self._held.append(message)
        else:
            self._servers[-1].send(message)

    def _from_server(self, socket: WebSocketRoute, message: str | bytes) -> None:
        self._last_from_server = time.monotonic()
        socket.send(message)

    @property
    def held(self) -> int:
        """How many of the page's messages are waiting."""
        return len(self._held)

    def quiet(self, for_ms: int = 500, timeout_ms: int = 15_000) -> None:
        """Wait until the server has sent nothing for `for_ms` (what it was working out has arrived)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() - self._last_from_server < for_ms / 1000:
            assert time.monotonic() < deadline, f"the server kept sending for {timeout_ms} ms"
            self.page.wait_for_timeout(50)  # Playwright delivers socket messages while it waits

    def hold(self) -> None:
        self._holding = True

    def release(self) -> None:
        self._holding = False
        held, self._held = self._held, []
        for message in held:
            self._servers[-1].send(message)
