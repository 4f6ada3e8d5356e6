"""What ending a line inside its minimum term costs (the early-termination charge), as UK operators publish
it: the monthly charges still to come, optionally less a published discount.

The rule, simple enough for a customer to check by hand:
- The minimum term is the product's TMF637 `productTerm` (`duration` in months, counted from
  `validFor.startDateTime`: the line's activation or its last speed change, each of which starts a new term).
  A product recorded without one counts the catalogue offer's contract months from its `startDate`.
  The term ends the day before the same date that many months later (terms.ends_on).
- Monthly charges are billed in advance, so the month the cease date falls in is already paid. The months
  left are the term's months that start after the cease date (month k starts on start + k months).
- Each month left costs the line's recurring `productPrice` less its `productPriceAlteration` percentages: a
  promotion only in the months of its `applicationDuration` (counted from the term's start), an alteration
  with no duration (an agent's discount) in every month; each month rounded to the penny.
- The sum is reduced by `BFF_EARLY_TERMINATION_DISCOUNT_PERCENT` (default 0; operators who take off VAT or
  costs they no longer have set it), rounded to the penny.
- Add-ons (router, static IP) carry no term of their own and add nothing. An ended line has no charge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from bff.core.catalog import CENTS, Catalog
from bff.core.errors import ChannelError
from bff.core.terms import add_months, ends_on
from tmf_models.tmf637 import Product

CHARGE_NAME = "Early termination charge"
MONTH = "month"
ENDED = "terminated"


@dataclass(frozen=True)
class MinimumTerm:
    months: int
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class EarlyTermination:
    """What ending the line on `cease_on` costs: `charge` (0: nothing) for `months_left` of its term."""

    term: MinimumTerm
    cease_on: date
    months_left: int
    charge: Decimal
    currency: str

    @property
    def ended(self) -> bool:
        return self.term.ends_on < self.cease_on


class EarlyTerminationChargeNotAccepted(ChannelError):
    """A cease inside the minimum term that did not accept (the exact amount of) its charge."""

    status = 409
    code = "EARLY_TERMINATION_CHARGE"

    def __init__(self, found: EarlyTermination) -> None:
        self.found = found
        figure = f"{found.charge:,.2f}"
        amount = f"£{figure}" if found.currency == "GBP" else f"{figure} {found.currency}"
        super().__init__(
            f"Ending this line now costs {amount} ({found.months_left} months left of your "
            f"minimum term, which ends on {found.term.ends_on:%d %B %Y}). Confirm the charge to end it."
        )

    @property
    def details(self) -> dict[str, Any]:
        return {
            "earlyTerminationCharge": {"value": float(self.found.charge), "unit": self.found.currency},
            "monthsLeft": self.found.months_left,
            "contractEndsOn": self.found.term.ends_on.isoformat(),
        }


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except InvalidOperation:
        return None


def _months(duration: dict[str, Any]) -> int | None:
    amount = _decimal(duration.get("amount"))
    if amount is None or amount <= 0 or not str(duration.get("units") or "").lower().startswith(MONTH):
        return None
    return int(amount)


def minimum_term_of(product: Product, catalog: Catalog | None = None) -> MinimumTerm | None:
    """The product's minimum term (its productTerm, else the catalogue offer's months from its start)."""
    body = product.model_dump(mode="json", by_alias=True, exclude_none=True)
    for term in body.get("productTerm") or []:
        months = _months(term.get("duration") or {})
        started = (term.get("validFor") or {}).get("startDateTime") or body.get("startDate")
        if months and started:
            start = date.fromisoformat(str(started)[:10])
            return MinimumTerm(months, start, ends_on(start, months) or start)
    offering_id = (body.get("productOffering") or {}).get("id", "")
    offer = catalog.offers.get(offering_id) if catalog else None
    if offer is None or not offer.contract_months or product.start_date is None:
        return None
    start = product.start_date.date()
    return MinimumTerm(offer.contract_months, start, ends_on(start, offer.contract_months) or start)


def _monthly_prices(product: Product) -> list[tuple[Decimal, list[tuple[Decimal, int | None]]]]:
    """Each recurring price with its alterations (percentage, months it applies or None: always)."""
    body = product.model_dump(mode="json", by_alias=True, exclude_none=True)
    found = []
    for price in body.get("productPrice") or []:
        amount = _decimal(((price.get("price") or {}).get("taxIncludedAmount") or {}).get("value"))
        if price.get("priceType") != "recurring" or amount is None:
            continue
        cuts = []
        for alteration in price.get("productPriceAlteration") or []:
            percentage = _decimal((alteration.get("price") or {}).get("percentage"))
            if percentage:
                duration = alteration.get("applicationDuration")
                cuts.append((percentage, int(duration) if duration else None))
        found.append((amount, cuts))
    return found


def month_price(product: Product, month: int) -> Decimal:
    """What the customer pays in month `month` (0-based) of the term, to the penny."""
    total = Decimal(0)
    for amount, cuts in _monthly_prices(product):
        for percentage, months in cuts:
            if months is None or month < months:
                amount = amount * (100 - percentage) / 100
        total += amount
    return total.quantize(CENTS)


def early_termination_of(
    product: Product,
    cease_on: date,
    *,
    currency: str,
    discount_percent: Decimal = Decimal(0),
    catalog: Catalog | None = None,
) -> EarlyTermination | None:
    """The charge of ending the line on `cease_on` (module docstring), or None for an ended line or one with
    no known minimum term."""
    if product.status is not None and product.status.value == ENDED:
        return None
    term = minimum_term_of(product, catalog)
    if term is None:
        return None
    left = [month for month in range(term.months) if add_months(term.starts_on, month) > cease_on]
    total = sum((month_price(product, month) for month in left), Decimal(0))
    charge = (total * (100 - discount_percent) / 100).quantize(CENTS)
    body = product.model_dump(mode="json", by_alias=True, exclude_none=True)
    unit = next(
        (
            str(unit)
            for price in body.get("productPrice") or []
            if (unit := ((price.get("price") or {}).get("taxIncludedAmount") or {}).get("unit"))
        ),
        currency,
    )
    return EarlyTermination(term, cease_on, len(left), charge, unit)


def check_accepted(found: EarlyTermination | None, value: Decimal | None, unit: str | None) -> None:
    """A cease with a charge goes ahead only if the customer accepted exactly that amount (they saw it)."""
    if found is None or found.charge == 0:
        return
    if value is None or Decimal(value).quantize(CENTS) != found.charge or (unit or "") != found.currency:
        raise EarlyTerminationChargeNotAccepted(found)


def charge_price(found: EarlyTermination) -> dict[str, Any]:
    """The TMF622 OrderPrice of the charge, carried by the cease item (`itemPrice`)."""
    return {
        "name": CHARGE_NAME,
        "description": (
            f"{found.months_left} months left of the minimum term, which ends on "
            f"{found.term.ends_on.isoformat()}"
        ),
        "priceType": "oneTime",
        "price": {"taxIncludedAmount": {"value": float(found.charge), "unit": found.currency}},
        "@type": "OrderPrice",
    }
