"""What the storefront's forms ask for, read from a submitted form and checked before anything is sent.

Each validator returns friendly messages keyed by the form's field names (empty when all is well), the
names ``storefront.clients`` gives the BFF's own 422 answers. The checks are loose on purpose: the BFF and
the TMF APIs are the authority, these only catch obvious slips early.
"""

import dataclasses
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

_UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"[\s\-()]")


@dataclasses.dataclass(frozen=True)
class ContactForm:
    """The contact fields as a person typed them (checkout, register interest)."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""


def field(form: Mapping[str, Any], name: str) -> str:
    """One submitted field, trimmed; "" when the form has none."""
    return str(form.get(name, "")).strip()


def contact_from_form(form: Mapping[str, Any]) -> ContactForm:
    """The contact fields of a submitted form: the form is the truth, the debounced input vars may lag the
    last keystroke."""
    return ContactForm(
        first_name=field(form, "first_name"),
        last_name=field(form, "last_name"),
        email=field(form, "email"),
        phone=field(form, "phone"),
    )


def full_postcode(text: str) -> str:
    """The postcode in its printed form ("RG1 4AB") once it is complete enough to look up, else ""."""
    compact = "".join(text.split()).upper()
    if len(compact) < 5 or not _UK_POSTCODE.match(compact):
        return ""
    return f"{compact[:-3]} {compact[-3:]}"


def validate_address(postcode: str, house_number: str) -> dict[str, str]:
    """Friendly messages per field; empty when the address is worth sending to the BFF."""
    errors: dict[str, str] = {}
    if not postcode:
        errors["postcode"] = "Enter your postcode."
    elif not _UK_POSTCODE.match(postcode):
        errors["postcode"] = "Enter a full UK postcode, like SW1A 2AA."
    if not house_number:
        errors["house_number"] = "Enter your house number or name."
    return errors


def validate_contact(contact: ContactForm, *, phone_optional: bool = False) -> dict[str, str]:
    """Friendly messages per field; empty when the details are worth sending. Registering interest needs
    no phone number (``phone_optional``), but one given must be valid."""
    errors: dict[str, str] = {}
    if not contact.first_name:
        errors["first_name"] = "Enter your first name."
    if not contact.last_name:
        errors["last_name"] = "Enter your last name."
    if not contact.email:
        errors["email"] = "Enter your email address."
    elif not _EMAIL.match(contact.email):
        errors["email"] = "Enter a valid email address, like name@example.com."
    digits = _PHONE_CHARS.sub("", contact.phone)
    if not contact.phone:
        if not phone_optional:
            errors["phone"] = "Enter your phone number."
    elif not re.fullmatch(r"\+?\d{10,13}", digits):
        errors["phone"] = "Enter a valid phone number, like 07700 900123."
    return errors


def validate_checkout_extras(
    date_of_birth: str, credit_check: bool, terms: bool, slot: str, slot_needed: bool, today: date
) -> dict[str, str]:
    """Friendly messages for the credit check, the terms and the appointment; empty when all is well."""
    errors: dict[str, str] = {}
    try:
        born = date.fromisoformat(date_of_birth) if date_of_birth else None
    except ValueError:
        born = None
    if not date_of_birth:
        errors["date_of_birth"] = "Enter your date of birth."
    elif born is None:
        errors["date_of_birth"] = "Enter your date of birth as day, month and year."
    else:
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        if age < 18:
            errors["date_of_birth"] = "You must be 18 or over to order broadband."
        elif age > 120:
            errors["date_of_birth"] = "Check the year of your date of birth."
    if not credit_check:
        errors["credit_check"] = "Agree to the credit check so we can accept your order."
    if not terms:
        errors["terms"] = "Accept the terms and conditions to place your order."
    if slot_needed and not slot:
        errors["slot"] = "Choose an installation appointment."
    return errors


def parse_discount(text: str, reason: str) -> tuple[float | None, str]:
    """The discount a store agent typed (None: none) and what is wrong with it ("" when fine); a discount
    needs a reason."""
    if not text.strip():
        return None, ""
    try:
        discount = float(text)
    except ValueError:
        return None, "Enter the discount as a number, like 5."
    if not 0 <= discount <= 100:
        return None, "Enter a discount between 0 and 100 %."
    if discount and not reason.strip():
        return None, "Give the reason for the discount: it is recorded on the order."
    return (discount or None), ""
