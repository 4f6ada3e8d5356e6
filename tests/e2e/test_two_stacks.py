"""Two stacks from one checkout (issue 22): a second product started from the same working tree (a benchmark
next to a running demo, say) compiles the pages into the same `.web/`. Reflex built its backend's
`localhost:<port>` into them, so the first product's pages then talked to the second one's port, refused by
its origin checks, and to nothing once it stopped; and as each build differed (the run's time was in it),
the first product's pages named chunks and inline scripts its Content-Security-Policy no longer matched.
The build now holds no port and no time (rxconfig.py `SameOrigin`): the same sources build the same
pages, which reach the backend on their own origin, whichever stack built them last.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, Page, WebSocket, expect

from scripts.stack import Ports, Process, Urls, product
from tests.e2e.chromium import close_context
from tests.e2e.conftest import ARTIFACTS, STACK_ENV, START_TIMEOUTS
from tests.e2e.pages.home import HomePage


@contextmanager
def second_stack(data_dir: Path, web_dir: Path | None = None) -> Iterator[Urls]:
    """The whole product again on other free ports, from this checkout, on embedded defaults; its pages
    built into `.web/` like the first one's, or into `web_dir`."""
    ports = Ports.free()
    logs = ARTIFACTS / "logs" / "second-stack"
    processes = product(ports, data_dir, logs, extra_env=STACK_ENV, web_dir=web_dir)
    started: list[Process] = []
    try:
        for process in processes:
            process.start()
            started.append(process)
            process.wait_ready(START_TIMEOUTS[process.name])
        yield Urls.local(ports)
    finally:
        for process in reversed(started):
            process.stop()


@contextmanager
def storefront_page(browser: Browser, base_url: str) -> Iterator[tuple[Page, list[WebSocket]]]:
    """A fresh browser context on `base_url`, with the websockets its pages open; it fails on whatever the
    Content-Security-Policy blocked (a connection to another origin, an inline script of another build)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base_url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    sockets: list[WebSocket] = []
    blocked: list[str] = []
    page.on("websocket", lambda socket: sockets.append(socket))
    page.on(
        "console",
        lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None,
    )
    try:
        yield page, sockets
    finally:
        close_context(context)
    assert not blocked, "the Content-Security-Policy blocked:\n" + "\n".join(blocked)


def check_address(browser: Browser, storefront: str, address: tuple[str, str]) -> None:
    """The address check answers on `storefront`'s page, over a websocket to `storefront` itself."""
    postcode, house_number = address
    with storefront_page(browser, storefront) as (page, sockets):
        home = HomePage(page, storefront).open()
        home.check_availability(postcode, house_number)
        expect(home.plans).to_contain_text(postcode)
        expect(home.plans.get_by_role("button", name=re.compile(r"^Choose "))).not_to_have_count(0)
        own = urlsplit(storefront).netloc
        assert sockets, "the page opened no websocket"
        assert {urlsplit(socket.url).netloc for socket in sockets} == {own}, [
            socket.url for socket in sockets
        ]


def test_two_stacks_from_one_checkout_each_serve_their_own_pages(
    browser: Browser,
    stack: Urls,
    local_processes: dict[str, Process],
    serviceable_address: tuple[str, str],
    tmp_path: Path,
) -> None:
    if "storefront" not in local_processes:
        pytest.skip("starts a second product from this checkout next to the one this session started")
    check_address(browser, stack.storefront, serviceable_address)
    home_page = httpx.get(stack.storefront + "/", timeout=10).text
    with second_stack(tmp_path) as second:
        # The second product compiled the pages anew into the same .web/: the same page as before (its
        # chunks, its inline scripts' hashes), and both products answer, each on its own origin.
        assert httpx.get(stack.storefront + "/", timeout=10).text == home_page
        assert httpx.get(second.storefront + "/", timeout=10).text == home_page
        check_address(browser, second.storefront, serviceable_address)
        check_address(browser, stack.storefront, serviceable_address)
    # With the second one gone, the first product's pages (now the second one's build) still work.
    check_address(browser, stack.storefront, serviceable_address)


@contextmanager
def answers_throughout(url: str) -> Iterator[list[tuple[float, int | str]]]:
    """Polls `url` until the block ends; yields the (time, status or error) of each answer other than 200."""
    failures: list[tuple[float, int | str]] = []
    stop = threading.Event()
    polls = 0

    def poll() -> None:
        nonlocal polls
        started = time.monotonic()
        with httpx.Client(timeout=5) as client:
            while not stop.is_set():
                try:
                    status: int | str = client.get(url).status_code
                except httpx.HTTPError as error:
                    status = type(error).__name__
                polls += 1
                if status != 200:
                    failures.append((round(time.monotonic() - started, 1), status))
                stop.wait(0.2)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        yield failures
    finally:
        stop.set()
        poller.join(10)
    assert polls > 10, f"only {polls} polls of {url}"


def test_a_stack_with_its_own_build_folder_leaves_the_running_ones_pages_alone(
    browser: Browser,
    stack: Urls,
    local_processes: dict[str, Process],
    serviceable_address: tuple[str, str],
    tmp_path: Path,
) -> None:
    """A benchmark beside the demo (bench.storefront_users, bench.storefront_targets): sharing `.web/`, the
    second build empties the pages the first product serves for the ~10 s it takes; in a folder of its own
    the first product answers all along."""
    if "storefront" not in local_processes:
        pytest.skip("starts a second product from this checkout next to the one this session started")
    with (
        answers_throughout(stack.storefront + "/") as failures,
        second_stack(tmp_path / "data", web_dir=tmp_path / "web") as second,
    ):
        check_address(browser, second.storefront, serviceable_address)
    assert not failures, f"the running product did not answer while the second one built: {failures[:10]}"
    assert (tmp_path / "web" / "build" / "client" / "index.html").is_file()
    check_address(browser, stack.storefront, serviceable_address)
