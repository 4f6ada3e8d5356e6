"""TMF666 billing accounts: payment method, states, and billing from the activation date (pro rata)."""

from collections.abc import AsyncIterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from mock_backends.testing import running_app
from mock_backends.tmf666 import billing
from tests.unit.test_mock_tmf622_lifecycle import (
    PRODUCTS,
    broadband_item,
    create_customer,
    create_order_body,
    error_codes,
    instant_settings,
    place_order,
    settled,
)
from tests.unit.test_mock_tmf670 import METHODS, create_direct_debit_body

ACCOUNTS = "/tmf-api/accountManagement/v4/billingAccount"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(instant_settings(tmp_path)) as client:
        yield client


def create_account_body(customer: str, method: str | None = None, **extra: object) -> dict:
    body: dict = {
        "name": "Jo Smith",
        "accountType": "residential",
        "relatedParty": [
            {"id": customer, "name": "Jo Smith", "role": "customer", "@referredType": "Customer"}
        ],
        **extra,
    }
    if method:
        body["defaultPaymentMethod"] = {"id": method, "@referredType": "PaymentMethod"}
    return body


async def create_account(client: httpx.AsyncClient, customer: str) -> dict:
    method = (await client.post(METHODS, json=create_direct_debit_body())).json()["id"]
    answer = await client.post(ACCOUNTS, json=create_account_body(customer, method))
    assert answer.status_code == 201, answer.text
    return answer.json()


def create_product(start: str, *prices: dict) -> dict:
    return {"id": "p-1", "name": "Fibre 500", "startDate": start, "productPrice": list(prices)}


def monthly_price(value: float, **extra: object) -> dict:
    amount = {"taxIncludedAmount": {"unit": "GBP", "value": value}}
    return {"name": "Monthly", "priceType": "recurring", "price": amount} | extra


async def test_a_new_account_is_defined_and_billed_monthly(client: httpx.AsyncClient) -> None:
    account = await create_account(client, "cust-1")
    assert account["state"] == "defined"
    assert account["billStructure"]["cycleSpecification"]["frequency"] == "monthly"
    assert account["defaultPaymentMethod"]["@referredType"] == "PaymentMethod"


async def test_the_payment_method_must_exist(client: httpx.AsyncClient) -> None:
    answer = await client.post(ACCOUNTS, json=create_account_body("cust-1", "nothing"))
    assert (answer.status_code, answer.json()["code"]) == (400, "UNKNOWN_PAYMENT_METHOD")


async def test_related_party_is_required(client: httpx.AsyncClient) -> None:
    answer = await client.post(ACCOUNTS, json={"name": "Jo Smith"})
    assert (answer.status_code, answer.json()["code"]) == (400, "INVALID_BODY")


async def test_a_client_cannot_write_what_billing_computes(client: httpx.AsyncClient) -> None:
    balance = {"balanceType": "firstBill", "amount": {"unit": "GBP", "value": 0}, "validFor": {}}
    answer = await client.post(ACCOUNTS, json=create_account_body("cust-1", accountBalance=[balance]))
    assert (answer.status_code, answer.json()["code"]) == (400, "NON_WRITABLE_ATTRIBUTE")


async def test_a_closed_account_stays_closed(client: httpx.AsyncClient) -> None:
    account = await create_account(client, "cust-1")
    assert (await client.patch(f"{ACCOUNTS}/{account['id']}", json={"state": "closed"})).status_code == 200
    answer = await client.patch(f"{ACCOUNTS}/{account['id']}", json={"state": "active"})
    assert (answer.status_code, answer.json()["code"]) == (409, "INVALID_STATE_TRANSITION")


async def test_a_customer_finds_their_account(client: httpx.AsyncClient) -> None:
    await create_account(client, "cust-1")
    found = (await client.get(ACCOUNTS, params={"relatedParty.id": "cust-1"})).json()
    assert [account["name"] for account in found] == ["Jo Smith"]


def test_the_first_month_is_charged_pro_rata() -> None:
    assert billing.pro_rata(Decimal("30.00"), date(2026, 12, 7)) == Decimal("24.19")  # 25/31 of a month
    assert billing.pro_rata(Decimal("30.00"), date(2026, 12, 1)) == Decimal("30.00")
    assert billing.pro_rata(Decimal("29.99"), date(2027, 2, 28)) == Decimal("1.07")  # 1/28


def test_the_first_bill_is_dated_the_1st_of_the_next_month() -> None:
    assert billing.first_bill_date(date(2026, 12, 31)) == date(2027, 1, 1)
    assert billing.first_bill_date(date(2027, 1, 1)) == date(2027, 2, 1)


def test_activation_is_the_uk_date_of_the_start() -> None:
    assert billing.activation_date({"startDate": "2026-06-30T23:30:00Z"}) == date(2026, 7, 1)  # BST


def test_a_promotion_lowers_the_monthly_charge_until_it_ends() -> None:
    promotion = {"name": "Half price", "applicationDuration": 6, "price": {"percentage": 50}}
    product = create_product("2026-12-07T10:00:00Z", monthly_price(30.0, productPriceAlteration=[promotion]))
    [charge] = billing.charges_of(product)
    assert (charge["amount"]["value"], charge["fullAmount"]["value"]) == (15.0, 30.0)
    assert charge["priceAlteration"]["endDate"] == "2027-06-07"
    assert charge["firstBillAmount"]["value"] == 12.10  # 25/31 of £15.00


def test_the_first_bill_adds_one_off_charges() -> None:
    amount = {"taxIncludedAmount": {"unit": "GBP", "value": 5}}
    one_off = {"name": "Activation", "priceType": "oneTime", "price": amount}
    charges = billing.charges_of(create_product("2026-12-07T10:00:00Z", monthly_price(30.0), one_off))
    bill = billing.first_bill(charges)
    assert bill is not None
    assert (bill["amount"]["value"], bill["validFor"]["startDateTime"]) == (29.19, "2027-01-01T00:00:00Z")


async def test_billing_starts_when_the_order_completes(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    account = await create_account(client, customer)
    ref = {"id": account["id"], "@referredType": "BillingAccount"}
    order = await place_order(client, create_order_body(customer, broadband_item(), billingAccount=ref))
    done = await settled(client, order["id"])
    assert done["state"] == "completed", error_codes(done)
    product = (await client.get(f"{PRODUCTS}/{done['productOrderItem'][0]['product']['id']}")).json()
    billed = (await client.get(f"{ACCOUNTS}/{account['id']}")).json()
    assert product["billingAccount"]["id"] == account["id"]
    assert billed["state"] == "active"
    assert {charge["product"]["id"] for charge in billed["billingCharge"]} == {product["id"]}
    expected = billing.first_bill(billing.charges_of(product))
    assert expected is not None and expected["amount"]["value"] > 0
    assert [b for b in billed["accountBalance"] if b["balanceType"] == "firstBill"] == [expected]
