"""TMF632 individual: create, retrieve, filter, merge patch with its rules, delete."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings

INDIVIDUALS = "/tmf-api/party/v4/individual"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


async def create_individual(client: httpx.AsyncClient, **extra: object) -> dict:
    answer = await client.post(INDIVIDUALS, json={"givenName": "Jane", "familyName": "Doe", **extra})
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_new_individual_is_initialized_with_an_absolute_href(client: httpx.AsyncClient) -> None:
    individual = await create_individual(client)
    assert individual["status"] == "initialized"
    assert individual["href"] == f"http://mocks.test{INDIVIDUALS}/{individual['id']}"
    assert (await client.get(f"{INDIVIDUALS}/{individual['id']}")).json() == individual


async def test_names_are_required(client: httpx.AsyncClient) -> None:
    answer = await client.post(INDIVIDUALS, json={"givenName": "Jane"})
    assert answer.status_code == 400
    assert "familyName" in answer.json()["message"]


async def test_contact_medium_can_be_filtered_on(client: httpx.AsyncClient) -> None:
    medium = [{"mediumType": "email", "characteristic": {"emailAddress": "jane@example.com"}}]
    jane = await create_individual(client, contactMedium=medium)
    await create_individual(client, givenName="John")
    found = await client.get(
        INDIVIDUALS, params={"contactMedium.characteristic.emailAddress": "jane@example.com"}
    )
    assert [person["id"] for person in found.json()] == [jane["id"]]


async def test_patch_merges_and_refuses_the_id(client: httpx.AsyncClient) -> None:
    individual = await create_individual(client)
    url = f"{INDIVIDUALS}/{individual['id']}"
    patched = (await client.patch(url, json={"familyName": "Smith"})).json()
    assert patched["familyName"] == "Smith" and patched["givenName"] == "Jane"
    assert (await client.patch(url, json={"id": "other"})).status_code == 400


async def test_delete_then_gone(client: httpx.AsyncClient) -> None:
    individual = await create_individual(client)
    url = f"{INDIVIDUALS}/{individual['id']}"
    assert (await client.delete(url)).status_code == 204
    assert (await client.get(url)).status_code == 404


# --- organization ---------------------------------------------------------------------------------------

ORGANIZATIONS = "/tmf-api/party/v4/organization"


async def create_organization(client: httpx.AsyncClient, **extra: object) -> dict:
    answer = await client.post(ORGANIZATIONS, json={"tradingName": "Acme Broadband", **extra})
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_new_organization_is_initialized(client: httpx.AsyncClient) -> None:
    organization = await create_organization(client, isLegalEntity=True)
    assert (organization["status"], organization["isLegalEntity"]) == ("initialized", True)
    assert organization["href"] == f"http://mocks.test{ORGANIZATIONS}/{organization['id']}"


async def test_organization_needs_a_trading_name(client: httpx.AsyncClient) -> None:
    answer = await client.post(ORGANIZATIONS, json={"name": "No trading name"})
    assert answer.status_code == 400
    assert "tradingName" in answer.json()["message"]


async def test_organization_null_attribute_is_refused(client: httpx.AsyncClient) -> None:
    answer = await client.post(
        ORGANIZATIONS, json={"tradingName": "Acme", "creditRating": [{"ratingReference": None}]}
    )
    assert answer.status_code == 400
    assert "body.creditRating[0].ratingReference" in answer.json()["message"]


async def test_organization_is_listed_filtered_and_patched(client: httpx.AsyncClient) -> None:
    acme = await create_organization(client)
    await create_organization(client, tradingName="Other")
    listed = (await client.get(ORGANIZATIONS, params={"tradingName": "Acme Broadband"})).json()
    assert [o["id"] for o in listed] == [acme["id"]]
    patched = await client.patch(f"{ORGANIZATIONS}/{acme['id']}", json={"status": "validated"})
    assert (patched.json()["status"], patched.json()["tradingName"]) == ("validated", "Acme Broadband")


async def test_closed_organization_is_final(client: httpx.AsyncClient) -> None:
    url = f"{ORGANIZATIONS}/{(await create_organization(client, status='closed'))['id']}"
    answer = await client.patch(url, json={"status": "validated"})
    assert answer.status_code == 409


async def test_organization_delete_then_gone(client: httpx.AsyncClient) -> None:
    url = f"{ORGANIZATIONS}/{(await create_organization(client))['id']}"
    assert (await client.delete(url)).status_code == 204
    assert (await client.get(url)).status_code == 404
