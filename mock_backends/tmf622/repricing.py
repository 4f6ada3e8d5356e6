"""Re-pricing an order from the catalogue: the prices it carries must be today's, its quote still valid.

What is checked (the first finding decides; both refuse the order, state `rejected`):
- QUOTE_EXPIRED: a `quote` the order references (TMF648, in this server) is past its `validFor.endDateTime`
  or was rejected or cancelled;
- PRICE_CHANGED: an `itemPrice` of an add or modify item differs from the catalogue's (TMF620
  productOfferingPrice) now: a price's `price.taxIncludedAmount.value` against the POP's `price.value` times
  the item's quantity, a promotion's `price.percentage` and `applicationDuration` against the POP's
  `percentage` and `recurringChargePeriodLength`. A price naming no POP is compared with the offering's POP
  of its `priceType` (an agent's discount, which names none, is left to the approval rules).

The message gives the catalogue's price now, so a channel can show it. Run on receipt (service.py) and again
at validation (validation.py): the catalogue may change in between.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf620 import service as catalogue
from mock_backends.tmf648 import service as quotes

PRICE_CHANGED = "PRICE_CHANGED"
QUOTE_EXPIRED = "QUOTE_EXPIRED"
CLOSED_QUOTE_STATES = frozenset({"rejected", "cancelled"})
PENNY = Decimal("0.005")
PRICED_ACTIONS = ("add", "modify")


@dataclass(frozen=True)
class Repricing:
    code: str
    reason: str
    message: str
    items: tuple[str, ...] = ()


def _parse(moment: Any) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(str(moment).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _quote_finding(store: DocumentStore, order: JsonDocument, now: datetime) -> Repricing | None:
    for ref in order.get("quote") or []:
        quote = store.get(quotes.QUOTE.name, str(ref.get("id"))) if ref.get("id") else None
        if quote is None:
            continue  # a quote of another system: not ours to judge
        ends = _parse((quote.get("validFor") or {}).get("endDateTime"))
        if quote.get("state") in CLOSED_QUOTE_STATES or (ends is not None and ends < now):
            return Repricing(
                QUOTE_EXPIRED,
                "Quote expired",
                f"Quote {quote['id']} is no longer valid: the order must be priced again",
            )
    return None


def _amount(price: JsonDocument) -> Decimal | None:
    value = ((price.get("price") or {}).get("taxIncludedAmount") or {}).get("value")
    return Decimal(str(value)) if value is not None else None


def _pounds(amount: Decimal) -> str:
    return f"£{amount.quantize(Decimal('0.01'))}"


def _price_change(item: JsonDocument, price: JsonDocument, pop: JsonDocument, quantity: int) -> str | None:
    """Why `price` (an OrderPrice, or one of its alterations) is not the POP's now; None when it is."""
    name = pop.get("name") or pop.get("id")
    if pop.get("priceType") == "discount":
        percentage = Decimal(str((price.get("price") or {}).get("percentage") or 0))
        now_percentage = Decimal(str(pop.get("percentage") or 0))
        months, now_months = price.get("applicationDuration"), pop.get("recurringChargePeriodLength")
        if percentage != now_percentage or (months is not None and months != now_months):
            return f"{name} is now {now_percentage:g} % for {now_months} months"
        return None
    ordered = _amount(price)
    now_amount = Decimal(str((pop.get("price") or {}).get("value") or 0)) * quantity
    if ordered is None or abs(ordered - now_amount) > PENNY:
        return f"{name} is now {_pounds(now_amount)} (the order says {_pounds(ordered or Decimal(0))})"
    return None


def _item_finding(store: DocumentStore, item: JsonDocument) -> str | None:
    offering_id = (item.get("productOffering") or {}).get("id")
    offering = store.get(catalogue.PRODUCT_OFFERING.name, str(offering_id)) if offering_id else None
    if offering is None:
        return None  # the catalogue check says why
    pops = catalogue.prices_of(store, offering)
    by_id = {pop["id"]: pop for pop in pops}
    quantity = int(item.get("quantity") or 1)
    for price in item.get("itemPrice") or []:
        named = (price.get("productOfferingPrice") or {}).get("id")
        pop = (
            by_id.get(named)
            if named
            else next((p for p in pops if p.get("priceType") == price.get("priceType")), None)
        )
        if pop is not None and (why := _price_change(item, price, pop, quantity)):
            return why
        for alteration in price.get("priceAlteration") or []:
            promotion = by_id.get((alteration.get("productOfferingPrice") or {}).get("id"))
            if promotion is not None and (why := _price_change(item, alteration, promotion, quantity)):
                return why
    return None


def reprice(store: DocumentStore, order: JsonDocument, now: datetime | None = None) -> Repricing | None:
    """The first reason the order's prices are not the catalogue's now, or None."""
    found = _quote_finding(store, order, now or datetime.now(UTC))
    if found is not None:
        return found
    for item in order.get("productOrderItem") or []:
        if item.get("action", "add") not in PRICED_ACTIONS:
            continue
        why = _item_finding(store, item)
        if why is not None:
            return Repricing(
                PRICE_CHANGED, "Price changed", f"Item {item.get('id')}: {why}", (str(item.get("id")),)
            )
    return None
