"""List answers: an item that is not what the spec says is skipped, logged and counted; the rest is served."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx
from prometheus_client import REGISTRY

from bff.config import Settings
from bff.core.clients.base import TmfServerError
from bff.core.clients.tmf637 import Tmf637Client
from bff.core.correlation import bind_correlation
from bff.core.logs import CorrelationFilter
from tests.bff.factories import URLS, create_product
from tmf_models.tmf637 import Product

PRODUCTS = f"{URLS['tmf637_url']}/product"
SKIPPED = "bff_backend_items_skipped_total"
LABELS = {"api": "TMF637", "operation": "GET product"}


def skipped_so_far() -> float:
    return REGISTRY.get_sample_value(SKIPPED, LABELS) or 0.0


def malformed_products() -> list[dict]:
    """Three products: a relative @schemaLocation (the spec says uri), a status the spec does not name."""
    return [
        create_product("prod-1"),
        {**create_product("prod-2"), "@schemaLocation": "schemas/Product.json"},
        create_product("prod-3", status="inactive"),
    ]


async def test_an_invalid_item_is_skipped_logged_with_the_request_id_and_counted(
    settings: Settings, tmf: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    tmf.get(PRODUCTS).respond(200, json=[*malformed_products(), create_product("prod-4")])
    client = Tmf637Client.for_url(settings.tmf637_url, timeout=1.0)
    bind_correlation("req-list-1")
    before = skipped_so_far()

    caplog.handler.addFilter(CorrelationFilter())  # what configure_logging puts on every handler
    with caplog.at_level(logging.WARNING, logger="bff.backend"):
        products = await client.find_products(**{"relatedParty.id": "cust-7"})
    await client.aclose()

    assert [product.id for product in products] == ["prod-1", "prod-4"]
    assert products.skipped == 2
    assert skipped_so_far() - before == 2
    warnings = [record for record in caplog.records if record.getMessage().startswith("skipped an invalid")]
    assert [record.itemId for record in warnings] == ["prod-2", "prod-3"]  # type: ignore[attr-defined]
    assert {record.requestId for record in warnings} == {"req-list-1"}  # type: ignore[attr-defined]
    failed = [error["loc"] for record in warnings for error in record.errors]  # type: ignore[attr-defined]
    assert failed == ["@schemaLocation", "status"]


async def test_skipped_items_still_count_for_paging(settings: Settings, tmf: respx.MockRouter) -> None:
    """A short page ends the listing; a page that is short only because items were skipped must not."""
    first = [create_product(f"prod-{n}") for n in range(1, 3)] + [create_product("prod-x", status="inactive")]
    route = tmf.get(PRODUCTS).mock(
        side_effect=[
            httpx.Response(200, json=first, headers={"X-Total-Count": "4"}),
            httpx.Response(200, json=[create_product("prod-4")], headers={"X-Total-Count": "4"}),
        ]
    )
    client = Tmf637Client.for_url(settings.tmf637_url, timeout=1.0)

    products = await client._list_all(Product, "product", page_size=3)
    await client.aclose()

    assert [product.id for product in products] == ["prod-1", "prod-2", "prod-4"]
    assert route.calls[1].request.url.params["offset"] == "3"


async def test_an_answer_that_is_not_a_list_is_still_a_server_error(
    settings: Settings, tmf: respx.MockRouter
) -> None:
    tmf.get(PRODUCTS).respond(200, json={"id": "prod-1"})
    client = Tmf637Client.for_url(settings.tmf637_url, timeout=1.0)

    with pytest.raises(TmfServerError):
        await client.find_products()
    await client.aclose()


async def test_the_customers_products_are_served_without_the_malformed_one(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.get(PRODUCTS).respond(200, json=malformed_products())

    response = await client.get("/api/v1/products")

    assert response.status_code == 200
    assert [product["id"] for product in response.json()["products"]] == ["prod-1"]
