"""TMF629 customers: CRUD, the engaged party must exist in TMF632, status transitions."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings

CUSTOMERS = "/tmf-api/customerManagement/v4/customer"
INDIVIDUALS = "/tmf-api/party/v4/individual"
ORGANIZATIONS = "/tmf-api/party/v4/organization"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


async def create_individual(client: httpx.AsyncClient) -> str:
    answer = await client.post(INDIVIDUALS, json={"givenName": "Jane", "familyName": "Doe"})
    return answer.json()["id"]


def create_customer_body(party_id: str, referred_type: str = "Individual", **extra: object) -> dict:
    return {
        "name": "Jane Doe",
        "engagedParty": {"id": party_id, "@referredType": referred_type, "role": "customer"},
        **extra,
    }


async def create_customer(client: httpx.AsyncClient, **extra: object) -> dict:
    body = create_customer_body(await create_individual(client), **extra)
    answer = await client.post(CUSTOMERS, json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_new_customer_is_initialized_with_an_absolute_href(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    assert customer["status"] == "Initialized"
    assert customer["href"] == f"http://mocks.test{CUSTOMERS}/{customer['id']}"


async def test_engaged_party_must_be_a_known_individual(client: httpx.AsyncClient) -> None:
    answer = await client.post(CUSTOMERS, json=create_customer_body("nobody"))
    assert (answer.status_code, answer.json()["code"]) == (400, "UNKNOWN_PARTY")


async def test_engaged_party_may_be_an_organization(client: httpx.AsyncClient) -> None:
    organization = (await client.post(ORGANIZATIONS, json={"tradingName": "Acme"})).json()["id"]
    answer = await client.post(CUSTOMERS, json=create_customer_body(organization, "Organization"))
    assert answer.status_code == 201, answer.text


async def test_name_and_engaged_party_are_required(client: httpx.AsyncClient) -> None:
    answer = await client.post(CUSTOMERS, json={"name": "Nobody"})
    assert answer.status_code == 400
    assert "engagedParty" in answer.json()["message"]


async def test_polymorphic_attributes_round_trip(client: httpx.AsyncClient) -> None:
    extra = {"@type": "ResidentialCustomer", "@baseType": "Customer", "loyaltyTier": {"level": 2}}
    customer = await create_customer(client, **extra)
    stored = (await client.get(f"{CUSTOMERS}/{customer['id']}")).json()
    assert {name: stored[name] for name in extra} == extra


async def test_list_filters_on_the_engaged_party(client: httpx.AsyncClient) -> None:
    first = await create_customer(client)
    await create_customer(client)
    answer = await client.get(CUSTOMERS, params={"engagedParty.id": first["engagedParty"]["id"]})
    assert [c["id"] for c in answer.json()] == [first["id"]]


async def test_status_moves_to_approved_then_closed(client: httpx.AsyncClient) -> None:
    url = f"{CUSTOMERS}/{(await create_customer(client))['id']}"
    assert (await client.patch(url, json={"status": "Approved"})).json()["status"] == "Approved"
    assert (await client.patch(url, json={"status": "Closed"})).json()["status"] == "Closed"


async def test_closed_customer_cannot_be_reopened(client: httpx.AsyncClient) -> None:
    url = f"{CUSTOMERS}/{(await create_customer(client, status='Closed'))['id']}"
    answer = await client.patch(url, json={"status": "Approved"})
    assert (answer.status_code, answer.json()["code"]) == (409, "INVALID_STATE_TRANSITION")


async def test_patch_to_an_unknown_engaged_party_is_refused(client: httpx.AsyncClient) -> None:
    url = f"{CUSTOMERS}/{(await create_customer(client))['id']}"
    answer = await client.patch(url, json={"engagedParty": {"id": "ghost", "@referredType": "Individual"}})
    assert answer.status_code == 400


async def test_delete_then_gone(client: httpx.AsyncClient) -> None:
    url = f"{CUSTOMERS}/{(await create_customer(client))['id']}"
    assert (await client.delete(url)).status_code == 204
    assert (await client.get(url)).status_code == 404


async def test_type_is_customer_unless_the_client_names_a_subclass(client: httpx.AsyncClient) -> None:
    plain = await create_customer(client)
    business = await create_customer(client, **{"@type": "BusinessCustomer"})

    assert (plain["@type"], business["@type"]) == ("Customer", "BusinessCustomer")
    assert (await client.get(f"{CUSTOMERS}/{plain['id']}")).json()["@type"] == "Customer"
