"""A self-install order on the confirmation and tracking page (storefront/views.py): no visit; what happens
next is the router's post and delivery, dated, then going live."""

from __future__ import annotations

from storefront.clients import web
from storefront.views import order_display, technology_display


def _order(*reached: tuple[str, str]) -> web.OrderView:
    return web.OrderView(
        id="o-1",
        state="inProgress",
        self_install=True,
        expected_completion_date="2026-12-10T09:00:00Z",
        milestones=[web.Milestone(name=name, status="Completed", date=when) for name, when in reached],
    )


def test_before_the_post_it_says_no_engineer_and_when_it_goes_live() -> None:
    shown = order_display(_order())

    assert shown.visit == ""
    assert shown.next_step.startswith("No engineer visit needed: we post your router")
    assert "live by Thu 10 Dec 2026" in shown.next_step
    assert shown.steps[2].name == "Router by post: you set it up"


def test_posted_then_delivered_are_dated() -> None:
    posted = order_display(_order(("Router dispatched", "2026-12-08T09:00:00Z")))
    delivered = order_display(
        _order(("Router dispatched", "2026-12-08T09:00:00Z"), ("Router delivered", "2026-12-09T09:00:00Z"))
    )

    assert posted.next_step.startswith("Your router was posted on Tue 8 Dec 2026.")
    assert delivered.next_step.startswith("Your router was delivered on Wed 9 Dec 2026: plug it in")


def test_the_address_says_which_lines_can_be_set_up_without_an_engineer() -> None:
    shown = technology_display(web.Technology(technology="FTTP", max_download_mbps=1000, self_install=True))

    assert (shown.code, shown.self_install) == ("FTTP", True)
