"""Checkout's "How you'll pay": a new customer's direct debit, or the payment a returning customer has.

The form checks the shape of the bank details; the BFF checks them with the UK modulus rules when the order
is placed (422 INVALID_BANK_DETAILS, shown under the account number, everything typed kept). The account
number is kept only until the order is placed, and never shown back in full.
"""

import hashlib
import json
import re

import reflex as rx

from storefront.clients import web
from storefront.state.auth import AuthState

INVALID_BANK_DETAILS = "INVALID_BANK_DETAILS"
MESSAGES = {
    "account_holder": "Enter the name on the bank account.",
    "sort_code": "Enter your sort code: 6 digits, like 12-34-56.",
    "account_number": "Enter your account number: 8 digits (6 or 7 if your bank gave you fewer).",
}


def check_bank_details(account_holder: str, sort_code: str, account_number: str) -> dict[str, str]:
    """The fields whose shape is wrong, with what to do; {} when the BFF may check them."""
    errors = {}
    if not account_holder.strip():
        errors["account_holder"] = MESSAGES["account_holder"]
    if not re.fullmatch(r"\d{6}", re.sub(r"[\s-]", "", sort_code)):
        errors["sort_code"] = MESSAGES["sort_code"]
    if not re.fullmatch(r"\d{6,8}", re.sub(r"[\s-]", "", account_number)):
        errors["account_number"] = MESSAGES["account_number"]
    return errors


class PaymentState(rx.State):
    account_holder: str = ""
    sort_code: str = ""
    account_number: str = ""
    # A returning customer's payment in words ("Direct debit from 08-99-99, account ending 4958"): reused.
    existing: str = ""
    loading: bool = False
    errors: dict[str, str] = {}

    @rx.var
    def account_holder_error(self) -> str:
        return self.errors.get("account_holder", "")

    @rx.var
    def sort_code_error(self) -> str:
        return self.errors.get("sort_code", "")

    @rx.var
    def account_number_error(self) -> str:
        return self.errors.get("account_number", "")

    @rx.event
    def set_account_holder(self, value: str) -> None:
        self.account_holder = value

    @rx.event
    def set_sort_code(self, value: str) -> None:
        self.sort_code = value

    @rx.event
    def set_account_number(self, value: str) -> None:
        self.account_number = value

    @rx.event(background=True)
    async def load(self):
        async with self:
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return
            self.loading = True
        try:
            billing = await web.get_billing(token)
        except web.BffError:
            billing = None  # a new direct debit can still be set up; the BFF reuses an account it finds
        async with self:
            self.loading = False
            method = billing.payment_method if billing else None
            self.existing = method.description if method else ""


# Called by the checkout (CheckoutState.place_order) on the PaymentState it got with get_state: plain
# functions, because every public method of a Reflex state becomes an event handler.
def checked(payment: PaymentState) -> dict[str, str]:
    """The shape errors of a new direct debit, also shown under each field; {} for a returning customer."""
    payment.errors = (
        {}
        if payment.existing
        else check_bank_details(payment.account_holder, payment.sort_code, payment.account_number)
    )
    return dict(payment.errors)


def order_payment(payment: PaymentState) -> dict[str, str]:
    """The order request's `payment`."""
    if payment.existing:
        return {"method": "existing"}
    return {
        "method": "directDebit",
        "accountHolder": payment.account_holder.strip(),
        "sortCode": re.sub(r"[\s-]", "", payment.sort_code),
        "accountNumber": re.sub(r"[\s-]", "", payment.account_number),
    }


def fingerprint(payment: PaymentState) -> str:
    """Changes with the details, without the account number itself going into the checkout's key."""
    return hashlib.sha256(json.dumps(order_payment(payment), sort_keys=True).encode()).hexdigest()


def refused(payment: PaymentState, message: str) -> None:
    payment.errors = {**payment.errors, "account_number": message}


def placed(payment: PaymentState) -> None:
    payment.account_number = ""  # not kept once the payment provider has it
