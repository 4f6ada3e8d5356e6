"""Cross-channel quote: an agent prepares a quote on the 360 (address, plan, add-ons under the catalogue's
rules) and sends it; the customer, signed in online, sees it on My account with its items and prices and
accepts it, which places one order — shown to the customer with its tracking link, and to the store in the
360 (live) and in the store's queue."""

from __future__ import annotations

import re

import httpx
from playwright.sync_api import Browser, Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import SAM_PATEL_EMAIL, screenshot
from tests.e2e.infra.axe import assert_accessible
from tests.e2e.pages.account import AccountPage
from tests.e2e.pages.sign_in import SignInPage
from tests.e2e.pages.staff import CustomerPage, QueuePage, StoreHomePage

PASSWORD = "Lumen-demo-2026!"
AGENT = "alex.agent@lumen.example"
QUOTED = "Fibre 900 + Wi-Fi 6 router + Static IP"


def _customer_360(page: Page) -> CustomerPage:
    store = StoreHomePage(page)
    store.open()
    SignInPage(page).sign_in(AGENT, PASSWORD)
    page.wait_for_url("**/store")
    store.search(email=SAM_PATEL_EMAIL)
    store.customer_link("Sam Patel").click()
    page.wait_for_url("**/store/customer/cust-0002")
    return CustomerPage(page)


def test_quote_sent_in_store_is_accepted_online_as_one_order(
    page: Page, browser: Browser, stack: Urls, tmf: httpx.Client
) -> None:
    customer = _customer_360(page)
    customer.check_address("LS6 2AB", "10")
    customer.choose_plan("Fibre 900")

    # The catalogue's rules, as online: a static IP needs the router.
    customer.tick_add_on("Static IP")
    expect(page.get_by_role("alert").filter(has_text=re.compile("router", re.I))).to_be_visible()
    page.get_by_role("button", name="Send quote to Sam Patel").click()
    expect(page.get_by_test_id("quote-reference")).to_have_count(0)  # refused before anything is sent
    customer.tick_add_on("Wi-Fi 6 router")
    expect(page.get_by_role("alert").filter(has_text=re.compile("router", re.I))).to_have_count(0)
    screenshot(page, "assisted-sales-quote-basket")
    assert_accessible(page)

    quote_id = customer.send_quote("Sam Patel")
    expect(customer.quote(quote_id)).to_contain_text("Approved")  # plain words on the 360

    online = browser.new_context(viewport={"width": 375, "height": 800}, base_url=stack.storefront)
    online.set_default_timeout(15_000)
    try:
        sam = online.new_page()
        sam.goto("/account")
        SignInPage(sam).sign_in(SAM_PATEL_EMAIL, PASSWORD)
        account = AccountPage(sam, stack.storefront).wait()
        quote = account.quote(QUOTED)
        expect(quote).to_contain_text(quote_id)
        expect(quote).to_contain_text("Wi-Fi 6 router")
        expect(quote).to_contain_text("£49.99 one-off")
        expect(quote).to_contain_text("£5.00/month")  # the static IP
        expect(quote).to_contain_text("from Alex Agent")
        screenshot(sam, "assisted-sales-quote-account-375")
        assert_accessible(sam)

        order_id = account.accept_quote(quote_id)
        assert order_id
        expect(account.quote(QUOTED)).to_have_count(0)  # accepted: no longer open
        # In "Your orders", named by its short reference (LF-…).
        expect(account.order_link(order_id)).to_have_accessible_name(re.compile(r"^Order LF-[0-9A-Z]{5}$"))
        sam.set_viewport_size({"width": 1280, "height": 900})
        sam.evaluate("window.scrollTo(0, 0)")
        screenshot(sam, "assisted-sales-quote-accepted")
        sam.get_by_role("link", name=f"Follow order {order_id}").click()
        sam.wait_for_url(f"**/order/{order_id}")
    finally:
        online.close()

    # One order for the quote, in the 360 without a reload and in the store's queue.
    orders = tmf.get("/productOrderingManagement/v4/productOrder", params={"quote.id": quote_id}).json()
    assert [order["id"] for order in orders] == [order_id]
    expect(customer.order(order_id)).to_be_visible(timeout=20_000)
    expect(customer.quote(quote_id)).to_have_count(0, timeout=20_000)
    screenshot(page, "assisted-sales-quote-360")
    queue = QueuePage(page)
    queue.open()
    queue.wait()
    expect(queue.order(order_id)).to_be_visible()
    expect(queue.order(order_id)).to_contain_text("Fibre 900")
