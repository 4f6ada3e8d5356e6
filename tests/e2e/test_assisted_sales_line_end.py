"""Changes on a customer's behalf from the 360, under the same rules as online: an agent cancels a customer's
open order, and ends their line after showing them the early-termination charge (a line just made is inside
its minimum term), then sees the line ended on the 360. A fresh customer, so no seeded line is touched."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import screenshot
from tests.e2e.pages.sign_in import SignInPage
from tests.e2e.pages.staff import CustomerPage, StoreHomePage

PASSWORD = "Lumen-demo-2026!"
AGENT = "alex.agent@lumen.example"
# The mocks' `realistic` pace completes a new line's order (visit included) in about 20 s; a cease order,
# with no visit, sooner.
LINE_READY_MS = 75_000


def test_an_agent_cancels_an_order_and_ends_a_line_showing_its_charge(page: Page, stack: Urls) -> None:
    tag = uuid.uuid4().hex[:8]
    name = f"Grace Hopper-{tag}"
    store = StoreHomePage(page)
    store.open()
    SignInPage(page).sign_in(AGENT, PASSWORD)
    page.wait_for_url("**/store")
    store.create_customer(
        given_name="Grace",
        family_name=f"Hopper-{tag}",
        email=f"grace.{tag}@example.com",
        phone="07700 900654",
    )
    page.wait_for_url("**/store/customer/*")
    customer = CustomerPage(page)
    customer.check_address("RG1 4AB", "8")
    customer.place_order(name)
    expect(customer.result).to_contain_text("Order placed")
    line = customer.line()
    expect(line.get_by_role("button", name="End this line")).to_be_visible(timeout=LINE_READY_MS)

    # A second order, held for a manager (15 % is above the agent's 10 %): open, so it can be cancelled.
    customer.check_address("RG1 4AB", "9")
    customer.place_order(name, discount="15")
    expect(customer.result).to_contain_text("Placed and waiting for manager approval", timeout=20_000)
    held = customer.order(page.get_by_test_id("order-reference").inner_text())
    customer.cancel_order(held)
    expect(page.get_by_role("status").filter(has_text="Cancellation asked")).to_be_visible()
    expect(held).to_contain_text("Cancelled", timeout=30_000)
    expect(held.get_by_role("button", name="Cancel order")).to_have_count(0)

    charge = customer.end_line(line)
    assert re.search(r"Ending now costs £\d[\d,]*\.\d\d \(\d+ months left", charge), charge
    expect(page.get_by_role("status").filter(has_text="Ending")).to_be_visible()
    expect(line).to_contain_text("Ended", timeout=LINE_READY_MS)  # the cease order completed: TMF637 says so
    expect(line.get_by_role("button", name="End this line")).to_have_count(0)
    screenshot(page, "assisted-sales-line-ended")
