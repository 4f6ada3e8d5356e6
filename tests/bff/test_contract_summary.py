"""The contract summary's figures (bff/core/contract_summary.py): the total over the term with a promotion,
the yearly rises in pounds and pence, and its version."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from bff.core.contract_summary import (
    SummaryRules,
    contract_summary,
    kept_summary,
    rise_dates,
    summary_note,
)
from bff.core.models import AddOn, ContractSummary, Offer, Promotion, QuoteLine, QuoteSummary
from bff.core.pricing import with_term

ORDERED_ON = date(2026, 12, 8)
RULES = SummaryRules(
    provider="Lumen Fibre Ltd",
    price_rise_pence=300,
    price_rise_month=4,
    cooling_off_days=14,
    how_to_end="Call us.",
)


def create_offer(contract_months: int | None = 24) -> Offer:
    return Offer(
        id="po-fibre-500",
        name="Fibre 500",
        description="",
        technology="FTTP",
        download_mbps=500,
        upload_mbps=75,
        monthly_price=Decimal("30.00"),
        one_off_price=Decimal("20.00"),
        currency="GBP",
        contract_months=contract_months,
    )


def create_priced(monthly: str = "30.00", promotion: tuple[int, int] | None = (50, 6)) -> QuoteSummary:
    price = Decimal(monthly)
    promoted = None
    if promotion:
        percentage, months = promotion
        promoted = Promotion(
            name="Half price",
            description="",
            percentage=Decimal(percentage),
            months=months,
            monthly_price=price * (100 - percentage) / 100,
        )
    line = QuoteLine(
        offer_id="po-fibre-500",
        name="Fibre 500",
        monthly_price=price,
        one_off_price=Decimal("20.00"),
        promotion=promoted,
    )
    return QuoteSummary(
        id="q-1",
        state="approved",
        currency="GBP",
        items=[line],
        monthly_total=price,
        one_off_total=Decimal("20.00"),
        promotion_monthly_total=promoted.monthly_price if promoted else None,
        promotion_months=promoted.months if promoted else None,
    )


def summarise(quote: QuoteSummary, offer: Offer | None = None) -> ContractSummary:
    offer = offer or create_offer()
    return contract_summary(with_term(quote, offer.contract_months, ORDERED_ON), offer, [], RULES, ORDERED_ON)


def test_total_over_the_term_counts_the_promotion_months_then_the_full_price():
    summary = summarise(create_priced())

    # 6 months at £15.00, 18 at £30.00, and £20.00 one-off.
    assert summary.term_total == Decimal("650.00")
    assert summary.promotion_monthly_price == Decimal("15.00")
    assert summary.promotion_ends_on == date(2027, 6, 7)
    assert summary.monthly_price_after_promotion == Decimal("30.00")


def test_price_rises_are_stated_in_pounds_and_dated_each_april_in_the_term():
    summary = summarise(create_priced())

    assert summary.price_rise_increase == Decimal("3.00")
    assert [(r.starts_on, r.monthly_price) for r in summary.price_rises] == [
        (date(2027, 4, 1), Decimal("33.00")),
        (date(2028, 4, 1), Decimal("36.00")),
    ]
    # From the month starting 8 April 2027: 20 months £3 more; from 8 April 2028: 8 months £3 more again.
    assert summary.term_total_with_rises == Decimal("650.00") + Decimal("3.00") * (20 + 8)


def test_a_rise_on_the_order_day_or_after_the_term_is_not_in_it():
    assert rise_dates(date(2027, 4, 1), 12, 4) == []
    assert rise_dates(date(2027, 3, 31), 1, 4) == [date(2027, 4, 1)]
    assert rise_dates(date(2027, 1, 15), 2, 4) == []


def test_without_a_minimum_term_no_total_and_no_dated_rise():
    summary = summarise(create_priced(promotion=None), create_offer(contract_months=None))

    assert summary.term_total is None
    assert summary.term_total_with_rises is None
    assert summary.price_rises == []
    assert summary.price_rise_increase == Decimal("3.00")  # still stated: the rule applies


def test_version_is_the_same_for_the_same_figures_and_changes_with_a_price():
    first, again = summarise(create_priced()), summarise(create_priced())
    dearer = summarise(create_priced(monthly="31.00"))

    assert first.version == again.version
    assert dearer.version != first.version


def test_add_ons_are_named_on_the_summary():
    router = AddOn(
        id="po-router",
        name="Wi-Fi 7 router",
        description="",
        monthly_price=Decimal(0),
        one_off_price=Decimal(0),
        currency="GBP",
    )
    offer = create_offer()
    summary = contract_summary(with_term(create_priced(), 24, ORDERED_ON), offer, [router], RULES, ORDERED_ON)

    assert summary.add_ons == ["Wi-Fi 7 router"]


def test_the_summary_kept_in_a_note_reads_back_unchanged():
    summary = summarise(create_priced())
    note = summary_note(summary, datetime(2026, 12, 8, 10, tzinfo=UTC))

    kept = kept_summary([{"text": "Consent: terms accepted"}, note.model_dump(mode="json")])

    assert kept == summary


def test_a_note_in_another_shape_keeps_no_summary():
    assert kept_summary([{"text": "Contract summary accepted: {not json"}]) is None
    assert kept_summary([]) is None
