"""Order validation by the order manager (COM): the checks that decide rejected, pending, held or inProgress.

Checks run in this order; the first finding decides:

1. catalogue: every item's offering exists and is sellable, and a price it names is one of the offering's;
   a modify or delete item names an existing, active TMF637 product (`product.id`); its quote is still
   valid and its prices are the catalogue's now (repricing.py: QUOTE_EXPIRED, PRICE_CHANGED);
2. information: a customer (`relatedParty` role customer) and, on a broadband item, the installation
   address (`product.place[]` with an id, or a postcode and streetNr; on a modify or delete item the
   existing product's place counts) → pending when missing;
3. address: known and serviceable for the item's technology and speed (TMF645's rules); not asked of a
   delete (cease) item;
4. fraud: an email of the customer (or the order's notificationContact) at a blocked domain → rejected;
5. credit (credit.py, asking the credit bureau with the person's name, date of birth and the installation
   address; never words in a name or an e-mail): declined → rejected `CREDIT_DECLINED`; a date of birth
   that contradicts the bureau's file → held `FRAUD_REVIEW`;
6. duplicate: an earlier open order of the same customer, for the same address and offering;
7. velocity (credit.py): other customers' recent orders at the same address, payment method or e-mail
   → held `FRAUD_REVIEW`;
8. credit referred → held `CREDIT_REFERRAL`; accepted with a deposit the order does not carry yet → pending
   `DEPOSIT_REQUIRED` (the error names the amount; the customer accepts it by PATCHing the deposit into
   `orderTotalPrice` and the state back to acknowledged, and the order is validated again);
9. an ad-hoc discount (a priceAlteration that is not one of the offering's catalogue prices) above the
   approval threshold → held.

The held credit and fraud findings are worked by the credit team (retail BFF, /api/v1/credit/referrals).
The personas these rules give are in docs/architecture.md ("Test personas", "Credit bureau").
"""

from dataclasses import dataclass
from typing import Any

from mock_backends.errors import BadRequest
from mock_backends.storage import DocumentStore, JsonDocument, state_not_in
from mock_backends.tmf620 import service as catalogue
from mock_backends.tmf622 import credit, lifecycle, repricing
from mock_backends.tmf637 import service as inventory
from mock_backends.tmf645 import service as serviceability

BLOCKED_EMAIL_DOMAINS = ("@blocked.example",)
INSTALLATION_ADDRESS = "installationAddress"
PARTY_TYPES = ("individual", "organization")


@dataclass(frozen=True)
class Finding:
    state: str  # rejected, pending or held
    code: str
    reason: str
    message: str
    items: tuple[str, ...] = ()
    field_path: str | None = None
    amount: float | None = None  # a deposit asked for, in GBP


# --- reading an order ------------------------------------------------------------------------------------


def customer_ref(order: JsonDocument) -> JsonDocument | None:
    parties = order.get("relatedParty") or []
    return next((p for p in parties if str(p.get("role", "")).lower() == "customer" and p.get("id")), None)


def customer_party(store: DocumentStore, order: JsonDocument) -> JsonDocument | None:
    ref = customer_ref(order)
    if ref is None:
        return None
    return next((found for kind in PARTY_TYPES if (found := store.get(kind, str(ref["id"])))), None)


def item_place(item: JsonDocument) -> JsonDocument | None:
    places = (item.get("product") or {}).get("place") or []
    return next((p for p in places if p.get("role") == INSTALLATION_ADDRESS), places[0] if places else None)


def existing_product(store: DocumentStore, item: JsonDocument) -> JsonDocument | None:
    """The inventory product a modify or delete item changes (`product.id`), if it exists."""
    product_id = (item.get("product") or {}).get("id")
    if item.get("action", "add") == "add" or not product_id:
        return None
    return inventory.products(store).find(str(product_id))


