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
