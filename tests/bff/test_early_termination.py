"""The early-termination charge of a line ended inside its minimum term: the rule (remaining monthly charges,
a promotion only for its months, less the published discount), shown on GET /products, and required to be
accepted, to the penny, before a cease order is placed (409 EARLY_TERMINATION_CHARGE otherwise)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import httpx
import respx

from bff.core.early_termination import early_termination_of
from bff.core.terms import add_months, ends_on
from tests.bff.factories import create_product
from tests.bff.test_web_products import KEY, PRODUCTS, serve_change_backends
from tmf_models.tmf637 import Product


def last_day(start: date) -> str:
    """The 24-month term's last day (the day before the same date 24 months on)."""
    return str(ends_on(start, 24))


def line_in_term(
    start: date, monthly: float = 30.0, promotion: tuple[int, int] | None = None
) -> dict[str, Any]:
    """A line with a 24-month productTerm from `start` and a recurring price (`promotion`: % off, months)."""
    price: dict[str, Any] = {
        "name": "Monthly price",
        "priceType": "recurring",
        "recurringChargePeriod": "month",
        "price": {"taxIncludedAmount": {"value": monthly, "unit": "GBP"}},
        "@type": "ProductPrice",
    }
    if promotion:
        percentage, months = promotion
        price["productPriceAlteration"] = [
            {
                "name": "Half price for 6 months",
                "priceType": "recurring",
                "applicationDuration": months,
                "price": {"percentage": percentage},
            }
        ]
    return {
        **create_product(),
        "startDate": f"{start.isoformat()}T09:00:00Z",
        "productPrice": [price],
        "productTerm": [
            {
                "name": "Minimum term",
                "duration": {"amount": 24, "units": "month"},
                "validFor": {"startDateTime": f"{start.isoformat()}T09:00:00Z"},
                "@type": "ProductTerm",
            }
        ],
    }


def test_the_charge_is_the_monthly_charges_left_with_the_promotion_for_its_months() -> None:
    product = Product.model_validate(line_in_term(date(2026, 1, 15), promotion=(50, 6)))

    found = early_termination_of(product, date(2026, 3, 20), currency="GBP")

    assert found is not None
    assert found.term.ends_on == date(2028, 1, 14)
    # Months 0-2 (from 15 Jan, Feb, Mar) are billed; months 3-23 are left: 3 at £15 (promotion), 18 at £30.
    assert found.months_left == 21
    assert found.charge == Decimal("585.00")
    less_vat = early_termination_of(product, date(2026, 3, 20), currency="GBP", discount_percent=Decimal(10))
    assert less_vat is not None and less_vat.charge == Decimal("526.50")


def test_a_line_past_its_minimum_term_costs_nothing_to_end() -> None:
    product = Product.model_validate(line_in_term(date(2026, 1, 15)))

    found = early_termination_of(product, date(2028, 1, 15), currency="GBP")

    assert found is not None and found.ended
    assert found.months_left == 0 and found.charge == Decimal("0.00")
    last_month = early_termination_of(product, date(2027, 12, 15), currency="GBP")  # month 23 started
    assert last_month is not None and not last_month.ended and last_month.charge == 0


async def test_products_show_the_term_end_and_what_ending_today_costs(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    today = datetime.now(UTC).date()
    start = add_months(today, -2)  # month 2 starts today: months 3-23 are left
    tmf.get(PRODUCTS).respond(200, json=[line_in_term(start)])

    (line,) = (await client.get("/api/v1/products")).json()["products"]

    assert line["minimumTermMonths"] == 24
    assert line["contractEndsOn"] == last_day(start)
    assert line["monthsLeft"] == 21 and line["earlyTerminationCharge"] == 630.0


async def test_a_cease_inside_the_term_is_refused_until_the_charge_is_accepted(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    start = add_months(datetime.now(UTC).date(), -2)
    create = serve_change_backends(tmf, line_in_term(start))

    unseen = await client.post("/api/v1/products/prod-1/cease", json={"reason": "Moving"}, headers=KEY)
    wrong = await client.post(
        "/api/v1/products/prod-1/cease",
        json={"acceptCharge": {"value": 600, "unit": "GBP"}},
        headers={"Idempotency-Key": "change-other-key"},
    )

    assert unseen.status_code == 409 and wrong.status_code == 409
    body = unseen.json()
    assert body["code"] == "EARLY_TERMINATION_CHARGE"
    assert body["earlyTerminationCharge"] == {"value": 630.0, "unit": "GBP"}
    assert body["monthsLeft"] == 21 and body["contractEndsOn"] == last_day(start)
    assert "£630.00" in body["message"] and "21 months left" in body["message"]
    assert create.call_count == 0  # nobody is charged without having seen it


async def test_an_accepted_charge_is_carried_by_the_cease_item(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create = serve_change_backends(tmf, line_in_term(add_months(datetime.now(UTC).date(), -2)))

    response = await client.post(
        "/api/v1/products/prod-1/cease", json={"acceptCharge": {"value": 630.0, "unit": "GBP"}}, headers=KEY
    )

    assert response.status_code == 201
    sent = json.loads(create.calls.last.request.content)
    (item,) = sent["productOrderItem"]
    assert item["action"] == "delete"
    (price,) = item["itemPrice"]
    assert price["name"] == "Early termination charge" and price["priceType"] == "oneTime"
    assert price["price"]["taxIncludedAmount"] == {"value": 630.0, "unit": "GBP"}
    assert [total["price"]["taxIncludedAmount"]["value"] for total in sent["orderTotalPrice"]] == [630.0]


async def test_a_line_past_its_term_ends_with_no_charge_and_no_acceptance(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create = serve_change_backends(tmf, line_in_term(add_months(datetime.now(UTC).date(), -25)))

    response = await client.post("/api/v1/products/prod-1/cease", json={"reason": "Moving"}, headers=KEY)

    assert response.status_code == 201
    (item,) = json.loads(create.calls.last.request.content)["productOrderItem"]
    assert "itemPrice" not in item