def place_of(store: DocumentStore, item: JsonDocument) -> JsonDocument | None:
    """The item's installation address: its own, else (modify, delete) the existing product's, which counts
    as given: a cease or a speed change never needs the address again."""
    own = item_place(item)
    if own is not None:
        return own
    places = (existing_product(store, item) or {}).get("place") or []
    return next((p for p in places if p.get("role") == INSTALLATION_ADDRESS), places[0] if places else None)


def installation_place(order: JsonDocument) -> JsonDocument | None:
    """The order's installation address: the first item place found (add-ons carry none of their own)."""
    return next((p for item in order.get("productOrderItem", []) if (p := item_place(item))), None)


def offering_of(store: DocumentStore, item: JsonDocument) -> JsonDocument | None:
    offering_id = (item.get("productOffering") or {}).get("id")
    return store.get("productOffering", str(offering_id)) if offering_id else None


def specification_of(store: DocumentStore, offering: JsonDocument | None) -> JsonDocument | None:
    spec_id = ((offering or {}).get("productSpecification") or {}).get("id")
    return store.get("productSpecification", str(spec_id)) if spec_id else None


def spec_value(spec: JsonDocument | None, name: str) -> Any:
    for characteristic in (spec or {}).get("productSpecCharacteristic") or []:
        if characteristic.get("name") == name:
            values = characteristic.get("productSpecCharacteristicValue") or [{}]
            default = next((v for v in values if v.get("isDefault")), values[0])
            return default.get("value")
    return None


def is_broadband(spec: JsonDocument | None) -> bool:
    return spec_value(spec, "technology") is not None


def _emails(party: JsonDocument | None, order: JsonDocument) -> list[str]:
    media = (party or {}).get("contactMedium") or []
    found = [str((m.get("characteristic") or {}).get("emailAddress", "")) for m in media]
    found.append(str(order.get("notificationContact", "")))
    return [email.lower() for email in found if "@" in email]


def _item_ids(order: JsonDocument, predicate: Any = None) -> tuple[str, ...]:
    return tuple(
        str(i.get("id")) for i in order.get("productOrderItem", []) if predicate is None or predicate(i)
    )


# --- the checks ------------------------------------------------------------------------------------------


def _catalogue(store: DocumentStore, order: JsonDocument) -> Finding | None:
    for item in order.get("productOrderItem", []):
        if item.get("action", "add") not in ("add", "modify"):
            continue
        offering_id = (item.get("productOffering") or {}).get("id")
        if not offering_id:
            return Finding(
                lifecycle.REJECTED,
                "MISSING_PRODUCT_OFFERING",
                "Invalid order item",
                f"Item {item.get('id')} names no productOffering",
                (str(item.get("id")),),
            )
        try:
            offering = catalogue.sellable_offering(store, str(offering_id))
        except BadRequest as error:
            return Finding(
                lifecycle.REJECTED,
                error.code,
                "Catalogue validation failed",
                error.message,
                (str(item.get("id")),),
            )
        allowed = {ref.get("id") for ref in offering.get("productOfferingPrice") or []}
        for price in item.get("itemPrice") or []:
            named = (price.get("productOfferingPrice") or {}).get("id")
            if named and named not in allowed:
                return Finding(
                    lifecycle.REJECTED,
                    "INVALID_PRICE",
                    "Catalogue validation failed",
                    f"Item {item.get('id')}: price {named} is not a price of {offering_id}",
                    (str(item.get("id")),),
                )
    return None


def _existing_products(store: DocumentStore, order: JsonDocument) -> Finding | None:
    """A modify or delete item names an existing product that is still active."""
    for item in order.get("productOrderItem", []):
        if item.get("action", "add") not in ("modify", "delete"):
            continue
        product_id = (item.get("product") or {}).get("id")
        product = existing_product(store, item)
        if product is None:
            return Finding(
                lifecycle.REJECTED,
                "PRODUCT_NOT_FOUND",
                "Invalid order item",
                f"Item {item.get('id')} names no existing product (product.id {product_id})",
                (str(item.get("id")),),
            )
        if product.get("status") != "active":
            return Finding(
                lifecycle.REJECTED,
                "PRODUCT_NOT_ACTIVE",
                "Invalid order item",
                f"Item {item.get('id')}: product {product_id} is {product.get('status')}, not active",
                (str(item.get("id")),),
            )
    return None


