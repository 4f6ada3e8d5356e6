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


# --- flats (TMF673 sub-addresses) -----------------------------------------------------------------------

QUERIES = "/tmf-api/serviceQualificationManagement/v4/queryServiceQualification"


async def test_flat_found_by_building_and_sub_unit_number(client: httpx.AsyncClient) -> None:
    result = await check(
        client, postcode="RG1 3DW", streetNr="1", geographicSubAddress=[{"subUnitNumber": "4"}]
    )  # type: ignore[arg-type]
    assert result["qualificationResult"] == "qualified"
    place = result["serviceQualificationItem"][0]["service"]["place"][0]
    assert place["id"] == "addr-rg13dw-1"
    assert [sub["name"] for sub in place["geographicSubAddress"]] == ["Flat 4"]


async def test_flat_found_by_its_own_id(client: httpx.AsyncClient) -> None:
    result = await check(client, id="addr-rg13dw-2-flat-6")
    assert technologies(result) == {"FTTP": (1000, 220), "FTTC": (80, 20)}
    assert result["serviceQualificationItem"][0]["service"]["place"][0]["geographicSubAddress"][0]["id"] == (
        "addr-rg13dw-2-flat-6"
    )


async def test_block_qualifies_by_its_parent_address_alone(client: httpx.AsyncClient) -> None:
    result = await check(client, postcode="RG1 3DW", streetNr="3")
    assert result["qualificationResult"] == "qualified"


async def test_unknown_flat_is_address_not_found(client: httpx.AsyncClient) -> None:
    result = await check(
        client, postcode="RG1 3DW", streetNr="1", geographicSubAddress=[{"subUnitNumber": "9"}]
    )  # type: ignore[arg-type]
    reason = result["serviceQualificationItem"][0]["eligibilityUnavailabilityReason"][0]
    assert reason["code"] == "ADDRESS_NOT_FOUND"


# --- patch and delete -----------------------------------------------------------------------------------


async def test_check_patch_changes_descriptive_attributes(client: httpx.AsyncClient) -> None:
    created = await check(client, postcode="RG1 4AB", streetNr="3")
    patched = await client.patch(f"{CHECKS}/{created['id']}", json={"description": "for Jane"})
    assert patched.status_code == 200
    assert (patched.json()["description"], patched.json()["qualificationResult"]) == ("for Jane", "qualified")


async def test_check_results_are_not_patchable(client: httpx.AsyncClient) -> None:
    created = await check(client, postcode="RG1 4AB", streetNr="3")
    answer = await client.patch(f"{CHECKS}/{created['id']}", json={"qualificationResult": "unqualified"})
    assert (answer.status_code, answer.json()["code"]) == (400, "NON_PATCHABLE_ATTRIBUTE")


async def test_done_check_cannot_change_state(client: httpx.AsyncClient) -> None:
    created = await check(client, postcode="RG1 4AB", streetNr="3")
    answer = await client.patch(f"{CHECKS}/{created['id']}", json={"state": "inProgress"})
    assert (answer.status_code, answer.json()["code"]) == (409, "INVALID_STATE_TRANSITION")


async def test_check_delete_then_gone(client: httpx.AsyncClient) -> None:
    url = f"{CHECKS}/{(await check(client, postcode='RG1 4AB', streetNr='3'))['id']}"
    assert (await client.delete(url)).status_code == 204
    assert (await client.get(url)).status_code == 404


# --- queryServiceQualification --------------------------------------------------------------------------


def create_query_body(**service: object) -> dict:
    return {"instantSyncQualification": True, "searchCriteria": {"service": service}}


async def query(client: httpx.AsyncClient, **service: object) -> dict:
    answer = await client.post(QUERIES, json=create_query_body(**service))
    assert answer.status_code == 201, answer.text
    return answer.json()


def specifications(result: dict) -> list[str]:
    return [item["service"]["serviceSpecification"]["id"] for item in result["serviceQualificationItem"]]


async def test_query_lists_the_services_available_at_a_place(client: httpx.AsyncClient) -> None:
    result = await query(
        client, place=[{"role": "installationAddress", "postcode": "sw1a2aa", "streetNr": "10"}]
    )
    assert result["state"] == "done"
    assert specifications(result) == ["cfs-access-fttp", "cfs-access-fttc", "cfs-access-fwa"]


async def test_query_narrows_to_a_service_specification(client: httpx.AsyncClient) -> None:
    place = [{"role": "installationAddress", "id": "addr-sw1a2aa-10"}]
    result = await query(client, place=place, serviceSpecification={"id": "cfs-access-fwa"})
    assert specifications(result) == ["cfs-access-fwa"]


async def test_query_by_flat_id(client: httpx.AsyncClient) -> None:
    result = await query(client, place=[{"role": "installationAddress", "id": "addr-rg13dw-1-flat-2"}])
    assert specifications(result) == ["cfs-access-fttp", "cfs-access-fttc"]


async def test_query_without_coverage_lists_nothing(client: httpx.AsyncClient) -> None:
    result = await query(client, place=[{"role": "installationAddress", "id": "addr-iv519el-1"}])
    assert (result["state"], result["serviceQualificationItem"]) == ("done", [])


async def test_query_at_an_unknown_address_terminates_with_error(client: httpx.AsyncClient) -> None:
    result = await query(
        client, place=[{"role": "installationAddress", "postcode": "ZZ9 9ZZ", "streetNr": "1"}]
    )
    assert (result["state"], result["serviceQualificationItem"]) == ("terminatedWithError", [])


async def test_query_without_a_place_is_a_bad_request(client: httpx.AsyncClient) -> None:
    answer = await client.post(QUERIES, json=create_query_body())
    assert (answer.status_code, answer.json()["code"]) == (400, "MISSING_INSTALLATION_ADDRESS")


async def test_query_is_listed_patched_and_deleted(client: httpx.AsyncClient) -> None:
    created = await query(client, place=[{"role": "installationAddress", "id": "addr-sw1a2aa-10"}])
    url = f"{QUERIES}/{created['id']}"
    assert [q["id"] for q in (await client.get(QUERIES)).json()] == [created["id"]]
    assert (await client.patch(url, json={"externalId": "x-1"})).json()["externalId"] == "x-1"
    assert (await client.delete(url)).status_code == 204
    assert (await client.get(url)).status_code == 404
