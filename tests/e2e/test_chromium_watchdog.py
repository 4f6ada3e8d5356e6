"""The journeys' safety net: a browser that stops answering cannot hang the run (tests/e2e/chromium.py)."""

from __future__ import annotations

import os
import signal
import time

from playwright.sync_api import Browser

from tests.e2e.chromium import chromium_processes, close_context


def test_a_context_closes_even_when_chromium_stops_answering(browser: Browser) -> None:
    context = browser.new_context()
    context.new_page().set_content("<p>Hello</p>")
    frozen = [p for p in chromium_processes() if not any(a.startswith("--type=") for a in p.cmdline())]
    assert frozen, "the browser process is found among this run's processes"
    for process in frozen:
        os.kill(process.pid, signal.SIGSTOP)  # a browser that never answers again

    started = time.monotonic()
    close_context(context, renderer_grace=1.0, browser_grace=2.0)

    assert time.monotonic() - started < 30
    assert not browser.is_connected()  # killed: the next test's `browser` is a new one


def test_the_next_test_gets_a_working_browser(browser: Browser) -> None:
    page = browser.new_page()
    page.set_content("<p>Hello again</p>")
    assert page.text_content("p") == "Hello again"
    page.close()
