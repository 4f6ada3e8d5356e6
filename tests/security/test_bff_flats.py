"""Issue 21, Low (business rules): an order at a block of flats must name the flat.

TMF673 marks a block of flats by the flats it embeds (`geographicSubAddress`), and TMF645 answers the
building asked for with all of them (a flat asked for: with that one flat). A web or retail order for the
building itself, no flat chosen, is refused with 422 FLAT_NUMBER_REQUIRED before anything is created.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import respx

from bff.core.backends import ChannelServices
from bff.retail.app import create_app as create_retail_app
from tests.bff.factories import ADDRESS, accepting_summary, create_qualification, echo_order
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
from tests.bff.test_web_orders import CHECK, ORDER, serve_order_backends

FLATS = [{"id": f"addr-0001-flat-{n}", "subUnitType": "flat", "subUnitNumber": str(n)} for n in (1, 2)]
BLOCK: dict[str, Any] = {**ADDRESS, "geographicSubAddress": FLATS}  # the building asked for: every flat
FLAT_2: dict[str, Any] = {**ADDRESS, "geographicSubAddress": [FLATS[1]]}  # one flat asked for: that flat


def answer_with(tmf: respx.MockRouter, place: dict[str, Any], url: str = CHECK) -> None:
    tmf.post(url).respond(201, json=create_qualification([("FTTP", 1000, 115)], place))


async def test_a_web_order_at_a_block_of_flats_without_a_flat_is_refused(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create = serve_order_backends(tmf)
    answer_with(tmf, BLOCK)

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "addressId": "addr-0001"}),
        headers={"Idempotency-Key": "flat-0001"},
    )

    assert response.status_code == 422, response.text
    assert response.json()["code"] == "FLAT_NUMBER_REQUIRED"
    assert "block of flats" in response.json()["message"]
    assert create.call_count == 0


async def test_a_web_order_for_one_flat_of_a_block_is_placed(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create = serve_order_backends(tmf)
    answer_with(tmf, FLAT_2)

    response = await client.post(
        "/api/v1/orders",
        json=await accepting_summary(client, {**ORDER, "addressId": "addr-0001-flat-2"}),
        headers={"Idempotency-Key": "flat-0002"},
    )

    assert response.status_code == 201, response.text
    assert create.call_count == 1


async def test_a_retail_order_at_a_block_of_flats_without_a_flat_is_refused(
    services: ChannelServices, tmf: respx.MockRouter
) -> None:
    answer_with(tmf, BLOCK, f"{TMF645}/checkServiceQualification")
    tmf.get(f"{TMF622}/productOrder").mock(return_value=listed([]))
    tmf.get(f"{TMF629}/customer/cust-0001").respond(200, json=create_customer())
    tmf.get(f"{TMF632}/individual/ind-cust-0001").respond(200, json=create_individual())
    create = tmf.post(f"{TMF622}/productOrder").mock(
        side_effect=lambda request: httpx.Response(201, json=echo_order(json.loads(request.content)))
    )
    basket = {"addressId": "addr-0001", "offerId": "po-fibre-900"}

    async with signed_in_client(create_retail_app(services.settings), services, SignedIn(ALEX)) as retail:
        response = await retail.post(
            "/api/v1/customers/cust-0001/orders", json=basket, headers={"Idempotency-Key": "flat-0003"}
        )

    assert response.status_code == 422, response.text
    assert response.json()["code"] == "FLAT_NUMBER_REQUIRED"
    assert create.call_count == 0
