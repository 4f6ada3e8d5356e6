"""The TMF620 catalogue follows docs/architecture.md "Catalogue conventions"."""

import base64
import json
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


# --- CRUD, lifecycle, jobs ------------------------------------------------------------------------------


def create_offering_body(**extra: object) -> dict:
    return {
        "name": "Fibre 2000",
        "lifecycleStatus": "In design",
        "@type": "ProductOffering",
        "@schemaLocation": "https://example.com/schemas/BroadbandOffering.json",
        "x-channel": {"web": True},
        **extra,
    }


async def create_offering(client: httpx.AsyncClient, **extra: object) -> dict:
    answer = await client.post(f"{BASE}/productOffering", json=create_offering_body(**extra))
    assert answer.status_code == 201, answer.text
    return answer.json()


@pytest.mark.parametrize(
    "resource", ["catalog", "category", "productOffering", "productOfferingPrice", "productSpecification"]
)
async def test_every_entity_can_be_created_and_deleted(client: httpx.AsyncClient, resource: str) -> None:
    created = await client.post(f"{BASE}/{resource}", json={"name": f"new {resource}"})
    assert created.status_code == 201, created.text
    url = f"{BASE}/{resource}/{created.json()['id']}"
    assert created.json()["href"] == f"http://mocks.test{url}"
    assert (await client.delete(url)).status_code == 204
    assert (await client.get(url)).status_code == 404


async def test_create_keeps_polymorphic_attributes_unchanged(client: httpx.AsyncClient) -> None:
    created = await create_offering(client)
    stored = await get_json(client, f"/productOffering/{created['id']}")
    assert isinstance(stored, dict)
    assert stored["@schemaLocation"] == "https://example.com/schemas/BroadbandOffering.json"
    assert stored["x-channel"] == {"web": True}
    assert stored["@type"] == "ProductOffering"


async def test_create_requires_a_name(client: httpx.AsyncClient) -> None:
    answer = await client.post(f"{BASE}/category", json={"description": "no name"})
    assert answer.status_code == 400
    assert "name" in answer.json()["message"]


async def test_create_sets_last_update(client: httpx.AsyncClient) -> None:
    created = await create_offering(client, lastUpdate="2000-01-01T00:00:00Z")
    assert created["lastUpdate"] > "2020"


async def test_patch_merges_and_refuses_last_update(client: httpx.AsyncClient) -> None:
    url = f"{BASE}/productOffering/po-fibre-150"
    patched = await client.patch(url, json={"description": "Now faster"})
    assert patched.status_code == 200
    assert (patched.json()["description"], patched.json()["name"]) == ("Now faster", "Fibre 150")
    refused = await client.patch(url, json={"lastUpdate": "2020-01-01T00:00:00Z"})
    assert (refused.status_code, refused.json()["code"]) == (400, "NON_PATCHABLE_ATTRIBUTE")


async def test_patch_validates_the_merged_entity(client: httpx.AsyncClient) -> None:
    answer = await client.patch(f"{BASE}/productOffering/po-fibre-150", json={"isSellable": "yes"})
    assert answer.status_code == 400


async def test_offering_moves_from_design_to_active_to_retired(client: httpx.AsyncClient) -> None:
    url = f"{BASE}/productOffering/{(await create_offering(client))['id']}"
    for status in ("In test", "Active", "Retired", "Obsolete"):
        answer = await client.patch(url, json={"lifecycleStatus": status})
        assert answer.status_code == 200, (status, answer.text)


async def test_retired_offering_cannot_become_active_again(client: httpx.AsyncClient) -> None:
    url = f"{BASE}/productOffering/po-fibre-150"
    assert (await client.patch(url, json={"lifecycleStatus": "Retired"})).status_code == 200
    answer = await client.patch(url, json={"lifecycleStatus": "Active"})
    assert (answer.status_code, answer.json()["code"]) == (409, "INVALID_STATE_TRANSITION")


async def test_released_offering_cannot_go_back_to_design(client: httpx.AsyncClient) -> None:
    answer = await client.patch(f"{BASE}/productOffering/po-fibre-150", json={"lifecycleStatus": "In design"})
    assert answer.status_code == 409


async def test_export_job_answers_the_export_in_a_data_url(client: httpx.AsyncClient) -> None:
    answer = await client.post(f"{BASE}/exportJob", json={"url": "https://example.com/x", "path": "category"})
    assert answer.status_code == 201
    job = answer.json()
    assert job["status"] == "Succeeded"
    prefix = "data:application/json;base64,"
    assert job["url"].startswith(prefix)
    content = json.loads(base64.b64decode(job["url"].removeprefix(prefix)))
    assert [c["id"] for c in content["category"]] == ["cat-broadband", "cat-addons"]
    assert content["category"][0]["href"].startswith("http://mocks.test/")


