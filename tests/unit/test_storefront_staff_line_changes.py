"""Lines and orders on the customer's 360 (storefront/state/staff/customer.py): an active line offers to end
with its early-termination charge in pounds, a line an open cease order is ending says so, and only an open
order offers to be cancelled."""

from __future__ import annotations

from datetime import date, timedelta

from storefront.clients import retail
from storefront.state.staff.customer import _being_ended, _order_row, _product_row


def _line(status: str = "active", charge: float | None = 123.45) -> retail.ProductView:
    ends = (date.today() + timedelta(days=300)).isoformat()
    return retail.ProductView.model_validate(
        {
            "id": "prod-1",
            "name": "Fibre 500",
            "status": status,
            "earlyTerminationCharge": charge,
            "monthsLeft": 10,
            "contractEndsOn": ends,
            "currency": "GBP",
        }
    )


def _cease(state: str) -> retail.RetailOrderView:
    return retail.RetailOrderView.model_validate(
        {"id": "po-9", "state": state, "items": [{"action": "delete", "productId": "prod-1"}]}
    )


def test_an_active_line_offers_its_end_with_the_charge_in_pounds() -> None:
    row = _product_row(_line(), set())

    assert row.endable and row.state == "Active"
    assert "£123.45" in row.end_terms and "10 months left" in row.end_terms
    assert (row.end_charge, row.end_currency) == ("123.45", "GBP")


def test_a_line_out_of_its_term_ends_with_no_charge_to_accept() -> None:
    row = _product_row(_line(charge=0), set())

    assert row.endable and row.end_charge == "" and row.end_terms.startswith("No charge")


def test_a_line_being_ended_or_ended_offers_no_end() -> None:
    ending = _being_ended([_cease("inProgress")])

    assert not _product_row(_line(), ending).endable
    assert _product_row(_line(), ending).state == "Being ended"
    assert not _product_row(_line(status="terminated"), set()).endable
    assert _being_ended([_cease("completed")]) == set()


def test_only_an_open_order_offers_to_be_cancelled() -> None:
    assert _order_row(retail.RetailOrderView(id="po-1", state="held")).cancellable
    assert not _order_row(retail.RetailOrderView(id="po-2", state="completed")).cancellable
    assert not _order_row(retail.RetailOrderView(id="po-3", state="assessingCancellation")).cancellable
