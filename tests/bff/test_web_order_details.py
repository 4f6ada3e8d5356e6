"""Web channel: what checkout adds to an order (visit slot, consents, date of birth) and what tracking reads
back (milestones, why an order stopped)."""

from __future__ import annotations

import json
from datetime import date, datetime

import httpx
import respx

from bff.core.customers import individual_request
from bff.core.models import Contact
from tests.bff.factories import accepting_summary, echo_order
from tests.bff.test_web_orders import KEY, ORDER, ORDERS, serve_order_backends

# Ahead: a slot in the past is refused.
SLOT = {"start": "2036-12-01T08:00:00+00:00", "end": "2036-12-01T13:00:00+00:00"}
CONSENTS = {"creditCheck": True, "terms": True, "marketing": False}


async def test_visit_slot_becomes_the_requested_dates(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order_backends(tmf)

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "installationSlot": SLOT}),
        headers=KEY,
    )

    assert response.status_code == 201
    sent = json.loads(create.calls.last.request.content)
    sent_slot = [
        datetime.fromisoformat(sent[name]) for name in ("requestedStartDate", "requestedCompletionDate")
    ]
    assert sent_slot == [datetime.fromisoformat(SLOT["start"]), datetime.fromisoformat(SLOT["end"])]
    assert response.json()["installationSlot"] == {
        "start": "2036-12-01T08:00:00Z",
        "end": "2036-12-01T13:00:00Z",
    }


async def test_consents_are_recorded_on_the_order(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order_backends(tmf)

    await client.post(
        "/api/v1/orders", json=await accepting_summary(client, {**ORDER, "consents": CONSENTS}), headers=KEY
    )

    sent = json.loads(create.calls.last.request.content)
    terms = {"id": "terms-residential-2026", "name": "Residential terms and conditions"}
    assert sent["agreement"][0] == terms  # then the contract summary's (test_web_contract_summary.py)
    assert [note["text"] for note in sent["note"]][:3] == [
        "Consent: credit check agreed",
        "Consent: terms and conditions accepted",
        "Consent: marketing declined",
    ]


async def test_order_without_credit_check_consent_is_refused(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "consents": {**CONSENTS, "creditCheck": False}}),
        headers=KEY,
    )

    assert response.status_code == 422
    assert create.call_count == 0


async def test_under_18_cannot_order(client: httpx.AsyncClient, tmf: respx.MockRouter):
    serve_order_backends(tmf)

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "dateOfBirth": "2015-05-01"}),
        headers=KEY,
    )

    assert response.status_code == 422


async def test_slot_must_end_after_it_starts(client: httpx.AsyncClient, tmf: respx.MockRouter):
    serve_order_backends(tmf)
    backwards = {"start": SLOT["end"], "end": SLOT["start"]}

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "installationSlot": backwards}),
        headers=KEY,
    )

    assert response.status_code == 422


def test_date_of_birth_goes_to_the_new_person() -> None:
    contact = Contact(given_name="Jane", family_name="Doe", email="jane@example.com", phone="07700 900123")

    created = individual_request(contact, date(1990, 4, 2))

    assert (
        created.model_dump(mode="json", by_alias=True, exclude_none=True)["birthDate"]
        == "1990-04-02T00:00:00Z"
    )


async def test_tracking_reads_milestones_and_why_the_order_stopped(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    order = echo_order(
        {
            "productOrderItem": [
                {"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150", "name": "Fibre 150"}}
            ],
            "relatedParty": [{"id": "cust-7", "role": "customer", "@referredType": "Customer"}],
        },
        order_id="po-77",
    )
    order |= {
        "state": "failed",
        "productOrderMilestone": [
            {
                "id": "1.1",
                "name": "Activate FTTP access",
                "status": "Violated",
                "milestoneDate": "2026-11-23T10:05:00Z",
                "productOrderItem": [{"productOrderItemId": "1"}],
            },
        ],
        "productOrderErrorMessage": [
            {"code": "FULFILMENT_FAILED", "reason": "Fulfilment failed", "message": "No duct capacity"}
        ],
    }
    tmf.get(f"{ORDERS}/po-77").respond(200, json=order)

    body = (await client.get("/api/v1/orders/po-77")).json()

    assert body["milestones"] == [
        {
            "id": "1.1",
            "name": "Activate FTTP access",
            "status": "Violated",
            "date": "2026-11-23T10:05:00Z",
            "itemId": "1",
        }
    ]
    assert body["errorMessages"] == [
        {
            "code": "FULFILMENT_FAILED",
            "reason": "Fulfilment failed",
            "message": "No duct capacity",
            "amount": None,
        }
    ]  # `amount`: only a deposit the credit check asks for carries one
