"""The browser the journeys run in (Debian's Chromium), and closing its contexts without hanging the run.

Now and then (1 run in 3 in CI, once a test had passed) Chromium never answers Playwright's
`BrowserContext.close()`, and the sync API has no timeout for it: the run then waits for pytest-timeout
(15 min) and the journeys after it never run. A watchdog thread frees it: past `RENDERER_GRACE` it kills
the browser's renderer processes (a tab that stopped answering is the usual cause, and the browser
survives it), past `BROWSER_GRACE` the browser itself, whose next user launches a new one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from pathlib import Path

import psutil
from playwright.sync_api import BrowserContext, Error

logger = logging.getLogger(__name__)

CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

RENDERER_GRACE = 20.0
BROWSER_GRACE = 40.0


def chromium_processes() -> list[psutil.Process]:
    """This test run's Chromium processes: descendants of this process (through Playwright's driver)."""
    name = Path(CHROMIUM).name
    found = []
    for process in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            command = process.cmdline()
            if command and Path(command[0]).name in {name, "chrome", "chromium"}:
                found.append(process)
    return found


def _kill(renderers_only: bool) -> None:
    for process in chromium_processes():
        with contextlib.suppress(psutil.Error):
            command = process.cmdline()
            is_renderer = "--type=renderer" in command
            is_browser = not any(part.startswith("--type=") for part in command)
            if (renderers_only and is_renderer) or (not renderers_only and is_browser):
                logger.warning("browser context close hangs: killing %s", " ".join(command[:2]))
                process.kill()


def close_context(
    context: BrowserContext, renderer_grace: float = RENDERER_GRACE, browser_grace: float = BROWSER_GRACE
) -> None:
    """`context.close()`, which a hung Chromium cannot keep waiting for ever."""
    renderers = threading.Timer(renderer_grace, _kill, (True,))
    browser = threading.Timer(browser_grace, _kill, (False,))
    renderers.start()
    browser.start()
    try:
        context.close()
    except Error as error:  # the watchdog killed what it waited for
        logger.warning("browser context closed by the watchdog: %s", error)
    finally:
        renderers.cancel()
        browser.cancel()
