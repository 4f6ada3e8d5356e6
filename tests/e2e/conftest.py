"""End-to-end fixtures: the product's real processes (or an operator's deployment) and a real browser.

By default a session starts the TMF mocks, the web BFF and the storefront (production mode) on free ports
with a scratch database. `pytest tests/e2e --base-url URL --bff-url URL --tmf-url URL` runs the same
journeys against an existing deployment instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from bff.config import Settings as BffSettings
from scripts.stack import ROOT, Ports, Process, Production, Urls, product, scratch_database, service_token
from tests.e2e.chromium import CHROMIUM, CHROMIUM_FLAGS, close_context
from tests.e2e.pages.viewport import PHONE

ARTIFACTS = ROOT / "artifacts" / "e2e"
# A held order is "in jeopardy" on the store queue after this long (the product's target is 4 h), so a
# journey sees one highlighted; every other state keeps the product's target.
E2E_JEOPARDY_SECONDS = {**BffSettings().retail_jeopardy_seconds, "held": 20.0}
# A seeded customer (mock_backends/seed/customers.py), found by email: the journeys register other people
# of the same name.
SAM_PATEL_EMAIL = "sam.patel@example.com"
STACK_ENV = {
    "BFF_RETAIL_JEOPARDY_SECONDS": json.dumps(E2E_JEOPARDY_SECONDS),
    # The journeys' many new customers all order at a few addresses (12 Orchard Close) within minutes: the
    # fraud screen's velocity check would hold them; its rule is tested in tests/unit/test_mock_credit_bureau.
    "MOCKS_FRAUD_VELOCITY_ORDERS": "1000",
    # ...and they register from this one machine: more than the identity provider's 20 sign-ups an hour
    # from one network (tests/security checks that limit on an identity provider of its own).
    "IDP_REGISTRATION_IP_LIMIT": "1000",
}
START_TIMEOUTS = {
    "identity": 60.0,
    "mock_backends": 60.0,
    "bff": 60.0,
    "storefront": 600.0,
}  # the first build compiles the frontend


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def local_processes() -> dict[str, Process]:
    """The processes this session started, by name; empty when the journeys run against a deployment."""
    return {}


@pytest.fixture(scope="session")
def stack(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    local_processes: dict[str, Process],
) -> Iterator[Urls]:
    base_url = request.config.getoption("--base-url")
    if base_url:
        bff_url = request.config.getoption("--bff-url")
        tmf_url = request.config.getoption("--tmf-url")
        if not (bff_url and tmf_url):
            pytest.exit("--base-url needs --bff-url and --tmf-url too", returncode=4)
        yield Urls(
            storefront=base_url.rstrip("/"),
            bff=bff_url.rstrip("/"),
            tmf=tmf_url.rstrip("/"),
            identity=(request.config.getoption("--identity-url") or "").rstrip("/"),
            retail_bff=(request.config.getoption("--retail-bff-url") or "").rstrip("/"),
        )
        return
    ports = Ports.free()
    profile = request.config.getoption("--stack-profile")
    with contextlib.ExitStack() as cleanup:
        production = None
        if profile == "production":
            production = Production(database_url=cleanup.enter_context(scratch_database()), demo=True)
        processes = product(
            ports, tmp_path_factory.mktemp("data"), ARTIFACTS / "logs" / profile, production, STACK_ENV
        )
        yield from _run(processes, ports, local_processes)


def _run(processes: list[Process], ports: Ports, local_processes: dict[str, Process]) -> Iterator[Urls]:
    started: list[Process] = []
    try:
        for process in processes:
            process.start()
            started.append(process)
            process.wait_ready(START_TIMEOUTS[process.name])
            local_processes[process.name] = process
        yield Urls.local(ports)
    finally:
        for process in reversed(started):
            process.stop()


@pytest.fixture(scope="session")
def serviceable_address(request: pytest.FixtureRequest) -> tuple[str, str]:
    postcode, _, number = request.config.getoption("--serviceable-address").partition("/")
    return postcode, number


@pytest.fixture(scope="module")
def _browsers() -> Iterator[Callable[[], Browser]]:
    # Module scope: Playwright's sync API keeps an event loop running while it is open, which would stop
    # the asyncio tests of other modules from running after it.
    with sync_playwright() as playwright:
        launched: list[Browser] = []

        def current() -> Browser:
            # A new one when the watchdog had to kill the last (browser_watchdog.py).
            if not launched or not launched[-1].is_connected():
                launched.append(playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS))
            return launched[-1]

        yield current
        if launched and launched[-1].is_connected():
            launched[-1].close()


@pytest.fixture
def browser(_browsers: Callable[[], Browser]) -> Browser:
    return _browsers()


_CALL_REPORT = pytest.StashKey[pytest.TestReport]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[_CALL_REPORT] = report
    return report


@pytest.fixture
def page(browser: Browser, stack: Urls, request: pytest.FixtureRequest) -> Iterator[Page]:
    yield from _page(
        browser.new_context(viewport={"width": 1280, "height": 900}, base_url=stack.storefront), request
    )


@pytest.fixture
def phone(browser: Browser, stack: Urls, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A page on a phone: 375 px wide, touch."""
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, base_url=stack.storefront
    )
    yield from _page(context, request)


