"""The mock credit bureau and the order manager's credit and fraud outcomes (TMF622 validation).

Personas: mock_backends/credit_bureau/people.py (docs/architecture.md, "Credit bureau").
"""

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from mock_backends.credit_bureau import service
from mock_backends.credit_bureau.people import people
from mock_backends.testing import running_app, sqlite_settings
from tests.unit.test_mock_tmf622_lifecycle import (
    ORDERS,
    broadband_item,
    create_customer,
    create_order_body,
    error_codes,
    place_order,
    settled,
)

CHECK = "/creditBureau/v1/creditCheck"
TODAY = date(2026, 12, 7)


def applicant(given: str, family: str, born: date | None, postcode: str, number: str) -> service.Applicant:
    return service.Applicant(given, family, born, postcode, number)


AMARA = applicant("Amara", "Okafor", date(1984, 3, 12), "RG1 4AB", "5")
DYLAN = applicant("Dylan", "Price", date(1992, 7, 30), "RG1 4AB", "7")
PRIYA = applicant("Priya", "Raman", date(1990, 11, 2), "RG1 4AB", "9")
GARETH = applicant("Gareth", "Lloyd", date(1978, 5, 19), "LS6 2AB", "4")
ELLIS = applicant("Ellis", "Hart", date(2005, 1, 15), "RG1 4AB", "11")


@pytest.mark.parametrize(
    ("person", "outcome", "deposit"),
    [(AMARA, "accept", None), (DYLAN, "deposit", 100.0), (PRIYA, "refer", None), (GARETH, "decline", None),
     (ELLIS, "deposit", 100.0)],
)  # fmt: skip
def test_each_persona_gets_their_outcome(
    person: service.Applicant, outcome: str, deposit: float | None
) -> None:
    decision = service.decide(person, service.Policy(), TODAY)
    assert (decision.outcome, decision.deposit_gbp) == (outcome, deposit)
    assert decision.file_id


def test_a_file_is_found_by_name_at_any_address_of_the_history_ignoring_case_and_spaces() -> None:
    earlier_home = applicant(" hannah ", "WELLS", date(1988, 8, 8), "ls6 2ab", "8")
    assert service.decide(earlier_home, service.Policy(), TODAY).outcome == "accept"


def test_the_same_name_elsewhere_has_no_file() -> None:
    moved = applicant("Gareth", "Lloyd", date(1978, 5, 19), "RG1 4AB", "12")
    decision = service.decide(moved, service.Policy(), TODAY)
    assert (decision.outcome, decision.file_id) == ("accept", None)


@pytest.mark.parametrize("outcome", ["accept", "deposit", "refer"])
def test_no_file_follows_the_policy(outcome: Any) -> None:
    nobody = applicant("Nobody", "Known", None, "RG1 4AB", "12")
    decision = service.decide(nobody, service.Policy(no_file_outcome=outcome), TODAY)
    assert decision.outcome == outcome
    assert (decision.deposit_gbp is not None) == (outcome == "deposit")


def test_a_date_of_birth_contradicting_the_file_is_a_review() -> None:
    impostor = applicant("Amara", "Okafor", date(1999, 1, 1), "RG1 4AB", "5")
    assert service.decide(impostor, service.Policy(), TODAY).outcome == "review"


def test_the_seed_is_the_same_on_every_start() -> None:
    first = people()
    people.cache_clear()
    assert people() == first
    assert len({person.id for person in first}) == len(first) > 300


# --- the bureau's API ------------------------------------------------------------------------------------


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    settings = sqlite_settings(tmp_path, order_pace="instant", events_poll_seconds=0.02)
    async with running_app(settings) as client:
        yield client


async def test_credit_check_answers_the_decision(client: httpx.AsyncClient) -> None:
    body = {"givenName": "Dylan", "familyName": "Price", "birthDate": "1992-07-30", "postcode": "RG1 4AB",
            "streetNr": "7"}  # fmt: skip
    answer = await client.post(CHECK, json=body)
    assert answer.status_code == 200, answer.text
    assert answer.json() | {"reason": ""} == {
        "outcome": "deposit",
        "reason": "",
        "fileId": "cb-0002",
        "deposit": {"unit": "GBP", "value": 100.0},
    }


async def test_credit_check_refuses_a_malformed_request_with_a_tmf_error(client: httpx.AsyncClient) -> None:
    answer = await client.post(CHECK, json={"givenName": "Dylan"})
    assert answer.status_code == 400
    assert {"code", "reason", "message", "status"} <= set(answer.json())


