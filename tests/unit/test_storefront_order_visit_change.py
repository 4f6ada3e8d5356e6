"""When the order tracking page offers to change the engineer visit (storefront/state/order.py)."""

from __future__ import annotations

import pytest

from storefront.clients import web
from storefront.state.order import visit_cancelled, visit_changeable
from storefront.views import order_display


def _order(
    state: str = "inProgress",
    visit_status: str | None = "confirmed",
    milestones: tuple[tuple[str, str], ...] = (),
    problems: tuple[str, ...] = (),
) -> web.OrderView:
    return web.OrderView(
        id="o-1",
        state=state,
        appointment=None
        if visit_status is None
        else web.VisitAppointment(id="a-1", label="Engineer visit Thu 10 Dec, 8am-1pm", status=visit_status),
        milestones=[web.Milestone(name=name, status=status) for name, status in milestones],
        error_messages=[web.OrderProblem(code=code, reason="r") for code in problems],
    )


def test_a_waiting_visit_can_be_changed() -> None:
    assert visit_changeable(_order(milestones=(("Engineer assigned", "Completed"),)))
    assert visit_changeable(_order(state="acknowledged"))
    assert not visit_cancelled(_order())


@pytest.mark.parametrize(
    "order",
    [
        _order(visit_status=None),
        _order(state="completed"),
        _order(state="cancelled"),
        _order(state="assessingCancellation"),
        _order(visit_status="completed"),
        _order(milestones=(("Engineer on the way", "Completed"),)),
        _order(milestones=(("Installed", "completed"),)),
    ],
    ids=["no visit", "completed", "cancelled", "being cancelled", "visit done", "on the way", "installed"],
)
def test_a_visit_under_way_or_done_cannot_be_changed(order: web.OrderView) -> None:
    assert not visit_changeable(order)


def test_a_milestone_still_to_come_does_not_stop_the_change() -> None:
    assert visit_changeable(_order(milestones=(("Engineer on the way", "Pending"),)))


def test_a_cancelled_visit_waits_for_a_new_slot() -> None:
    assert visit_cancelled(_order(visit_status="cancelled"))
    assert visit_cancelled(_order(state="held", problems=(web.VISIT_CANCELLED,)))
    assert visit_changeable(_order(state="held", visit_status="cancelled"))
    assert not visit_cancelled(_order(state="held", problems=("CREDIT_CHECK",)))
    assert not visit_cancelled(_order(state="cancelled", visit_status="cancelled"))


def test_an_order_held_for_its_cancelled_visit_says_what_carries_it_on() -> None:
    shown = order_display(_order(state="held", visit_status="cancelled", problems=(web.VISIT_CANCELLED,)))

    assert shown.state_words == "On hold — choose a new engineer visit"
    assert "choose a day and time below" in shown.explanation.lower()
    assert shown.next_step == "Your engineer visit was cancelled: choose a new slot to carry on."
    assert "contact you" not in f"{shown.state_words} {shown.explanation} {shown.next_step}"


def test_an_order_held_for_a_check_keeps_the_usual_words() -> None:
    shown = order_display(_order(state="held", problems=("APPROVAL_REQUIRED",)))

    assert shown.state_words == "On hold — we will contact you"
