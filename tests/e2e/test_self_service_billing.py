"""Billing starts at activation: a new customer pays by direct debit at checkout, and once the order completes
My account's Billing shows the direct debit masked, the charges from the activation date and the first bill,
worked out pro rata from the monthly price (mock_backends/tmf666/billing.py says the rule)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from playwright.sync_api import Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.pages.account import AccountPage
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.test_self_service_journeys import ORDER_COMPLETES_MS, order_to_checkout

PLAN = "Fibre 150"
MONEY = r"£([\d,]+\.\d\d)"


def _pounds(text: str) -> Decimal:
    return Decimal(re.search(MONEY, text).group(1).replace(",", ""))  # type: ignore[union-attr]


def _day(text: str) -> date:
    """A date as every page writes it ("Mon 7 Dec 2026")."""
    found = re.search(r"\w{3} (\d{1,2} \w{3} \d{4})", text)
    return datetime.strptime(found.group(1), "%d %b %Y").date()  # type: ignore[union-attr]


def test_a_new_customer_pays_by_direct_debit_and_sees_the_first_bill(
    page: Page, stack: Urls, new_customer: Customer
) -> None:
    checkout = order_to_checkout(page, stack, PLAN, new_customer)
    page.get_by_label("Phone").fill("07700 900222")
    checkout.complete_order_details()  # with a direct debit from 08-99-99 66374958
    plan_price = checkout.price.get_by_role("row").filter(has_text=PLAN).get_by_role("cell").first
    expect(plan_price).to_have_text(re.compile(MONEY))
    monthly = _pounds(plan_price.inner_text())  # the plan's monthly price checkout showed
    checkout.place_order()

    confirmation = ConfirmationPage(page).wait()
    expect(confirmation.status).to_contain_text("Completed", timeout=ORDER_COMPLETES_MS)

    account = AccountPage(page, stack.storefront).open()
    billing = account.billing
    expect(billing).to_contain_text("Direct debit from 08-99-99, account ending 4958")
    expect(billing).not_to_contain_text("66374958")
    expect(billing.locator("#first-bill-amount")).to_have_text(re.compile(MONEY))
    plan = account.charges.filter(has_text=PLAN).filter(has_text="a month")
    expect(plan).to_contain_text(f"£{monthly:,.2f} a month")
    screenshot(page, "account-billing")

    activated = _day(plan.get_by_role("cell").nth(1).inner_text())
    days = calendar.monthrange(activated.year, activated.month)[1]
    pro_rata = (monthly * (days - activated.day + 1) / days).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert _pounds(plan.get_by_role("cell").nth(2).inner_text()) == pro_rata
    on_first_bill = sum(_pounds(row.get_by_role("cell").nth(2).inner_text()) for row in account.charges.all())
    assert _pounds(billing.locator("#first-bill-amount").inner_text()) == on_first_bill
    first_bill_date = _day(billing.locator("#first-bill-date").inner_text())
    assert first_bill_date == date(activated.year + activated.month // 12, activated.month % 12 + 1, 1)
