"""The storefront's form checks (storefront/forms.py): a message per field, in the words of the form."""

from __future__ import annotations

import pytest

from storefront.forms import (
    ContactForm,
    contact_from_form,
    parse_discount,
    validate_address,
    validate_contact,
)

JANE = ContactForm(first_name="Jane", last_name="Doe", email="jane@example.com", phone="07700 900123")


def test_address_form_explains_what_is_missing() -> None:
    assert validate_address("", "") == {
        "postcode": "Enter your postcode.",
        "house_number": "Enter your house number or name.",
    }
    assert validate_address("not a postcode", "1") == {"postcode": "Enter a full UK postcode, like SW1A 2AA."}
    assert validate_address("rg1 4ab", "12") == {}


def test_contact_form_checks_email_and_phone() -> None:
    errors = validate_contact(ContactForm("Jane", "Doe", "jane-at-example", "12"))
    assert set(errors) == {"email", "phone"}
    assert validate_contact(JANE) == {}


def test_registering_interest_needs_no_phone_but_a_valid_one_if_given() -> None:
    no_phone = ContactForm("Jane", "Doe", "jane@example.com", "")
    assert validate_contact(no_phone) == {"phone": "Enter your phone number."}
    assert validate_contact(no_phone, phone_optional=True) == {}
    assert set(
        validate_contact(ContactForm("Jane", "Doe", "jane@example.com", "12"), phone_optional=True)
    ) == {"phone"}


def test_the_submitted_contact_is_read_trimmed() -> None:
    form = {"first_name": " Jane ", "last_name": "Doe", "email": "jane@example.com ", "phone": "07700 900123"}
    assert contact_from_form(form) == JANE
    assert contact_from_form({}) == ContactForm()


@pytest.mark.parametrize(
    ("typed", "reason", "expected"),
    [
        ("", "", (None, "")),
        ("5", "Price match", (5.0, "")),
        ("0", "", (None, "")),
        ("5", "  ", (None, "Give the reason for the discount: it is recorded on the order.")),
        ("five", "x", (None, "Enter the discount as a number, like 5.")),
        ("120", "x", (None, "Enter a discount between 0 and 100 %.")),
    ],
)
def test_a_discount_needs_a_number_in_range_and_a_reason(
    typed: str, reason: str, expected: tuple[float | None, str]
) -> None:
    assert parse_discount(typed, reason) == expected
