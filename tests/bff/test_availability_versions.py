"""TMF645 answers as each major version writes them: a known address is serviceable under either.

The v4 answer uses only the names of TMF645 v4.0.0 (specs/tmf): the item's result is `qualificationResult`
and the address is inline in the related place. The v5 answer uses the v5 names: `qualificationItemResult`
on the item, the address nested under the related place's `place`, typed characteristics. No TMF645 v5 file
is published in the TM Forum repositories yet; the names are those of the v5 qualification APIs (TMF679
v5.0.0 in /work/shared/tmf-specs), which TMF645 v5 shares.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import respx

from tests.bff.factories import ADDRESS, URLS

CHECK = f"{URLS['tmf645_url']}/checkServiceQualification"
TMF645_V4 = (
    Path(__file__).resolve().parents[2] / "specs" / "tmf" / "TMF645-ServiceQualification-v4.0.0.swagger.json"
)


def create_v4_answer() -> dict[str, Any]:
    """A synchronous TMF645 v4 answer: one qualified FTTP item, one unqualified ADSL item."""
    place = {**ADDRESS, "id": "addr-1", "@type": "GeographicAddress"}

    def item(item_id: str, result: str, technology: str, down: int, up: int) -> dict[str, Any]:
        return {
            "id": item_id,
            "state": "done",
            "qualificationResult": result,
            "@type": "ServiceQualificationItem",
            "service": {
                "serviceSpecification": {"id": f"cfs-access-{technology.lower()}"},
                "serviceCharacteristic": [
                    {"name": "technology", "valueType": "string", "value": technology},
                    {"name": "maxDownloadSpeed", "valueType": "integer", "value": down},
                    {"name": "maxUploadSpeed", "valueType": "integer", "value": up},
                ],
                "place": [place],
            },
        }

    return {
        "id": "csq-v4",
        "href": "https://tmf.example/tmf-api/serviceQualificationManagement/v4/checkServiceQualification/csq-v4",
        "checkServiceQualificationDate": "2026-12-07T12:00:00Z",
        "instantSyncQualification": True,
        "provideUnavailabilityReason": True,
        "qualificationResult": "unqualified",  # at least one item unqualified (the spec's rule)
        "state": "done",
        "@type": "CheckServiceQualification",
        "serviceQualificationItem": [
            item("1", "qualified", "FTTP", 1000, 115),
            {
                **item("2", "unqualified", "ADSL", 0, 0),
                "eligibilityUnavailabilityReason": [{"code": "NO_COVERAGE"}],
            },
        ],
    }


def create_v5_answer() -> dict[str, Any]:
    """The same qualification as TMF645 v5 writes it."""
    related = {
        "role": "installationAddress",
        "@type": "RelatedPlaceRefOrValue",
        "place": {key: value for key, value in ADDRESS.items() if key != "role"}
        | {"id": "addr-1", "@type": "GeographicAddress"},
    }

    def item(item_id: str, result: str, technology: str, down: int, up: int) -> dict[str, Any]:
        return {
            "id": item_id,
            "state": "done",
            "qualificationItemResult": result,
            "@type": "CheckServiceQualificationItem",
            "service": {
                "@type": "Service",
                "serviceCharacteristic": [
                    {
                        "name": "technology",
                        "valueType": "string",
                        "value": technology,
                        "@type": "StringCharacteristic",
                    },
                    {
                        "name": "maxDownloadSpeed",
                        "valueType": "integer",
                        "value": down,
                        "@type": "IntegerCharacteristic",
                    },
                    {
                        "name": "maxUploadSpeed",
                        "valueType": "integer",
                        "value": up,
                        "@type": "IntegerCharacteristic",
                    },
                ],
                "place": [related],
            },
        }

    return {
        "id": "csq-v5",
        "checkServiceQualificationDate": "2026-12-07T12:00:00Z",
        "instantSyncQualification": True,
        "qualificationResult": "unqualified",
        "state": "done",
        "@type": "CheckServiceQualification",
        "serviceQualificationItem": [
            item("1", "qualified", "FTTP", 1000, 115),
            item("2", "unqualified", "ADSL", 0, 0),
        ],
    }


def test_the_v4_answer_uses_only_names_the_v4_spec_defines() -> None:
    definitions = json.loads(TMF645_V4.read_text())["definitions"]
    answer = create_v4_answer()
    item_names = set(definitions["CheckServiceQualificationItem"]["properties"])

    assert set(answer) <= set(definitions["CheckServiceQualification"]["properties"])
    assert all(set(item) <= item_names for item in answer["serviceQualificationItem"])
    assert "qualificationItemResult" not in item_names  # v4 has no v5 name to fall back on


async def test_a_v4_only_answer_makes_a_known_address_serviceable(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.post(CHECK).respond(200, json=create_v4_answer())

    body = (
        await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})
    ).json()

    assert body["serviceable"] is True
    assert body["address"]["label"] == "12 Acacia Avenue, Reading RG1 4AB"
    assert [(t["technology"], t["maxDownloadMbps"]) for t in body["technologies"]] == [("FTTP", 1000)]
    assert body["offers"]


async def test_a_v5_only_answer_makes_a_known_address_serviceable(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.post(CHECK).respond(200, json=create_v5_answer())

    body = (
        await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})
    ).json()

    assert body["serviceable"] is True
    assert body["address"]["label"] == "12 Acacia Avenue, Reading RG1 4AB"
    assert [(t["technology"], t["maxDownloadMbps"]) for t in body["technologies"]] == [("FTTP", 1000)]
    assert body["offers"]
