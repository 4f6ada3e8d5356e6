"""TMF648 instant quotes priced from the TMF620 catalogue."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlmodel import Session

from mock_backends.app import create_app
from mock_backends.storage import DocumentStore
from mock_backends.testing import running, sqlite_settings

QUOTES = "/tmf-api/quoteManagement/v4/quote"


@pytest.fixture
def app(tmp_path: Path) -> FastAPI:
    return create_app(sqlite_settings(tmp_path))


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with running(app, app.state.settings.public_url) as client:
        yield client


def create_quote_body(*offering_ids: str) -> dict:
    return {"quoteItem": [{"productOffering": {"id": offering_id}} for offering_id in offering_ids]}


async def create_quote(client: httpx.AsyncClient, *offering_ids: str) -> dict:
    answer = await client.post(QUOTES, json=create_quote_body(*offering_ids))
    assert answer.status_code == 201, answer.text
    return answer.json()


def amounts(prices: list[dict]) -> dict[str, float]:
    return {p["priceType"]: p["price"]["taxIncludedAmount"]["value"] for p in prices}


async def test_quote_prices_each_item_from_its_offering(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-150", "po-wifi6-router", "po-static-ip")
    assert quote["state"] == "approved"
    items = quote["quoteItem"]
    assert [item["productOffering"]["name"] for item in items] == ["Fibre 150", "Wi-Fi 6 router", "Static IP"]
    assert amounts(items[0]["quoteItemPrice"]) == {"recurring": 30.0, "oneTime": 20.0}
    assert amounts(items[1]["quoteItemPrice"]) == {"oneTime": 49.99}
    assert amounts(items[2]["quoteItemPrice"]) == {"recurring": 5.0}
    assert items[0]["quoteItemPrice"][0]["recurringChargePeriod"] == "month"


async def test_quote_totals_sum_monthly_and_one_off(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-150", "po-wifi6-router", "po-static-ip")
    assert amounts(quote["quoteTotalPrice"]) == {"recurring": 35.0, "oneTime": 69.99}


async def test_promotion_is_a_discount_alteration_of_the_monthly_price(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-500")
    monthly = quote["quoteItem"][0]["quoteItemPrice"][0]
    (alteration,) = monthly["priceAlteration"]
    assert alteration["priceType"] == "discount"
    assert alteration["applicationDuration"] == 6
    assert alteration["price"]["percentage"] == 50.0
    assert alteration["price"]["taxIncludedAmount"] == {"unit": "GBP", "value": 19.0}
    assert alteration["productOfferingPrice"]["id"] == "pop-fibre-500-promo"
    (total_discount,) = quote["quoteTotalPrice"][0]["priceAlteration"]
    assert (total_discount["applicationDuration"], total_discount["price"]["taxIncludedAmount"]["value"]) == (
        6,
        19.0,
    )


async def test_prices_state_vat(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-150")
    price = quote["quoteItem"][0]["quoteItemPrice"][0]["price"]
    assert price == {
        "taxIncludedAmount": {"unit": "GBP", "value": 30.0},
        "dutyFreeAmount": {"unit": "GBP", "value": 25.0},
        "taxRate": 20.0,
    }


async def test_unknown_offering_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client.post(QUOTES, json=create_quote_body("po-fibre-150", "po-warp-drive"))
    assert answer.status_code == 400
    assert answer.json()["code"] == "UNKNOWN_PRODUCT_OFFERING"
    assert "po-warp-drive" in answer.json()["message"]
    assert (await client.get(QUOTES)).json() == []


async def test_retired_offering_is_refused(app: FastAPI, client: httpx.AsyncClient) -> None:
    with Session(app.state.engine) as session:
        store = DocumentStore(session)
        offering = store.get("productOffering", "po-fibre-900") or {}
        store.replace("productOffering", offering | {"lifecycleStatus": "Retired"})
        session.commit()
    answer = await client.post(QUOTES, json=create_quote_body("po-fibre-900"))
    assert answer.status_code == 400
    assert answer.json()["code"] == "PRODUCT_OFFERING_NOT_SELLABLE"


async def test_item_without_offering_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client.post(QUOTES, json={"quoteItem": [{"action": "add"}]})
    assert answer.status_code == 400
    assert answer.json()["code"] == "MISSING_PRODUCT_OFFERING"


async def test_quantity_multiplies_the_item_prices(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        QUOTES, json={"quoteItem": [{"quantity": 2, "productOffering": {"id": "po-static-ip"}}]}
    )
    assert amounts(answer.json()["quoteTotalPrice"]) == {"recurring": 10.0}


async def test_quote_is_stored_and_listed(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-superfast-80")
    assert (await client.get(f"{QUOTES}/{quote['id']}")).json() == quote
    listed = await client.get(QUOTES, params={"quoteItem.productOffering.id": "po-superfast-80"})
    assert [q["id"] for q in listed.json()] == [quote["id"]]


# --- patch and delete -----------------------------------------------------------------------------------


async def patch_quote(client: httpx.AsyncClient, quote_id: str, patch: dict) -> httpx.Response:
    return await client.patch(f"{QUOTES}/{quote_id}", json=patch)


async def test_approved_quote_can_be_accepted_and_items_follow(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-500", "po-pro-install")
    answer = await patch_quote(client, quote["id"], {"state": "accepted"})
    assert answer.status_code == 200
    assert answer.json()["state"] == "accepted"
    assert {item["state"] for item in answer.json()["quoteItem"]} == {"accepted"}


@pytest.mark.parametrize("final", ["accepted", "rejected", "cancelled"])
async def test_final_quote_cannot_change_state(client: httpx.AsyncClient, final: str) -> None:
    quote = await create_quote(client, "po-fibre-500")
    assert (await patch_quote(client, quote["id"], {"state": final})).status_code == 200
    answer = await patch_quote(client, quote["id"], {"state": "approved"})
    assert (answer.status_code, answer.json()["code"]) == (409, "INVALID_STATE_TRANSITION")


async def test_final_quote_takes_no_change_at_all(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-500")
    await patch_quote(client, quote["id"], {"state": "cancelled"})
    answer = await patch_quote(client, quote["id"], {"description": "too late"})
    assert (answer.status_code, answer.json()["code"]) == (409, "QUOTE_CLOSED")


async def test_approved_quote_cannot_go_back_in_progress(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-500")
    assert (await patch_quote(client, quote["id"], {"state": "inProgress"})).status_code == 409


async def test_unknown_state_is_a_bad_request(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-500")
    answer = await patch_quote(client, quote["id"], {"state": "exploded"})
    assert (answer.status_code, answer.json()["code"]) == (400, "INVALID_STATE")


async def test_new_items_are_priced_again(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-150")
    answer = await patch_quote(
        client, quote["id"], {"quoteItem": [{"productOffering": {"id": "po-static-ip"}}]}
    )
    assert answer.status_code == 200, answer.text
    assert amounts(answer.json()["quoteTotalPrice"]) == {"recurring": 5.0}


async def test_total_price_is_not_patchable(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-150")
    answer = await patch_quote(client, quote["id"], {"quoteTotalPrice": []})
    assert (answer.status_code, answer.json()["code"]) == (400, "NON_PATCHABLE_ATTRIBUTE")


async def test_quote_delete_then_gone(client: httpx.AsyncClient) -> None:
    quote = await create_quote(client, "po-fibre-150")
    assert (await client.delete(f"{QUOTES}/{quote['id']}")).status_code == 204
    assert (await client.get(f"{QUOTES}/{quote['id']}")).status_code == 404
