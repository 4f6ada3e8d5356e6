"""TMF622 productOrder: create, list with filters, retrieve, merge patch with its rules, delete."""

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    # The order manager is off: these tests are about the API; the lifecycle is test_mock_tmf622_lifecycle.py.
    async with running_app(sqlite_settings(tmp_path, order_pace="off")) as client:
        yield client


def create_order_body(**extra: object) -> dict:
    return {
        "externalId": "web-123",
        "productOrderItem": [
            {"id": "1", "action": "add", "quantity": 1, "productOffering": {"id": "po-fibre-500"}},
            {"id": "2", "action": "add", "productOffering": {"id": "po-static-ip"}},
        ],
        **extra,
    }


async def create_order(client: httpx.AsyncClient, **extra: object) -> dict:
    answer = await client.post(ORDERS, json=create_order_body(**extra))
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_new_order_is_acknowledged_with_server_fields(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    uuid.UUID(order["id"])
    assert order["href"] == f"http://mocks.test{ORDERS}/{order['id']}"
    assert order["state"] == "acknowledged"
    assert order["orderDate"].endswith("Z")
    assert [item["state"] for item in order["productOrderItem"]] == ["acknowledged", "acknowledged"]


async def test_polymorphic_and_extra_attributes_round_trip(client: httpx.AsyncClient) -> None:
    extension = {
        "@type": "BroadbandOrder",
        "@baseType": "ProductOrder",
        "@schemaLocation": "https://example.com/schemas/BroadbandOrder.json",
        "installationNotes": {"access": "side gate", "pets": ["dog"]},
    }
    order = await create_order(client, **extension)
    stored = (await client.get(f"{ORDERS}/{order['id']}")).json()
    assert stored == order
    assert {name: stored[name] for name in extension} == extension


async def test_client_cannot_choose_id_state_or_order_date(client: httpx.AsyncClient) -> None:
    order = await create_order(client, id="mine", state="completed", orderDate="2020-01-01T00:00:00Z")
    assert order["id"] != "mine"
    assert order["state"] == "acknowledged"
    assert not order["orderDate"].startswith("2020")


async def test_empty_item_list_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client.post(ORDERS, json={"productOrderItem": []})
    assert answer.status_code == 400
    assert "productOrderItem" in answer.json()["message"]


async def test_list_filters_by_external_id_and_state(client: httpx.AsyncClient) -> None:
    first = await create_order(client, externalId="a")
    await create_order(client, externalId="b")
    by_external_id = (await client.get(ORDERS, params={"externalId": "a"})).json()
    assert [o["id"] for o in by_external_id] == [first["id"]]
    assert len((await client.get(ORDERS, params={"state": "acknowledged"})).json()) == 2
    assert (await client.get(ORDERS, params={"state": "completed", "externalId": "a,b"})).json() == []


async def test_list_filters_on_item_offering(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    answer = await client.get(ORDERS, params={"productOrderItem.productOffering.id": "po-static-ip"})
    assert [o["id"] for o in answer.json()] == [order["id"]]


async def test_patch_merges_attributes(client: httpx.AsyncClient) -> None:
    order = await create_order(client, description="first", note=[{"text": "a"}])
    answer = await client.patch(f"{ORDERS}/{order['id']}", json={"description": "second", "priority": "1"})
    assert answer.status_code == 200, answer.text
    patched = answer.json()
    assert (patched["description"], patched["priority"], patched["note"]) == ("second", "1", [{"text": "a"}])
    assert (await client.get(f"{ORDERS}/{order['id']}")).json() == patched


async def test_patch_keeps_untouched_attributes_exactly(client: httpx.AsyncClient) -> None:
    order = await create_order(client, requestedStartDate="2030-05-01T08:00:00.123Z")
    patched = (await client.patch(f"{ORDERS}/{order['id']}", json={"description": "x"})).json()
    assert patched == order | {"description": "x"}


async def test_patch_refuses_a_string_where_the_schema_wants_a_number(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    items = [{"id": "1", "action": "add", "quantity": "2", "productOffering": {"id": "po-fibre-500"}}]
    answer = await client.patch(f"{ORDERS}/{order['id']}", json={"productOrderItem": items})
    assert answer.status_code == 400
    assert "body.productOrderItem.0.quantity" in answer.json()["message"]


async def test_patch_with_null_removes_an_attribute(client: httpx.AsyncClient) -> None:
    order = await create_order(client, description="gone soon")
    patched = (await client.patch(f"{ORDERS}/{order['id']}", json={"description": None})).json()
    assert "description" not in patched


@pytest.mark.parametrize("attribute", ["id", "href", "orderDate", "completionDate"])
async def test_patch_refuses_non_patchable_attributes(client: httpx.AsyncClient, attribute: str) -> None:
    order = await create_order(client)
    answer = await client.patch(f"{ORDERS}/{order['id']}", json={attribute: "2030-01-01T00:00:00Z"})
    assert answer.status_code == 400
    assert answer.json()["code"] == "NON_PATCHABLE_ATTRIBUTE"
    assert attribute in answer.json()["message"]
    assert (await client.get(f"{ORDERS}/{order['id']}")).json() == order


async def test_patch_refuses_an_invalid_state(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    answer = await client.patch(f"{ORDERS}/{order['id']}", json={"state": "teleported"})
    assert answer.status_code == 400
    assert "body.state" in answer.json()["message"]


async def test_patch_of_unknown_order_is_404(client: httpx.AsyncClient) -> None:
    answer = await client.patch(f"{ORDERS}/nope", json={"description": "x"})
    assert answer.status_code == 404


async def test_delete_answers_204_then_the_order_is_gone(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    deleted = await client.delete(f"{ORDERS}/{order['id']}")
    assert (deleted.status_code, deleted.content) == (204, b"")
    assert (await client.get(f"{ORDERS}/{order['id']}")).status_code == 404
    assert (await client.delete(f"{ORDERS}/{order['id']}")).status_code == 404
