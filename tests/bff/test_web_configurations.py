"""Web channel: a basket configured by the catalogue's rules (bundledProductOffering, productOffering-
Relationship, prodSpecCharValueUse), with reasons for every refusal; orders and quotes obey the same rules."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from tests.bff.factories import URLS, accepting_summary, create_catalog
from tests.bff.test_web_orders import CONTACT, KEY, serve_order_backends


def create_ruled_catalog() -> dict[str, list[dict[str, Any]]]:
    """The test catalogue, with rules: Fibre 900 includes the router (mandatory), allows a static IP that
    needs the router, offers an installation slot to choose; a mesh kit excludes the static IP."""
    catalog = create_catalog()
    offerings = {offering["id"]: offering for offering in catalog["productOffering"]}
    offerings["po-fibre-900"]["bundledProductOffering"] = [
        {
            "id": "po-router",
            "bundledProductOfferingOption": {"numberRelOfferLowerLimit": 1, "numberRelOfferUpperLimit": 1},
        },
        {
            "id": "po-static-ip",
            "bundledProductOfferingOption": {"numberRelOfferLowerLimit": 0, "numberRelOfferUpperLimit": 1},
        },
    ]
    offerings["po-fibre-900"]["prodSpecCharValueUse"] = [
        {
            "name": "installationSlot",
            "description": "installation time",
            "minCardinality": 1,
            "maxCardinality": 1,
            "productSpecCharacteristicValue": [
                {"value": "morning", "isDefault": True},
                {"value": "afternoon"},
            ],
        }
    ]
    offerings["po-static-ip"]["productOfferingRelationship"] = [
        {"id": "po-router", "relationshipType": "requires"}
    ]
    catalog["productOffering"].append(
        {
            **offerings["po-router"],
            "id": "po-mesh",
            "name": "Mesh kit",
            "productOfferingRelationship": [{"id": "po-static-ip", "relationshipType": "excludes"}],
        }
    )
    return catalog


@pytest.fixture
def ruled(tmf: respx.MockRouter) -> respx.MockRouter:
    for resource, items in create_ruled_catalog().items():
        tmf.get(f"{URLS['tmf620_url']}/{resource}", name=resource).respond(200, json=items)
    return tmf


async def configure(client: httpx.AsyncClient, **basket: Any) -> dict[str, Any]:
    response = await client.post("/api/v1/configurations", json=basket)
    assert response.status_code == 200
    return response.json()


async def test_allowed_add_ons_and_options_come_from_the_offering(
    client: httpx.AsyncClient, ruled: respx.MockRouter
):
    body = await configure(client, offerId="po-fibre-900", addOnIds=["po-router"])

    assert body["valid"] is True
    assert {add_on["id"]: add_on["mandatory"] for add_on in body["allowedAddOns"]} == {
        "po-router": True,
        "po-static-ip": False,
    }
    assert body["characteristics"] == {"installationSlot": "morning"}  # the default fills in
    choice = body["characteristicChoices"][0]
    assert choice["allowedValues"] == ["morning", "afternoon"] and choice["required"] is True


async def test_offering_without_rules_allows_every_add_on(client: httpx.AsyncClient, ruled: respx.MockRouter):
    body = await configure(client, offerId="po-fibre-150", addOnIds=["po-static-ip", "po-mesh"])

    assert {add_on["id"] for add_on in body["allowedAddOns"]} == {"po-router", "po-static-ip", "po-mesh"}
    # relationships among add-ons still hold
    assert {problem["code"] for problem in body["problems"]} == {
        "ADDON_REQUIRES",
        "ADDONS_EXCLUDE_EACH_OTHER",
    }


@pytest.mark.parametrize(
    ("basket", "code", "message"),
    [
        ({"addOnIds": []}, "ADDON_REQUIRED", "Wi-Fi 6 router is included with this offer and must be kept."),
        (
            {"addOnIds": ["po-router", "po-mesh"]},
            "ADDON_NOT_ALLOWED",
            "Mesh kit cannot be added to this offer.",
        ),
        (
            {"addOnIds": ["po-router"], "characteristics": {"installationSlot": "midnight"}},
            "CHARACTERISTIC_VALUE_NOT_ALLOWED",
            "midnight is not one of the choices for installation time: morning, afternoon.",
        ),
        (
            {"addOnIds": ["po-router"], "characteristics": {"colour": "red"}},
            "CHARACTERISTIC_UNKNOWN",
            "This offer has no option called colour.",
        ),
        (
            {"addOnIds": ["po-router", "po-unicorn"]},
            "ADDON_NOT_FOUND",
            "One of the chosen extras is no longer available.",
        ),
    ],
)
async def test_invalid_combinations_are_refused_with_a_reason(
    client: httpx.AsyncClient, ruled: respx.MockRouter, basket: dict[str, Any], code: str, message: str
):
    body = await configure(client, offerId="po-fibre-900", **basket)

    assert body["valid"] is False
    assert [(problem["code"], problem["message"]) for problem in body["problems"]] == [(code, message)]


async def test_order_refuses_an_invalid_basket_before_any_order(
    client: httpx.AsyncClient, ruled: respx.MockRouter
):
    create = serve_order_backends(ruled)
    order = {
        "addressId": "addr-0001",
        "offerId": "po-fibre-900",
        "addOnIds": [],
        "contact": CONTACT,
        "consents": {"creditCheck": True, "terms": True},
    }

    # Its summary accepted (the checkout could not have priced it: the order is refused all the same).
    accepted = {**order, "contractSummaryAccepted": True, "contractSummaryVersion": "0123456789abcdef"}

    response = await client.post("/api/v1/orders", json=accepted, headers=KEY)

    assert response.status_code == 422
    assert response.json() == {
        "code": "INVALID_CONFIGURATION",
        "message": "Wi-Fi 6 router is included with this offer and must be kept.",
    }
    assert create.call_count == 0


async def test_chosen_options_go_on_the_order_item(client: httpx.AsyncClient, ruled: respx.MockRouter):
    create = serve_order_backends(ruled)
    order = {
        "addressId": "addr-0001",
        "offerId": "po-fibre-900",
        "addOnIds": ["po-router"],
        "characteristics": {"installationSlot": "afternoon"},
        "consents": {"creditCheck": True, "terms": True},
        "contact": CONTACT,
    }

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, order), headers=KEY)

    assert response.status_code == 201
    main = json.loads(create.calls.last.request.content)["productOrderItem"][0]
    assert main["product"]["productCharacteristic"] == [
        {"name": "installationSlot", "valueType": "string", "value": "afternoon"}
    ]
    assert response.json()["characteristics"] == {"installationSlot": "afternoon"}


async def test_quote_refuses_add_ons_the_offer_does_not_allow(
    client: httpx.AsyncClient, ruled: respx.MockRouter
):
    response = await client.post(
        "/api/v1/quotes",
        json={"addressId": "addr-0001", "offerId": "po-fibre-900", "addOnIds": ["po-router", "po-mesh"]},
    )

    assert response.status_code == 422
    assert response.json()["code"] == "INVALID_CONFIGURATION"
