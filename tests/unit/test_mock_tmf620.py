"""The TMF620 catalogue follows docs/architecture.md "Catalogue conventions"."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings

BASE = "/tmf-api/productCatalogManagement/v4"
BROADBAND = [
    "po-fibre-150",
    "po-fibre-500",
    "po-fibre-900",
    "po-superfast-80",
    "po-essential-18",
    "po-home-wireless-100",
]
ADD_ONS = ["po-wifi6-router", "po-pro-install", "po-static-ip"]


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


async def get_json(client: httpx.AsyncClient, path: str) -> dict | list:
    answer = await client.get(f"{BASE}{path}")
    assert answer.status_code == 200, answer.text
    return answer.json()


def characteristic(spec: dict, name: str) -> dict:
    found = next(c for c in spec["productSpecCharacteristic"] if c["name"] == name)
    (value,) = found["productSpecCharacteristicValue"]
    return value


async def test_every_resource_type_lists_and_retrieves(client: httpx.AsyncClient) -> None:
    for resource in (
        "catalog",
        "category",
        "productOffering",
        "productOfferingPrice",
        "productSpecification",
    ):
        listed = await get_json(client, f"/{resource}")
        assert listed, resource
        first = listed[0]
        assert await get_json(client, f"/{resource}/{first['id']}") == first


async def test_categories_group_broadband_and_add_ons(client: httpx.AsyncClient) -> None:
    broadband = await get_json(client, "/productOffering?category.id=cat-broadband")
    add_ons = await get_json(client, "/productOffering?category.id=cat-addons")
    assert [o["id"] for o in broadband] == BROADBAND
    assert [o["id"] for o in add_ons] == ADD_ONS
    category = await get_json(client, "/category/cat-addons")
    assert category["name"] == "Add-ons"
    assert [ref["id"] for ref in category["productOffering"]] == ADD_ONS


async def test_offerings_are_sellable_active_with_24_month_terms(client: httpx.AsyncClient) -> None:
    for offering in await get_json(client, "/productOffering?category.id=cat-broadband"):
        assert offering["isSellable"] is True
        assert offering["lifecycleStatus"] == "Active"
        assert offering["productOfferingTerm"][0]["duration"] == {"amount": 24, "units": "month"}


async def test_broadband_specs_carry_technology_and_speeds(client: httpx.AsyncClient) -> None:
    spec = await get_json(client, "/productSpecification/ps-fibre-900")
    assert characteristic(spec, "technology")["value"] == "FTTP"
    download = characteristic(spec, "downloadSpeed")
    assert (download["value"], download["valueType"], download["unitOfMeasure"]) == (900, "number", "Mbps")
    assert characteristic(spec, "uploadSpeed")["value"] == 110
    assert {"id": "cfs-access-fttp", "name": "FTTP access", "@referredType": "ServiceSpecification"} in spec[
        "serviceSpecification"
    ]


async def test_each_technology_has_an_offering(client: httpx.AsyncClient) -> None:
    technologies = set()
    for offering in await get_json(client, "/productOffering?category.id=cat-broadband"):
        spec = await get_json(client, f"/productSpecification/{offering['productSpecification']['id']}")
        technologies.add(characteristic(spec, "technology")["value"])
    assert technologies == {"FTTP", "FTTC", "ADSL", "FWA"}


async def test_offering_prices_are_monthly_and_one_off_in_gbp(client: httpx.AsyncClient) -> None:
    offering = await get_json(client, "/productOffering/po-fibre-150")
    prices = [
        await get_json(client, f"/productOfferingPrice/{ref['id']}")
        for ref in offering["productOfferingPrice"]
    ]
    assert [(p["id"], p["priceType"], p["price"]) for p in prices] == [
        ("pop-fibre-150-monthly", "recurring", {"unit": "GBP", "value": 30.0}),
        ("pop-fibre-150-activation", "oneTime", {"unit": "GBP", "value": 20.0}),
    ]
    assert prices[0]["recurringChargePeriodType"] == "month"


async def test_fibre_500_lists_its_half_price_promotion(client: httpx.AsyncClient) -> None:
    offering = await get_json(client, "/productOffering/po-fibre-500")
    assert "pop-fibre-500-promo" in [ref["id"] for ref in offering["productOfferingPrice"]]
    promotion = await get_json(client, "/productOfferingPrice/pop-fibre-500-promo")
    assert promotion["priceType"] == "discount"
    assert promotion["percentage"] == 50.0
    assert promotion["recurringChargePeriodLength"] == 6


async def test_static_ip_is_monthly_and_router_one_off(client: httpx.AsyncClient) -> None:
    static_ip = await get_json(client, "/productOfferingPrice/pop-static-ip-monthly")
    router = await get_json(client, "/productOfferingPrice/pop-wifi6-router-oneoff")
    assert (static_ip["priceType"], static_ip["price"]["value"]) == ("recurring", 5.0)
    assert (router["priceType"], router["price"]["value"]) == ("oneTime", 49.99)
