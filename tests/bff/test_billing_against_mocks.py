"""Paying at checkout against the real processes: the web BFF sets up the TMF670 direct debit and the TMF666
billing account, the order names the account, and once the order completes My account's billing shows the
first bill (the stack and basket of tests/bff/test_against_mocks.py)."""

from __future__ import annotations

import time
import uuid

import httpx

from tests.bff.factories import accepting_summary_sync
from tests.bff.test_against_mocks import Stack, basket, order_body, stack, tmf_orders

__all__ = ["basket", "stack"]  # the module's fixtures, used here by name

DIRECT_DEBIT = {
    "method": "directDebit",
    "accountHolder": "Ada Lovelace",
    "sortCode": "089999",
    "accountNumber": "66374958",
}


def test_a_direct_debit_order_is_billed_once_it_completes(stack: Stack, basket: dict[str, object]) -> None:
    key = f"billing-{uuid.uuid4().hex}"
    email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
    signed_in = stack.new_customer(email)

    with httpx.Client(base_url=stack.bff_url, timeout=10, headers=signed_in) as bff:
        body = {**basket, **order_body(email), "payment": DIRECT_DEBIT}
        placed = bff.post(
            "/api/v1/orders", json=accepting_summary_sync(bff, body), headers={"Idempotency-Key": key}
        )
        assert placed.status_code == 201, placed.text
        for _ in range(100):
            billing = bff.get("/api/v1/billing").json()
            if billing["firstBill"]:
                break
            time.sleep(0.2)

    (order,) = tmf_orders(stack, key)
    assert order["billingAccount"]["id"] == billing["accountId"]
    assert billing["paymentMethod"]["description"] == "Direct debit from 08-99-99, account ending 4958"
    assert billing["firstBill"]["amount"] == round(sum(c["firstBillAmount"] for c in billing["charges"]), 2)
    assert billing["state"] == "active"
    method = httpx.get(
        f"{stack.tmf}/paymentMethod/v4/paymentMethod",
        params={"relatedParty.id": order["relatedParty"][0]["id"]},
        headers=stack.tmf_headers(),
    ).json()
    assert [m["accountNumber"] for m in method] == ["****4958"]


def test_bank_details_failing_the_modulus_check_are_refused(stack: Stack, basket: dict[str, object]) -> None:
    email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
    with httpx.Client(base_url=stack.bff_url, timeout=10, headers=stack.new_customer(email)) as bff:
        body = {**basket, **order_body(email), "payment": {**DIRECT_DEBIT, "accountNumber": "66374959"}}
        refused = bff.post(
            "/api/v1/orders",
            json=accepting_summary_sync(bff, body),
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )
    assert (refused.status_code, refused.json()["code"]) == (422, "INVALID_BANK_DETAILS")
