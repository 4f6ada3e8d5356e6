"""The inventory follows every order (TMF622 → TMF637): add makes a line and its add-ons related to it,
modify changes the same product in place and keeps its history, delete (cease) terminates it.

Orders run at the `instant` pace (the factories are those of test_mock_tmf622_lifecycle.py).
"""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from mock_backends.testing import running_app
from tests.unit.test_mock_tmf622_lifecycle import (
    FIBRE_ADDRESS,
    ORDERS,
    PRODUCTS,
    add_on_item,
    broadband_item,
    create_customer,
    create_order_body,
    error_codes,
    instant_settings,
    place_order,
    settled,
)


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(instant_settings(tmp_path)) as client:
        yield client


def change_item(action: str, product_id: str, offering: str, **product: Any) -> dict:
    return {
        "id": "1",
        "action": action,
        "quantity": 1,
        "productOffering": {"id": offering},
        "product": {"id": product_id, **product},
    }


async def line_with_add_ons(client: httpx.AsyncClient, customer: str, *add_ons: str) -> list[dict]:
    """The products of a completed order of Fibre 500 and `add_ons`, in item order."""
    items = [add_on_item(str(number), offering) for number, offering in enumerate(add_ons, start=2)]
    order = await place_order(client, create_order_body(customer, broadband_item(), *items))
    done = await settled(client, order["id"])
    assert done["state"] == "completed", error_codes(done)
    return [await product(client, item["product"]["id"]) for item in done["productOrderItem"]]


async def product(client: httpx.AsyncClient, product_id: str) -> dict:
    answer = await client.get(f"{PRODUCTS}/{product_id}")
    assert answer.status_code == 200, answer.text
    return answer.json()


async def change(client: httpx.AsyncClient, customer: str, item: dict) -> dict:
    return await settled(client, (await place_order(client, create_order_body(customer, item)))["id"])


def values(product: dict) -> dict[str, Any]:
    return {c["name"]: c["value"] for c in product["productCharacteristic"]}


def monthly(product: dict) -> float:
    (price,) = [p for p in product["productPrice"] if p["priceType"] == "recurring"]
    return float(price["price"]["taxIncludedAmount"]["value"])


# --- add -------------------------------------------------------------------------------------------------


