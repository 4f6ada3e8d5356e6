"""The cut-down Radix stylesheet (storefront/radix_subset.py) styles every element exactly as the whole one.

Each page state is opened twice, once with the stylesheet the build ships and once with the whole of Radix
Themes' CSS swapped in for it, and every element's computed style is compared, at desktop and phone widths.
Needs the locally built frontend (.web): skipped against an operator's deployment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Route

from scripts.stack import ROOT, Urls
from tests.e2e.chromium import close_context
from tests.e2e.conftest import Process
from tests.e2e.pages.home import HomePage
from tests.e2e.pages.offers import OffersPage

WEB = ROOT / ".web"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
_IMPORT = re.compile(r"@import\s+url\(['\"]?([^'\")]+)['\"]?\);?")

# Every element's box and the properties Radix's classes set, keyed by the element's place in the DOM.
COMPUTED_STYLES = """() => {
  const props = ['display', 'position', 'color', 'background-color', 'font-size', 'font-weight',
    'line-height', 'padding', 'margin', 'border', 'border-radius', 'gap', 'flex-direction', 'align-items',
    'justify-content', 'grid-template-columns', 'box-shadow', 'opacity', 'visibility', 'cursor', 'outline'];
  const out = {};
  const walk = (el, path) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const values = props.map((p) => style.getPropertyValue(p));
    out[path] = [Math.round(box.width), Math.round(box.height), ...values];
    [...el.children].forEach((child, i) => walk(child, path + '>' + child.tagName + i));
  };
  walk(document.body, 'BODY');
  return out;
}"""


def whole_stylesheet() -> str:
    """The root stylesheet with every @import inlined from the sources, Radix Themes' CSS whole."""

    def inline(path: Path) -> str:
        def resolve(match: re.Match[str]) -> str:
            target = match.group(1)
            base = path.parent if target.startswith(".") else WEB / "node_modules"
            return inline((base / target).resolve())

        return _IMPORT.sub(resolve, path.read_text(encoding="utf-8"))

    return inline(WEB / "styles" / "__reflex_global_styles.css")


def _home_with_errors(page: Page, stack: Urls, address: tuple[str, str]) -> None:
    home = HomePage(page, stack.storefront).open()
    page.get_by_role("button", name="Check availability").click()
    home.alert.wait_for()
    home.postcode.fill(address[0])
    home.address_list.wait_for()


def _offers(page: Page, stack: Urls, address: tuple[str, str]) -> None:
    HomePage(page, stack.storefront).open().check_availability(*address)
    offers = OffersPage(page).wait()
    names = offers.offer_names()
    offers.compare(names[0], names[1])


def _configure(page: Page, stack: Urls, address: tuple[str, str]) -> None:
    HomePage(page, stack.storefront).open().check_availability(*address)
    offers = OffersPage(page).wait()
    offers.choose(offers.offer_names()[0])
    page.locator("#price-one-off-total", has_text="£").wait_for()


STATES: dict[str, Callable[[Page, Urls, tuple[str, str]], None]] = {
    "home with errors and the address list": _home_with_errors,
    "offers with two compared": _offers,
    "configure with a price": _configure,
}


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("state", list(STATES))
def test_the_shipped_stylesheet_styles_every_element_as_the_whole_one(
    browser: Browser,
    stack: Urls,
    local_processes: dict[str, Process],
    serviceable_address: tuple[str, str],
    state: str,
    width: str,
) -> None:
    if "storefront" not in local_processes:
        pytest.skip("compares against the sources of the locally built frontend")
    whole = whole_stylesheet()
    swapped: list[str] = []

    def styles(swap: bool) -> dict[str, list]:
        context = browser.new_context(viewport=WIDTHS[width])
        context.set_default_timeout(15_000)
        if swap:

            def serve_whole(route: Route) -> None:
                swapped.append(route.request.url)
                route.fulfill(status=200, content_type="text/css", body=whole)

            context.route(re.compile(r"/assets/__reflex_global_styles-[^/]*\.css$"), serve_whole)
        page = context.new_page()
        try:
            STATES[state](page, stack, serviceable_address)
            page.wait_for_timeout(300)  # transitions settle
            return page.evaluate(COMPUTED_STYLES)
        finally:
            close_context(context)

    shipped, reference = styles(swap=False), styles(swap=True)
    assert swapped and len(whole) > 600_000  # the reference really had the whole of Radix Themes
    differences = [(at, shipped.get(at), want) for at, want in reference.items() if shipped.get(at) != want]
    assert not differences, f"{len(differences)} elements styled differently, first: {differences[:3]}"
