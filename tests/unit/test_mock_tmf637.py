"""TMF637 product: create, list with filters, retrieve, merge patch, delete."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings

PRODUCTS = "/tmf-api/productInventory/v4/product"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path, order_pace="off")) as client:
        yield client


def create_product_body(**extra: object) -> dict:
    return {
        "name": "Fibre 500",
        "status": "active",
        "productOffering": {"id": "po-fibre-500"},
        "relatedParty": [{"id": "cust-1", "role": "customer", "@referredType": "Individual"}],
        **extra,
    }


async def create_product(client: httpx.AsyncClient, **extra: object) -> dict:
    answer = await client.post(PRODUCTS, json=create_product_body(**extra))
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_created_product_is_served_with_an_absolute_href(client: httpx.AsyncClient) -> None:
    product = await create_product(client)
    assert product["href"] == f"http://mocks.test{PRODUCTS}/{product['id']}"
    assert (await client.get(f"{PRODUCTS}/{product['id']}")).json() == product


async def test_status_is_required(client: httpx.AsyncClient) -> None:
    answer = await client.post(PRODUCTS, json={"name": "no status"})
    assert answer.status_code == 400
    assert "status" in answer.json()["message"]


async def test_list_filters_on_the_customer(client: httpx.AsyncClient) -> None:
    mine = await create_product(client)
    await create_product(
        client, relatedParty=[{"id": "cust-2", "role": "customer", "@referredType": "Individual"}]
    )
    listed = await client.get(PRODUCTS, params={"relatedParty.id": "cust-1"})
    assert [p["id"] for p in listed.json()] == [mine["id"]]
    assert listed.headers["X-Total-Count"] == "1"


async def test_patch_changes_status_and_refuses_an_unknown_one(client: httpx.AsyncClient) -> None:
    product = await create_product(client)
    suspended = await client.patch(f"{PRODUCTS}/{product['id']}", json={"status": "suspended"})
    assert (suspended.status_code, suspended.json()["status"]) == (200, "suspended")
    invalid = await client.patch(f"{PRODUCTS}/{product['id']}", json={"status": "melted"})
    assert invalid.status_code == 400


async def test_delete_answers_204_then_404(client: httpx.AsyncClient) -> None:
    product = await create_product(client)
    assert (await client.delete(f"{PRODUCTS}/{product['id']}")).status_code == 204
    assert (await client.get(f"{PRODUCTS}/{product['id']}")).status_code == 404


def assert_sold_product(product: dict, technology: str, download: int, upload: int) -> None:
    """What every product the server makes carries: status, customer, account, characteristics, prices."""
    assert product["status"] == "active"
    assert [party["role"] for party in product["relatedParty"]] == ["customer"]
    assert product["billingAccount"]["id"]
    values = {c["name"]: c["value"] for c in product["productCharacteristic"]}
    assert (values["technology"], values["downloadSpeed"], values["uploadSpeed"]) == (
        technology,
        download,
        upload,
    )
    assert {price["priceType"] for price in product["productPrice"]} == {"recurring", "oneTime"}
    assert all(price["price"]["taxIncludedAmount"]["unit"] == "GBP" for price in product["productPrice"])


async def test_seeded_products_carry_characteristics_prices_account_party_and_status(
    client: httpx.AsyncClient,
) -> None:
    jane = (await client.get(f"{PRODUCTS}/prod-seed-cust-0001")).json()
    sam = (await client.get(f"{PRODUCTS}/prod-seed-cust-0002")).json()

    assert_sold_product(jane, "FTTP", 500, 75)
    assert_sold_product(sam, "FTTP", 150, 30)
    assert jane["billingAccount"] == {
        "id": "ba-cust-0001",
        "name": "Jane Doe billing account",
        "@referredType": "BillingAccount",
    }
    monthly = next(price for price in jane["productPrice"] if price["priceType"] == "recurring")
    assert monthly["productOfferingPrice"]["href"].startswith("http://mocks.test/")
    assert monthly["productPriceAlteration"][0]["price"] == {"percentage": 50.0, "@type": "Price"}
