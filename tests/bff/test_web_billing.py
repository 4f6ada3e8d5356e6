"""Web channel: paying at checkout (TMF670 payment method, TMF666 billing account), and My account Billing."""

from __future__ import annotations

import json
from typing import Any

import httpx
import respx

from tests.bff.factories import URLS, accepting_summary
from tests.bff.test_web_orders import KEY, ORDER, serve_order_backends

ACCOUNTS = f"{URLS['tmf666_url']}/billingAccount"
METHODS = f"{URLS['tmf670_url']}/paymentMethod"
DIRECT_DEBIT = {
    "method": "directDebit",
    "accountHolder": "Jane Doe",
    "sortCode": "08-99-99",
    "accountNumber": "66374958",
}


def create_payment_method(**extra: Any) -> dict[str, Any]:
    return {
        "id": "pm-1",
        "href": f"{METHODS}/pm-1",
        "@type": "bankAccountDebit",
        "name": "Direct debit",
        "owner": "Jane Doe",
        "bank": "08-99-99",
        "accountNumber": "****4958",
        "authorizationCode": "DDI-0A1B2C3D4E",
        "status": "active",
        **extra,
    }


def create_billing_account(**extra: Any) -> dict[str, Any]:
    return {
        "id": "ba-1",
        "href": f"{ACCOUNTS}/ba-1",
        "name": "Jane Doe's account",
        "state": "defined",
        "relatedParty": [
            {"id": "cust-7", "name": "Jane Doe", "role": "customer", "@referredType": "Customer"}
        ],
        "defaultPaymentMethod": {"id": "pm-1", "@referredType": "PaymentMethod"},
        **extra,
    }


def create_billed_account() -> dict[str, Any]:
    charge = {
        "product": {"id": "prod-1", "name": "Fibre 150", "@referredType": "Product"},
        "name": "Fibre 150 monthly price",
        "priceType": "recurring",
        "chargePeriod": "month",
        "startDate": "2026-12-07",
        "amount": {"unit": "GBP", "value": 30.0},
        "firstBillAmount": {"unit": "GBP", "value": 24.19},
    }
    bill = {
        "balanceType": "firstBill",
        "amount": {"unit": "GBP", "value": 24.19},
        "validFor": {"startDateTime": "2027-01-01T00:00:00Z"},
    }
    return create_billing_account(state="active", billingCharge=[charge], accountBalance=[bill])


def serve_billing(tmf: respx.MockRouter, accounts: list[dict[str, Any]]) -> tuple[respx.Route, respx.Route]:
    tmf.get(ACCOUNTS, name="find_accounts").respond(
        200, json=accounts, headers={"X-Total-Count": str(len(accounts))}
    )
    method = tmf.post(METHODS, name="create_method").respond(201, json=create_payment_method())
    account = tmf.post(ACCOUNTS, name="create_account").respond(201, json=create_billing_account())
    return method, account


async def test_a_new_customer_pays_by_direct_debit(client: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    create_order = serve_order_backends(tmf)
    method, account = serve_billing(tmf, [])

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "payment": DIRECT_DEBIT}),
        headers=KEY,
    )

    assert response.status_code == 201, response.text
    sent_method = json.loads(method.calls.last.request.content)
    assert (sent_method["@type"], sent_method["bank"], sent_method["accountNumber"]) == (
        "bankAccountDebit",
        "089999",
        "66374958",
    )
    assert sent_method["relatedParty"]["id"] == "cust-7"
    sent_account = json.loads(account.calls.last.request.content)
    assert sent_account["defaultPaymentMethod"]["id"] == "pm-1"
    assert sent_account["relatedParty"][0]["id"] == "cust-7"
    order = json.loads(create_order.calls.last.request.content)
    assert order["billingAccount"]["id"] == "ba-1"
    assert "66374958" not in response.text


async def test_bank_details_failing_the_modulus_check_place_nothing(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create_order = serve_order_backends(tmf)
    method, _ = serve_billing(tmf, [])
    wrong = {**DIRECT_DEBIT, "accountNumber": "66374959"}  # Vocalink's vector 29: fails modulus 10

    response = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, {**ORDER, "payment": wrong}), headers=KEY
    )

    assert (response.status_code, response.json()["code"]) == (422, "INVALID_BANK_DETAILS")
    assert "66374959" not in response.text
    assert (method.call_count, create_order.call_count) == (0, 0)


async def test_a_returning_customer_keeps_their_billing_account(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create_order = serve_order_backends(tmf)
    method, account = serve_billing(tmf, [create_billing_account()])

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "payment": {"method": "existing"}}),
        headers=KEY,
    )

    assert response.status_code == 201, response.text
    assert (method.call_count, account.call_count) == (0, 0)
    assert json.loads(create_order.calls.last.request.content)["billingAccount"]["id"] == "ba-1"
    assert tmf.routes["find_accounts"].calls.last.request.url.params["relatedParty.id"] == "cust-7"


async def test_keeping_an_account_that_does_not_exist_is_refused(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create_order = serve_order_backends(tmf)
    serve_billing(tmf, [])

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "payment": {"method": "existing"}}),
        headers=KEY,
    )

    assert (response.status_code, response.json()["code"]) == (404, "BILLING_ACCOUNT_NOT_FOUND")
    assert create_order.call_count == 0


async def test_a_direct_debit_needs_its_account_holder(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    serve_order_backends(tmf)
    payment = {key: value for key, value in DIRECT_DEBIT.items() if key != "accountHolder"}

    response = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, {**ORDER, "payment": payment}), headers=KEY
    )

    assert response.status_code == 422
    assert "66374958" not in response.text


async def test_billing_shows_the_payment_method_masked_and_the_first_bill(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    serve_billing(tmf, [create_billed_account()])
    tmf.get(f"{METHODS}/pm-1").respond(200, json=create_payment_method())

    body = (await client.get("/api/v1/billing")).json()

    assert body["paymentMethod"]["description"] == "Direct debit from 08-99-99, account ending 4958"
    assert body["paymentMethod"]["mandateReference"] == "DDI-0A1B2C3D4E"
    assert body["firstBill"] == {"date": "2027-01-01", "amount": 24.19}
    [charge] = body["charges"]
    assert (charge["kind"], charge["amount"], charge["startDate"]) == ("monthly", 30.0, "2026-12-07")


async def test_billing_before_any_order_is_not_found(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    serve_billing(tmf, [])

    response = await client.get("/api/v1/billing")

    assert (response.status_code, response.json()["code"]) == (404, "BILLING_ACCOUNT_NOT_FOUND")


async def test_billing_needs_a_signed_in_customer(client: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    response = await client.get("/api/v1/billing", headers={"Authorization": ""})

    assert response.status_code == 401


async def test_a_card_is_set_up_from_its_token_without_its_number(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create_order = serve_order_backends(tmf)
    method, _ = serve_billing(tmf, [])
    card = {
        "method": "card",
        "cardToken": "tok_test_4242",
        "cardLastFour": "4242",
        "cardExpiry": "2029-12-31",
    }

    response = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, {**ORDER, "payment": card}), headers=KEY
    )

    assert response.status_code == 201, response.text
    sent = json.loads(method.calls.last.request.content)
    assert (sent["@type"], sent["token"], sent["lastFourDigits"]) == (
        "tokenizedCard",
        "tok_test_4242",
        "4242",
    )
    assert "cardNumber" not in sent
    assert json.loads(create_order.calls.last.request.content)["billingAccount"]["id"] == "ba-1"
