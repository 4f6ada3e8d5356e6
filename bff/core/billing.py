"""How a customer pays and what they are billed: TMF670 (the payment method), TMF666 (the billing account).

    setting up, at checkout (before the order is created, under the customer's lock):
      666 billing accounts of the customer → (none: 670 create payment method → 666 create billing account)
    reading, on My account → Billing:
      666 the customer's billing account → 670 its default payment method

A customer has one billing account: a returning customer's order reuses theirs, whatever is sent, so a
retried checkout never sets up a second mandate. A direct debit is checked with Vocalink's modulus rules
here (bank_accounts.py) before anything is sent, and again by the payment provider; the account number
goes to the provider once and is never kept, logged or shown: answers name it by its last 4 digits.

What billing computed once a product was activated (the billing account's `billingCharge` extension and its
`firstBill` balance: mock_backends/tmf666/billing.py gives the rule) is read as sent.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationError, model_validator

from bff.core.backends import ChannelServices
from bff.core.bank_accounts import MESSAGES, check_bank_account
from bff.core.clients.base import TmfNotFound, TmfRejected
from bff.core.clients.tmf666 import BILLING_CHARGES, FIRST_BILL
from bff.core.customers import CustomerParties
from bff.core.errors import ChannelError
from bff.core.models import ChannelModel, Money, PlainText
from tmf_models.tmf622 import BillingAccountRef
from tmf_models.tmf666 import BillingAccount, BillingAccountCreate
from tmf_models.tmf670 import PaymentMethod

CUSTOMER_ROLE = "customer"
DIRECT_DEBIT_TYPE = "bankAccountDebit"  # TMF670's @type names
CARD_TYPE = "tokenizedCard"
CLOSED = "closed"
PROVIDER_REFUSALS = frozenset({"MODULUS_CHECK_FAILED", "INVALID_BANK_DETAILS"})


class InvalidBankDetails(ChannelError):
    status = 422
    code = "INVALID_BANK_DETAILS"
    message = MESSAGES["modulus"]


class NoBillingAccount(ChannelError):
    status = 404
    code = "BILLING_ACCOUNT_NOT_FOUND"
    message = "You have no billing account yet: it is set up with your first order."


class PaymentSetup(ChannelModel):
    """How the order is paid: a new direct debit or card, or `existing` to keep the customer's account."""

    method: Literal["directDebit", "card", "existing"]
    account_holder: PlainText | None = Field(None, min_length=1, max_length=70, description="Direct debit")
    sort_code: str | None = Field(None, max_length=8, description="Direct debit: 6 digits, dashes allowed")
    account_number: SecretStr | None = Field(None, description="Direct debit: 6 to 8 digits; never kept")
    card_token: str | None = Field(
        None, max_length=100, description="Card: the payment page's token (none: the provider issues one)"
    )
    card_last_four: str | None = Field(None, pattern=r"^\d{4}$", description="Card: its last 4 digits")
    card_expiry: date | None = Field(None, description="Card: the last day it is valid")

    @model_validator(mode="after")
    def _details_of_the_method(self) -> PaymentSetup:
        if self.method == "directDebit" and not (
            self.account_holder and self.sort_code and self.account_number
        ):
            raise ValueError("a direct debit needs the account holder, sort code and account number")
        if self.method == "card" and not (self.card_last_four and self.card_expiry):
            raise ValueError("a card needs its last 4 digits and expiry date")
        return self


class PaymentMethodView(ChannelModel):
    kind: Literal["directDebit", "card"]
    description: str = Field(description='e.g. "Direct debit from 08-99-99, account ending 4958"')
    account_holder: str | None = None
    sort_code: str | None = None
    account_ending: str | None = Field(None, description="The account number's last 4 digits, no more")
    mandate_reference: str | None = None
    card_ending: str | None = None


