"""The ordering journey on a phone (375 px wide, touch): every page fits the screen's width, the journey's
controls are big enough to touch, the compare table says it scrolls sideways, and the signed-in header is
one row. Screenshots of each page at 375 px go to artifacts/e2e/."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.pages.account import AccountPage
from tests.e2e.pages.checkout import CheckoutPage
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.pages.home import HomePage
from tests.e2e.pages.offers import OffersPage
from tests.e2e.pages.sign_in import RegistrationPage
from tests.e2e.pages.viewport import header, overflow_px, rows_of, small_touch_targets


def fits_the_phone(page: Page, name: str) -> None:
    """No sideways scrolling (scrollWidth <= innerWidth), every control at least 44 x 44 px; then a
    screenshot as `375-<name>.png`."""
    page.wait_for_timeout(300)  # a redirect the last step started has begun by now
    page.wait_for_load_state("networkidle")
    assert overflow_px(page) <= 0, f"{name}: {overflow_px(page)} px wider than the screen"
    small = small_touch_targets(page)
    assert not small, f"{name}: controls smaller than 44 px: {small}"
    screenshot(page, f"375-{name}")


def test_every_page_of_the_journey_fits_a_phone(phone: Page, stack: Urls, new_customer: Customer) -> None:
    page = phone
    home = HomePage(page, stack.storefront).open()
    fits_the_phone(page, "home")

    home.check_availability("RG1 4AB", "12")
    offers = OffersPage(page).wait()
    names = offers.offer_names()
    first = next(name for name in names if name.startswith("Fibre"))
    second = next(name for name in names if name != first)
    table = offers.compare(first, second)
    expect(table).to_be_visible()
    # The second plan's column is off to the right: the page says the table scrolls sideways.
    expect(offers.swipe_hint).to_be_visible()
    fits_the_phone(page, "plans-compared")

    offers.choose(first)
    checkout = CheckoutPage(page).wait()
    fits_the_phone(page, "checkout-guest")

    page.get_by_role("button", name="Create an account").click()
    registration = RegistrationPage(page)
    expect(registration.brand).to_be_visible()
    fits_the_phone(page, "provider-registration")
    # A long e-mail address, which the pages must wrap rather than widen the page for.
    c = new_customer
    long_email = "a.rather.long.name.for.a.phone." + c.email.replace(
        "@example.com", "@broadband-customers.co.uk"
    )
    registration.register(c.given_name, c.family_name, long_email, c.password)
    checkout.wait().wait_for_details()
    bar = header(page)
    brand, account, sign_out = (
        bar.get_by_role("link", name="Lumen Fibre home"),
        bar.get_by_role("link", name="My account"),
        bar.get_by_role("button", name="Sign out"),
    )
    assert rows_of(page, brand, account, sign_out) == 1, "the signed-in header takes more than one row"
    fits_the_phone(page, "checkout-signed-in")

    page.get_by_label("Phone").fill("07700 900111")
    checkout.complete_order_details()
    fits_the_phone(page, "checkout-review")
    checkout.place_order()
    ConfirmationPage(page).wait()
    expect(page.get_by_text(long_email).first).to_be_visible()
    fits_the_phone(page, "order-tracking")

    AccountPage(page, stack.storefront).open()
    fits_the_phone(page, "account")
