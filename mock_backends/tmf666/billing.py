"""Billing starts at activation: the charges a product brings to its billing account, and the first bill.

The rule (monthly bills in arrears, pro rata for the first, part period):

- A product starts billing on its activation date, the UK calendar date of its TMF637 `startDate`.
- Each of its prices becomes a charge on its `billingAccount` from that date: a one-off price once, a
  monthly price at the amount that applies then (a promotion's percentage off while the promotion lasts,
  the promotion's end date kept with the charge).
- Bills are dated the 1st of each month. The first bill is dated the 1st of the month after the account's
  first activation and charges the one-off charges plus, for each monthly charge, the part of the month it
  was active: monthly amount * days from the activation date to the month's end (both counted) / days in
  that month, rounded half up to the penny. E.g. £30.00 a month from 7 December: 25/31 * £30.00 = £24.19,
  billed on 1 January. A product activated on or after the first bill date is charged on a later bill.

What billing writes on the account: `billingCharge` (an extension: TMF666 v4 models no charges), one
`accountBalance` of balanceType `firstBill` (its `amount`, and the bill date as `validFor.startDateTime`),
and `state: active`. A product is billed once however often its activation is replayed.
"""

import calendar
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf666.service import ACTIVE, DEFINED, billing_accounts
from mock_backends.tmf670.service import timestamp_now

UK = ZoneInfo("Europe/London")
FIRST_BILL = "firstBill"
PENNY = Decimal("0.01")
MONTHLY = ("month", "monthly")


def activation_date(product: JsonDocument) -> date:
    started = datetime.fromisoformat(str(product["startDate"]).replace("Z", "+00:00"))
    return started.astimezone(UK).date()


def first_bill_date(activated: date) -> date:
    return (activated.replace(day=1) + timedelta(days=32)).replace(day=1)


def pro_rata(monthly: Decimal, activated: date) -> Decimal:
    """The part of a month's charge from `activated` to the month's end, both days counted."""
    days_in_month = calendar.monthrange(activated.year, activated.month)[1]
    days_used = days_in_month - activated.day + 1
    return (monthly * days_used / days_in_month).quantize(PENNY, rounding=ROUND_HALF_UP)


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def _amount(price: JsonDocument) -> tuple[Decimal, str] | None:
    money = (price.get("price") or {}).get("taxIncludedAmount") or (price.get("price") or {}).get(
        "dutyFreeAmount"
    )
    if not isinstance(money, dict) or not isinstance(money.get("value"), int | float):
        return None
    return Decimal(str(money["value"])), str(money.get("unit") or "GBP")


def _promotion(price: JsonDocument, activated: date) -> tuple[Decimal, JsonDocument] | None:
    """The percentage off and what the charge says of it, for the first promotion that lasts months."""
    for alteration in price.get("productPriceAlteration") or []:
        percentage = (alteration.get("price") or {}).get("percentage")
        months = alteration.get("applicationDuration")
        if isinstance(percentage, int | float) and isinstance(months, int) and months > 0:
            end = _add_months(activated, months)
            said = {"name": alteration.get("name", ""), "percentage": percentage, "endDate": end.isoformat()}
            return Decimal(str(percentage)), said
    return None


def charges_of(product: JsonDocument) -> list[JsonDocument]:
    """The product's prices as charges from its activation date, each with its part of the first bill."""
    activated = activation_date(product)
    ref = {key: product[key] for key in ("id", "href", "name") if key in product}
    charges = []
    for price in product.get("productPrice") or []:
        found = _amount(price)
        if found is None:
            continue
        amount, unit = found
        recurring = str(price.get("recurringChargePeriod") or "").lower() in MONTHLY or (
            str(price.get("priceType", "")).lower() == "recurring"
        )
        charge: dict[str, Any] = {
            "product": {**ref, "@referredType": "Product"},
            "name": price.get("name") or ref.get("name", ""),
            "priceType": "recurring" if recurring else "oneTime",
            "startDate": activated.isoformat(),
        }
        promotion = _promotion(price, activated) if recurring else None
        if promotion is not None:
            percentage, said = promotion
            charge["fullAmount"] = {"unit": unit, "value": float(amount)}
            charge["priceAlteration"] = said
            amount = (amount * (100 - percentage) / 100).quantize(PENNY, rounding=ROUND_HALF_UP)
        first_bill = pro_rata(amount, activated) if recurring else amount
        charge |= {
            "chargePeriod": "month" if recurring else None,
            "amount": {"unit": unit, "value": float(amount)},
            "firstBillAmount": {"unit": unit, "value": float(first_bill)},
        }
        charges.append({key: value for key, value in charge.items() if value is not None})
    return charges


def first_bill(charges: list[JsonDocument]) -> JsonDocument | None:
    """The first bill's `accountBalance`: dated after the first activation, with what is due by then."""
    if not charges:
        return None
    bill_date = first_bill_date(min(date.fromisoformat(charge["startDate"]) for charge in charges))
    due = [charge for charge in charges if date.fromisoformat(charge["startDate"]) < bill_date]
    total = sum((Decimal(str(charge["firstBillAmount"]["value"])) for charge in due), Decimal(0))
    unit = str(due[0]["amount"]["unit"])
    return {
        "balanceType": FIRST_BILL,
        "amount": {"unit": unit, "value": float(total.quantize(PENNY))},
        "validFor": {"startDateTime": f"{bill_date.isoformat()}T00:00:00Z"},
        "@type": "AccountBalance",
    }


def start_billing(store: DocumentStore, product: JsonDocument) -> JsonDocument | None:
    """Bill an activated product on its billing account; None when the account is not one of this server's
    (a reference only) or the product is billed already."""
    account_id = (product.get("billingAccount") or {}).get("id")
    account = billing_accounts(store).find(str(account_id)) if account_id else None
    if account is None or not product.get("startDate"):
        return None
    charges = list(account.get("billingCharge") or [])
    if any(charge.get("product", {}).get("id") == product.get("id") for charge in charges):
        return None
    charges += charges_of(product)
    balances = [b for b in account.get("accountBalance") or [] if b.get("balanceType") != FIRST_BILL]
    bill = first_bill(charges)
    updated = {
        **account,
        "billingCharge": charges,
        "accountBalance": [*balances, *([bill] if bill else [])],
        "state": ACTIVE if account.get("state", DEFINED) == DEFINED else account["state"],
        "lastModified": timestamp_now(),
    }
    return billing_accounts(store).replace(updated)
