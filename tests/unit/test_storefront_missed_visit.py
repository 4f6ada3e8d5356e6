"""A missed engineer visit on the customer's pages (storefront/state/order.py, views.py) and in the store
queue's rows and views (storefront/staff_views.py)."""

from __future__ import annotations

from storefront.clients import retail, web
from storefront.staff_views import queue_rows, view_summary
from storefront.state.order import visit_cancelled, visit_changeable
from storefront.views import order_display

MISSED_HISTORY = (
    ("Engineer assigned", "Completed"),
    ("Engineer on the way", "Completed"),
    ("Engineer visit missed", "Violated"),
    ("Engineer assigned", "Yet-To-Reach"),
    ("Engineer on the way", "Yet-To-Reach"),
    ("Installed", "Yet-To-Reach"),
)


def _order(visit_status: str, milestones: tuple[tuple[str, str], ...] = MISSED_HISTORY) -> web.OrderView:
    return web.OrderView(
        id="o-1",
        state="inProgress",
        appointment=web.VisitAppointment(
            id="a-1", label="Engineer visit Thu 10 Dec, 8am\N{EN DASH}1pm", status=visit_status
        ),
        milestones=[web.Milestone(name=name, status=status) for name, status in milestones],
    )


def test_a_missed_visit_says_so_and_offers_new_slots() -> None:
    missed = _order("failed")

    shown = order_display(missed)

    assert visit_cancelled(missed) and visit_changeable(missed)  # "Choose a new slot"
    assert shown.visit_status == "Missed"
    assert "could not get in" in shown.next_step and "choose a new slot" in shown.next_step


def test_the_visit_booked_after_a_missed_one_can_be_moved_until_it_is_under_way() -> None:
    rebooked = _order("confirmed")
    on_the_way = _order("confirmed", (*MISSED_HISTORY[:3], ("Engineer on the way", "Completed")))

    assert visit_changeable(rebooked) and not visit_cancelled(rebooked)
    assert not visit_changeable(on_the_way)


def test_queue_rows_say_the_jeopardy_and_the_promise() -> None:
    queue = retail.StoreQueue.model_validate(
        {
            "views": {"dueToday": 1, "missedVisit": 1, "awaitingAppointment": 3},
            "orders": [
                {
                    "order": {"id": "po-1", "state": "inProgress"},
                    "inJeopardy": True,
                    "jeopardy": "missedVisit",
                    "jeopardyReason": "Engineer visit missed: the engineer could not get in",
                    "promisedDate": "2026-12-10T13:00:00Z",
                }
            ],
        }
    )

    [row] = queue_rows(queue)

    assert (row.jeopardy, row.jeopardy_reason) == (
        "Missed visit",
        "Engineer visit missed: the engineer could not get in",
    )
    assert row.promised.startswith("Promised ") and "10 Dec" in row.promised
    assert view_summary(queue.views) == "1 due today · 1 missed visit · 3 awaiting appointment"