async def test_export_job_query_filters_every_type(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        f"{BASE}/exportJob", json={"url": "x", "path": "productOffering", "query": "name.regex=^fibre"}
    )
    content = json.loads(base64.b64decode(answer.json()["url"].split(",", 1)[1]))
    assert [o["id"] for o in content["productOffering"]] == ["po-fibre-150", "po-fibre-500", "po-fibre-900"]


async def test_import_job_reads_an_export_of_this_server(client: httpx.AsyncClient) -> None:
    export = (await client.post(f"{BASE}/exportJob", json={"url": "x", "path": "catalog"})).json()
    await client.delete(f"{BASE}/catalog/catalog-uk-residential")
    job = await client.post(f"{BASE}/importJob", json={"url": export["href"]})
    assert (job.status_code, job.json()["status"]) == (201, "Succeeded")
    restored = await client.get(f"{BASE}/catalog/catalog-uk-residential")
    assert restored.status_code == 200
    assert (
        restored.json()["href"]
        == "http://mocks.test/tmf-api/productCatalogManagement/v4/catalog/catalog-uk-residential"
    )


async def test_import_job_creates_entities_from_a_data_url(client: httpx.AsyncClient) -> None:
    content = {"category": [{"id": "cat-tv", "name": "TV"}]}
    url = "data:application/json;base64," + base64.b64encode(json.dumps(content).encode()).decode()
    job = (await client.post(f"{BASE}/importJob", json={"url": url})).json()
    assert job["status"] == "Succeeded"
    assert (await get_json(client, "/category/cat-tv"))["name"] == "TV"  # type: ignore[index]


async def test_import_job_with_invalid_content_fails_and_imports_nothing(client: httpx.AsyncClient) -> None:
    content = {"category": [{"id": "cat-ok", "name": "OK"}, {"id": "cat-bad", "isRoot": "no"}]}
    url = "data:application/json;base64," + base64.b64encode(json.dumps(content).encode()).decode()
    job = (await client.post(f"{BASE}/importJob", json={"url": url})).json()
    assert job["status"] == "Failed"
    assert "category[1]" in job["errorLog"]
    assert (await client.get(f"{BASE}/category/cat-ok")).status_code == 404


async def test_import_job_from_a_remote_url_fails_saying_what_is_supported(client: httpx.AsyncClient) -> None:
    job = (await client.post(f"{BASE}/importJob", json={"url": "https://example.com/catalog.json"})).json()
    assert job["status"] == "Failed"
    assert "data: URL" in job["errorLog"]


async def test_jobs_are_listed_retrieved_and_deleted(client: httpx.AsyncClient) -> None:
    job = (await client.post(f"{BASE}/exportJob", json={"url": "x"})).json()
    assert [j["id"] for j in await get_json(client, "/exportJob")] == [job["id"]]  # type: ignore[index]
    assert (await client.delete(f"{BASE}/exportJob/{job['id']}")).status_code == 204
    assert (await client.get(f"{BASE}/exportJob/{job['id']}")).status_code == 404


async def test_jobs_cannot_be_patched(client: httpx.AsyncClient) -> None:
    answer = await client.patch(f"{BASE}/importJob/any", json={})
    assert answer.status_code == 405


@pytest.mark.parametrize(
    "resource", ["catalog", "category", "productOffering", "productOfferingPrice", "productSpecification"]
)
async def test_an_entity_created_without_a_lifecycle_status_starts_in_study(
    client: httpx.AsyncClient, resource: str
) -> None:
    created = await client.post(f"{BASE}/{resource}", json={"name": f"new {resource}"})

    assert created.json()["lifecycleStatus"] == "In study"
    assert (await get_json(client, f"/{resource}/{created.json()['id']}"))["lifecycleStatus"] == "In study"  # type: ignore[index,call-overload]


@pytest.mark.parametrize(
    "resource", ["catalog", "category", "productOffering", "productOfferingPrice", "productSpecification"]
)
async def test_every_seeded_entity_has_a_lifecycle_status(client: httpx.AsyncClient, resource: str) -> None:
    entities = await get_json(client, f"/{resource}")

    assert entities and all(entity.get("lifecycleStatus") for entity in entities)  # type: ignore[union-attr]
