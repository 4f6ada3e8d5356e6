"""TMF645 checkServiceQualification follows docs/architecture.md "Serviceability conventions"."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings

CHECKS = "/tmf-api/serviceQualificationManagement/v4/checkServiceQualification"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


def create_check_body(**place: str) -> dict:
    return {
        "instantSyncQualification": True,
        "serviceQualificationItem": [
            {
                "id": "1",
                "service": {
                    "place": [{"@type": "GeographicAddress", "role": "installationAddress", **place}]
                },
            }
        ],
    }


async def check(client: httpx.AsyncClient, **place: str) -> dict:
    answer = await client.post(CHECKS, json=create_check_body(**place))
    assert answer.status_code == 201, answer.text
    return answer.json()


def technologies(result: dict) -> dict[str, tuple[int, int]]:
    found = {}
    for item in result["serviceQualificationItem"]:
        values = {c["name"]: c["value"] for c in item["service"]["serviceCharacteristic"]}
        found[values["technology"]] = (values["maxDownloadSpeed"], values["maxUploadSpeed"])
    return found


async def test_fibred_address_is_qualified_per_technology(client: httpx.AsyncClient) -> None:
    result = await check(client, postcode="RG1 4AB", streetNr="3")
    assert (result["state"], result["qualificationResult"], result["instantSyncQualification"]) == (
        "done",
        "qualified",
        True,
    )
    assert technologies(result) == {"FTTP": (1000, 220), "FTTC": (80, 20)}
    first = result["serviceQualificationItem"][0]
    assert first["qualificationItemResult"] == "qualified"
    assert first["service"]["serviceSpecification"]["id"] == "cfs-access-fttp"
    assert first["service"]["place"][0] == {
        "id": "addr-rg14ab-3",
        "href": "http://mocks.test/tmf-api/geographicAddressManagement/v4/geographicAddress/addr-rg14ab-3",
        "streetNr": "3",
        "streetName": "Orchard Close",
        "city": "Reading",
        "postcode": "RG1 4AB",
        "country": "GB",
        "role": "installationAddress",
        "@type": "GeographicAddress",
    }


@pytest.mark.parametrize("postcode", ["SW1A 2AA", "sw1a2aa", " Sw1A  2aA "])
async def test_postcode_match_ignores_case_and_spaces(client: httpx.AsyncClient, postcode: str) -> None:
    result = await check(client, postcode=postcode, streetNr="10")
    assert set(technologies(result)) == {"FTTP", "FTTC", "FWA"}


async def test_address_found_by_id(client: httpx.AsyncClient) -> None:
    result = await check(client, id="addr-bs78nu-2")
    assert technologies(result) == {"FTTC": (80, 20)}


async def test_address_without_coverage_is_unqualified(client: httpx.AsyncClient) -> None:
    result = await check(client, postcode="IV51 9EL", streetNr="1")
    assert result["qualificationResult"] == "unqualified"
    (item,) = result["serviceQualificationItem"]
    assert item["qualificationItemResult"] == "unqualified"
    assert item["eligibilityUnavailabilityReason"][0]["code"] == "NO_COVERAGE"
    assert item["service"]["place"][0]["streetName"] == "Dunvegan Road"


async def test_unknown_address_is_unqualified_address_not_found(client: httpx.AsyncClient) -> None:
    result = await check(client, postcode="ZZ9 9ZZ", streetNr="1")
    assert result["qualificationResult"] == "unqualified"
    (item,) = result["serviceQualificationItem"]
    assert item["eligibilityUnavailabilityReason"][0]["code"] == "ADDRESS_NOT_FOUND"


async def test_known_postcode_but_unknown_house_is_not_found(client: httpx.AsyncClient) -> None:
    result = await check(client, postcode="SW1A 2AA", streetNr="99")
    assert (
        result["serviceQualificationItem"][0]["eligibilityUnavailabilityReason"][0]["code"]
        == "ADDRESS_NOT_FOUND"
    )


async def test_missing_address_is_a_bad_request(client: httpx.AsyncClient) -> None:
    answer = await client.post(CHECKS, json=create_check_body(postcode="SW1A 2AA"))
    assert answer.status_code == 400
    assert answer.json()["code"] == "MISSING_INSTALLATION_ADDRESS"


async def test_result_is_stored_and_listed(client: httpx.AsyncClient) -> None:
    result = await check(client, postcode="LS6 2AB", streetNr="4", externalId="not-a-place-field")
    retrieved = await client.get(f"{CHECKS}/{result['id']}")
    listed = await client.get(CHECKS, params={"qualificationResult": "qualified"})
    assert retrieved.json() == result
    assert [c["id"] for c in listed.json()] == [result["id"]]
