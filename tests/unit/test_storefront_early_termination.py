"""My account's confirmation of ending a line says what it costs, in pounds and pence, before confirming."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from storefront.clients.web import ProductView
from storefront.views import product_display


def line(charge: str | None, ends_on: date, months_left: int) -> ProductView:
    return ProductView.model_validate(
        {
            "id": "prod-1",
            "offerName": "Fibre 150",
            "status": "active",
            "contractEndsOn": ends_on.isoformat(),
            "monthsLeft": months_left,
            "earlyTerminationCharge": charge,
            "currency": "GBP",
        }
    )


def test_a_line_inside_its_term_says_the_charge_and_the_term_end() -> None:
    shown = product_display(line("630", date(2028, 1, 14), 21))

    assert shown.end_terms == (
        "Ending now costs £630.00 (21 months left of your minimum term, which ends on Fri 14 Jan 2028)"
    )
    assert (Decimal(shown.end_charge), shown.end_currency) == (Decimal("630.00"), "GBP")  # what is accepted


def test_a_line_past_its_term_says_there_is_no_charge() -> None:
    ended = date.today() - timedelta(days=40)

    shown = product_display(line("0", ended, 0))

    assert shown.end_terms.startswith("No charge: your minimum term ended on ")
    assert shown.end_charge == ""  # nothing to accept


def test_a_line_with_no_known_term_says_nothing_about_a_charge() -> None:
    shown = product_display(ProductView.model_validate({"id": "prod-1", "status": "active"}))

    assert shown.end_terms == "" and shown.end_charge == ""