async def test_an_add_on_is_its_own_product_related_to_its_line(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    line, router = await line_with_add_ons(client, customer, "po-wifi6-router")

    assert router["productOffering"]["id"] == "po-wifi6-router"
    assert router["productRelationship"] == [
        {
            "relationshipType": "reliesOn",
            "product": {
                "id": line["id"],
                "href": line["href"],
                "name": "Fibre 500",
                "@referredType": "Product",
            },
            "@type": "ProductRelationship",
        }
    ]
    assert "productRelationship" not in line
    assert router["relatedParty"][0]["id"] == customer
    assert router["billingAccount"]["id"] == f"ba-{customer}"


# --- modify ----------------------------------------------------------------------------------------------


async def test_a_speed_change_updates_the_same_product_in_place(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    (line,) = await line_with_add_ons(client, customer)

    done = await change(client, customer, change_item("modify", line["id"], "po-fibre-900"))

    assert done["state"] == "completed", error_codes(done)
    after = await product(client, line["id"])
    assert after["productOffering"]["id"] == "po-fibre-900"
    assert after["productSpecification"]["id"] == "ps-fibre-900"
    assert after["name"] == "Fibre 900"
    assert values(after) == {"technology": "FTTP", "downloadSpeed": 900, "uploadSpeed": 110}
    assert monthly(after) == 52.0
    assert after["status"] == "active"
    assert after["startDate"] == line["startDate"]  # the same line, carried on
    products = (await client.get(PRODUCTS, params={"relatedParty.id": customer})).json()
    assert [p["id"] for p in products] == [line["id"]]  # no second product


async def test_the_minimum_term_is_the_products_and_a_speed_change_starts_a_new_one(
    client: httpx.AsyncClient,
) -> None:
    customer = await create_customer(client)
    term = {"name": "Minimum term", "duration": {"amount": 24, "units": "month"}, "@type": "OrderTerm"}
    order = await place_order(client, create_order_body(customer, broadband_item(itemTerm=[term])))
    done = await settled(client, order["id"])
    assert done["state"] == "completed", error_codes(done)
    line = await product(client, done["productOrderItem"][0]["product"]["id"])
    (kept,) = line["productTerm"]
    assert kept["duration"] == {"amount": 24, "units": "month"}
    assert kept["validFor"] == {"startDateTime": line["startDate"]}  # counted from the line's start

    shorter = {**term, "duration": {"amount": 12, "units": "month"}}
    item = change_item("modify", line["id"], "po-fibre-900") | {"itemTerm": [shorter]}
    assert (await change(client, customer, item))["state"] == "completed"
    after = await product(client, line["id"])
    (new,) = after["productTerm"]
    assert new["duration"]["amount"] == 12
    assert new["validFor"]["startDateTime"] == after["productHistory"][-1]["validFor"]["endDateTime"]
    assert after["productHistory"][-1]["productTerm"] == [kept]  # the old term in the history


async def test_a_speed_change_keeps_the_previous_values_and_the_order_trail(
    client: httpx.AsyncClient,
) -> None:
    customer = await create_customer(client)
    (line,) = await line_with_add_ons(client, customer)

    done = await change(client, customer, change_item("modify", line["id"], "po-fibre-900"))

    after = await product(client, line["id"])
    assert [(ref["orderItemAction"], ref["role"]) for ref in after["productOrderItem"]] == [
        ("add", "fulfils"),
        ("modify", "modifies"),
    ]
    assert after["productOrderItem"][1]["productOrderId"] == done["id"]
    (before,) = after["productHistory"]
    assert before["productOffering"]["id"] == "po-fibre-500"
    assert before["name"] == "Fibre 500"
    assert values(before)["downloadSpeed"] == 500
    assert monthly(before) == 38.0
    assert before["validFor"]["startDateTime"] == line["startDate"]
    assert before["replacedBy"]["productOrderId"] == done["id"]


async def test_a_speed_change_keeps_what_the_customer_chose(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    item = broadband_item()
    item["product"]["productCharacteristic"] = [{"name": "installationSlot", "value": "morning"}]
    order = await settled(client, (await place_order(client, create_order_body(customer, item)))["id"])
    line_id = order["productOrderItem"][0]["product"]["id"]

    await change(client, customer, change_item("modify", line_id, "po-fibre-900"))

    assert values(await product(client, line_id))["installationSlot"] == "morning"


async def test_a_speed_change_without_a_place_uses_the_products_own(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    (line,) = await line_with_add_ons(client, customer)

    done = await change(client, customer, change_item("modify", line["id"], "po-fibre-900"))

    assert done["state"] == "completed", error_codes(done)


# --- delete (cease) --------------------------------------------------------------------------------------


async def test_a_cease_without_a_place_is_not_pending_and_terminates_the_line(
    client: httpx.AsyncClient,
) -> None:
    customer = await create_customer(client)
    line, router = await line_with_add_ons(client, customer, "po-wifi6-router")

    done = await change(client, customer, change_item("delete", line["id"], "po-fibre-500"))

    assert done["state"] == "completed", error_codes(done)
    assert "INSTALLATION_ADDRESS_REQUIRED" not in error_codes(done)
    ended = await product(client, line["id"])
    assert ended["status"] == "terminated"
    assert ended["terminationDate"].endswith("Z")
    assert ended["productOrderItem"][-1] == {
        "orderItemId": "1",
        "orderItemAction": "delete",
        "productOrderId": done["id"],
        "role": "terminates",
        "@referredType": "ProductOrderItem",
    }
    assert (await product(client, router["id"]))["status"] == "terminated"  # the add-on ends with its line


async def test_a_cease_of_a_product_with_no_place_anywhere_is_still_pending(
    client: httpx.AsyncClient,
) -> None:
    customer = await create_customer(client)
    made = await client.post(
        PRODUCTS,
        json={"status": "active", "productOffering": {"id": "po-fibre-500"}, "name": "Fibre 500"},
    )
    assert made.status_code == 201, made.text

    done = await change(client, customer, change_item("delete", made.json()["id"], "po-fibre-500"))

    assert done["state"] == "pending"
    assert error_codes(done) == ["INSTALLATION_ADDRESS_REQUIRED"]


@pytest.mark.parametrize("action", ["modify", "delete"])
async def test_a_change_of_an_unknown_product_is_rejected(client: httpx.AsyncClient, action: str) -> None:
    customer = await create_customer(client)

    done = await change(client, customer, change_item(action, "no-such-product", "po-fibre-900"))

    assert done["state"] == "rejected"
    assert error_codes(done) == ["PRODUCT_NOT_FOUND"]


async def test_a_terminated_line_cannot_be_changed_again(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    (line,) = await line_with_add_ons(client, customer)
    await change(client, customer, change_item("delete", line["id"], "po-fibre-500"))

    done = await change(client, customer, change_item("modify", line["id"], "po-fibre-900"))

    assert done["state"] == "rejected"
    assert error_codes(done) == ["PRODUCT_NOT_ACTIVE"]
    assert (await product(client, line["id"]))["productOffering"]["id"] == "po-fibre-500"


async def test_the_order_lists_the_product_it_changed(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    (line,) = await line_with_add_ons(client, customer)
    done = await change(client, customer, change_item("modify", line["id"], "po-fibre-900"))

    found = (await client.get(ORDERS, params={"productOrderItem.product.id": line["id"]})).json()

    assert {order["id"] for order in found} >= {done["id"]}
    assert (await product(client, line["id"]))["place"][0]["id"] == FIBRE_ADDRESS


async def test_a_line_never_ends_before_it_started(client: httpx.AsyncClient) -> None:
    # A line made by an order that waited for its visit on a compressed clock starts on the visit's day.
    customer = await create_customer(client)
    (line,) = await line_with_add_ons(client, customer)
    ahead = "2099-01-05T08:00:00.000Z"
    patched = await client.patch(f"{PRODUCTS}/{line['id']}", json={"startDate": ahead})
    assert patched.status_code == 200, patched.text

    await change(client, customer, change_item("delete", line["id"], "po-fibre-500"))

    assert (await product(client, line["id"]))["terminationDate"] == ahead
