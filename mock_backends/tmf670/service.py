"""Payment method rules: this server plays the payment provider, so it keeps no bank or card secrets.

- `@type: bankAccountDebit` (a UK direct debit): `bank` is the branch's sort code (six digits, dashes or
  spaces allowed; the mocks keep no bank directory to name the bank by) and `accountNumber` the 8-digit
  account (6 or 7 digits are padded with zeros, as UK banks do). Both must pass the Vocalink modulus check
  (`uk-mod-check`, which ships Vocalink's weight table): 400 MODULUS_CHECK_FAILED otherwise. The full
  number is never stored: `accountNumber` keeps its last 4 digits (`****5678`), the sort code is kept as
  `12-34-56`, and `authorizationCode` is the mandate reference the payments are collected under.
- `@type: tokenizedCard`: the card was entered on the provider's own page, so a body carrying card data
  (`cardNumber`, `cvv`) is refused (400 CARD_DATA_REFUSED); without a `token` one is issued.
- any other `@type`: 400 UNSUPPORTED_PAYMENT_METHOD.

`status` starts `active`; `inactive` and `expired` may follow (409 INVALID_STATE_TRANSITION otherwise).
Change notifications are TMF670's own, a status change being `paymentMethodStatusChangeEvent`.
"""

import re
import secrets
from datetime import UTC, datetime

import uk_mod_check  # type: ignore[import-untyped]  # ships no type information

from mock_backends import tmf630
from mock_backends.errors import BadRequest
from mock_backends.resources import IDENTITY_ATTRIBUTES, Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from tmf_models.tmf670 import BankAccountDebit, PaymentMethod, PaymentMethodCreate, TokenizedCard

API_PATH = "/tmf-api/paymentMethod/v4"
BANK_ACCOUNT_DEBIT = "bankAccountDebit"
TOKENIZED_CARD = "tokenizedCard"
ACCOUNT_NUMBER_TYPE = "UK sort code and account number"

ACTIVE = "active"
STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    ACTIVE: frozenset({"inactive", "expired"}),
    "inactive": frozenset({ACTIVE, "expired"}),
    "expired": frozenset(),
}
# What identifies the means of payment: a different account or card is a new payment method.
PAYMENT_METHOD = ResourceKind(
    "paymentMethod",
    API_PATH,
    non_patchable=IDENTITY_ATTRIBUTES
    | {"@type", "accountNumber", "bank", "authorizationCode", "token", "tokenType", "lastFourDigits"},
)
CARD_DATA = frozenset({"cardNumber", "cvv"})
SUBTYPES: dict[str, type[PaymentMethod]] = {
    BANK_ACCOUNT_DEBIT: BankAccountDebit,
    TOKENIZED_CARD: TokenizedCard,
}


def payment_methods(store: DocumentStore) -> Collection:
    return Collection(store, PAYMENT_METHOD)


def timestamp_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sort_code_digits(value: str) -> str | None:
    digits = re.sub(r"[\s-]", "", value)
    return digits if re.fullmatch(r"\d{6}", digits) else None


def account_number_digits(value: str) -> str | None:
    digits = re.sub(r"\s", "", value)
    return digits.rjust(8, "0") if re.fullmatch(r"\d{6,8}", digits) else None


def passes_modulus_check(sort_code: str, account_number: str) -> bool:
    """Vocalink's rule: an account at a sort code the table does not list cannot be checked, so it passes."""
    return bool(uk_mod_check.validate(int(sort_code), int(account_number)).result)


def _direct_debit(body: JsonDocument) -> JsonDocument:
    sort_code = sort_code_digits(str(body["bank"]))
    account = account_number_digits(str(body["accountNumber"]))
    if sort_code is None or account is None:
        raise BadRequest(
            "bank must be a 6-digit sort code and accountNumber a 6 to 8-digit account number",
            code="INVALID_BANK_DETAILS",
        )
    if not passes_modulus_check(sort_code, account):
        raise BadRequest(
            "The sort code and account number do not pass the UK modulus check", code="MODULUS_CHECK_FAILED"
        )
    return {
        **body,
        "bank": f"{sort_code[:2]}-{sort_code[2:4]}-{sort_code[4:]}",
        "accountNumber": f"****{account[-4:]}",
        "accountNumberType": ACCOUNT_NUMBER_TYPE,
        "authorizationCode": f"DDI-{secrets.token_hex(5).upper()}",
    }


def _card(body: JsonDocument) -> JsonDocument:
    if not re.fullmatch(r"\d{4}", str(body["lastFourDigits"])):
        raise BadRequest("lastFourDigits must be 4 digits", code="INVALID_CARD")
    if body.get("token"):
        return body
    return {**body, "token": f"tok_{secrets.token_hex(12)}", "tokenType": "mockVault"}


def create_payment_method(store: DocumentStore, body: JsonDocument) -> JsonDocument:
    if CARD_DATA & set(body):  # before anything else, so no message ever quotes a card number back
        raise BadRequest(
            "Card numbers are taken on the payment page, never here: send its token", code="CARD_DATA_REFUSED"
        )
    tmf630.validated(PaymentMethodCreate, body)
    subtype = SUBTYPES.get(str(body.get("@type")))
    if subtype is None:
        known = " or ".join(SUBTYPES)
        raise BadRequest(f"@type must be {known}", code="UNSUPPORTED_PAYMENT_METHOD")
    tmf630.validated(subtype, body)
    kept = _direct_debit(body) if subtype is BankAccountDebit else _card(body)
    now = timestamp_now()
    status = {"status": body.get("status") or ACTIVE, "statusDate": body.get("statusDate") or now}
    return payment_methods(store).create({**kept, **status})


def patch_payment_method(store: DocumentStore, method_id: str, patch: JsonDocument) -> JsonDocument:
    current = payment_methods(store).get(method_id)
    if "status" in patch:
        tmf630.refuse_illegal_transition("status", current.get("status"), patch["status"], STATUS_TRANSITIONS)
        patch = {"statusDate": timestamp_now(), **patch}

    def validate(document: JsonDocument) -> JsonDocument:
        # The spec types href as an absolute URI; the stored one is made absolute only when answered.
        tmf630.validated(PaymentMethod, {k: v for k, v in document.items() if k != "href"})
        return document

    return payment_methods(store).patch(method_id, patch, validate=validate)
