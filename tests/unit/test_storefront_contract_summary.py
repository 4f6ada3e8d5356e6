"""The contract summary in the storefront's words (storefront/views.py contract_summary_display)."""

from decimal import Decimal

from storefront.clients import web
from storefront.clients.models import PriceRise
from storefront.views import contract_summary_display


def create_summary(**changes: object) -> web.ContractSummary:
    summary = web.ContractSummary(
        version="0123456789abcdef",
        provider="Lumen Fibre Ltd",
        plan_name="Fibre 500",
        technology="FTTP",
        download_mbps=500,
        upload_mbps=75,
        contract_months=24,
        monthly_price=Decimal("30.00"),
        promotion_name="Half price",
        promotion_monthly_price=Decimal("15.00"),
        promotion_months=6,
        promotion_ends_on="2027-06-07",
        monthly_price_after_promotion=Decimal("30.00"),
        one_off_total=Decimal("20.00"),
        term_total=Decimal("650.00"),
        price_rise_increase=Decimal("3.00"),
        price_rise_month=4,
        price_rises=[
            PriceRise(starts_on="2027-04-01", increase=Decimal("3.00"), monthly_price=Decimal("33.00"))
        ],
        term_total_with_rises=Decimal("710.00"),
        cooling_off_days=14,
        how_to_end="Call us.",
        issued_on="2026-12-08",
    )
    return summary.model_copy(update=changes)


def test_every_figure_uk_rules_ask_for_is_a_row_in_plain_words():
    rows = {row.label: row.value for row in contract_summary_display(create_summary()).rows}

    assert rows["Speeds"] == "500 Mbps download, 75 Mbps upload"
    assert rows["Minimum term"] == "24 months"
    assert rows["Monthly price"] == "£30.00 a month"
    assert rows["Promotion"] == "£15.00 a month for the first 6 months, until Mon 7 Jun 2027 (Half price)"
    assert rows["Price after the promotion"] == "£30.00 a month"
    assert rows["One-off costs"] == "£20.00"
    assert rows["Total over the minimum term"] == "£650.00"
    assert rows["Yearly price rise"] == "£3.00 a month more each April"


def test_each_price_rise_is_dated_in_pounds_and_pence():
    shown = contract_summary_display(create_summary())

    assert shown.price_rises == ["From Thu 1 Apr 2027: £3.00 more, £33.00 a month"]
    assert shown.cooling_off.startswith("You can cancel within 14 days")
    assert shown.version == "0123456789abcdef"


def test_without_a_promotion_or_a_term_those_rows_say_so():
    summary = create_summary(
        promotion_monthly_price=None, promotion_months=None, contract_months=None, term_total=None
    )

    rows = {row.label: row.value for row in contract_summary_display(summary).rows}

    assert "Promotion" not in rows and "Total over the minimum term" not in rows
    assert rows["Minimum term"] == "None: end it at any time"


def test_no_summary_shows_nothing_to_accept():
    assert contract_summary_display(None).version == ""