class ChargeView(ChannelModel):
    product_id: str
    name: str
    kind: Literal["monthly", "oneOff"]
    amount: Money = Field(description="Per month for a monthly charge (after any promotion), else once")
    start_date: date = Field(description="Billed from: the product's activation date")
    first_bill_amount: Money = Field(description="What the first bill charges for it (pro rata if monthly)")
    promotion: str | None = None
    promotion_ends: date | None = None


class FirstBillView(ChannelModel):
    date: date
    amount: Money


class BillingView(ChannelModel):
    account_id: str
    name: str
    state: str
    currency: str
    payment_method: PaymentMethodView | None
    charges: list[ChargeView]
    charges_available: bool = Field(
        True,
        description="False when the account carries no charges at all: none activated yet, or a billing "
        "system that does not send them (BFF_PROFILE__BILLING_CHARGES_ATTRIBUTE)",
    )
    first_bill: FirstBillView | None = Field(None, description="None until a product is activated")


# --- setting up ------------------------------------------------------------------------------------------


def _open(accounts: list[BillingAccount]) -> BillingAccount | None:
    return next((account for account in accounts if (account.state or "").lower() != CLOSED), None)


def _ref(account: BillingAccount) -> BillingAccountRef:
    return BillingAccountRef(
        id=str(account.id), href=account.href, name=account.name, field_referred_type="BillingAccount"
    )


def _party(customer: CustomerParties) -> dict[str, str]:
    return {
        "id": customer.customer_id,
        "name": customer.name,
        "role": CUSTOMER_ROLE,
        "@referredType": "Customer",
    }


def check_payment(payment: PaymentSetup) -> None:
    """InvalidBankDetails when a direct debit's details fail the format or modulus check: said before
    anything is written."""
    if payment.method == "directDebit" and payment.sort_code and payment.account_number:
        check = check_bank_account(payment.sort_code, payment.account_number.get_secret_value())
        if check.problem is not None:
            raise InvalidBankDetails(check.message)


def _payment_method_body(customer: CustomerParties, payment: PaymentSetup) -> dict[str, Any]:
    party = _party(customer)
    if payment.method == "card":
        assert payment.card_last_four is not None and payment.card_expiry is not None  # the model's rule
        card: dict[str, Any] = {
            "@type": CARD_TYPE,
            "name": f"Card ending {payment.card_last_four}",
            "lastFourDigits": payment.card_last_four,
            "expirationDate": f"{payment.card_expiry.isoformat()}T23:59:59Z",
            "relatedParty": party,
        }
        return card | ({"token": payment.card_token} if payment.card_token else {})
    assert payment.sort_code is not None and payment.account_number is not None  # the model's rule
    check = check_bank_account(payment.sort_code, payment.account_number.get_secret_value())
    if check.account is None or check.problem is not None:
        raise InvalidBankDetails(check.message)
    return {
        "@type": DIRECT_DEBIT_TYPE,
        "name": "Direct debit",
        "owner": payment.account_holder,
        "bank": check.account.sort_code,
        "accountNumber": check.account.account_number,
        "relatedParty": party,
    }


async def billing_account_for(
    services: ChannelServices, customer: CustomerParties, payment: PaymentSetup
) -> BillingAccountRef:
    """The customer's billing account, set up with `payment` if they have none (InvalidBankDetails when the
    bank details fail the modulus check; NoBillingAccount for `existing` when there is none)."""
    backends = services.backends
    async with services.locks.hold(f"billing-account:{customer.customer_id}"):
        found = _open(
            await backends.tmf666.find_billing_accounts(**{"relatedParty.id": customer.customer_id})
        )
        if found is not None:
            return _ref(found)
        if payment.method == "existing":
            raise NoBillingAccount()
        body = _payment_method_body(customer, payment)
        try:
            method = await backends.tmf670.create_payment_method(body)
        except TmfRejected as exc:
            if exc.code in PROVIDER_REFUSALS:
                raise InvalidBankDetails() from exc
            raise
        create = BillingAccountCreate.model_validate(
            {
                "name": f"{customer.name}'s account",
                "accountType": "residential",
                "relatedParty": [_party(customer)],
                "defaultPaymentMethod": {
                    "id": method.id,
                    "href": str(method.href) if method.href else None,
                    "name": method.name,
                    "@referredType": "PaymentMethod",
                },
            }
        )
        return _ref(await backends.tmf666.create_billing_account(create))


