"""TMF630 behaviour: fields, paging headers, attribute filters, sorting, merge patch, absolute hrefs."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends import tmf630
from mock_backends.testing import running_app, sqlite_settings

OFFERINGS = "/tmf-api/productCatalogManagement/v4/productOffering"
ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


def create_order_body(external_id: str, party_id: str = "cust-1") -> dict:
    return {
        "externalId": external_id,
        "relatedParty": [{"id": party_id, "role": "Customer", "@referredType": "Individual"}],
        "productOrderItem": [{"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150"}}],
    }


# --- pure functions -------------------------------------------------------------------------------------


def test_values_at_flattens_arrays_on_the_path() -> None:
    document = {"relatedParty": [{"id": "a"}, {"id": "b", "x": {"id": "c"}}], "state": "done"}
    assert tmf630.values_at(document, "relatedParty.id") == ["a", "b"]
    assert tmf630.values_at(document, "relatedParty.x.id") == ["c"]
    assert tmf630.values_at(document, "state") == ["done"]
    assert tmf630.values_at(document, "missing.path") == []


def test_matches_compares_numbers_and_booleans_as_text() -> None:
    document = {"isSellable": True, "price": {"value": 35.0}, "id": "a"}
    assert tmf630.matches(document, {"isSellable": ("true",)})
    assert tmf630.matches(document, {"price.value": ("35",)})
    assert tmf630.matches(document, {"id": ("x", "a")})
    assert not tmf630.matches(document, {"id": ("x",), "isSellable": ("true",)})


def test_merge_patch_follows_rfc_7386() -> None:
    target = {"a": "b", "c": {"d": "e", "f": "g"}, "list": [1, 2]}
    patch = {"a": "z", "c": {"f": None}, "list": [3], "new": {"x": 1}}
    assert tmf630.merge_patch(target, patch) == {"a": "z", "c": {"d": "e"}, "list": [3], "new": {"x": 1}}


def test_paginate_counts_matches_before_paging() -> None:
    documents = [{"id": str(n), "state": "done" if n % 2 else "inProgress"} for n in range(10)]
    page = tmf630.paginate(documents, tmf630.ListQuery(offset=1, limit=2, filters={"state": ("done",)}))
    assert page.total == 5
    assert [d["id"] for d in page.items] == ["3", "5"]


def test_sort_orders_numbers_numerically_descending_with_missing_last() -> None:
    documents = [{"id": "a", "n": 9}, {"id": "b"}, {"id": "c", "n": 10}, {"id": "d", "n": 1}]
    page = tmf630.paginate(documents, tmf630.ListQuery(sort=("-n",)))
    assert [d["id"] for d in page.items] == ["c", "a", "d", "b"]


def test_absolute_hrefs_rewrites_relative_links_at_any_depth() -> None:
    document = {"href": "/x/1", "ref": [{"href": "/y/2"}, {"href": "https://other/z"}], "name": "/not-href"}
    assert tmf630.absolute_hrefs(document, "http://h:1") == {
        "href": "http://h:1/x/1",
        "ref": [{"href": "http://h:1/y/2"}, {"href": "https://other/z"}],
        "name": "/not-href",
    }


# --- over HTTP ------------------------------------------------------------------------------------------


async def test_list_carries_total_and_result_count_headers(client: httpx.AsyncClient) -> None:
    answer = await client.get(OFFERINGS, params={"offset": 2, "limit": 3})
    assert answer.status_code == 200
    assert answer.headers["X-Total-Count"] == "9"
    assert answer.headers["X-Result-Count"] == "3"
    assert [o["id"] for o in answer.json()] == ["po-fibre-900", "po-superfast-80", "po-essential-18"]


async def test_limit_zero_answers_only_the_count(client: httpx.AsyncClient) -> None:
    answer = await client.get(OFFERINGS, params={"limit": 0})
    assert answer.json() == []
    assert answer.headers["X-Total-Count"] == "9"


async def test_fields_keeps_id_and_href(client: httpx.AsyncClient) -> None:
    answer = await client.get(OFFERINGS, params={"fields": "name,isSellable", "limit": 1})
    assert answer.json() == [
        {
            "id": "po-fibre-150",
            "href": "http://mocks.test/tmf-api/productCatalogManagement/v4/productOffering/po-fibre-150",
            "name": "Fibre 150",
            "isSellable": True,
        }
    ]


async def test_fields_applies_to_retrieve(client: httpx.AsyncClient) -> None:
    answer = await client.get(f"{OFFERINGS}/po-fibre-150", params={"fields": "lifecycleStatus"})
    assert set(answer.json()) == {"id", "href", "lifecycleStatus"}


async def test_filter_by_comma_separated_ids(client: httpx.AsyncClient) -> None:
    answer = await client.get(OFFERINGS, params={"id": "po-fibre-900,po-static-ip,unknown"})
    assert [o["id"] for o in answer.json()] == ["po-fibre-900", "po-static-ip"]
    assert answer.headers["X-Total-Count"] == "2"


async def test_filter_by_dotted_path_into_arrays(client: httpx.AsyncClient) -> None:
    answer = await client.get(OFFERINGS, params={"category.id": "cat-addons"})
    assert [o["id"] for o in answer.json()] == ["po-wifi6-router", "po-pro-install", "po-static-ip"]


async def test_filters_combine_with_and(client: httpx.AsyncClient) -> None:
    for external_id, party in (("a", "cust-1"), ("b", "cust-2"), ("c", "cust-1")):
        await client.post(ORDERS, json=create_order_body(external_id, party))
    answer = await client.get(ORDERS, params={"relatedParty.id": "cust-1", "externalId": "c"})
    assert [o["externalId"] for o in answer.json()] == ["c"]


async def test_sort_parameter_orders_the_collection(client: httpx.AsyncClient) -> None:
    answer = await client.get(OFFERINGS, params={"sort": "-name", "fields": "name", "limit": 2})
    assert [o["name"] for o in answer.json()] == ["Wi-Fi 6 router", "Superfast 80"]


async def test_negative_offset_is_a_bad_request(client: httpx.AsyncClient) -> None:
    answer = await client.get(OFFERINGS, params={"offset": -1})
    assert answer.status_code == 400
    assert answer.json()["code"] == "INVALID_REQUEST"
    assert "offset" in answer.json()["message"]


async def test_hrefs_use_the_public_url(tmp_path: Path) -> None:
    async with running_app(sqlite_settings(tmp_path, public_url="https://api.example.com/")) as client:
        answer = await client.get(f"{OFFERINGS}/po-fibre-150")
    offering = answer.json()
    assert (
        offering["href"]
        == "https://api.example.com/tmf-api/productCatalogManagement/v4/productOffering/po-fibre-150"
    )
    assert offering["category"][0]["href"].startswith("https://api.example.com/tmf-api/")
