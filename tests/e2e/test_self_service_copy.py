"""What the pages say, the same everywhere: one statement of support hours, the sign-in service's pages
under the shop's brand with a way back to the basket, and a description for search engines and link
previews on the offers and checkout pages."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from playwright.sync_api import Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import screenshot
from tests.e2e.pages.checkout import CheckoutPage
from tests.e2e.pages.home import HomePage
from tests.e2e.pages.offers import OffersPage
from tests.e2e.pages.sign_in import RegistrationPage, SignInPage

HOURS = re.compile(r"seven days|Monday to|Sunday|\d+(am|pm) to \d+(am|pm)", re.IGNORECASE)


def test_support_hours_are_stated_once_in_the_footer(page: Page, stack: Urls) -> None:
    HomePage(page, stack.storefront).open()
    statements = page.get_by_text(HOURS)
    expect(statements).to_have_count(1)
    expect(page.get_by_role("contentinfo").get_by_text(HOURS)).to_have_count(1)


def test_sign_in_pages_carry_the_brand_and_lead_back_to_the_basket(page: Page, stack: Urls) -> None:
    HomePage(page, stack.storefront).open().check_availability("RG1 4AB", "12")
    offers = OffersPage(page).wait()
    plan = offers.offer_names()[0]
    offers.choose(plan)
    CheckoutPage(page).wait()

    page.get_by_role("main").get_by_role("button", name="Sign in").click()
    sign_in = SignInPage(page)
    expect(sign_in.brand).to_be_visible()
    expect(sign_in.back_to_basket).to_be_visible()
    screenshot(page, "provider-sign-in")
    page.get_by_role("link", name="Create an account").click()
    registration = RegistrationPage(page)
    expect(registration.brand).to_be_visible()
    screenshot(page, "provider-registration")

    registration.back_to_basket.click()
    CheckoutPage(page).wait()
    expect(page.get_by_role("region", name=plan)).to_be_visible()
    expect(page.get_by_text("Signing in was cancelled")).to_be_visible()
    # The provider's pages are behind the checkout, not in front of it: Back goes to the plans.
    page.go_back()
    page.wait_for_url(lambda url: urlparse(url).path == "/")


def test_offers_and_checkout_pages_have_a_meta_description(page: Page, stack: Urls) -> None:
    for path in ("/offers", "/checkout"):
        page.goto(stack.storefront + path)
        description = page.locator('meta[name="description"]')
        expect(description).to_have_count(1)
        assert len(description.get_attribute("content") or "") >= 50, path
