"""The storefront's Content-Security-Policy in a real browser: the page works (every journey checks that no
resource was blocked) and a script injected into it never runs (storefront/content_policy.py)."""

from __future__ import annotations

from playwright.sync_api import Browser, expect

from scripts.stack import Urls
from tests.e2e.chromium import close_context

INJECT = """() => new Promise((resolve) => {
    const blocked = [];
    document.addEventListener("securitypolicyviolation", (e) => blocked.push(e.effectiveDirective));
    const script = document.createElement("script");
    script.textContent = "window.__injected = 'script'";
    document.body.append(script);
    const image = document.createElement("img");
    image.setAttribute("onerror", "window.__injected = 'onerror'");
    image.src = "/no-such-image.png";
    document.body.append(image);
    setTimeout(() => resolve({blocked, injected: window.__injected ?? null}), 1500);
})"""


def test_a_script_injected_into_a_page_never_runs(browser: Browser, stack: Urls) -> None:
    context = browser.new_context(base_url=stack.storefront)
    try:
        page = context.new_page()
        page.goto("/")
        expect(page.get_by_label("Postcode")).to_be_editable()  # the app itself runs

        outcome = page.evaluate(INJECT)

        assert outcome["injected"] is None
        assert len(outcome["blocked"]) == 2  # the <script> and the onerror attribute, both reported
        assert all(directive.startswith("script-src") for directive in outcome["blocked"])
    finally:
        close_context(context)
