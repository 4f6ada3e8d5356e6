"""Ordering on a customer's behalf from the 360 screen: within the agent's discount limit the order goes
ahead; above it the order is held, and a manager of the store approves or rejects it."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from playwright.sync_api import Browser, Page, expect

from scripts.stack import Urls
from tests.e2e.chromium import close_context
from tests.e2e.conftest import SAM_PATEL_EMAIL, screenshot
from tests.e2e.infra.axe import assert_accessible
from tests.e2e.pages.sign_in import SignInPage
from tests.e2e.pages.staff import ApprovalsPage, CustomerPage, StoreHomePage

PASSWORD = "Lumen-demo-2026!"
AGENT = "alex.agent@lumen.example"
MANAGER = "morgan.manager@lumen.example"


def _open_jane(page: Page) -> CustomerPage:
    store = StoreHomePage(page)
    store.open()
    SignInPage(page).sign_in(AGENT, PASSWORD)
    page.wait_for_url("**/store")
    store.search(name="Jane")
    store.customer_link("Jane Doe").click()
    page.wait_for_url("**/store/customer/cust-0001")
    expect(page.get_by_role("heading", name="Jane Doe")).to_be_visible()
    # The contact details name no empty postcode ("Postcode:" and nothing after it).
    expect(page.get_by_text(re.compile(r"^Postcode:\s*$"))).to_have_count(0)
    return CustomerPage(page)


def test_agent_orders_on_behalf_within_their_limit(
    page: Page, stack: Urls, serviceable_address: tuple[str, str]
) -> None:
    customer = _open_jane(page)
    customer.check_address(*serviceable_address)
    expect(page.get_by_text("Up to 10 % without a manager's approval")).to_be_visible()
    customer.place_order("Jane Doe", discount="5")
    expect(customer.result).to_contain_text("Order placed")
    screenshot(page, "assisted-sales-order-placed")
    assert_accessible(page)


def test_a_dropped_connection_on_the_360_loses_nothing_the_agent_typed(
    page: Page, stack: Urls, serviceable_address: tuple[str, str]
) -> None:
    """When the connection comes back the page rehydrates and loads the 360 again: the customer is
    refreshed where the agent left it, not shown afresh with an empty order form. Another customer's 360
    does start afresh."""
    _open_jane(page)
    postcode, house_number = serviceable_address
    page.get_by_label("Postcode", exact=True).fill(postcode)
    page.get_by_label("House number", exact=True).fill(house_number)
    notice = page.locator("#connection-notice")

    page.context.set_offline(True)
    expect(notice).to_contain_text("Connection lost", timeout=30_000)
    page.context.set_offline(False)
    expect(notice).to_be_hidden(timeout=30_000)

    expect(page.get_by_label("Postcode", exact=True)).to_have_value(postcode)
    expect(page.get_by_label("House number", exact=True)).to_have_value(house_number)
    CustomerPage(page).check_address(postcode, house_number)

    # Another customer's 360 starts with an empty order form: Jane's basket does not follow the agent.
    store = StoreHomePage(page)
    store.open()
    store.search(email=SAM_PATEL_EMAIL)
    store.customer_link("Sam Patel").click()
    page.wait_for_url("**/store/customer/*")
    expect(page.get_by_role("heading", name="Sam Patel")).to_be_visible()
    expect(page.get_by_label("Postcode", exact=True)).to_have_value("")
    expect(page.get_by_label("Plan", exact=True)).to_have_count(0)


def _held_order(page: Page, serviceable_address: tuple[str, str]) -> str:
    customer = _open_jane(page)
    customer.check_address(*serviceable_address)
    customer.place_order("Jane Doe", discount="15")
    # TMF622 holds it a moment later; the 360 follows the order's state.
    expect(customer.result).to_contain_text("Placed and waiting for manager approval", timeout=20_000)
    return page.get_by_test_id("order-reference").inner_text()


def _manager(browser: Browser, stack: Urls) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=stack.storefront)
    context.set_default_timeout(15_000)
    manager = context.new_page()
    ApprovalsPage(manager).open()
    SignInPage(manager).sign_in(MANAGER, PASSWORD)
    manager.wait_for_url("**/store/approvals")
    return manager


def test_manager_approves_a_held_order(page: Page, browser: Browser, stack: Urls) -> None:
    # Its own address: TMF622 rejects a second open order for the same customer, address and plan.
    order_id = _held_order(page, ("RG1 4AB", "3"))  # 15 % is above the agent's 10 %
    screenshot(page, "assisted-sales-order-held")
    expect(CustomerPage(page).order(order_id)).to_contain_text("Waiting for manager approval")
    manager = _manager(browser, stack)
    try:
        approvals = ApprovalsPage(manager)
        approvals.wait_for(order_id)
        _the_decisions_facts_are_shown(approvals, order_id)
        screenshot(manager, "assisted-sales-approvals")
        assert_accessible(manager)
        approvals.approve(order_id)
        expect(approvals.decision).to_contain_text(f"Order {order_id} approved")
        expect(approvals.decision).to_contain_text(re.compile("In progress|Completed"))
        expect(approvals.decision).not_to_contain_text(re.compile("inProgress|completed"))
    finally:
        close_context(manager.context)
    expect(CustomerPage(page).outcome).to_contain_text("Order placed", timeout=20_000)  # it proceeds


def _the_decisions_facts_are_shown(approvals: ApprovalsPage, order_id: str) -> None:
    """Who, what, at what price and discount, why, by whom, where and since when: all on the screen."""
    expect(approvals.fact(order_id, "customer-plan")).to_contain_text("Jane Doe")
    expect(approvals.fact(order_id, "customer-plan")).to_contain_text(re.compile(r" · \S"))  # the plan
    money = re.compile(r"^£(\d+\.\d\d)/month$")
    expect(approvals.fact(order_id, "List price")).to_have_text(money)
    expect(approvals.fact(order_id, "Discount")).to_have_text("15 % off — Price match")
    expect(approvals.fact(order_id, "Price after discount")).to_have_text(money)
    expect(approvals.fact(order_id, "Agent")).to_have_text("Alex Agent")
    expect(approvals.fact(order_id, "Store")).to_have_text("Reading")
    waiting = re.compile(r"^waiting (under a minute|\d+ min)$")
    expect(approvals.fact(order_id, "waiting")).to_have_text(waiting)
    listed = money.match(approvals.fact(order_id, "List price").inner_text())
    after = money.match(approvals.fact(order_id, "Price after discount").inner_text())
    assert listed and after, "prices shown as £x.xx/month"
    expected = (Decimal(listed[1]) * Decimal("0.85")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert Decimal(after[1]) == expected, f"15 % off {listed[1]} is {expected}, shown {after[1]}"
    expect(approvals.page.get_by_text("Store Reading", exact=True)).to_be_visible()


def test_manager_rejects_a_held_order_with_a_reason(page: Page, browser: Browser, stack: Urls) -> None:
    order_id = _held_order(page, ("RG1 4AB", "4"))
    manager = _manager(browser, stack)
    try:
        approvals = ApprovalsPage(manager)
        approvals.wait_for(order_id)
        approvals.reject(order_id, "Discount not agreed with the customer")
        expect(approvals.decision).to_contain_text(f"Order {order_id} rejected")
        expect(approvals.decision).to_contain_text("rejected")
    finally:
        close_context(manager.context)
    # The agent's 360, still open, follows the order: it ended, and why.
    customer = CustomerPage(page)
    expect(customer.outcome).to_contain_text("Order rejected", timeout=20_000)
    expect(customer.outcome).to_contain_text(
        "Rejected by Morgan Manager: Discount not agreed with the customer"
    )
    expect(customer.order(order_id)).to_contain_text("Rejected")
    screenshot(page, "assisted-sales-order-rejected")


def test_agent_sees_approvals_read_only(page: Page, stack: Urls) -> None:
    ApprovalsPage(page).open()
    SignInPage(page).sign_in(AGENT, PASSWORD)
    page.wait_for_url("**/store/approvals")
    expect(page.get_by_text("Only a manager can approve or reject these orders.")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^Approve order"))).to_have_count(0)
