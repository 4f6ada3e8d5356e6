"""Billing account rules.

A billing account belongs to a customer (`relatedParty` with role `customer`, required by the spec) and is
paid through `defaultPaymentMethod`, which must name a TMF670 payment method on this server (400
UNKNOWN_PAYMENT_METHOD otherwise). It starts `defined`, billed monthly on the 1st (`billStructure`), and
becomes `active` when its first product starts billing (billing.py); `suspended` and `closed` may follow
(409 INVALID_STATE_TRANSITION otherwise). What billing computes (`accountBalance`, the `billingCharge`
extension) is the server's: a client cannot write it.

TMF666 v4 notifies attribute and state changes of a billing account, not its creation or deletion.
"""

from mock_backends import tmf630
from mock_backends.errors import BadRequest
from mock_backends.resources import IDENTITY_ATTRIBUTES, Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf670 import service as payments
from tmf_models.tmf666 import BillingAccount, BillingAccountCreate

API_PATH = "/tmf-api/accountManagement/v4"
DEFINED = "defined"
ACTIVE = "active"
STATE_TRANSITIONS: dict[str, frozenset[str]] = {
    DEFINED: frozenset({ACTIVE, "closed"}),
    ACTIVE: frozenset({"suspended", "closed"}),
    "suspended": frozenset({ACTIVE, "closed"}),
    "closed": frozenset(),
}
BILLED = frozenset({"accountBalance", "billingCharge"})
BILLING_ACCOUNT = ResourceKind("billingAccount", API_PATH, non_patchable=IDENTITY_ATTRIBUTES | BILLED)

# Bills are dated the 1st of each month and due 14 days later (billing.py says how the first is worked out).
MONTHLY_CYCLE: JsonDocument = {
    "name": "Monthly on the 1st",
    "frequency": "monthly",
    "billingPeriod": "calendar month",
    "billingDateShift": 0,
    "paymentDueDateOffset": 14,
    "isRef": False,
    "@type": "BillingCycleSpecification",
}


def billing_accounts(store: DocumentStore) -> Collection:
    return Collection(store, BILLING_ACCOUNT)


def _check_payment_method(store: DocumentStore, account: JsonDocument) -> None:
    method = account.get("defaultPaymentMethod")
    if method and payments.payment_methods(store).find(str(method.get("id"))) is None:
        raise BadRequest(
            f"defaultPaymentMethod: no TMF670 payment method with id {method.get('id')}",
            code="UNKNOWN_PAYMENT_METHOD",
        )


def create_billing_account(store: DocumentStore, body: JsonDocument) -> JsonDocument:
    tmf630.validated(BillingAccountCreate, body)
    written = sorted(BILLED & set(body))
    if written:
        message = f"{', '.join(written)}: computed by billing, never sent"
        raise BadRequest(message, code="NON_WRITABLE_ATTRIBUTE")
    _check_payment_method(store, body)
    defaults = {
        "@type": body.get("@type") or "BillingAccount",
        "state": body.get("state") or DEFINED,
        "billStructure": body.get("billStructure") or {"cycleSpecification": MONTHLY_CYCLE},
        "lastModified": payments.timestamp_now(),
    }
    return billing_accounts(store).create({**body, **defaults})


def patch_billing_account(store: DocumentStore, account_id: str, patch: JsonDocument) -> JsonDocument:
    current = billing_accounts(store).get(account_id)
    if "state" in patch:
        tmf630.refuse_illegal_transition("state", current.get("state"), patch["state"], STATE_TRANSITIONS)

    def validate(document: JsonDocument) -> JsonDocument:
        tmf630.validated(BillingAccount, document)
        if "defaultPaymentMethod" in patch:
            _check_payment_method(store, document)
        return {**document, "lastModified": payments.timestamp_now()}

    return billing_accounts(store).patch(account_id, patch, validate=validate)
