"""The price an order carries, from the TMF648 quote it is priced by, and read back for the screens.

Every order the BFF places is priced by a TMF648 quote: the one the customer saw (the checkout's, a store's
quote they accept), else one made for the order's items now. The order then carries, per TMF622 v4:
- per item `itemPrice`: the quote's prices as OrderPrice (recurring, `recurringChargePeriod: month`; one-off
  `oneTime`), each with its `productOfferingPrice`; a catalogue promotion as a `priceAlteration` of the
  recurring price (`applicationDuration` + `unitOfMeasure: month`), and an agent's discount as a
  `priceAlteration` named "Agent discount", its reason in `description` (no productOfferingPrice);
- the main item's `itemTerm`: the minimum term (`duration {amount, units: month}`);
- `orderTotalPrice`: the monthly total (its promotions and discount as alterations) and the one-off total;
- `quote`: the QuoteRef of the quote.

The order manager prices the order again from the catalogue (PRICE_CHANGED, QUOTE_EXPIRED): see
`repriced_refusal`, which turns that refusal into a channel error carrying a new quote.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from bff.core.catalog import CENTS
from bff.core.clients.base import TmfNotFound, dump
from bff.core.clients.tmf648 import Tmf648Client
from bff.core.contract_summary import SummaryRules, contract_summary
from bff.core.errors import ChannelError
from bff.core.models import AddOn, ContractSummary, LinePrice, Offer, PriceCut, QuoteSummary
from bff.core.pricing import read_quote, with_term
from bff.core.terms import ends_on
from tmf_models.tmf622 import ProductOrder
from tmf_models.tmf648 import Quote, QuoteCreate

AGENT_DISCOUNT = "Agent discount"
RECURRING, ONE_TIME = "recurring", "oneTime"
MONTH = "month"
# The order manager's refusals of an order priced otherwise than its catalogue now.
REPRICED_CODES = frozenset({"PRICE_CHANGED", "QUOTE_EXPIRED"})
# A short order reference a person can read out: no 0/O, 1/I/L or U/V.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
REFERENCE_LENGTH = 5
ORDER_PRICE_KEYS = (
    "name",
    "description",
    "priceType",
    "recurringChargePeriod",
    "price",
    "productOfferingPrice",
)
ALTERATION_KEYS = (
    "name",
    "description",
    "priceType",
    "applicationDuration",
    "recurringChargePeriod",
    "priority",
    "price",
    "productOfferingPrice",
)


class PriceChanged(ChannelError):
    """The order manager refused the order's price (PRICE_CHANGED) or quote (QUOTE_EXPIRED): nothing is
    placed; `quote` is the price now, for the customer to accept before ordering again."""

    status = 409
    code = "PRICE_CHANGED"
    message = (
        "The price has changed since we quoted it. Check the new price and accept it to place your order."
    )

    def __init__(self, code: str, quote: QuoteSummary) -> None:
        super().__init__()
        self.code = code
        if code == "QUOTE_EXPIRED":
            self.message = "Your quote has expired. Check today's price and accept it to place your order."
        self.quote = quote

    @property
    def details(self) -> dict[str, Any]:
        return {"quote": self.quote.model_dump(mode="json", by_alias=True)}


@dataclass(frozen=True)
class AgentDiscount:
    percentage: Decimal
    months: int | None
    reason: str


def order_reference(order_id: str) -> str:
    """`LF-` and five characters drawn from the order id: the same for every reader, never stored."""
    number = int.from_bytes(hashlib.sha256(order_id.encode()).digest()[:8], "big")
    letters = []
    for _ in range(REFERENCE_LENGTH):
        number, index = divmod(number, len(REFERENCE_ALPHABET))
        letters.append(REFERENCE_ALPHABET[index])
    return "LF-" + "".join(letters)


# --- the quote an order is priced by ----------------------------------------------------------------------


def _offerings(items: list[dict[str, Any]]) -> list[str]:
    return sorted(str((item.get("productOffering") or {}).get("id")) for item in items)


async def pricing_quote(client: Tmf648Client, quote_id: str | None, create: QuoteCreate) -> dict[str, Any]:
    """The quote named, if it prices exactly these offerings; else a new quote of them."""
    wanted = dump(create)
    if quote_id:
        try:
            found = dump(await client.get_quote(quote_id))
        except TmfNotFound:
            found = {}
        if found and _offerings(found.get("quoteItem") or []) == _offerings(wanted["quoteItem"]):
            return found
    return dump(await client.create_quote(create))


def summary_of_quote(
    quote: dict[str, Any],
    offer: Offer,
    add_ons: list[AddOn],
    rules: SummaryRules,
    currency: str,
    today: date,
) -> ContractSummary:
    """The contract summary of the TMF648 quote (JSON) an order is priced by, read as the checkout reads
    it (`pricing.price_basket`): the summary accepted and the order's price come from one quote."""
    priced = with_term(read_quote(Quote.model_validate(quote), currency), offer.contract_months, today)
    return contract_summary(priced, offer, add_ons, rules, today)


