"""The catalogue profile (Settings.profile, BFF_PROFILE__*): a catalogue and a TMF645 that name things other
than our mocks do are read by the profile, and the customer sees the same offers, speeds and prices."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from bff.config import CatalogueProfile, Settings
from bff.core.catalog import build_catalog
from tests.bff.factories import URLS, create_catalog, create_qualification
from tests.bff.identity import ISSUER
from tmf_models.tmf620 import ProductOffering, ProductOfferingPrice, ProductSpecification

CHECK = f"{URLS['tmf645_url']}/checkServiceQualification"

# Another operator's conventions, as an integrator would set them.
PROFILE = CatalogueProfile(
    technology_characteristic="Access Technology",
    download_characteristic="Download (Mbps)",
    upload_characteristic="Upload (Mbps)",
    qualified_technology_characteristic="accessType",
    qualified_download_characteristic="downstreamRate",
    qualified_upload_characteristic="upstreamRate",
    sellable_statuses=("Live",),
    recurring_price_types=("MRC",),
    one_off_price_types=("NRC",),
    discount_price_types=("Promotion",),
    contract_term_unit="mth",
)
RENAMED = {
    "technology": "Access Technology",
    "downloadSpeed": "Download (Mbps)",
    "uploadSpeed": "Upload (Mbps)",
    "maxDownloadSpeed": "downstreamRate",
    "maxUploadSpeed": "upstreamRate",
}
PRICE_TYPES = {"recurring": "MRC", "oneTime": "NRC", "discount": "Promotion"}


def their_catalog() -> dict[str, list[dict[str, Any]]]:
    """The factories' catalogue as the other operator writes it."""
    catalog = copy.deepcopy(create_catalog())
    for spec in catalog["productSpecification"]:
        for characteristic in spec["productSpecCharacteristic"]:
            characteristic["name"] = RENAMED[characteristic["name"]]
    for pop in catalog["productOfferingPrice"]:
        pop["priceType"] = PRICE_TYPES[pop["priceType"]]
    for offering in catalog["productOffering"]:
        offering["lifecycleStatus"] = {"Active": "Live"}.get(offering["lifecycleStatus"], "Withdrawn")
        offering["productOfferingTerm"][0]["duration"]["units"] = "MTH"
    return catalog


def their_qualification(technologies: list[tuple[str, int, int]]) -> dict[str, Any]:
    answer = create_qualification(technologies)
    for item in answer["serviceQualificationItem"]:
        for characteristic in item["service"].get("serviceCharacteristic", []):
            characteristic["name"] = {**RENAMED, "technology": "accessType"}[characteristic["name"]]
    return answer


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        **URLS,
        timeout_seconds=0.5,
        retry_wait_initial_seconds=0.001,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        oidc_issuer=ISSUER,
        profile=PROFILE,
    )


def serve_their_catalog(tmf: respx.MockRouter) -> None:
    for resource, items in their_catalog().items():
        tmf[resource].respond(200, json=items, headers={"X-Total-Count": str(len(items))})


async def test_their_names_give_the_same_offers_speeds_and_prices(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    serve_their_catalog(tmf)
    tmf.post(CHECK).respond(201, json=their_qualification([("FTTP", 300, 50), ("ADSL", 20, 1)]))

    body = (
        await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})
    ).json()

    assert [(tech["technology"], tech["maxDownloadMbps"]) for tech in body["technologies"]] == [
        ("FTTP", 300),
        ("ADSL", 20),
    ]
    # As with our names: Fibre 900 needs more than 300 Mbps; the withdrawn offer is not on sale.
    assert [offer["id"] for offer in body["offers"]] == ["po-adsl", "po-fibre-150"]
    fibre = body["offers"][1]
    assert (fibre["downloadMbps"], fibre["uploadMbps"]) == (150, 30)
    assert fibre["monthlyPrice"] == 28.0 and fibre["oneOffPrice"] == 29.99 and fibre["contractMonths"] == 24


def test_the_default_profile_does_not_read_their_names() -> None:
    """Without the profile their catalogue has nothing on sale: the names are what the profile changes."""
    catalog = their_catalog()
    offerings = [ProductOffering.model_validate(item) for item in catalog["productOffering"]]
    pops = [ProductOfferingPrice.model_validate(item) for item in catalog["productOfferingPrice"]]
    specs = [ProductSpecification.model_validate(item) for item in catalog["productSpecification"]]

    assert not build_catalog(offerings, pops, specs, "GBP").offers
    assert len(build_catalog(offerings, pops, specs, "GBP", PROFILE).offers) == 3


def test_the_profile_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BFF_PROFILE__TECHNOLOGY_CHARACTERISTIC", "Access Technology")
    monkeypatch.setenv("BFF_PROFILE__SELLABLE_STATUSES", '["Live", "Launched"]')

    profile = Settings().profile

    assert profile.technology_characteristic == "Access Technology"
    assert profile.sellable_statuses == ("Live", "Launched")
    assert profile.download_characteristic == "downloadSpeed"  # the rest keep today's values
