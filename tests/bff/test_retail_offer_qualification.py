"""Retail, with TMF679 configured (BFF_TMF679_URL): the staff 360's address check qualifies the offers for the
customer it orders for, listing the refused ones with the operator's reasons, and an order on their behalf
for a refused offer is refused before anything reaches TMF622."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import respx

from bff.config import Settings
from bff.core.backends import ChannelServices
from bff.retail.app import create_app
from tests.bff.factories import TMF, URLS, create_qualification
from tests.bff.identity import ISSUER
from tests.bff.retail_support import (
    ALEX,
    TMF622,
    TMF629,
    TMF632,
    TMF645,
    SignedIn,
    create_customer,
    create_individual,
    listed,
    signed_in_client,
)
from tests.bff.test_offer_qualification import SECOND_LINE, answer_refusing

POQ = f"{TMF}/productOfferingQualification/v4/productOfferingQualification"
WHERE = {"postcode": "RG1 4AB", "houseNumber": "12"}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        **URLS,
        tmf679_url=POQ.removesuffix("/productOfferingQualification"),
        timeout_seconds=0.5,
        retry_wait_initial_seconds=0.001,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        oidc_issuer=ISSUER,
    )


@pytest.fixture
async def retail(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    tmf.post(f"{TMF645}/checkServiceQualification").respond(
        201, json=create_qualification([("FTTP", 1000, 115)])
    )
    tmf.post(POQ, name="qualify").mock(side_effect=answer_refusing({"po-fibre-900": SECOND_LINE}))
    async with signed_in_client(create_app(services.settings), services, SignedIn(ALEX)) as http:
        yield http


def _asked(tmf: respx.MockRouter) -> dict:
    return json.loads(tmf.routes["qualify"].calls.last.request.content)


async def test_the_360s_address_check_lists_what_this_customer_cannot_buy_and_why(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    body = (await retail.post("/api/v1/availability", json={**WHERE, "customerId": "cust-0001"})).json()

    assert [offer["id"] for offer in body["offers"]] == ["po-fibre-150"]
    assert body["unavailable"] == [{"offerId": "po-fibre-900", "name": "Fibre 900", "reasons": [SECOND_LINE]}]
    assert _asked(tmf)["relatedParty"] == [
        {"id": "cust-0001", "role": "customer", "@referredType": "Customer"}
    ]


async def test_the_quick_check_without_a_customer_asks_for_anyone(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    response = await retail.post("/api/v1/availability", json=WHERE)

    assert response.status_code == 200
    assert "relatedParty" not in _asked(tmf)


async def test_a_customer_id_that_is_no_id_is_refused(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    response = await retail.post("/api/v1/availability", json={**WHERE, "customerId": "../cust"})

    assert response.status_code == 422 and not tmf.routes["qualify"].called


async def test_an_order_on_behalf_for_an_offer_refused_to_the_customer_is_refused(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([]))
    tmf.get(f"{TMF629}/customer/cust-0001").respond(200, json=create_customer())
    tmf.get(f"{TMF632}/individual/ind-cust-0001").respond(200, json=create_individual())
    create = tmf.post(f"{TMF622}/productOrder").respond(500)

    response = await retail.post(
        "/api/v1/customers/cust-0001/orders",
        json={"addressId": "addr-0001", "offerId": "po-fibre-900", "addOnIds": ["po-router"]},
        headers={"Idempotency-Key": "store-order-poq-1"},
    )

    assert (response.status_code, response.json()["code"]) == (409, "OFFER_NOT_AVAILABLE_AT_ADDRESS")
    assert _asked(tmf)["relatedParty"][0]["id"] == "cust-0001"
    assert not create.called
