"""The storefront's words for prices: the checkout's total over the term and promotion end, each order
line's monthly price, its promotion or discount and their end, and a new price after PRICE_CHANGED."""

from decimal import Decimal

from storefront.clients import web
from storefront.state.checkout import _price_now
from storefront.views import line_price_words, order_display, price_summary_display


def create_quote(**extra: object) -> web.QuoteSummary:
    fields = {
        "id": "q-1",
        "monthlyTotal": "38.00",
        "oneOffTotal": "29.99",
        "promotionMonthlyTotal": "19.00",
        "promotionMonths": 6,
        "promotionEndsOn": "2027-06-06",
        "contractMonths": 24,
        "termTotal": "827.99",
        **extra,
    }
    return web.QuoteSummary.model_validate(fields)


def create_line_price(**extra: object) -> web.LinePrice:
    fields = {
        "monthlyPrice": "38.00",
        "monthlyPriceNow": "19.00",
        "monthlyPriceAfter": "38.00",
        "oneOffPrice": "29.99",
        "promotion": {
            "name": "Half price for 6 months",
            "percentage": 50,
            "months": 6,
            "endsOn": "2027-06-06",
        },
        "contractMonths": 24,
        "contractEndsOn": "2028-12-06",
        **extra,
    }
    return web.LinePrice.model_validate(fields)


def test_checkout_says_the_promotion_end_the_price_after_and_the_total_over_the_term() -> None:
    shown = price_summary_display(create_quote())

    assert shown.promotion == "£19.00/month for the first 6 months (until Sun 6 Jun 2027), then £38.00/month"
    assert (shown.term_label, shown.term_total) == ("Total over the 24-month minimum term", "£827.99")


def test_an_order_line_says_its_price_now_what_cuts_it_until_when_and_the_term() -> None:
    monthly, detail, one_off, contract = line_price_words(create_line_price())

    assert monthly == "£19.00 a month"
    assert detail == "Half price for 6 months: 50% off until Sun 6 Jun 2027, then £38.00 a month"
    assert (one_off, contract) == ("£29.99 one-off", "Minimum term ends Wed 6 Dec 2028")


def test_an_agents_discount_says_its_reason() -> None:
    discount = {"name": "Agent discount", "reason": "Price match", "percentage": 10, "months": None}
    price = create_line_price(promotion=None, discount=discount, monthlyPriceNow="34.20")

    assert line_price_words(price)[1] == "Agent discount (Price match): 10% off for the whole contract"


def test_the_order_shows_its_short_reference_and_line_prices() -> None:
    order = web.OrderView.model_validate(
        {
            "id": "2b7f0d6e-5a1c-4f3e-9a8b-7c6d5e4f3a2b",
            "reference": "LF-7K3Q9",
            "state": "acknowledged",
            "items": [
                {"id": "1", "name": "Fibre 500", "price": create_line_price().model_dump(by_alias=True)}
            ],
            "monthlyTotal": "19.00",
            "oneOffTotal": "29.99",
        }
    )

    shown = order_display(order)

    assert shown.reference == "LF-7K3Q9"
    assert [(line.name, line.monthly) for line in shown.prices] == [("Fibre 500", "£19.00 a month")]
    assert (shown.monthly_total, shown.one_off_total) == ("£19.00", "£29.99")


def test_a_price_changed_refusal_gives_the_price_now() -> None:
    quote = create_quote(monthlyTotal="40.00").model_dump(by_alias=True, mode="json")
    refusal = web.BffError(
        "The price has changed", status=409, code="PRICE_CHANGED", details={"quote": quote}
    )

    now = _price_now(refusal)

    assert now is not None and now.monthly_total == Decimal("40.00")
    assert _price_now(web.BffError("No", status=409, code="SLOT_TAKEN")) is None