def repriced_code(order: ProductOrder) -> str | None:
    """PRICE_CHANGED or QUOTE_EXPIRED when the order manager refused the order for its price, else None."""
    if (order.state.value if order.state else None) != "rejected":
        return None
    body = dump(order)
    codes = [str(e.get("code")) for e in body.get("productOrderErrorMessage") or []]
    return next((code for code in codes if code in REPRICED_CODES), None)


async def check_priced(
    order: ProductOrder,
    client: Tmf648Client,
    create: QuoteCreate,
    *,
    currency: str,
    contract_months: int | None,
    summarise: Callable[[QuoteSummary, date], QuoteSummary] | None = None,
) -> None:
    """Raise PriceChanged, with a new quote of the same items, if the order was refused for its price;
    `summarise` adds the new quote's contract summary (web: the customer reads it again to order)."""
    code = repriced_code(order)
    if code is None:
        return
    today = date.today()
    quote = with_term(read_quote(await client.create_quote(create), currency), contract_months, today)
    raise PriceChanged(code, summarise(quote, today) if summarise is not None else quote)


# --- writing the prices on the order ----------------------------------------------------------------------


def _money(value: Decimal, currency: str) -> dict[str, Any]:
    return {"unit": currency, "value": float(value.quantize(CENTS))}


def _amount(price: dict[str, Any]) -> Decimal:
    value = ((price.get("price") or {}).get("taxIncludedAmount") or {}).get("value")
    return Decimal(str(value or 0))


def _currency(price: dict[str, Any], default: str) -> str:
    return str(((price.get("price") or {}).get("taxIncludedAmount") or {}).get("unit") or default)


def _alteration(alteration: dict[str, Any]) -> dict[str, Any]:
    copied = {key: alteration[key] for key in ALTERATION_KEYS if key in alteration}
    if copied.get("applicationDuration"):
        copied["unitOfMeasure"] = MONTH  # the duration's unit (TMF622 has no field of its own for it)
    return {**copied, "@type": "PriceAlteration"}


def order_price(quote_price: dict[str, Any]) -> dict[str, Any]:
    """A TMF648 QuotePrice as the TMF622 OrderPrice it agrees to."""
    price = {key: quote_price[key] for key in ORDER_PRICE_KEYS if key in quote_price}
    alterations = [_alteration(a) for a in quote_price.get("priceAlteration") or [] if a.get("priceType")]
    if alterations:
        price["priceAlteration"] = alterations
    return {**price, "@type": "OrderPrice"}


def discount_alteration(monthly: Decimal, currency: str, discount: AgentDiscount) -> dict[str, Any]:
    alteration: dict[str, Any] = {
        "@type": "PriceAlteration",
        "name": AGENT_DISCOUNT,
        "description": discount.reason,
        "priceType": "discount",
        "recurringChargePeriod": MONTH,
        "priority": 2,  # after the catalogue's promotion
        "price": {
            "percentage": float(discount.percentage),
            "taxIncludedAmount": _money(monthly * discount.percentage / 100, currency),
        },
    }
    if discount.months:
        alteration |= {"applicationDuration": discount.months, "unitOfMeasure": MONTH}
    return alteration


def _total(name: str, price_type: str, amount: Decimal, currency: str) -> dict[str, Any]:
    total: dict[str, Any] = {"@type": "OrderPrice", "name": name, "priceType": price_type}
    if price_type == RECURRING:
        total["recurringChargePeriod"] = MONTH
    return {**total, "price": {"taxIncludedAmount": _money(amount, currency)}}


def order_total_price(items: list[dict[str, Any]], currency: str) -> list[dict[str, Any]]:
    """orderTotalPrice: the monthly total with every line's alterations (each taking its amount off for its
    duration), and the one-off total."""
    prices = [price for item in items for price in item.get("itemPrice") or []]
    monthly = sum((_amount(p) for p in prices if p.get("priceType") == RECURRING), Decimal(0))
    one_off = sum((_amount(p) for p in prices if p.get("priceType") == ONE_TIME), Decimal(0))
    totals = []
    if any(p.get("priceType") == RECURRING for p in prices):
        recurring = _total("Monthly total", RECURRING, monthly, currency)
        alterations = [
            a for p in prices if p.get("priceType") == RECURRING for a in p.get("priceAlteration") or []
        ]
        if alterations:
            recurring["priceAlteration"] = alterations
        totals.append(recurring)
    if any(p.get("priceType") == ONE_TIME for p in prices):
        totals.append(_total("One-off total", ONE_TIME, one_off, currency))
    return totals


