"""Home-page load time of a running storefront, in a fresh browser context each time (no HTTP cache).

Usage: python -m bench.home_page_load [URL] [RUNS]     (default http://localhost:3000, 10 runs)
Prints navigation timings (ms): time to first byte, DOMContentLoaded, load, and when the address form is
interactive (the "Check availability" button is enabled: React hydrated and the websocket state arrived):
"interactive (page)" on the page's own clock from the start of navigation (the first frame after both the
hydrated page's enabled button and the first state update on the websocket), "interactive (driver)" as
Playwright saw it from before `goto` (adds its own polling).
"""

from __future__ import annotations

import statistics
import sys
import time

from playwright.sync_api import sync_playwright

from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS

NAVIGATION_TIMING = """() => {
    const n = performance.getEntriesByType('navigation')[0];
    return {ttfb: n.responseStart, domcontentloaded: n.domContentLoadedEventEnd, load: n.loadEventEnd};
}"""


# Installed before any page script: notes when the first state update arrives on the websocket and when
# React has hydrated the form (the submit button is enabled), on the page's performance.now() clock.
PAGE_CLOCK = """(() => {
    const clock = {state: null, interactive: null};
    window.__loadClock = clock;
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
        constructor(...args) {
            super(...args);
            this.addEventListener('message', (event) => {
                const update = String(event.data).includes('delta');
                if (clock.state === null && update) clock.state = performance.now();
            });
        }
    };
    // React attaches its props on hydration (no DOM mutation to observe): look once per frame.
    const hydrated = (b) => Object.keys(b).some((key) => key.startsWith('__reactProps'));
    const frame = () => {
        const button = [...document.querySelectorAll('button[type=submit]')]
            .find((b) => b.textContent.includes('Check availability') && !b.disabled && hydrated(b));
        if (button && clock.state !== null) clock.interactive = performance.now();
        else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
})()"""
PAGE_INTERACTIVE = "() => window.__loadClock && window.__loadClock.interactive > 0"


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3000"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    figures: dict[str, list[float]] = {
        "ttfb": [],
        "domcontentloaded": [],
        "load": [],
        "interactive (page)": [],
        "interactive (driver)": [],
    }
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for _ in range(runs):
            context = browser.new_context()
            context.add_init_script(PAGE_CLOCK)
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url, wait_until="load")
            page.get_by_role("button", name="Check availability").wait_for(state="visible")
            page.wait_for_function(
                "() => [...document.querySelectorAll('button')].some(b => "
                "b.textContent.includes('Check availability') && !b.disabled)"
            )
            interactive = (time.perf_counter() - started) * 1000
            page.wait_for_function(PAGE_INTERACTIVE)
            timing = page.evaluate(NAVIGATION_TIMING)
            figures["interactive (page)"].append(float(page.evaluate("() => window.__loadClock.interactive")))
            for name in ("ttfb", "domcontentloaded", "load"):
                figures[name].append(float(timing[name]))
            figures["interactive (driver)"].append(interactive)
            context.close()
        browser.close()
    print(f"home page {url}, {runs} cold loads (ms):")
    for name, values in figures.items():
        values.sort()
        p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        print(f"  {name:<20} p50 {statistics.median(values):7.1f}   p95 {p95:7.1f}   max {values[-1]:7.1f}")


if __name__ == "__main__":
    main()
