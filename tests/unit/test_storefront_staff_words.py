"""The staff screens' words: plain order states, stores by name, how long an order has waited."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storefront.staff_words import monthly, staff_state_words, store_label, waiting_words


@pytest.mark.parametrize(
    ("state", "words"),
    [("inProgress", "In progress"), ("held", "On hold"), ("assessingCancellation", "Cancellation requested")],
)
def test_order_states_are_said_in_plain_words(state: str, words: str) -> None:
    assert staff_state_words(state) == words


def test_an_unknown_state_is_split_into_words() -> None:
    assert staff_state_words("awaitingSomethingNew") == "Awaiting something new"


def test_a_store_is_named_else_shown_by_its_id() -> None:
    assert (store_label("Reading", "store-rdg"), store_label("", "store-xyz")) == ("Reading", "store-xyz")


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (None, ""),
        (30, "waiting under a minute"),
        (12 * 60 + 59, "waiting 12 min"),
        (3 * 3600, "waiting 3 h"),
        (3 * 3600 + 5 * 60, "waiting 3 h 5 min"),
        (3 * 86400, "waiting 3 days"),
    ],
)
def test_waiting_time_in_words(seconds: float | None, words: str) -> None:
    assert waiting_words(seconds) == words


def test_a_monthly_price() -> None:
    assert (monthly(Decimal("23.8")), monthly(None)) == ("£23.80/month", "")
