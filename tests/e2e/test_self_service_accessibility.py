"""Every page of the ordering journey passes axe-core with no serious or critical violation, at desktop and
phone widths, and the journey can be done with the keyboard alone."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from scripts.stack import Process, Urls
from tests.e2e.chromium import close_context
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.infra.axe import assert_accessible
from tests.e2e.pages.account import AccountPage
from tests.e2e.pages.checkout import CheckoutPage
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.pages.home import HomePage
from tests.e2e.pages.offers import OffersPage
from tests.e2e.pages.sign_in import RegistrationPage

PHONE = {"width": 375, "height": 812}


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_journey_pages_have_no_serious_accessibility_violations(
    browser: Browser, stack: Urls, serviceable_address: tuple[str, str], width: str, new_customer: Customer
) -> None:
    context = browser.new_context(viewport=PHONE if width == "phone" else {"width": 1280, "height": 900})
    page = context.new_page()
    try:
        home = HomePage(page, stack.storefront).open()
        assert_accessible(page)
        home.check_availability(*serviceable_address)
        offers = OffersPage(page).wait()
        assert_accessible(page)
        offers.choose(offers.offer_names()[0])
        checkout = CheckoutPage(page).wait()
        assert_accessible(page)
        page.get_by_role("button", name="Create an account").click()
        page.get_by_label("Given name").wait_for()
        assert_accessible(page)  # the sign-in service's registration page
        c = new_customer
        RegistrationPage(page).register(c.given_name, c.family_name, c.email, c.password)
        checkout.wait().wait_for_details()
        assert_accessible(page)
        checkout.fill_contact("Ada", "Lovelace", c.email, "07700 900789")
        assert_accessible(page)  # with the credit check, appointment, agreements and review filled in
        assert_fits(page, width)
        checkout.place_order()
        ConfirmationPage(page).wait()
        assert_accessible(page)
        assert_fits(page, width)
        if width == "phone":
            screenshot(page, "confirmation-375")
        AccountPage(page, stack.storefront).open()
        assert_accessible(page)
        assert_fits(page, width)
        if width == "phone":
            screenshot(page, "account-375")
    finally:
        close_context(context)


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_address_type_ahead_offers_and_register_interest_are_accessible(
    browser: Browser, stack: Urls, width: str
) -> None:
    context = browser.new_context(viewport=PHONE if width == "phone" else {"width": 1280, "height": 900})
    page = context.new_page()
    try:
        home = HomePage(page, stack.storefront).open()
        home.postcode.fill("RG1 3DW")
        home.address_list.select_option(index=1)
        home.flat.wait_for()
        assert_accessible(page)
        assert_fits(page, width)
        home.postcode.fill("SW1A 2AA")
        home.house_number.fill("10")
        page.get_by_role("button", name="Check availability").click()
        offers = OffersPage(page).wait()
        offers.compare("Fibre 150", "Fibre 900")
        assert_accessible(page)
        assert_fits(page, width)
        if width == "phone":
            screenshot(page, "offers-compare-375")
        page.get_by_role("link", name="Change address").click()
        HomePage(page, stack.storefront).check_availability("IV51 9EL", "1")
        page.get_by_role("form", name="Register interest").wait_for()
        assert_accessible(page)
        assert_fits(page, width)
        if width == "phone":
            screenshot(page, "register-interest-375")
    finally:
        close_context(context)


def test_price_being_worked_out_is_announced_accessibly(
    page: Page,
    stack: Urls,
    tmf: httpx.Client,
    mock_backends: Process,
    serviceable_address: tuple[str, str],
) -> None:
    """The price summary while TMF648 is slow: a named progress image, no violation (the spinner's state
    lasts a few milliseconds on the local stack, so only a slowed quote lets axe see it every time)."""
    HomePage(page, stack.storefront).open().check_availability(*serviceable_address)
    offers = OffersPage(page).wait()
    faults = f"{stack.tmf.removesuffix('/tmf-api')}/admin/faults"
    # Slowed before the plan is chosen: the storefront may already have asked for the next prices ahead.
    tmf.put(faults, json={"tmf648": {"latency_ms": 3000}}).raise_for_status()
    try:
        offers.choose(offers.offer_names()[0])
        checkout = CheckoutPage(page).wait()
        expect(checkout.price_updating).to_be_visible()
        expect(checkout.price).to_have_attribute("aria-busy", "true")
        assert_accessible(page)
    finally:
        tmf.delete(faults).raise_for_status()
    expect(checkout.price_updating).to_have_count(0, timeout=10_000)
    expect(checkout.price).to_have_attribute("aria-busy", "false")
    expect(checkout.price).to_contain_text("Monthly total")


def assert_fits(page: Page, width: str) -> None:
    """On a phone nothing may be wider than the screen."""
    if width == "phone":
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        wider = page.evaluate(
            """() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(-5).map(e => e.tagName + ' ' + (e.textContent || '').slice(0, 30))"""
        )
        assert overflow <= 0, f"wider than the screen: {wider}"


def test_keyboard_only_journey(
    page: Page, stack: Urls, serviceable_address: tuple[str, str], new_customer: Customer
) -> None:
    home = HomePage(page, stack.storefront).open()
    postcode, house_number = serviceable_address

    tab_to(page, home.postcode)
    page.keyboard.type(postcode)
    page.keyboard.press("Tab")
    expect(home.house_number).to_be_focused()
    page.keyboard.type(house_number)
    page.keyboard.press("Enter")

    OffersPage(page).wait()
    # Full fibre: an engineer installs it, so the journey includes choosing an appointment.
    tab_to(page, page.get_by_role("button", name="Choose Fibre 150"))
    page.keyboard.press("Enter")

    checkout = CheckoutPage(page).wait()
    tab_to(page, page.get_by_role("button", name="Create an account"))
    page.keyboard.press("Enter")
    c = new_customer
    for label, text in (
        ("Given name", c.given_name),
        ("Family name", c.family_name),
        ("Email", c.email),
        ("Password", c.password),
    ):
        tab_to(page, page.get_by_label(label))
        page.keyboard.type(text)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    RegistrationPage(page).confirm_email_if_asked()  # the provider's mail, not part of the storefront
    checkout.wait().wait_for_details()
    tab_to(page, page.get_by_label("Phone"))
    page.keyboard.type("07700 900321")
    tab_to(page, page.get_by_label("Date of birth"))
    page.keyboard.type("04121985")
    expect(page.get_by_label("Date of birth")).to_have_value("1985-04-12")
    tab_to(page, page.get_by_label("I agree to a credit check"))
    page.keyboard.press("Space")
    for label, text in (
        ("Name on the account", "Jane Doe"),
        ("Sort code", "089999"),
        ("Account number", "66374958"),
    ):
        tab_to(page, page.get_by_label(label))  # the direct debit
        page.keyboard.type(text)
    tab_to(page, CheckoutPage(page).appointment)
    page.keyboard.press("ArrowDown")
    expect(CheckoutPage(page).appointment).not_to_have_value("")
    tab_to(page, page.get_by_label("I accept the terms and conditions"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_label("I have read the contract summary"))  # after reading it, above
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name="Place order"))
    page.keyboard.press("Enter")

    confirmation = ConfirmationPage(page).wait()
    # The live timeline and the way to cancel are reachable by keyboard too.
    tab_to(page, page.get_by_role("button", name="Cancel this order"))
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_role("button", name="Keep my order"))
    page.keyboard.press("Enter")
    expect(confirmation.status).to_be_visible()


def tab_to(page: Page, target, limit: int = 60) -> None:  # type: ignore[no-untyped-def]
    """Press Tab until `target` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{target} never received the focus after {limit} Tab presses")
