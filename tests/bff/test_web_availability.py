"""Web channel: address → TMF645 qualification + TMF620 catalogue → offers that can be sold there."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import respx

from bff.core.availability import QualificationCache
from bff.core.backends import ChannelServices
from tests.bff.factories import URLS, create_qualification

CHECK = f"{URLS['tmf645_url']}/checkServiceQualification"


async def test_availability_asks_tmf645_for_the_typed_address(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    route = tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))

    response = await client.post("/api/v1/availability", json={"postcode": " rg1 4ab ", "houseNumber": "12"})

    assert response.status_code == 200
    sent = json.loads(route.calls.last.request.content)
    place = sent["serviceQualificationItem"][0]["service"]["place"][0]
    assert place == {
        "@type": "GeographicAddress",
        "role": "installationAddress",
        "postcode": "rg1 4ab",
        "streetNr": "12",
    }
    assert sent["instantSyncQualification"] is True


async def test_offers_are_those_the_line_can_carry(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 300, 50), ("ADSL", 20, 1)]))

    body = (
        await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})
    ).json()

    assert body["serviceable"] is True
    assert body["address"]["label"] == "12 Acacia Avenue, Reading RG1 4AB"
    assert [tech["technology"] for tech in body["technologies"]] == ["FTTP", "ADSL"]
    # Fibre 900 needs more than the 300 Mbps qualified; the retired offer is never sold.
    assert [offer["id"] for offer in body["offers"]] == ["po-adsl", "po-fibre-150"]
    fibre = body["offers"][1]
    assert fibre["monthlyPrice"] == 28.0 and fibre["oneOffPrice"] == 29.99 and fibre["contractMonths"] == 24


async def test_promotion_is_read_from_the_discount_price(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))

    body = (
        await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})
    ).json()

    fibre_900 = next(offer for offer in body["offers"] if offer["id"] == "po-fibre-900")
    assert fibre_900["promotion"] == {
        "name": "pop-900-promo",
        "description": "Half price for 6 months",
        "percentage": 50.0,
        "months": 6,
        "monthlyPrice": 25.0,
    }


async def test_address_without_coverage_is_not_serviceable(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).respond(201, json=create_qualification([]))

    response = await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})

    assert response.status_code == 200
    assert response.json()["serviceable"] is False
    assert response.json()["offers"] == []


async def test_unknown_address_is_a_friendly_404(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).respond(201, json=create_qualification([], address=None))

    response = await client.post("/api/v1/availability", json={"postcode": "ZZ1 1ZZ", "houseNumber": "1"})

    assert response.status_code == 404
    assert response.json() == {
        "code": "ADDRESS_NOT_FOUND",
        "message": "We could not find that address. Check the postcode and house number.",
    }


async def test_malformed_request_names_the_fields(client: httpx.AsyncClient):
    response = await client.post("/api/v1/availability", json={"postcode": "<script>", "houseNumber": ""})

    assert response.status_code == 422
    fields = {tuple(error["loc"]) for error in response.json()["detail"]}
    assert fields == {("body", "postcode"), ("body", "houseNumber")}


async def test_backend_down_is_503_without_internals(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).mock(side_effect=httpx.ConnectError("connection refused to 10.0.0.7"))

    response = await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})

    assert response.status_code == 503
    assert response.json()["code"] == "BACKEND_UNAVAILABLE"
    assert "10.0.0.7" not in response.text and "TMF" not in response.text


async def test_backend_timeout_is_503(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).mock(side_effect=httpx.ReadTimeout("slow"))

    response = await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})

    assert response.status_code == 503


async def test_backend_answer_breaking_the_spec_is_502(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).respond(201, json={"state": "done", "serviceQualificationItem": "not-a-list"})

    response = await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})

    assert response.status_code == 502
    assert response.json()["code"] == "BACKEND_ERROR"


async def test_catalogue_is_read_once_within_its_ttl(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))
    offerings = tmf.routes["productOffering"]  # registered by the tmf fixture

    for _ in range(3):
        assert (await client.get("/api/v1/offers")).status_code == 200

    assert offerings.call_count == 1


async def test_correlation_id_goes_to_the_backend_and_back(client: httpx.AsyncClient, tmf: respx.MockRouter):
    route = tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))

    response = await client.post(
        "/api/v1/availability",
        json={"postcode": "RG1 4AB", "houseNumber": "12"},
        headers={"X-Request-ID": "req-abc-123"},
    )

    assert response.headers["X-Request-ID"] == "req-abc-123"
    assert route.calls.last.request.headers["X-Request-ID"] == "req-abc-123"


async def test_a_repeated_check_of_an_address_reuses_its_qualification(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    route = tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))

    first = await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})
    again = await client.post("/api/v1/availability", json={"postcode": "rg14ab", "houseNumber": " 12 "})
    other = await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "14"})

    assert first.json() == again.json()
    assert other.status_code == 200
    assert route.call_count == 2  # 12 once (the same address however typed), 14 once


async def test_an_unknown_address_is_asked_again(client: httpx.AsyncClient, tmf: respx.MockRouter):
    route = tmf.post(CHECK).mock(
        side_effect=[
            httpx.Response(201, json=create_qualification([], address=None)),
            httpx.Response(201, json=create_qualification([("FTTP", 1000, 115)])),
        ]
    )

    unknown = await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})
    known = await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})

    assert unknown.status_code == 404 and known.status_code == 200
    assert route.call_count == 2


@pytest.mark.parametrize(("ttl_seconds", "pause_seconds"), [(0, 0), (0.05, 0.1)])
async def test_a_qualification_is_not_reused_when_off_or_expired(
    services: ChannelServices, tmf: respx.MockRouter, ttl_seconds: float, pause_seconds: float
):
    route = tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))
    cache = QualificationCache(ttl_seconds)

    first = await cache.qualify(services.backends.tmf645, postcode="RG1 4AB", house_number="12")
    await asyncio.sleep(pause_seconds)
    second = await cache.qualify(services.backends.tmf645, postcode="RG1 4AB", house_number="12")

    assert first == second
    assert route.call_count == 2
