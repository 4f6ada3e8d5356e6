"""The storefront's payment fields at checkout and My account's Billing, as the customer reads them."""

from datetime import date
from decimal import Decimal

from storefront.clients import web
from storefront.state.account_billing import charge_display
from storefront.state.payment import check_bank_details


def test_well_formed_bank_details_are_left_to_the_bff() -> None:
    assert check_bank_details("Jane Doe", "08-99-99", "6637 4958") == {}


def test_each_malformed_field_says_what_to_type() -> None:
    errors = check_bank_details(" ", "08-99-9", "12345")
    assert set(errors) == {"account_holder", "sort_code", "account_number"}
    assert errors["sort_code"].startswith("Enter your sort code")


def test_a_monthly_charge_reads_as_a_price_a_month_from_its_start() -> None:
    charge = web.ChargeView(
        name="Fibre 500 monthly price",
        kind="monthly",
        amount=Decimal("19.00"),
        start_date=date(2026, 12, 7),
        first_bill_amount=Decimal("15.32"),
        promotion="Half price",
        promotion_ends=date(2027, 6, 7),
    )
    shown = charge_display(charge)
    assert (shown.price, shown.since, shown.first_bill) == ("£19.00 a month", "from Mon 7 Dec 2026", "£15.32")
    assert shown.promotion == "Half price until Mon 7 Jun 2027"


def test_a_one_off_charge_reads_as_once() -> None:
    charge = web.ChargeView(name="Activation", kind="oneOff", amount=Decimal(5), start_date=date(2026, 12, 7))
    assert charge_display(charge).price == "£5.00 once"
