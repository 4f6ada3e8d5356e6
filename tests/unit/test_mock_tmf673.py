"""TMF673: the address base with its flats, type-ahead search, and address validation."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings

BASE = "/tmf-api/geographicAddressManagement/v4"
ADDRESSES = f"{BASE}/geographicAddress"
VALIDATIONS = f"{BASE}/geographicAddressValidation"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


async def ids(client: httpx.AsyncClient, **params: str) -> list[str]:
    answer = await client.get(ADDRESSES, params=params)
    assert answer.status_code == 200, answer.text
    return [address["id"] for address in answer.json()]


async def validate(client: httpx.AsyncClient, provide_alternative: bool = True, **address: object) -> dict:
    body = {"provideAlternative": provide_alternative, "submittedGeographicAddress": address}
    answer = await client.post(VALIDATIONS, json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_address_is_retrieved_with_an_absolute_href(client: httpx.AsyncClient) -> None:
    address = (await client.get(f"{ADDRESSES}/addr-rg14ab-12")).json()
    assert (address["streetNr"], address["streetName"], address["postcode"]) == (
        "12",
        "Orchard Close",
        "RG1 4AB",
    )
    assert address["href"] == f"http://mocks.test{ADDRESSES}/addr-rg14ab-12"


async def test_unknown_address_is_not_found(client: httpx.AsyncClient) -> None:
    answer = await client.get(f"{ADDRESSES}/addr-nowhere")
    assert (answer.status_code, answer.json()["code"]) == (404, "NOT_FOUND")


@pytest.mark.parametrize("postcode", ["RG1 4AB", "rg14ab", " Rg1  4aB "])
async def test_postcode_filter_ignores_case_and_spaces(client: httpx.AsyncClient, postcode: str) -> None:
    assert len(await ids(client, postcode=postcode)) == 12


async def test_postcode_prefix_search_matches_printed_and_compact_forms(client: httpx.AsyncClient) -> None:
    printed = await ids(client, **{"postcode.regex": "^RG1 4"})
    compact = await ids(client, **{"postcode.regex": "^rg14"})
    assert printed == compact
    assert len(printed) == 12


async def test_street_name_prefix_search_is_case_insensitive(client: httpx.AsyncClient) -> None:
    found = await ids(client, **{"streetName.regex": "^orch", "streetNr": "3"})
    assert found == ["addr-rg14ab-3"]


async def test_house_number_range_filters_with_gte_and_lte(client: httpx.AsyncClient) -> None:
    answer = await client.get(
        ADDRESSES, params={"postcode": "RG1 4AB", "streetNr.gte": "10", "streetNr.lte": "11"}
    )
    assert [a["streetNr"] for a in answer.json()] == ["10", "11"]


async def test_block_of_flats_embeds_its_sub_addresses(client: httpx.AsyncClient) -> None:
    address = (await client.get(f"{ADDRESSES}/addr-rg13dw-1")).json()
    flats = address["geographicSubAddress"]
    assert [flat["name"] for flat in flats] == [f"Flat {n}" for n in range(1, 7)]
    assert flats[0]["href"] == (
        f"http://mocks.test{ADDRESSES}/addr-rg13dw-1/geographicSubAddress/addr-rg13dw-1-flat-1"
    )


async def test_sub_addresses_are_listed_and_retrieved(client: httpx.AsyncClient) -> None:
    listed = await client.get(f"{ADDRESSES}/addr-rg13dw-2/geographicSubAddress", params={"limit": 2})
    assert listed.headers["X-Total-Count"] == "6"
    assert [flat["subUnitNumber"] for flat in listed.json()] == ["1", "2"]
    flat = (await client.get(f"{ADDRESSES}/addr-rg13dw-2/geographicSubAddress/addr-rg13dw-2-flat-5")).json()
    assert (flat["buildingName"], flat["levelNumber"]) == ("Mill House", "2")


async def test_unknown_sub_address_is_not_found(client: httpx.AsyncClient) -> None:
    answer = await client.get(f"{ADDRESSES}/addr-rg14ab-1/geographicSubAddress/flat-1")
    assert answer.status_code == 404


async def test_fields_selects_dotted_paths(client: httpx.AsyncClient) -> None:
    answer = await client.get(f"{ADDRESSES}/addr-rg13dw-1", params={"fields": "geographicSubAddress.name"})
    document = answer.json()
    assert set(document) == {"id", "href", "geographicSubAddress"}
    assert document["geographicSubAddress"][0] == {"name": "Flat 1"}


# --- validation -----------------------------------------------------------------------------------------


async def test_exact_address_validates_as_success(client: httpx.AsyncClient) -> None:
    result = await validate(client, postcode="rg1 4ab", streetNr="12", streetName="orchard close")
    assert (result["state"], result["validationResult"]) == ("done", "success")
    assert result["validGeographicAddress"]["id"] == "addr-rg14ab-12"
    assert "alternateGeographicAddress" not in result


async def test_wrong_street_name_is_partial_with_the_corrected_address(client: httpx.AsyncClient) -> None:
    result = await validate(client, postcode="RG1 4AB", streetNr="12", streetName="Orchid Close")
    assert result["validationResult"] == "partial"
    assert result["validGeographicAddress"]["streetName"] == "Orchard Close"


async def test_block_without_a_flat_is_partial_with_the_flats_as_alternatives(
    client: httpx.AsyncClient,
) -> None:
    result = await validate(client, postcode="RG1 3DW", streetNr="1")
    assert result["validationResult"] == "partial"
    alternatives = result["alternateGeographicAddress"]
    assert [a["geographicSubAddress"][0]["name"] for a in alternatives] == [f"Flat {n}" for n in range(1, 7)]


async def test_block_with_a_flat_is_success(client: httpx.AsyncClient) -> None:
    result = await validate(
        client, postcode="RG1 3DW", streetNr="1", geographicSubAddress=[{"name": "flat 3"}]
    )
    assert result["validationResult"] == "success"
    assert [s["id"] for s in result["validGeographicAddress"]["geographicSubAddress"]] == [
        "addr-rg13dw-1-flat-3"
    ]


async def test_unknown_house_on_a_known_postcode_is_partial_with_its_addresses(
    client: httpx.AsyncClient,
) -> None:
    result = await validate(client, postcode="SW1A 2AA", streetNr="99")
    assert result["validationResult"] == "partial"
    assert "validGeographicAddress" not in result
    assert [a["streetNr"] for a in result["alternateGeographicAddress"]] == ["10", "11", "12"]


async def test_alternatives_only_when_asked_for(client: httpx.AsyncClient) -> None:
    result = await validate(client, provide_alternative=False, postcode="SW1A 2AA", streetNr="99")
    assert "alternateGeographicAddress" not in result


async def test_unknown_address_fails(client: httpx.AsyncClient) -> None:
    result = await validate(client, postcode="ZZ9 9ZZ", streetNr="1", streetName="Nowhere")
    assert result["validationResult"] == "fails"


async def test_validation_needs_the_submitted_address(client: httpx.AsyncClient) -> None:
    answer = await client.post(VALIDATIONS, json={"provideAlternative": False})
    assert answer.status_code == 400


async def test_patching_the_submitted_address_validates_again(client: httpx.AsyncClient) -> None:
    created = await validate(client, postcode="SW1A 2AA", streetNr="99")
    patch = {"submittedGeographicAddress": {"streetNr": "10"}}
    patched = (await client.patch(f"{VALIDATIONS}/{created['id']}", json=patch)).json()
    assert patched["validationResult"] == "success"
    assert "alternateGeographicAddress" not in patched


async def test_validation_results_are_not_patchable(client: httpx.AsyncClient) -> None:
    created = await validate(client, postcode="SW1A 2AA", streetNr="10")
    answer = await client.patch(f"{VALIDATIONS}/{created['id']}", json={"validationResult": "fails"})
    assert (answer.status_code, answer.json()["code"]) == (400, "NON_PATCHABLE_ATTRIBUTE")


async def test_validations_are_listed_and_filtered(client: httpx.AsyncClient) -> None:
    await validate(client, postcode="SW1A 2AA", streetNr="10")
    await validate(client, postcode="ZZ9 9ZZ", streetNr="1")
    answer = await client.get(VALIDATIONS, params={"validationResult": "fails"})
    assert [v["submittedGeographicAddress"]["postcode"] for v in answer.json()] == ["ZZ9 9ZZ"]


async def test_house_numbers_compare_as_numbers(client: httpx.AsyncClient) -> None:
    answer = await client.get(ADDRESSES, params={"postcode": "RG1 4AB", "streetNr.gt": "9"})
    assert [a["streetNr"] for a in answer.json()] == ["10", "11", "12"]
