"""TMF630 behaviour: fields, paging headers, attribute filters, sorting, merge patch, absolute hrefs."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends import tmf630
from mock_backends.errors import BadRequest, Conflict
from mock_backends.testing import running_app, sqlite_settings
from tmf_models.tmf632 import Individual

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


# --- operators, dotted fields, validation ---------------------------------------------------------------


def query_of(**parameters: str) -> tmf630.ListQuery:
    filters, conditions = tmf630.parse_filters(parameters.items())
    return tmf630.ListQuery(filters=filters, conditions=conditions)


def found(documents: list[dict], **parameters: str) -> list[str]:
    return [d["id"] for d in tmf630.paginate(documents, query_of(**parameters)).items]


NUMBERED = [{"id": "a", "n": 2, "day": "2025-01-02"}, {"id": "b", "n": 10, "day": "2025-03-01"}, {"id": "c"}]


def test_gt_gte_lt_lte_compare_numbers_as_numbers() -> None:
    assert found(NUMBERED, **{"n.gt": "2"}) == ["b"]
    assert found(NUMBERED, **{"n.gte": "2"}) == ["a", "b"]
    assert found(NUMBERED, **{"n.lt": "10"}) == ["a"]
    assert found(NUMBERED, **{"n.lte": "10"}) == ["a", "b"]


def test_comparisons_on_dates_follow_time_order() -> None:
    assert found(NUMBERED, **{"day.gte": "2025-02-01"}) == ["b"]


def test_ne_excludes_the_given_values_and_keeps_documents_without_the_attribute() -> None:
    assert found(NUMBERED, **{"n.ne": "2"}) == ["b", "c"]


def test_eq_suffix_is_plain_equality() -> None:
    assert found(NUMBERED, **{"n.eq": "10"}) == ["b"]


def test_regex_searches_case_insensitively() -> None:
    documents = [{"id": "1", "name": "Orchard Close"}, {"id": "2", "name": "Victoria Road"}]
    assert found(documents, **{"name.regex": "^orch"}) == ["1"]
    assert found(documents, **{"name.regex": "road$|close$"}) == ["1", "2"]


def test_invalid_regex_is_a_bad_request() -> None:
    with pytest.raises(BadRequest, match="not a regular expression"):
        query_of(**{"name.regex": "("})


def test_normaliser_applies_to_both_sides() -> None:
    documents = [{"id": "1", "postcode": "RG1 4AB"}]
    normalise = {"postcode": lambda text: "".join(text.split()).upper()}
    page = tmf630.paginate(documents, query_of(postcode="rg14ab"), normalise)
    assert [d["id"] for d in page.items] == ["1"]


def test_fields_with_dotted_paths_prune_nested_objects_and_arrays() -> None:
    document = {
        "id": "1",
        "href": "/x",
        "name": "n",
        "relatedParty": [{"id": "p", "role": "r"}],
        "a": {"b": 1, "c": 2},
    }
    assert tmf630.select_fields(document, ["relatedParty.id", "a.b"]) == {
        "id": "1",
        "href": "/x",
        "relatedParty": [{"id": "p"}],
        "a": {"b": 1},
    }


def test_validated_refuses_nulls_the_schema_does_not_allow() -> None:
    with pytest.raises(BadRequest, match=r"body\.relatedParty\[0\]\.name: null"):
        tmf630.validated(
            Individual, {"givenName": "A", "familyName": "B", "relatedParty": [{"id": "x", "name": None}]}
        )


def test_refuse_illegal_transition_allows_listed_moves_and_same_state() -> None:
    allowed = {"a": {"b"}, "b": set()}
    tmf630.refuse_illegal_transition("state", "a", "b", allowed)
    tmf630.refuse_illegal_transition("state", "b", "b", allowed)
    tmf630.refuse_illegal_transition("state", "unknown", "a", allowed)
    with pytest.raises(Conflict, match="from b it may go to nothing"):
        tmf630.refuse_illegal_transition("state", "b", "a", allowed)


async def test_operator_filters_work_over_http(client: httpx.AsyncClient) -> None:
    answer = await client.get(OFFERINGS, params={"name.regex": "^fibre [59]", "fields": "name"})
    assert [o["id"] for o in answer.json()] == ["po-fibre-500", "po-fibre-900"]
    assert answer.headers["X-Total-Count"] == "2"


async def test_invalid_regex_over_http_is_a_tmf_error(client: httpx.AsyncClient) -> None:
    answer = await client.get(OFFERINGS, params={"name.regex": "[unclosed"})
    assert (answer.status_code, answer.json()["code"]) == (400, "INVALID_FILTER")