def _information(store: DocumentStore, order: JsonDocument) -> Finding | None:
    if customer_ref(order) is None:
        return Finding(
            lifecycle.PENDING,
            "CUSTOMER_REQUIRED",
            "Information required",
            "The order names no customer (relatedParty with role customer)",
            (),
            "relatedParty",
        )
    for item in order.get("productOrderItem", []):
        if not is_broadband(specification_of(store, offering_of(store, item))):
            continue
        place = place_of(store, item) or {}
        if not (place.get("id") or (place.get("postcode") and place.get("streetNr"))):
            return Finding(
                lifecycle.PENDING,
                "INSTALLATION_ADDRESS_REQUIRED",
                "Information required",
                f"Broadband item {item.get('id')} has no installation address",
                (str(item.get("id")),),
                f"productOrderItem[id={item.get('id')}].product.place",
            )
    return None


def _address(store: DocumentStore, order: JsonDocument) -> Finding | None:
    for item in order.get("productOrderItem", []):
        if item.get("action") == "delete":
            continue  # ending a line needs no serviceability
        spec = specification_of(store, offering_of(store, item))
        place = place_of(store, item)
        if not is_broadband(spec) or place is None:
            continue
        qualified = serviceability.qualify(store, place)
        reasons = [r for q in qualified for r in q.get("eligibilityUnavailabilityReason") or []]
        if any(r.get("code") == "ADDRESS_NOT_FOUND" for r in reasons):
            return Finding(
                lifecycle.REJECTED,
                "ADDRESS_NOT_FOUND",
                "Address qualification failed",
                "The installation address is not known",
                (str(item.get("id")),),
            )
        speeds = {}
        for q in qualified:
            values = {
                c["name"]: c["value"] for c in (q.get("service") or {}).get("serviceCharacteristic") or []
            }
            if "technology" in values:
                speeds[values["technology"]] = values.get("maxDownloadSpeed", 0)
        technology, download = spec_value(spec, "technology"), spec_value(spec, "downloadSpeed") or 0
        if technology not in speeds or download > speeds[technology]:
            return Finding(
                lifecycle.REJECTED,
                "NOT_SERVICEABLE",
                "Address qualification failed",
                f"{technology} at {download} Mbps is not available at the installation address",
                (str(item.get("id")),),
            )
    return None


def _fraud(party: JsonDocument | None, order: JsonDocument) -> Finding | None:
    if any(email.endswith(BLOCKED_EMAIL_DOMAINS) for email in _emails(party, order)):
        return Finding(
            lifecycle.REJECTED,
            "FRAUD_SUSPECTED",
            "Fraud screening failed",
            "The customer's contact details are on the blocklist",
            _item_ids(order),
        )
    return None


def _order_key(order: JsonDocument) -> tuple[str | None, str | None, frozenset[str]]:
    place = installation_place(order) or {}
    offerings = frozenset(
        str((i.get("productOffering") or {}).get("id")) for i in order.get("productOrderItem", [])
    )
    return (customer_ref(order) or {}).get("id"), place.get("id"), offerings


def _duplicate(store: DocumentStore, order: JsonDocument) -> Finding | None:
    customer, address, offerings = _order_key(order)
    if not (customer and address):
        return None
    # Only open orders can be duplicated: reading every order ever made would grow with each one.
    for other in store.all("productOrder", state_not_in(lifecycle.FINAL)):
        if other["id"] == order["id"]:
            return None  # only earlier orders count (the store lists in insertion order)
        if other.get("state") in lifecycle.FINAL:
            continue
        other_customer, other_address, other_offerings = _order_key(other)
        if (other_customer, other_address) == (customer, address) and offerings & other_offerings:
            return Finding(
                lifecycle.REJECTED,
                "DUPLICATE_ORDER",
                "Duplicate order",
                f"Order {other['id']} for the same customer, address and offering is still open",
                _item_ids(order),
            )
    return None


