"""TMF670 payment methods: direct debits pass the UK modulus check and are kept masked; card tokens only."""

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.events.names import event_name
from mock_backends.testing import running_app, sqlite_settings

METHODS = "/tmf-api/paymentMethod/v4/paymentMethod"
VALID = ("089999", "66374958")  # Vocalink's published test vector 1: passes
INVALID = ("089999", "66374959")  # published vector 29: fails the modulus 10 check


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


def create_direct_debit_body(sort_code: str = VALID[0], account: str = VALID[1], **extra: object) -> dict:
    return {
        "@type": "bankAccountDebit",
        "name": "Direct debit",
        "owner": "Jo Smith",
        "bank": sort_code,
        "accountNumber": account,
        "relatedParty": {"id": "cust-1", "role": "customer", "@referredType": "Customer"},
        **extra,
    }


def create_card_body(**extra: object) -> dict:
    card = {
        "@type": "tokenizedCard",
        "name": "Card",
        "lastFourDigits": "4242",
        "expirationDate": "2029-12-31T23:59:59Z",
    }
    return card | extra


async def test_a_direct_debit_keeps_only_the_last_four_digits(client: httpx.AsyncClient) -> None:
    answer = await client.post(METHODS, json=create_direct_debit_body("08-99-99"))
    assert answer.status_code == 201, answer.text
    method = answer.json()
    assert (method["accountNumber"], method["bank"], method["status"]) == ("****4958", "08-99-99", "active")
    assert method["authorizationCode"].startswith("DDI-")
    stored = (await client.get(f"{METHODS}/{method['id']}")).text
    assert VALID[1] not in stored and VALID[1] not in json.dumps(method)


async def test_a_direct_debit_failing_the_modulus_check_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client.post(METHODS, json=create_direct_debit_body(*INVALID))
    assert (answer.status_code, answer.json()["code"]) == (400, "MODULUS_CHECK_FAILED")
    assert (await client.get(METHODS)).json() == []


async def test_a_sort_code_must_have_six_digits(client: httpx.AsyncClient) -> None:
    answer = await client.post(METHODS, json=create_direct_debit_body("08999"))
    assert (answer.status_code, answer.json()["code"]) == (400, "INVALID_BANK_DETAILS")


async def test_a_direct_debit_needs_its_owner(client: httpx.AsyncClient) -> None:
    body = create_direct_debit_body()
    del body["owner"]
    answer = await client.post(METHODS, json=body)
    assert (answer.status_code, answer.json()["status"]) == (400, "400")


async def test_card_numbers_are_refused(client: httpx.AsyncClient) -> None:
    answer = await client.post(METHODS, json=create_card_body(cardNumber="4242424242424242"))
    assert (answer.status_code, answer.json()["code"]) == (400, "CARD_DATA_REFUSED")


async def test_a_card_without_a_token_is_given_one(client: httpx.AsyncClient) -> None:
    answer = await client.post(METHODS, json=create_card_body())
    assert answer.status_code == 201, answer.text
    assert answer.json()["token"].startswith("tok_")


async def test_a_cash_payment_method_is_not_supported(client: httpx.AsyncClient) -> None:
    answer = await client.post(METHODS, json={"@type": "cash", "name": "Cash"})
    assert (answer.status_code, answer.json()["code"]) == (400, "UNSUPPORTED_PAYMENT_METHOD")


async def test_the_account_number_cannot_be_patched(client: httpx.AsyncClient) -> None:
    method = (await client.post(METHODS, json=create_direct_debit_body())).json()
    answer = await client.patch(f"{METHODS}/{method['id']}", json={"accountNumber": "12345678"})
    assert (answer.status_code, answer.json()["code"]) == (400, "NON_PATCHABLE_ATTRIBUTE")


async def test_an_expired_payment_method_stays_expired(client: httpx.AsyncClient) -> None:
    method = (await client.post(METHODS, json=create_direct_debit_body())).json()
    expired = await client.patch(f"{METHODS}/{method['id']}", json={"status": "expired"})
    assert expired.status_code == 200, expired.text
    answer = await client.patch(f"{METHODS}/{method['id']}", json={"status": "active"})
    assert (answer.status_code, answer.json()["code"]) == (409, "INVALID_STATE_TRANSITION")


async def test_a_customer_finds_their_payment_methods(client: httpx.AsyncClient) -> None:
    await client.post(METHODS, json=create_direct_debit_body())
    found = (await client.get(METHODS, params={"relatedParty.id": "cust-1"})).json()
    other = (await client.get(METHODS, params={"relatedParty.id": "cust-2"})).json()
    assert (len(found), other) == (1, [])


def test_a_status_change_is_notified_under_tmf670s_name() -> None:
    assert event_name("/tmf-api/paymentMethod/v4", "paymentMethod", "StateChange") == (
        "paymentMethodStatusChangeEvent"
    )
