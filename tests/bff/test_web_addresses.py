"""Web channel: type-ahead addresses at a postcode from TMF673, flats included."""

from __future__ import annotations

import httpx
import respx

from tests.bff.factories import URLS, create_address

ADDRESSES = f"{URLS['tmf673_url']}/geographicAddress"


async def test_postcode_is_normalised_for_the_search(client: httpx.AsyncClient, tmf: respx.MockRouter):
    route = tmf.get(ADDRESSES).respond(200, json=[])

    response = await client.get("/api/v1/addresses", params={"postcode": " rg14ab "})

    assert response.status_code == 200
    assert route.calls.last.request.url.params["postcode"] == "RG1 4AB"
    assert response.json() == {"postcode": "RG1 4AB", "addresses": []}


async def test_addresses_come_in_house_order_with_their_flats(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    tmf.get(ADDRESSES).respond(
        200,
        json=[
            create_address("a-10", "10"),
            create_address("a-2", "2", subs=[("a-2-f1", "1"), ("a-2-f2", "2")]),
        ],
    )

    body = (await client.get("/api/v1/addresses", params={"postcode": "RG1 4AB"})).json()

    assert [address["id"] for address in body["addresses"]] == ["a-2", "a-10"]
    first = body["addresses"][0]
    assert first["label"] == "2 Orchard Close, Reading RG1 4AB"
    assert first["subAddresses"] == [{"id": "a-2-f1", "label": "Flat 1"}, {"id": "a-2-f2", "label": "Flat 2"}]


async def test_one_address_reads_its_sub_addresses(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(f"{ADDRESSES}/a-2").respond(200, json=create_address("a-2", "2"))
    tmf.get(f"{ADDRESSES}/a-2/geographicSubAddress").respond(
        200, json=[{"id": "f-1", "subUnitType": "FLAT", "subUnitNumber": "1"}]
    )

    body = (await client.get("/api/v1/addresses/a-2")).json()

    assert body["subAddresses"] == [{"id": "f-1", "label": "Flat 1"}]


async def test_unknown_address_id_is_404(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(f"{ADDRESSES}/nope").respond(404, json={"code": "404", "reason": "Not found"})
    tmf.get(f"{ADDRESSES}/nope/geographicSubAddress").respond(
        404, json={"code": "404", "reason": "Not found"}
    )

    response = await client.get("/api/v1/addresses/nope")

    assert response.status_code == 404 and response.json()["code"] == "ADDRESS_NOT_FOUND"


async def test_malformed_postcode_is_422(client: httpx.AsyncClient):
    response = await client.get("/api/v1/addresses", params={"postcode": "<script>"})

    assert response.status_code == 422
