"""Refusals found by fuzzing the channels' OpenAPI (tests/contract/test_bff_*_fuzz.py): each answered in the
channel's error body `{code, message}` or FastAPI's documented 422, and documented in the OpenAPI."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.core.leads import LeadCreate
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from tests.bff.retail_support import (
    ALEX,
    TMF629,
    TMF632,
    SignedIn,
    create_customer,
    create_individual,
    signed_in_client,
)

NOT_UTF8 = b'{"postcode": "\xff\xfe"}'


@pytest.fixture
async def retail(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_retail_app(services.settings), services, SignedIn(ALEX)) as http:
        yield http


async def test_a_body_that_is_not_utf8_is_a_bad_request(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/availability", content=NOT_UTF8, headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 400
    assert response.json()["code"] == "BAD_REQUEST" and "UTF-8" in response.json()["message"]


async def test_retail_answers_an_unreadable_body_the_same_way(retail: httpx.AsyncClient) -> None:
    response = await retail.post(
        "/api/v1/customers/cust-0001/notes", content=NOT_UTF8, headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 400 and response.json()["code"] == "BAD_REQUEST"


async def test_an_unknown_path_and_method_answer_the_channel_error_body(client: httpx.AsyncClient) -> None:
    unknown = await client.get("/api/v1/nothing-here")
    wrong_method = await client.delete("/api/v1/offers")

    assert unknown.status_code == 404 and unknown.json()["code"] == "NOT_FOUND"
    assert wrong_method.status_code == 405 and wrong_method.json()["code"] == "METHOD_NOT_ALLOWED"
    assert wrong_method.headers["Allow"] == "GET"


@pytest.mark.parametrize(
    "path", ["/api/v1/addresses/%15%C2%8E", "/api/v1/orders/a%20b", "/api/v1/orders/x%7Cy/events"]
)
async def test_an_id_that_cannot_be_a_tmf_id_is_refused_before_any_backend_call(
    client: httpx.AsyncClient, tmf: respx.MockRouter, path: str
) -> None:
    response = await client.get(path)

    # A control character once reached httpx in a TMF URL (InvalidURL: a 500).
    assert response.status_code == 422
    called = [str(call.request.url) for call in tmf.calls]
    assert not [url for url in called if "productOrder" in url or "geographicAddress" in url]


async def test_a_note_says_when_it_was_written_with_its_utc_offset(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF629}/customer/cust-0001").respond(200, json=create_customer())
    tmf.get(f"{TMF632}/individual/ind-cust-0001").respond(200, json=create_individual())

    created = await retail.post("/api/v1/customers/cust-0001/notes", json={"text": "Called back"})

    assert created.status_code == 201
    assert datetime.fromisoformat(created.json()["createdAt"]).utcoffset() == timedelta(0)


async def test_a_lead_says_when_it_was_registered_with_its_utc_offset(
    services: ChannelServices, retail: httpx.AsyncClient
) -> None:
    lead = LeadCreate(
        postcode="RG1 4AB",
        house_number="12",
        given_name="Ada",
        family_name="Lovelace",
        email="ada@example.com",
        interest="FTTP",
    )
    await services.leads.aadd(lead, store_id="store-rdg", channel="web")

    listed = await retail.get("/api/v1/leads")

    offsets = [datetime.fromisoformat(item["createdAt"]).utcoffset() for item in listed.json()["leads"]]
    assert offsets == [timedelta(0)]


def expected_refusals(operation: dict) -> set[str]:
    """Unreadable body, invalid token, and (with anything to validate) request validation."""
    takes_input = operation.get("parameters") or operation.get("requestBody")
    return {"400", "401", "422"} if takes_input else {"400", "401"}


def test_every_web_operation_documents_the_refusals_it_can_give(services: ChannelServices) -> None:
    paths = create_web_app(services.settings).openapi()["paths"]

    undocumented = [
        f"{method.upper()} {path}: {missing}"
        for path, methods in paths.items()
        if path.startswith("/api/")
        for method, operation in methods.items()
        if (missing := expected_refusals(operation) - set(operation["responses"]))
    ]

    assert undocumented == []
    assert "400" in paths["/tmf-listener/productOrder"]["post"]["responses"]
