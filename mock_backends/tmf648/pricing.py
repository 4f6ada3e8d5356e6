"""Turn catalogue prices (TMF620 productOfferingPrice) into quote prices (TMF648 QuotePrice).

Catalogue prices include VAT (docs/architecture.md); the quote states the tax-included amount, the UK VAT
rate and the duty-free amount. A promotion (POP `priceType: discount`) becomes a `priceAlteration` of the
recurring price: `price.percentage` is the POP's percentage, `price.taxIncludedAmount` the amount taken off
each month (a positive number), `applicationDuration` the number of months it applies.
Arithmetic is done in Decimal so totals do not drift by a penny.
"""

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from mock_backends.storage import JsonDocument

VAT_RATE = Decimal("20")
PENNY = Decimal("0.01")
RECURRING = "recurring"
ONE_TIME = "oneTime"
DISCOUNT = "discount"


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    return {"unit": currency, "value": float(amount.quantize(PENNY, ROUND_HALF_UP))}


def price_value(amount: Decimal, currency: str) -> dict[str, Any]:
    """A TMF648 `Price` for a tax-included amount."""
    duty_free = amount * 100 / (100 + VAT_RATE)
    return {
        "taxIncludedAmount": _money(amount, currency),
        "dutyFreeAmount": _money(duty_free, currency),
        "taxRate": float(VAT_RATE),
    }


def _pop_ref(pop: JsonDocument) -> dict[str, Any]:
    return {"id": pop["id"], "href": pop.get("href"), "name": pop.get("name")}


def _amount(pop: JsonDocument) -> Decimal:
    return Decimal(str(pop.get("price", {}).get("value", 0)))


def _currency(pop: JsonDocument) -> str:
    unit: str = pop.get("price", {}).get("unit", "GBP")
    return unit


def _alteration(discount: JsonDocument, recurring_amount: Decimal, currency: str) -> dict[str, Any]:
    percentage = Decimal(str(discount.get("percentage", 0)))
    taken_off = recurring_amount * percentage / 100
    return {
        "name": discount.get("name"),
        "description": discount.get("description"),
        "priceType": DISCOUNT,
        "applicationDuration": discount.get("recurringChargePeriodLength"),
        "recurringChargePeriod": discount.get("recurringChargePeriodType", "month"),
        "priority": 1,
        "price": {"percentage": float(percentage), **price_value(taken_off, currency)},
        "productOfferingPrice": _pop_ref(discount),
    }


def item_prices(pops: Iterable[JsonDocument], quantity: int) -> list[dict[str, Any]]:
    """The quoteItemPrice entries of one item: recurring (with any promotions) and one-time charges."""
    pops = list(pops)
    discounts = [pop for pop in pops if pop.get("priceType") == DISCOUNT]
    prices = []
    for pop in pops:
        price_type = pop.get("priceType")
        if price_type not in (RECURRING, ONE_TIME):
            continue
        amount, currency = _amount(pop) * quantity, _currency(pop)
        quote_price: dict[str, Any] = {
            "name": pop.get("name"),
            "description": pop.get("description"),
            "priceType": price_type,
            "price": price_value(amount, currency),
            "productOfferingPrice": _pop_ref(pop),
        }
        if price_type == RECURRING:
            quote_price["recurringChargePeriod"] = pop.get("recurringChargePeriodType", "month")
            alterations = [_alteration(discount, amount, currency) for discount in discounts]
            if alterations:
                quote_price["priceAlteration"] = alterations
        prices.append(_without_none(quote_price))
    return prices


def total_prices(item_prices: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """quoteTotalPrice: one recurring (monthly) and one one-time total, with promotions summed by duration."""
    item_prices = list(item_prices)
    totals = []
    currency = next((p["price"]["taxIncludedAmount"]["unit"] for p in item_prices), "GBP")
    for price_type, name in ((RECURRING, "Monthly total"), (ONE_TIME, "One-off total")):
        of_type = [p for p in item_prices if p["priceType"] == price_type]
        if not of_type:
            continue
        amount = sum((Decimal(str(p["price"]["taxIncludedAmount"]["value"])) for p in of_type), Decimal(0))
        total: dict[str, Any] = {
            "name": name,
            "priceType": price_type,
            "price": price_value(amount, currency),
        }
        if price_type == RECURRING:
            total["recurringChargePeriod"] = "month"
            alterations = _summed_alterations(a for p in of_type for a in p.get("priceAlteration", []))
            if alterations:
                total["priceAlteration"] = alterations
        totals.append(total)
    return totals


def _summed_alterations(alterations: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    by_duration: dict[Any, Decimal] = {}
    currency = "GBP"
    for alteration in alterations:
        amount = alteration["price"]["taxIncludedAmount"]
        currency = amount["unit"]
        duration = alteration.get("applicationDuration")
        by_duration[duration] = by_duration.get(duration, Decimal(0)) + Decimal(str(amount["value"]))
    return [
        _without_none(
            {
                "name": "Promotions",
                "priceType": DISCOUNT,
                "applicationDuration": duration,
                "recurringChargePeriod": "month",
                "price": price_value(amount, currency),
            }
        )
        for duration, amount in by_duration.items()
    ]


def _without_none(document: Any) -> Any:
    if isinstance(document, list):
        return [_without_none(item) for item in document]
    if isinstance(document, dict):
        return {name: _without_none(value) for name, value in document.items() if value is not None}
    return document
