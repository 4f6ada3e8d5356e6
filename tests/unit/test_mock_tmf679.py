"""TMF679 productOfferingQualification: serviceability of the place (TMF645 data), a second line of the same
kind, credit class; each unqualified item says why."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.testing import running_app, sqlite_settings

API = "/tmf-api/productOfferingQualification/v4/productOfferingQualification"
CUSTOMERS = "/tmf-api/customerManagement/v4/customer"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


def create_qualification_body(place: dict, offerings: list[str], customer: str | None = None) -> dict:
    body: dict = {
        "instantSyncQualification": True,
        "provideUnavailabilityReason": True,
        "place": [{"role": "installationAddress", "@type": "GeographicAddress", **place}],
        "productOfferingQualificationItem": [
            {"id": str(number), "productOffering": {"id": offering}}
            for number, offering in enumerate(offerings, start=1)
        ],
    }
    if customer:
        body["relatedParty"] = [{"id": customer, "role": "customer", "@referredType": "Customer"}]
    return body


async def qualify(client: httpx.AsyncClient, body: dict) -> dict[str, list[str]]:
    """Each offering's reasons (none: qualified)."""
    answer = await client.post(API, json=body)
    assert answer.status_code == 201, answer.text
    items = answer.json()["productOfferingQualificationItem"]
    return {
        item["productOffering"]["id"]: [
            reason["code"] for reason in item.get("eligibilityUnavailabilityReason", [])
        ]
        for item in items
    }


async def test_a_new_customer_qualifies_where_the_line_carries_the_offer(client: httpx.AsyncClient) -> None:
    body = create_qualification_body({"postcode": "RG1 4AB", "streetNr": "3"}, ["po-fibre-500"], "cust-0003")

    answer = await client.post(API, json=body)

    assert answer.status_code == 201
    result = answer.json()
    assert (result["state"], result["qualificationResult"]) == ("done", "qualified")
    assert result["place"][0]["id"] == "addr-rg14ab-3"
    assert (await client.get(f"{API}/{result['id']}")).json()["id"] == result["id"]


async def test_no_fibre_where_only_copper_reaches(client: httpx.AsyncClient) -> None:
    reasons = await qualify(
        client, create_qualification_body({"postcode": "NE46 4BS", "streetNr": "1"}, ["po-fibre-500"])
    )

    assert reasons == {"po-fibre-500": ["NO_COVERAGE"]}


async def test_no_second_line_where_the_customer_has_one(client: httpx.AsyncClient) -> None:
    # Jane Doe (cust-0001) has Fibre 500 at 1 Orchard Close (the seed).
    body = create_qualification_body({"id": "addr-rg14ab-1"}, ["po-fibre-150"], "cust-0001")

    assert await qualify(client, body) == {"po-fibre-150": ["ALREADY_HAS_LINE"]}
    # Next door she may.
    assert await qualify(
        client, {**body, "place": [{"id": "addr-rg14ab-2", "role": "installationAddress"}]}
    ) == {"po-fibre-150": []}


async def test_a_declined_credit_class_is_a_reason(client: httpx.AsyncClient) -> None:
    # Tom Nguyen (cust-0004) referred by the credit agency: his credit risk rating is high.
    rated = await client.patch(
        f"{CUSTOMERS}/cust-0004",
        json={
            "creditProfile": [
                {
                    "creditRiskRating": 9,
                    "creditProfileDate": "2026-01-01T00:00:00Z",
                    "validFor": {"startDateTime": "2026-01-01T00:00:00Z"},
                }
            ]
        },
        headers={"Content-Type": "application/merge-patch+json"},
    )
    assert rated.status_code == 200, rated.text
    body = create_qualification_body({"postcode": "RG1 4AB", "streetNr": "3"}, ["po-fibre-150"], "cust-0004")

    assert await qualify(client, body) == {"po-fibre-150": ["CREDIT_CLASS"]}


async def test_unknown_offerings_and_addresses_say_so(client: httpx.AsyncClient) -> None:
    unknown = await qualify(
        client,
        create_qualification_body({"postcode": "ZZ1 1ZZ", "streetNr": "9"}, ["po-fibre-150", "po-nope"]),
    )

    assert unknown == {"po-fibre-150": ["ADDRESS_NOT_FOUND"], "po-nope": ["OFFERING_NOT_FOUND"]}


async def test_a_request_without_a_place_is_refused(client: httpx.AsyncClient) -> None:
    body = create_qualification_body({}, ["po-fibre-150"])

    answer = await client.post(API, json=body)

    assert answer.status_code == 400 and answer.json()["code"] == "MISSING_PLACE"


async def test_a_word_in_the_customers_name_is_no_credit_class(client: httpx.AsyncClient) -> None:
    renamed = await client.patch(
        f"{CUSTOMERS}/cust-0004",
        json={"name": "Tom Decline"},
        headers={"Content-Type": "application/merge-patch+json"},
    )
    assert renamed.status_code == 200, renamed.text
    body = create_qualification_body({"postcode": "RG1 4AB", "streetNr": "3"}, ["po-fibre-150"], "cust-0004")

    assert await qualify(client, body) == {"po-fibre-150": []}
