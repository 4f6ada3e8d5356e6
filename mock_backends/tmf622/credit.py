"""The order manager's credit and fraud checks: the credit bureau's decision and order velocity.

decide:    only for an order that adds something (a speed change or a cease is never credit checked);
           the applicant is the order's person (the TMF632 Individual among `relatedParty`, or the
           engagedParty of its TMF629 customer): givenName, familyName, birthDate, and the installation
           address (TMF673, by the place's id or its postcode + streetNr). No person or no address: no
           decision (the information check asks for what is missing first).
velocity:  orders of *other* customers created in the last `minutes` that share the order's
           installation address, a means of payment or an e-mail; from `orders` of them on, the order
           is held for review. The same customer ordering again is the duplicate check's business. A
           means of payment is a TMF670 method the order names (`payment[].id`, order or item, or its
           TMF666 `billingAccount`'s `defaultPaymentMethod`), known by what it pays from: sort code and
           account ending, or card token; so two customers' methods for one account are one.
deposit:   an order carries an accepted deposit as an `orderTotalPrice` entry of priceType `deposit`.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlmodel import col

from mock_backends.credit_bureau import service as bureau
from mock_backends.storage import Document, DocumentStore, JsonDocument
from mock_backends.tmf673 import service as addresses

FRAUD_REVIEW = "FRAUD_REVIEW"
FRAUD_REVIEW_REASON = "Fraud review"
DEPOSIT_REQUIRED = "DEPOSIT_REQUIRED"
DEPOSIT_PRICE_TYPE = "deposit"
INSTALLATION_ADDRESS = "installationAddress"


@dataclass(frozen=True)
class CreditChecks:
    policy: bureau.Policy = field(default_factory=bureau.Policy)
    velocity_orders: int = 3
    velocity_minutes: float = 10.0


# --- reading the order ---------------------------------------------------------------------------------


def _parties(order: JsonDocument) -> list[JsonDocument]:
    return [p for p in order.get("relatedParty") or [] if isinstance(p, dict) and p.get("id")]


def person_of(store: DocumentStore, order: JsonDocument) -> JsonDocument | None:
    """The TMF632 Individual the order is for: a party of the order, or its customer's engagedParty."""
    for party in _parties(order):
        if (found := store.get("individual", str(party["id"]))) is not None:
            return found
    for party in _parties(order):
        if str(party.get("role", "")).lower() != "customer":
            continue
        customer = store.get("customer", str(party["id"])) or {}
        engaged = (customer.get("engagedParty") or {}).get("id")
        if engaged and (found := store.get("individual", str(engaged))) is not None:
            return found
    return None


def _adds(order: JsonDocument) -> bool:
    return any(item.get("action", "add") == "add" for item in order.get("productOrderItem") or [])


def _place(order: JsonDocument) -> JsonDocument | None:
    for item in order.get("productOrderItem") or []:
        places = (item.get("product") or {}).get("place") or []
        found: JsonDocument | None = next((p for p in places if p.get("role") == INSTALLATION_ADDRESS), None)
        if found is not None:
            return found
    return None


def _address_key(store: DocumentStore, order: JsonDocument) -> tuple[str, str] | None:
    """(postcode, house number) of the installation address, as the bureau files addresses."""
    place = _place(order)
    resolved = addresses.resolve_place(store, place) if place else None
    if resolved is None:
        return None
    address = resolved[0]
    return str(address.get("postcode", "")), str(address.get("streetNr", ""))


def _birth_date(person: JsonDocument) -> date | None:
    raw = person.get("birthDate")
    try:
        return date.fromisoformat(str(raw)[:10]) if raw else None
    except ValueError:
        return None


def _emails(person: JsonDocument | None, order: JsonDocument) -> set[str]:
    media = (person or {}).get("contactMedium") or []
    found = {str((m.get("characteristic") or {}).get("emailAddress", "")) for m in media}
    found.add(str(order.get("notificationContact", "")))
    return {email.strip().lower() for email in found if "@" in email}


def _fingerprint(method: JsonDocument) -> str | None:
    """What a TMF670 method pays from (the mocks keep a bank account's sort code and last digits only)."""
    if method.get("token"):
        return f"card:{method['token']}"
    if method.get("bank") and method.get("accountNumber"):
        return f"account:{method['bank']}:{method['accountNumber']}"
    return None


def _payments(store: DocumentStore, order: JsonDocument) -> set[str]:
    refs = [*(order.get("payment") or [])]
    for item in order.get("productOrderItem") or []:
        refs.extend(item.get("payment") or [])
    ids = {str(ref["id"]) for ref in refs if isinstance(ref, dict) and ref.get("id")}
    account_id = (order.get("billingAccount") or {}).get("id")
    account = store.get("billingAccount", str(account_id)) if account_id else None
    if (default := ((account or {}).get("defaultPaymentMethod") or {}).get("id")) is not None:
        ids.add(str(default))
    found = set()
    for method_id in ids:
        method = store.get("paymentMethod", method_id)
        found.add((_fingerprint(method) if method else None) or f"id:{method_id}")
    return found


def _customer(order: JsonDocument) -> str | None:
    return next((str(p["id"]) for p in _parties(order) if str(p.get("role", "")).lower() == "customer"), None)


# --- the checks ----------------------------------------------------------------------------------------


def decide(store: DocumentStore, order: JsonDocument, policy: bureau.Policy) -> bureau.Decision | None:
    """The bureau's decision on the order's person at its installation address; None when not asked."""
    if not _adds(order):
        return None
    person = person_of(store, order)
    where = _address_key(store, order)
    if person is None or where is None:
        return None
    applicant = bureau.Applicant(
        given_name=str(person.get("givenName", "")),
        family_name=str(person.get("familyName", "")),
        birth_date=_birth_date(person),
        postcode=where[0],
        street_nr=where[1],
    )
    return bureau.decide(applicant, policy)


def carries_deposit(order: JsonDocument, amount: float) -> bool:
    """Whether the order carries an accepted deposit of at least `amount` (GBP)."""
    for price in order.get("orderTotalPrice") or []:
        if price.get("priceType") != DEPOSIT_PRICE_TYPE:
            continue
        value = ((price.get("price") or {}).get("taxIncludedAmount") or {}).get("value")
        if isinstance(value, int | float) and value >= amount:
            return True
    return False


def _signals(store: DocumentStore, order: JsonDocument) -> dict[str, set[str]]:
    place = _place(order) or {}
    return {
        "installation address": {str(place["id"])} if place.get("id") else set(),
        "payment method": _payments(store, order),
        "e-mail address": _emails(person_of(store, order), order),
    }


def velocity(store: DocumentStore, order: JsonDocument, checks: CreditChecks) -> str | None:
    """Why the order is held for review (too many recent orders share its details), or None."""
    if not _adds(order):
        return None
    customer = _customer(order)
    mine = _signals(store, order)
    since = datetime.now(UTC) - timedelta(minutes=checks.velocity_minutes)
    recent = store.all("productOrder", col(Document.created_at) >= since)
    others = [
        _signals(store, o) for o in recent if o.get("id") != order.get("id") and _customer(o) != customer
    ]
    for signal, values in mine.items():
        sharing = [theirs for theirs in others if values & theirs[signal]]
        if values and len(sharing) >= checks.velocity_orders:
            return (
                f"{len(sharing)} orders of other customers in the last {checks.velocity_minutes:g} minutes "
                f"share this order's {signal}"
            )
    return None
