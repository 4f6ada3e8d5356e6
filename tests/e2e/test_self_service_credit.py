"""A web order referred by the credit check is worked by the credit team: approved in the credit queue
(/store/credit), it carries on to completed, and the customer's tracking page says so in plain words."""

from __future__ import annotations

import uuid

from playwright.sync_api import Browser, Page, expect

from scripts.stack import Urls
from tests.e2e.chromium import close_context
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.pages.sign_in import SignInPage
from tests.e2e.pages.staff import CreditQueuePage
from tests.e2e.test_self_service_journeys import ORDER_COMPLETES_MS, order_to_checkout

CREDIT_TEAM = "cara.credit@lumen.example"
PASSWORD = "Lumen-demo-2026!"


def test_a_referred_web_order_approved_by_the_credit_team_completes(
    page: Page, browser: Browser, stack: Urls
) -> None:
    tag = uuid.uuid4().hex[:8]
    # The credit bureau refers Priya Raman of 9 Orchard Close (mock_backends/credit_bureau/people.py).
    referred = Customer("Priya", "Raman", f"priya.credit.{tag}@example.com", f"Fibre-{tag}-2026!")
    checkout = order_to_checkout(page, stack, "Fibre 150", referred, "9 Orchard Close")
    page.get_by_label("Phone").fill("07700 900444")
    checkout.complete_order_details("1990-11-02")
    checkout.place_order()
    confirmation = ConfirmationPage(page).wait()
    order_id = confirmation.order_id_from_url()
    expect(confirmation.status).to_contain_text("On hold", timeout=30_000)
    expect(page.locator("#order-reason")).to_contain_text("Our credit team is looking at your order")

    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=stack.storefront)
    context.set_default_timeout(15_000)
    credit = context.new_page()
    try:
        queue = CreditQueuePage(credit)
        queue.open()
        SignInPage(credit).sign_in(CREDIT_TEAM, PASSWORD)
        credit.wait_for_url("**/store/credit")
        queue.wait_for(order_id)
        expect(queue.referral(order_id)).to_contain_text("Credit referral")
        expect(queue.referral(order_id)).to_contain_text("Online")
        screenshot(credit, "credit-queue")
        queue.approve(order_id, "Income and address confirmed by phone")
        expect(queue.decision).to_contain_text(f"Order {order_id} approved")
    finally:
        close_context(context)

    expect(confirmation.status).to_contain_text("Completed", timeout=ORDER_COMPLETES_MS)
    expect(page.locator("#order-credit-note")).to_contain_text("our credit team approved your order")
