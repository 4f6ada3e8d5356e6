"""The price is on the order: what checkout showed is what the order, My account and TMF637 say; a catalogue
price changed between the quote and the order is shown, and accepted, before anything is placed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest
from playwright.sync_api import Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.pages.account import AccountPage
from tests.e2e.pages.checkout import CheckoutPage
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.pages.home import HomePage
from tests.e2e.pages.offers import OffersPage

CATALOGUE = "/productCatalogManagement/v4"
PROMOTED_PLAN = "Fibre 500"  # the seeded catalogue's plan with an introductory offer
REFERENCE = re.compile(r"^LF-[2-9A-HJKMNP-TW-Z]{5}$")


def _checkout(page: Page, stack: Urls, address: tuple[str, str], customer: Customer) -> CheckoutPage:
    HomePage(page, stack.storefront).open().check_availability(*address)
    offers = OffersPage(page).wait()
    offers.choose(PROMOTED_PLAN if PROMOTED_PLAN in offers.offer_names() else offers.offer_names()[0])
    checkout = CheckoutPage(page).wait()
    checkout.create_account(customer.given_name, customer.family_name, customer.email, customer.password)
    page.get_by_label("Phone").fill("07700 900123")
    checkout.complete_order_details()
    return checkout


def test_account_shows_the_monthly_price_and_promotion_end_checkout_showed(
    page: Page, stack: Urls, tmf: httpx.Client, serviceable_address: tuple[str, str], new_customer: Customer
) -> None:
    checkout = _checkout(page, stack, serviceable_address, new_customer)
    expect(checkout.promotion).to_contain_text("until")
    # "£19.00/month for the first 6 months (until Sun 6 Jun 2027), then £38.00/month"
    promoted, months, ends, after = re.match(  # type: ignore[union-attr]
        r"(£[\d.,]+)/month for the first (\d+) months \(until (.+)\), then (£[\d.,]+)/month",
        checkout.promotion.inner_text(),
    ).groups()
    expect(checkout.term_total).to_have_text(re.compile(r"^£[\d,]+\.\d\d$"))
    term_total = checkout.term_total.inner_text()
    # The contract summary (Ofcom GC C1) states the same figures, and must be confirmed before placing.
    expect(checkout.contract_summary_value("Total over the minimum term")).to_have_text(term_total)
    expect(checkout.contract_summary_value("Price after the promotion")).to_have_text(f"{after} a month")
    expect(checkout.contract_summary_value("Yearly price rise")).to_contain_text("a month more each April")
    checkout.place_order(confirm_summary=False)
    expect(checkout.summary_confirmation_error).to_contain_text("tick the box")
    checkout.place_order()

    confirmation = ConfirmationPage(page).wait()
    reference, order_id = confirmation.reference(), confirmation.order_id()
    assert REFERENCE.match(reference), reference
    expect(confirmation.prices).to_contain_text(f"{promoted} a month")
    account = AccountPage(page, stack.storefront).open().wait()
    row = account.order(order_id)
    expect(row).to_contain_text(reference)
    expect(row).to_contain_text(f"{promoted} a month")
    expect(row).to_contain_text(f"until {ends}, then {after} a month")
    screenshot(page, "order-prices-account")
    # The summary accepted, kept with the order: opened again from My account, ready to print.
    summary = account.open_contract_summary(order_id)
    expect(summary.value("Monthly price")).to_have_text(f"{after} a month")
    expect(summary.value("Total over the minimum term")).to_have_text(term_total)
    expect(summary.value("Promotion")).to_contain_text(f"{promoted} a month for the first {months} months")
    screenshot(page, "contract-summary")
    page.emulate_media(media="print")
    expect(page.locator("header")).to_be_hidden()
    expect(summary.summary).to_be_visible()
    page.emulate_media(media="screen")

    order = tmf.get(f"/productOrderingManagement/v4/productOrder/{order_id}").json()
    monthly = next(p for p in order["productOrderItem"][0]["itemPrice"] if p["priceType"] == "recurring")
    assert f"£{Decimal(str(monthly['price']['taxIncludedAmount']['value'])):.2f}" == after
    assert monthly["priceAlteration"][0]["applicationDuration"] == int(months)
    assert order["quote"] and order["orderTotalPrice"]


@pytest.fixture
def raised_price(tmf: httpx.Client) -> Iterator[tuple[str, Decimal]]:
    """Raises the promoted plan's monthly price by £2 in the catalogue (TMF620 PATCH), then puts it back."""
    offering = tmf.get(f"{CATALOGUE}/productOffering", params={"name": PROMOTED_PLAN}).json()[0]
    pops = [
        tmf.get(f"{CATALOGUE}/productOfferingPrice/{ref['id']}").json()
        for ref in offering["productOfferingPrice"]
    ]
    monthly = next(pop for pop in pops if pop["priceType"] == "recurring")
    was = monthly["price"]
    path = f"{CATALOGUE}/productOfferingPrice/{monthly['id']}"
    try:
        yield path, Decimal(str(was["value"])) + 2
    finally:
        assert tmf.patch(path, json={"price": was}).status_code == 200


def test_a_price_changed_after_the_quote_is_shown_and_accepted_before_ordering(
    page: Page,
    stack: Urls,
    tmf: httpx.Client,
    serviceable_address: tuple[str, str],
    new_customer: Customer,
    raised_price: tuple[str, Decimal],
) -> None:
    checkout = _checkout(page, stack, serviceable_address, new_customer)
    path, new_monthly = raised_price
    changed = tmf.patch(path, json={"price": {"unit": "GBP", "value": float(new_monthly)}})
    assert changed.status_code == 200, changed.text

    checkout.place_order()

    expect(checkout.new_price).to_contain_text(f"£{new_monthly:.2f} a month")
    expect(page).to_have_url(re.compile(r"/checkout"))  # nothing placed yet
    expect(page.get_by_label("Phone")).to_have_value("07700 900123")  # nothing typed lost
    screenshot(page, "price-changed")
    checkout.accept_new_price()
    checkout.place_order()

    confirmation = ConfirmationPage(page).wait()
    order = tmf.get(f"/productOrderingManagement/v4/productOrder/{confirmation.order_id()}").json()
    monthly = next(p for p in order["productOrderItem"][0]["itemPrice"] if p["priceType"] == "recurring")
    assert Decimal(str(monthly["price"]["taxIncludedAmount"]["value"])) == new_monthly
    assert order["state"] != "rejected"
