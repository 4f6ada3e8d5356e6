"""TMF622 re-pricing: an order whose prices are not the catalogue's now, or whose quote expired, is refused
on receipt and at validation (PRICE_CHANGED, QUOTE_EXPIRED); one priced by a valid quote goes on."""

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings
from mock_backends.tmf622 import repricing
from tests.unit.test_mock_tmf622_lifecycle import (
    CATALOGUE,
    ORDERS,
    broadband_item,
    create_customer,
    create_order_body,
    error_codes,
    instant_settings,
    settled,
)

QUOTES = "/tmf-api/quoteManagement/v4/quote"
MONTHLY_POP = f"{CATALOGUE}/productOfferingPrice/pop-fibre-500-monthly"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(instant_settings(tmp_path)) as client:
        yield client


async def create_quote(client: httpx.AsyncClient, offering: str = "po-fibre-500") -> dict[str, Any]:
    item = {"id": "1", "action": "add", "quantity": 1, "productOffering": {"id": offering}}
    answer = await client.post(QUOTES, json={"quoteItem": [item]})
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def priced_by(quote: dict[str, Any]) -> dict[str, Any]:
    """The order item priced as the quote priced it (what the BFF sends), referencing the quote."""
    prices = [
        {key: value for key, value in price.items() if key != "@type"}
        for price in quote["quoteItem"][0]["quoteItemPrice"]
    ]
    return broadband_item(itemPrice=prices)


async def order_priced_by(client: httpx.AsyncClient, quote: dict[str, Any]) -> dict[str, Any]:
    customer = await create_customer(client)
    body = create_order_body(
        customer, priced_by(quote), quote=[{"id": quote["id"], "@referredType": "Quote"}]
    )
    answer = await client.post(ORDERS, json=body)
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


async def test_an_order_at_the_quoted_catalogue_price_goes_on(client: httpx.AsyncClient) -> None:
    order = await order_priced_by(client, await create_quote(client))
    assert order["state"] == "acknowledged"
    assert (await settled(client, order["id"]))["state"] == "completed"


async def test_a_catalogue_price_changed_since_the_quote_is_refused_at_once(
    client: httpx.AsyncClient,
) -> None:
    quote = await create_quote(client)
    changed = await client.patch(MONTHLY_POP, json={"price": {"unit": "GBP", "value": 41.5}})
    assert changed.status_code == 200, changed.text

    order = await order_priced_by(client, quote)

    assert (order["state"], error_codes(order)) == ("rejected", ["PRICE_CHANGED"])
    (error,) = order["productOrderErrorMessage"]
    assert "£41.50" in error["message"] and "£38.00" in error["message"]
    assert error["productOrderItem"][0]["productOrderId"] == order["id"]


async def test_a_changed_promotion_is_a_price_change(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client)
    promo = f"{CATALOGUE}/productOfferingPrice/pop-fibre-500-promo"
    assert (await client.patch(promo, json={"recurringChargePeriodLength": 3})).status_code == 200

    order = await order_priced_by(client, quote)

    assert error_codes(order) == ["PRICE_CHANGED"]
    assert "3 months" in order["productOrderErrorMessage"][0]["message"]


async def test_an_expired_quote_is_refused(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client)
    past = (datetime.now(UTC) - timedelta(days=1)).isoformat().replace("+00:00", "Z")
    ended = {"validFor": {"startDateTime": quote["validFor"]["startDateTime"], "endDateTime": past}}
    assert (await client.patch(f"{QUOTES}/{quote['id']}", json=ended)).status_code == 200

    order = await order_priced_by(client, quote)

    assert (order["state"], error_codes(order)) == ("rejected", ["QUOTE_EXPIRED"])


async def test_a_price_named_by_no_pop_is_compared_with_the_offerings_price(
    client: httpx.AsyncClient,
) -> None:
    stale = {"priceType": "recurring", "price": {"taxIncludedAmount": {"unit": "GBP", "value": 30.0}}}
    answer = await client.post(
        ORDERS, json=create_order_body(await create_customer(client), broadband_item(itemPrice=[stale]))
    )
    assert error_codes(answer.json()) == ["PRICE_CHANGED"]


async def test_validation_re_prices_an_order_the_catalogue_changed_after_receipt(tmp_path: Path) -> None:
    async with running_app(sqlite_settings(tmp_path, order_pace="off")) as stopped:
        order = await order_priced_by(stopped, await create_quote(stopped))
        assert order["state"] == "acknowledged"  # priced right on receipt
        changed = await stopped.patch(MONTHLY_POP, json={"price": {"unit": "GBP", "value": 44.0}})
        assert changed.status_code == 200
    async with running_app(instant_settings(tmp_path)) as client:
        validated = await settled(client, order["id"])
    assert (validated["state"], error_codes(validated)) == ("rejected", ["PRICE_CHANGED"])


def test_re_pricing_compares_with_the_offerings_price_now() -> None:
    """The same check at validation: the catalogue may change between receipt and validation."""
    order = {
        "productOrderItem": [
            {
                "id": "1",
                "action": "add",
                "productOffering": {"id": "po-x"},
                "itemPrice": [{"priceType": "oneTime", "price": {"taxIncludedAmount": {"value": 10}}}],
            }
        ]
    }

    class Store:
        documents = {
            ("productOffering", "po-x"): {"id": "po-x", "productOfferingPrice": [{"id": "pop-x"}]},
            ("productOfferingPrice", "pop-x"): {
                "id": "pop-x",
                "priceType": "oneTime",
                "price": {"value": 12},
            },
        }

        def get(self, kind: str, resource_id: str) -> dict[str, Any] | None:
            return self.documents.get((kind, resource_id))

    found = repricing.reprice(Store(), order)  # type: ignore[arg-type]
    assert found is not None and found.code == "PRICE_CHANGED"