def price_order(
    body: dict[str, Any],
    quote: dict[str, Any],
    *,
    currency: str,
    contract_months: int | None = None,
    discount: AgentDiscount | None = None,
) -> dict[str, Any]:
    """The order body (TMF622 JSON) with the quote's prices on its items, its total and the quote's ref;
    the first item is the main one (the discount and the minimum term go on it)."""
    unused = list(quote.get("quoteItem") or [])
    items = []
    for position, item in enumerate(body["productOrderItem"]):
        offering = (item.get("productOffering") or {}).get("id")
        quoted = next((q for q in unused if (q.get("productOffering") or {}).get("id") == offering), None)
        if quoted is None:
            items.append(item)
            continue
        unused.remove(quoted)
        prices = [order_price(p) for p in quoted.get("quoteItemPrice") or []]
        if position == 0 and discount is not None:
            for price in prices:
                if price.get("priceType") == RECURRING:
                    cut = discount_alteration(_amount(price), _currency(price, currency), discount)
                    price["priceAlteration"] = [*price.get("priceAlteration", []), cut]
        priced = {**item, "itemPrice": prices}
        if position == 0 and contract_months:
            term = {"name": "Minimum term", "duration": {"amount": contract_months, "units": MONTH}}
            priced["itemTerm"] = [{**term, "@type": "OrderTerm"}]
        items.append(priced)
    quote_ref = {"id": quote["id"], "@referredType": "Quote"} | (
        {"href": quote["href"]} if quote.get("href") else {}
    )
    return {
        **body,
        "productOrderItem": items,
        "orderTotalPrice": order_total_price(items, currency),
        "quote": [quote_ref],
    }


# --- reading them back ------------------------------------------------------------------------------------


def _cut(alteration: dict[str, Any], start: date) -> PriceCut:
    months = alteration.get("applicationDuration") or None
    return PriceCut(
        name=str(alteration.get("name") or AGENT_DISCOUNT),
        reason=alteration.get("description"),
        percentage=Decimal(str((alteration.get("price") or {}).get("percentage") or 0)),
        months=months,
        ends_on=ends_on(start, months),
    )


def _contract_months(item: dict[str, Any]) -> int | None:
    for term in item.get("itemTerm") or []:
        duration = term.get("duration") or {}
        if str(duration.get("units") or "").lower().startswith(MONTH) and duration.get("amount"):
            return int(duration["amount"])
    return None


def _cut_price(monthly: Decimal, cuts: list[PriceCut]) -> Decimal:
    for cut in cuts:
        monthly = monthly * (100 - cut.percentage) / 100
    return monthly.quantize(CENTS)


def line_price(item: dict[str, Any], ordered_on: date, currency: str) -> LinePrice | None:
    """The prices an order item carries (itemPrice), or None when it carries none."""
    prices = item.get("itemPrice") or []
    if not prices:
        return None
    monthly = one_off = Decimal(0)
    promotion: PriceCut | None = None
    discount: PriceCut | None = None
    for price in prices:
        currency = _currency(price, currency)
        if price.get("priceType") == RECURRING:
            monthly += _amount(price)
            for alteration in price.get("priceAlteration") or []:
                if (alteration.get("productOfferingPrice") or {}).get("id"):
                    promotion = _cut(alteration, ordered_on)
                else:
                    discount = _cut(alteration, ordered_on)
        elif price.get("priceType") == ONE_TIME:
            one_off += _amount(price)
    cuts = [cut for cut in (promotion, discount) if cut is not None]
    lasting = [
        cut
        for cut in cuts
        if cut is discount and (not cut.months or not promotion or cut.months > (promotion.months or 0))
    ]
    months = _contract_months(item)
    return LinePrice(
        currency=currency,
        monthly_price=monthly.quantize(CENTS),
        monthly_price_now=_cut_price(monthly, cuts),
        monthly_price_after=_cut_price(monthly, lasting),
        one_off_price=one_off.quantize(CENTS),
        promotion=promotion,
        discount=discount,
        contract_months=months,
        contract_ends_on=ends_on(ordered_on, months),
    )


def order_totals(body: dict[str, Any], lines: list[LinePrice]) -> tuple[Decimal | None, Decimal | None]:
    """The monthly total now (every line's price with its cuts) and the one-off total; None without prices."""
    if not lines:
        return None, None
    one_off = next(
        (_amount(p) for p in body.get("orderTotalPrice") or [] if p.get("priceType") == ONE_TIME),
        sum((line.one_off_price for line in lines), Decimal(0)),
    )
    monthly = sum((line.monthly_price_now for line in lines), Decimal(0))
    return monthly.quantize(CENTS), one_off.quantize(CENTS)