def _discount_percent(alteration: JsonDocument, item_price: JsonDocument) -> float:
    """v4 PriceAlteration.price.percentage, or the altered amount against the item's price."""
    price = alteration.get("price") or {}
    if price.get("percentage") is not None:
        return abs(float(price["percentage"]))
    amount = (price.get("taxIncludedAmount") or {}).get("value")
    full = ((item_price.get("price") or {}).get("taxIncludedAmount") or {}).get("value")
    return abs(float(amount)) / float(full) * 100 if amount and full else 0.0


def _discount(store: DocumentStore, order: JsonDocument, threshold: float) -> Finding | None:
    for item in order.get("productOrderItem", []):
        offering = offering_of(store, item) or {}
        catalogue_prices = {ref.get("id") for ref in offering.get("productOfferingPrice") or []}
        for item_price in item.get("itemPrice") or []:
            for alteration in item_price.get("priceAlteration") or []:
                if (alteration.get("productOfferingPrice") or {}).get("id") in catalogue_prices:
                    continue  # a catalogue promotion is sanctioned already
                percent = _discount_percent(alteration, item_price)
                if percent > threshold:
                    return Finding(
                        lifecycle.HELD,
                        "APPROVAL_REQUIRED",
                        "Discount approval required",
                        f"Item {item.get('id')} has a {percent:g} % discount, above the "
                        f"{threshold:g} % a channel may give without approval",
                        (str(item.get("id")),),
                    )
    return None


def prices(store: DocumentStore, order: JsonDocument) -> Finding | None:
    """The order re-priced from the catalogue: refused when its quote or a price is no longer valid."""
    found = repricing.reprice(store, order)
    if found is None:
        return None
    return Finding(
        lifecycle.REJECTED, found.code, found.reason, found.message, found.items or _item_ids(order)
    )


def _review(reason: str, items: tuple[str, ...]) -> Finding:
    """Held for the credit team's review: the reason is for them, never shown to the customer."""
    return Finding(lifecycle.HELD, credit.FRAUD_REVIEW, credit.FRAUD_REVIEW_REASON, reason, items)


def validate(
    store: DocumentStore,
    order: JsonDocument,
    approval_threshold: float,
    checks: credit.CreditChecks | None = None,
) -> Finding | None:
    """The first finding against the order, or None when it may go into fulfilment."""
    found = (
        _catalogue(store, order)
        or prices(store, order)
        or _existing_products(store, order)
        or _information(store, order)
        or _address(store, order)
    )
    if found:
        return found
    party = customer_party(store, order) or credit.person_of(store, order)
    if found := _fraud(party, order):
        return found
    checks = checks or credit.CreditChecks()
    decision = credit.decide(store, order, checks.policy)
    items = _item_ids(order)
    if decision is not None and decision.outcome == "decline":
        return Finding(
            lifecycle.REJECTED,
            "CREDIT_DECLINED",
            "Credit check declined",
            "The credit check declined the customer",
            items,
        )
    if decision is not None and decision.outcome == "review":
        return _review(decision.reason, items)
    if found := _duplicate(store, order):
        return found
    if reason := credit.velocity(store, order, checks):
        return _review(reason, items)
    if decision is not None and decision.outcome == "refer":
        return Finding(
            lifecycle.HELD,
            "CREDIT_REFERRAL",
            "Credit referral",
            "The credit check referred the customer for a manual decision",
            items,
        )
    deposit = decision.deposit_gbp if decision is not None else None
    if deposit and not credit.carries_deposit(order, deposit):
        return Finding(
            lifecycle.PENDING,
            credit.DEPOSIT_REQUIRED,
            "Deposit required",
            f"The credit check accepts the order with a refundable deposit of £{deposit:.2f}",
            items,
            "orderTotalPrice",
            deposit,
        )
    return _discount(store, order, approval_threshold)
