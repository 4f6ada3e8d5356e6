"""The visit of an order on the customer's 360 (storefront/state/staff/customer.py): shown with its status,
and offered for a move or a cancellation only while the order still waits for it."""

from __future__ import annotations

from storefront.clients import retail
from storefront.state.staff.customer import _order_row, visit_changeable


def _order(
    state: str = "inProgress", status: str = "confirmed", milestones: tuple[tuple[str, str], ...] = ()
) -> retail.RetailOrderView:
    return retail.RetailOrderView.model_validate(
        {
            "id": "po-1",
            "state": state,
            "offerName": "Fibre 500",
            "appointment": {"id": "a-1", "label": "Engineer visit Thu 10 Dec, 8am-1pm", "status": status},
            "milestones": [{"name": name, "status": done} for name, done in milestones],
        }
    )


def test_a_waiting_visit_is_shown_and_can_be_moved_or_cancelled() -> None:
    row = _order_row(_order(milestones=(("Engineer assigned", "Completed"),)))

    assert (row.visit, row.visit_status) == ("Engineer visit Thu 10 Dec, 8am-1pm", "Booked")
    assert row.visit_changeable and not row.visit_cancelled


def test_a_cancelled_visit_can_be_booked_again() -> None:
    row = _order_row(_order(state="held", status="cancelled"))

    assert row.visit_status == "Cancelled" and row.visit_cancelled and row.visit_changeable


def test_a_visit_under_way_or_done_cannot_be_changed() -> None:
    assert not visit_changeable(_order(milestones=(("Engineer on the way", "Completed"),)))
    assert not visit_changeable(_order(state="completed", status="completed"))
    assert not visit_changeable(_order(status="failed"))
    assert not _order_row(retail.RetailOrderView(id="po-2", state="inProgress")).visit_changeable
