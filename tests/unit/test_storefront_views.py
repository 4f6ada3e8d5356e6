"""What the storefront shows: money, speeds, order states and form checks, in a customer's words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storefront.state.checkout import validate_contact
from storefront.state.home import validate_address
from storefront.views import format_money, format_speed, order_state_words


@pytest.mark.parametrize(
    ("amount", "shown"),
    [(Decimal("35"), "£35.00"), (19.005, "£19.01"), (0, "£0.00"), (Decimal("1234.5"), "£1,234.50")],
)
def test_money_is_shown_as_on_a_bill(amount: Decimal | float, shown: str) -> None:
    assert format_money(amount) == shown


def test_speeds_switch_to_gbps_at_a_thousand() -> None:
    assert (format_speed(80), format_speed(1000), format_speed(None)) == ("80 Mbps", "1 Gbps", "—")


def test_every_tmf622_state_has_words_for_a_customer() -> None:
    states = [
        "acknowledged",
        "rejected",
        "pending",
        "held",
        "inProgress",
        "cancelled",
        "completed",
        "failed",
        "partial",
        "assessingCancellation",
        "pendingCancellation",
    ]
    for state in states:
        assert order_state_words(state) != state, state


def test_address_form_explains_what_is_missing() -> None:
    assert validate_address("", "") == {
        "postcode": "Enter your postcode.",
        "house_number": "Enter your house number or name.",
    }
    assert validate_address("not a postcode", "1") == {"postcode": "Enter a full UK postcode, like SW1A 2AA."}
    assert validate_address("rg1 4ab", "12") == {}


def test_contact_form_checks_email_and_phone() -> None:
    errors = validate_contact("Jane", "Doe", "jane-at-example", "12")
    assert set(errors) == {"email", "phone"}
    assert validate_contact("Jane", "Doe", "jane@example.com", "07700 900123") == {}
