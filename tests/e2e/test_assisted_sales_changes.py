"""A change on a customer's behalf from the 360: an agent changes the speed of the customer's line, under the
same rules as online (the retail BFF's modify order names the store and the agent)."""

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
# The mocks' `realistic` pace completes a new line's order (visit included) in about 20 s.
LINE_READY_MS = 75_000


def test_an_agent_changes_the_speed_of_a_customers_line(page: Page, stack: Urls) -> None:
    tag = uuid.uuid4().hex[:8]
    store = StoreHomePage(page)
    store.open()
    SignInPage(page).sign_in(AGENT, PASSWORD)
    page.wait_for_url("**/store")
    store.create_customer(
        given_name="Ada", family_name=f"Byron-{tag}", email=f"ada.{tag}@example.com", phone="07700 900321"
    )
    page.wait_for_url("**/store/customer/*")
    customer = CustomerPage(page)
    customer.check_address("RG1 4AB", "6")
    customer.place_order(f"Ada Byron-{tag}")
    expect(customer.result).to_contain_text("Order placed")

    change = page.get_by_role("region", name="Change speed")
    expect(change).to_be_visible(timeout=LINE_READY_MS)  # the line is active once its order completed
    current = change.get_by_label("Line").locator("option").first.inner_text().split(" (")[0]
    faster = "Fibre 500" if current == "Fibre 900" else "Fibre 900"  # both on sale at Orchard Close
    speeds = change.get_by_label("New speed")
    speeds.select_option(label=speeds.locator("option", has_text=faster).first.inner_text())
    change.get_by_role("button", name="Change speed").click()

    expect(change.get_by_role("status")).to_contain_text("Speed change ordered")
    expect(change.get_by_role("status")).to_contain_text(re.compile(r"\((Received|In progress|Completed)\)"))
    screenshot(page, "assisted-sales-speed-change")