# --- reading ---------------------------------------------------------------------------------------------


def _extra(model: Any, name: str) -> Any:
    return (model.model_extra or {}).get(name)


def payment_method_view(method: PaymentMethod) -> PaymentMethodView:
    if method.field_type.value == CARD_TYPE:
        ending = str(_extra(method, "lastFourDigits") or "")
        return PaymentMethodView(kind="card", description=f"Card ending {ending}", card_ending=ending)
    masked = str(_extra(method, "accountNumber") or "")
    account_ending = masked[-4:] if masked[-4:].isdigit() else None
    sort_code = str(_extra(method, "bank") or "") or None
    description = "Direct debit" + (f" from {sort_code}" if sort_code else "")
    description += f", account ending {account_ending}" if account_ending else ""
    return PaymentMethodView(
        kind="directDebit",
        description=description,
        account_holder=_extra(method, "owner"),
        sort_code=sort_code,
        account_ending=account_ending,
        mandate_reference=method.authorization_code,
    )


def _charge(charge: dict[str, Any]) -> ChargeView:
    promotion = charge.get("priceAlteration") or {}
    return ChargeView(
        product_id=str(charge["product"]["id"]),
        name=str(charge.get("name") or charge["product"].get("name") or ""),
        kind="monthly" if charge.get("priceType") == "recurring" else "oneOff",
        amount=Decimal(str(charge["amount"]["value"])),
        start_date=date.fromisoformat(str(charge["startDate"])),
        first_bill_amount=Decimal(str(charge["firstBillAmount"]["value"])),
        promotion=promotion.get("name") or None,
        promotion_ends=date.fromisoformat(promotion["endDate"]) if promotion.get("endDate") else None,
    )


def _charges(account: BillingAccount) -> list[ChargeView]:
    charges = []
    for charge in _extra(account, BILLING_CHARGES) or []:
        try:
            charges.append(_charge(charge))
        except (KeyError, TypeError, ValueError, ValidationError):
            continue  # a charge we cannot read is not shown rather than costing the whole page
    return charges


def _first_bill(account: BillingAccount) -> FirstBillView | None:
    for balance in account.account_balance or []:
        if balance.balance_type == FIRST_BILL and balance.valid_for and balance.valid_for.start_date_time:
            if balance.amount.value is None:
                return None  # a bill without an amount is "not worked out yet", never a bill of £0
            amount = Decimal(str(balance.amount.value))
            return FirstBillView(date=balance.valid_for.start_date_time.date(), amount=amount)
    return None


def billing_view(account: BillingAccount, method: PaymentMethod | None, currency: str) -> BillingView:
    first = _first_bill(account)
    return BillingView(
        account_id=str(account.id),
        name=account.name,
        state=account.state or "",
        currency=currency,
        payment_method=payment_method_view(method) if method is not None else None,
        charges=_charges(account),
        charges_available=_extra(account, BILLING_CHARGES) is not None,
        first_bill=first,
    )


async def billing_of(services: ChannelServices, customer_id: str | None) -> BillingView:
    """The customer's billing account as My account shows it (NoBillingAccount when they have none)."""
    backends = services.backends
    accounts = (
        await backends.tmf666.find_billing_accounts(**{"relatedParty.id": customer_id}) if customer_id else []
    )
    account = _open(accounts)
    if account is None:
        raise NoBillingAccount()
    method = None
    if account.default_payment_method is not None:
        try:
            method = await backends.tmf670.get_payment_method(account.default_payment_method.id)
        except TmfNotFound:
            method = None  # the account is still shown; the page says no payment method is set up
    return billing_view(account, method, services.settings.currency)