def _page(context: BrowserContext, request: pytest.FixtureRequest) -> Iterator[Page]:
    context.set_default_timeout(15_000)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: console.append(f"page error: {error}"))
    yield page
    report = request.node.stash.get(_CALL_REPORT, None)
    if report is not None and report.failed:
        # What the page showed and logged: a timing failure in CI leaves no other trace.
        keep_failure(page, request.node.name, console)
    close_context(context)
    # Every journey runs under the storefront's Content-Security-Policy (storefront/content_policy.py):
    # whatever it blocked would be a part of the page that silently stopped working.
    blocked = [line for line in console if "Content Security Policy" in line]
    assert not blocked, "the Content-Security-Policy blocked:\n" + "\n".join(blocked)


def keep_failure(page: Page, test_name: str, console: list[str]) -> None:
    """Save the failed page's screenshot, URL and browser console under artifacts/e2e/failures/."""
    folder = ARTIFACTS / "failures"
    folder.mkdir(parents=True, exist_ok=True)
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in test_name)
    with contextlib.suppress(Exception):  # a crashed page has no screenshot; the console still helps
        page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
    (folder / f"{name}.log").write_text(f"url: {page.url}\n" + "\n".join(console) + "\n", encoding="utf-8")


@pytest.fixture
def mock_backends(stack: Urls, local_processes: dict[str, Process]) -> Process:
    """The TMF mock servers' process, for journeys that take a backend down and bring it back."""
    if "mock_backends" not in local_processes:
        pytest.skip("stops and restarts the TMF servers, which only a locally started stack allows")
    return local_processes["mock_backends"]


@dataclass(frozen=True)
class Customer:
    given_name: str
    family_name: str
    email: str
    password: str


@pytest.fixture
def new_customer() -> Customer:
    """A person who has no account yet (each test its own, so their orders never look like duplicates)."""
    tag = uuid.uuid4().hex[:8]
    return Customer("Jane", f"Doe-{tag}", f"jane.{tag}@example.com", f"Fibre-{tag}-2026!")


@pytest.fixture
def tmf(stack: Urls, request: pytest.FixtureRequest) -> Iterator[httpx.Client]:
    """The TMF APIs, called with a client-credentials token of the test client (they refuse calls without;
    against a deployment, the client of --tmf-client at the issuer of --identity-url)."""
    client_id, _, secret = str(request.config.getoption("--tmf-client")).partition(":")
    headers = (
        {"Authorization": f"Bearer {service_token(stack.identity, (client_id, secret))}"}
        if stack.identity
        else {}
    )
    with httpx.Client(base_url=stack.tmf, timeout=10, headers=headers) as client:
        yield client


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page screenshot as a test artifact (artifacts/ is git-ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
