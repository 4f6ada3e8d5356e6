"""The inventory follows every order, as the customer sees it in "My account": a line ordered with a router
shows the router under it (never as a line of its own, with no change or end of its own); a speed change
shows the new speed and monthly price on the same line; a cease inside the minimum term says its charge in
pounds and pence before the customer confirms, and then shows the line as ended."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.pages.account import AccountPage
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.test_self_service_journeys import DATE_SHOWN, ORDER_COMPLETES_MS, order_to_checkout

ROUTER = "Wi-Fi 6 router"
CHARGE_SHOWN = re.compile(
    r"^Ending now costs £\d[\d,]*\.\d\d \(\d+ months? left of your minimum term, which ends on .+\)$"
)


def wait_until_completed(page: Page) -> None:
    expect(ConfirmationPage(page).wait().status).to_contain_text("Completed", timeout=ORDER_COMPLETES_MS)


def test_a_line_follows_its_speed_change_and_its_cease(
    page: Page, stack: Urls, new_customer: Customer
) -> None:
    checkout = order_to_checkout(page, stack, "Fibre 150", new_customer)
    page.get_by_label(ROUTER).check()
    page.get_by_label("Phone").fill("07700 900333")
    checkout.complete_order_details()
    checkout.place_order()
    wait_until_completed(page)

    account = AccountPage(page, stack.storefront).open()
    line = account.product("Fibre 150")
    expect(line).to_be_visible(timeout=20_000)
    expect(line).to_contain_text("150 Mbps download")
    expect(line).to_contain_text("£30.00/month")
    # The router is under its line, with its price, and is no line of its own.
    expect(account.add_ons("Fibre 150")).to_have_count(1)
    expect(account.add_ons("Fibre 150").first).to_contain_text(ROUTER)
    expect(account.add_ons("Fibre 150").first).to_contain_text("£49.99 one-off")
    expect(account.add_ons("Fibre 150").get_by_role("button")).to_have_count(0)
    expect(account.product(ROUTER)).to_have_count(0)
    expect(page.get_by_role("button", name=re.compile(ROUTER))).to_have_count(0)
    line_id = account.line_id("Fibre 150")
    assert line_id
    screenshot(page, "account-line-with-add-on")

    account.change_speed("Fibre 150", "Fibre 500")
    wait_until_completed(page)

    account.open()
    changed = account.line_by_id(line_id)  # the same line, renamed by its new offer
    expect(changed.get_by_role("heading", name="Fibre 500")).to_be_visible(timeout=20_000)
    expect(changed).to_contain_text("500 Mbps download")
    expect(changed).to_contain_text("£38.00/month")
    expect(changed).not_to_contain_text("£30.00/month")
    expect(account.product("Fibre 150")).to_have_count(0)
    expect(account.add_ons("Fibre 500")).to_have_count(1)
    screenshot(page, "account-line-after-speed-change")

    # The speed change started a new minimum term: ending now costs the monthly charges left, shown first.
    terms = account.start_ending("Fibre 500")
    expect(terms).to_have_text(CHARGE_SHOWN)
    screenshot(page, "account-end-line-charge")
    account.confirm_end()
    wait_until_completed(page)

    account.open()
    ended = account.line_by_id(line_id)
    expect(ended).to_contain_text("Ended", timeout=20_000)
    expect(ended.get_by_text(re.compile(r"^Ended "))).to_have_text(re.compile(DATE_SHOWN.pattern))
    expect(ended.get_by_role("button", name=re.compile("Change speed|End this line"))).to_have_count(0)
    expect(account.add_ons("Fibre 500").first).to_contain_text("Ended")  # the router ended with its line
    screenshot(page, "account-line-ended")
