"""What the store staff's screens show: the queue's rows, counts, filters and ageing; an order's outcome from
its real state; a quote's lines; and the discount check of ordering on a customer's behalf."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from storefront.clients.models import AgentQuote
from storefront.clients.retail import RetailOrderView, StoreQueue
from storefront.staff_views import (
    ALL_STATES,
    aged_rows,
    duration_words,
    filter_rows,
    order_detail,
    order_outcome,
    phase_rows,
    queue_rows,
    quote_card,
    state_counts,
)


def create_order(order_id: str = "po-1", state: str = "inProgress", **extra: Any) -> dict[str, Any]:
    """A RetailOrderView as the retail BFF answers it (camelCase, nulls where it knows nothing)."""
    return {
        "id": order_id,
        "state": state,
        "orderDate": "2026-11-23T10:00:00Z",
        "offerName": "Fibre 500",
        "contact": {
            "givenName": "Jane",
            "familyName": "Doe",
            "email": "jane@example.com",
            "phone": "07700 900123",
        },
        "customerId": "cust-0001",
        "storeId": "store-rdg",
        "agent": {"id": "sub-alex", "name": "Alex Agent"},
        "discount": None,
        "approvalRequired": False,
        "stateReason": None,
        **extra,
    }


def create_queue(*entries: dict[str, Any], counts: dict[str, int] | None = None) -> StoreQueue:
    return StoreQueue.model_validate(
        {
            "storeId": "store-rdg",
            "generatedAt": "2026-11-23T10:05:00Z",
            "counts": counts or {},
            "inJeopardy": sum(1 for entry in entries if entry.get("inJeopardy")),
            "phaseAverages": [
                {"name": "Validation", "count": 3, "averageSeconds": 4.2},
                {"name": "Approval", "count": 1, "averageSeconds": 5400},
            ],
            "orders": list(entries),
        }
    )


def create_entry(order: dict[str, Any], **timing: Any) -> dict[str, Any]:
    return {"order": order, "secondsInState": None, "targetSeconds": None, "inJeopardy": False, **timing}


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (None, ""),
        (0, "0 s"),
        (59.9, "59 s"),
        (60, "1 min"),
        (3599, "59 min"),
        (3600, "1 h"),
        (3900, "1 h 5 min"),
        (86400, "1 d"),
        (90000, "1 d 1 h"),
    ],
)
def test_durations_read_at_a_glance(seconds: float | None, words: str) -> None:
    assert duration_words(seconds) == words


def test_an_order_in_jeopardy_says_how_long_against_its_target() -> None:
    held = create_order(
        "po-held",
        "held",
        discount={"percentage": 15, "months": None, "reason": "Price match"},
        stateReason="Item 1 has a 15 % discount",
    )
    queue = create_queue(create_entry(held, secondsInState=1300, targetSeconds=900, inJeopardy=True))

    (row,) = queue_rows(queue)

    assert (row.order_id, row.customer, row.offer, row.agent) == (
        "po-held",
        "Jane Doe",
        "Fibre 500",
        "Alex Agent",
    )
    assert row.in_jeopardy and (row.in_state, row.target) == ("On hold for 21 min", "target 15 min")
    assert row.discount == "15 % discount: Price match"
    assert row.reason == "Item 1 has a 15 % discount"


def test_without_contact_details_the_order_names_its_customer_party() -> None:
    order = create_order(contact=None, customerName="Sam Patel", customerId="cust-0002")

    (row,) = queue_rows(create_queue(create_entry(order)))

    assert row.customer == "Sam Patel"


def test_a_finished_order_has_no_clock_running() -> None:
    queue = create_queue(create_entry(create_order(state="completed"), secondsInState=50000))

    (row,) = queue_rows(queue)

    assert (row.in_state, row.target, row.seconds_in_state) == ("", "", None)


def test_rows_age_between_updates_but_only_open_orders() -> None:
    rows = queue_rows(
        create_queue(
            create_entry(create_order("po-open", "held"), secondsInState=50, targetSeconds=900),
            create_entry(create_order("po-done", "completed"), secondsInState=50),
        )
    )

    open_row, done_row = aged_rows(rows, 15)

    assert open_row.in_state == "On hold for 1 min" and open_row.seconds_in_state == 65
    assert done_row == rows[1]


def test_counts_follow_the_queues_order_of_states() -> None:
    counts = state_counts({"completed": 4, "held": 2, "acknowledged": 1, "mystery": 1, "failed": 0})

    assert [(c.state, c.count) for c in counts] == [
        ("acknowledged", 1),
        ("held", 2),
        ("completed", 4),
        ("mystery", 1),
    ]
    assert [c.words for c in counts] == ["Received", "On hold", "Completed", "Mystery"]


def test_phase_averages_are_shown_as_durations() -> None:
    rows = phase_rows(create_queue())

    assert [(p.name, p.count, p.average) for p in rows] == [
        ("Validation", 3, "4 s"),
        ("Approval", 1, "1 h 30 min"),
    ]


def test_filters_combine_state_jeopardy_and_every_typed_word() -> None:
    rows = queue_rows(
        create_queue(
            create_entry(
                create_order("po-a", "held"), secondsInState=2000, targetSeconds=900, inJeopardy=True
            ),
            create_entry(
                create_order("po-b", "held", offerName="Fibre 900"), secondsInState=10, targetSeconds=900
            ),
            create_entry(create_order("po-c", "inProgress", agent={"id": "sub-rita", "name": "Rita Agent"})),
        )
    )

    def ids(**filters: Any) -> list[str]:
        chosen = {"state": ALL_STATES, "jeopardy_only": False, "text": "", **filters}
        return [row.order_id for row in filter_rows(rows, **chosen)]

    assert ids() == ["po-a", "po-b", "po-c"]
    assert ids(state="held") == ["po-a", "po-b"]
    assert ids(jeopardy_only=True) == ["po-a"]
    assert ids(text="RITA") == ["po-c"]
    assert ids(text="fibre 900 jane") == ["po-b"]
    assert ids(state="inProgress", jeopardy_only=True) == []


@pytest.mark.parametrize(
    ("state", "approval_required", "reason", "headline", "detail"),
    [
        (
            "acknowledged",
            True,
            None,
            "Order placed, being checked",
            "The discount needs a manager's approval.",
        ),
        (
            "held",
            True,
            "Item 1 has a 15 % discount",
            "Placed and waiting for manager approval",
            "Item 1 has a 15 % discount",
        ),
        (
            "rejected",
            False,
            "Rejected by Morgan Manager: not agreed",
            "Order rejected",
            "Rejected by Morgan Manager: not agreed",
        ),
        ("inProgress", False, None, "Order placed", ""),
        ("failed", False, "Access service failed", "Order failed", "Access service failed"),
    ],
)
def test_the_outcome_follows_the_orders_real_state(
    state: str, approval_required: bool, reason: str | None, headline: str, detail: str
) -> None:
    order = RetailOrderView.model_validate(
        create_order(state=state, approvalRequired=approval_required, stateReason=reason)
    )

    assert order_outcome(order) == (headline, detail)


def test_an_order_expected_to_wait_but_rejected_says_rejected_and_why() -> None:
    # The BFF expected a hold (approvalRequired), but TMF622 rejected it first as a duplicate.
    order = RetailOrderView.model_validate(
        create_order(state="rejected", approvalRequired=True, stateReason="An open order po-1 already exists")
    )

    assert order_outcome(order) == ("Order rejected", "An open order po-1 already exists")
    assert order_detail(order) == "An open order po-1 already exists"


def test_a_held_order_in_the_360_says_it_waits_for_a_manager() -> None:
    order = RetailOrderView.model_validate(create_order(state="held", stateReason="Discount above 10 %"))

    assert order_detail(order) == "Waiting for manager approval: Discount above 10 %"
    assert order_detail(RetailOrderView.model_validate(create_order(state="inProgress"))) == ""


def test_a_quote_shows_its_items_prices_and_totals() -> None:
    quote = AgentQuote.model_validate(
        {
            "id": "q-1",
            "state": "approved",
            "currency": "GBP",
            "items": [
                {
                    "offerId": "po-fibre-500",
                    "name": "Fibre 500",
                    "monthlyPrice": "38.00",
                    "oneOffPrice": "20.00",
                },
                {
                    "offerId": "po-wifi6-router",
                    "name": "Wi-Fi 6 router",
                    "monthlyPrice": "0",
                    "oneOffPrice": "49.99",
                },
            ],
            "monthlyTotal": "38.00",
            "oneOffTotal": "69.99",
            "promotionMonthlyTotal": "19.00",
            "promotionMonths": 6,
            "agent": {"id": "sub-alex", "name": "Alex Agent"},
            "validUntil": None,
        }
    )

    card = quote_card(quote)

    assert card.title == "Fibre 500 + Wi-Fi 6 router"
    assert [(line.name, line.price) for line in card.lines] == [
        ("Fibre 500", "£38.00/month + £20.00 one-off"),
        ("Wi-Fi 6 router", "£49.99 one-off"),
    ]
    assert card.monthly == "£38.00/month (£19.00/month for the first 6 months)"
    assert (card.one_off, card.agent, card.valid_until) == ("£69.99", "Alex Agent", "")
    assert quote.monthly_total == Decimal("38.00")