async def test_credit_check_needs_a_token(tmp_path: Path) -> None:
    async with running_app(sqlite_settings(tmp_path, auth_required=True)) as client:
        answer = await client.post(CHECK, json={})
    assert answer.status_code == 401


# --- what the order manager makes of it ------------------------------------------------------------------


async def order_for(client: httpx.AsyncClient, who: service.Applicant, address: str, **extra: Any) -> dict:
    born = who.birth_date.isoformat() if who.birth_date else None
    email = f"{who.given_name}.{who.family_name}@example.com".lower()
    customer = await create_customer(
        client, who.family_name, email, given_name=who.given_name, birth_date=born
    )
    body = create_order_body(customer, broadband_item(address=address), **extra)
    return await settled(client, (await place_order(client, body))["id"])


async def test_a_deposit_is_asked_for_then_the_order_carrying_it_goes_ahead(
    client: httpx.AsyncClient,
) -> None:
    pending = await order_for(client, DYLAN, "addr-rg14ab-7")
    assert (pending["state"], error_codes(pending)) == ("pending", ["DEPOSIT_REQUIRED"])
    assert pending["productOrderErrorMessage"][-1]["amount"] == {"unit": "GBP", "value": 100.0}
    deposit = {"name": "Deposit", "priceType": "deposit",
               "price": {"taxIncludedAmount": {"unit": "GBP", "value": 100.0}}}  # fmt: skip
    answer = await client.patch(
        f"{ORDERS}/{pending['id']}", json={"orderTotalPrice": [deposit], "state": "acknowledged"}
    )
    assert answer.status_code == 200, answer.text
    assert (await settled(client, pending["id"], {"completed", "pending", "held"}))["state"] == "completed"


async def test_a_smaller_deposit_than_asked_is_asked_for_again(client: httpx.AsyncClient) -> None:
    small = {"priceType": "deposit", "price": {"taxIncludedAmount": {"unit": "GBP", "value": 10.0}}}
    pending = await order_for(client, DYLAN, "addr-rg14ab-7", orderTotalPrice=[small])
    assert error_codes(pending) == ["DEPOSIT_REQUIRED"]


async def test_a_contradicting_date_of_birth_is_held_for_review(client: httpx.AsyncClient) -> None:
    impostor = applicant("Amara", "Okafor", date(1999, 1, 1), "RG1 4AB", "5")
    held = await order_for(client, impostor, "addr-rg14ab-5")
    assert (held["state"], error_codes(held)) == ("held", ["FRAUD_REVIEW"])
    assert "date of birth" in held["productOrderErrorMessage"][-1]["message"]


async def test_a_good_file_is_accepted(client: httpx.AsyncClient) -> None:
    assert (await order_for(client, AMARA, "addr-rg14ab-5"))["state"] == "completed"


async def test_orders_of_other_customers_at_one_address_are_held_for_review_from_the_limit(
    tmp_path: Path,
) -> None:
    settings = sqlite_settings(
        tmp_path, order_pace="instant", events_poll_seconds=0.02, fraud_velocity_orders=2
    )
    async with running_app(settings) as client:
        states = []
        for number in range(3):
            nobody = applicant("Pat", f"Number{number}", None, "RG1 4AB", "2")
            found = await order_for(client, nobody, "addr-rg14ab-2")
            states.append((found["state"], error_codes(found)))
    assert states == [("completed", []), ("completed", []), ("held", ["FRAUD_REVIEW"])]


async def test_other_customers_paying_from_one_bank_account_are_held_for_review(tmp_path: Path) -> None:
    settings = sqlite_settings(
        tmp_path, order_pace="instant", events_poll_seconds=0.02, fraud_velocity_orders=2
    )
    async with running_app(settings) as client:
        states = []
        for number in range(3):
            method = await client.post(
                "/tmf-api/paymentMethod/v4/paymentMethod",
                json={
                    "@type": "bankAccountDebit",
                    "name": "Direct debit",
                    "owner": f"Pat Number{number}",
                    "bank": "08-99-99",
                    "accountNumber": "66374958",
                },
            )
            assert method.status_code == 201, method.text
            nobody = applicant("Pat", f"Number{number}", None, "RG1 4AB", str(number + 1))
            found = await order_for(
                client, nobody, f"addr-rg14ab-{number + 1}", payment=[{"id": method.json()["id"]}]
            )
            states.append((found["state"], error_codes(found)))
    assert states == [("completed", []), ("completed", []), ("held", ["FRAUD_REVIEW"])]
    assert "payment method" in found["productOrderErrorMessage"][-1]["message"]
