"""Small builders of TMF answers, shaped as docs/architecture.md says a conforming backend answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import respx

TMF = "http://tmf.test/tmf-api"
URLS = {
    "tmf620_url": f"{TMF}/productCatalogManagement/v4",
    "tmf622_url": f"{TMF}/productOrderingManagement/v4",
    "tmf629_url": f"{TMF}/customerManagement/v4",
    "tmf632_url": f"{TMF}/party/v4",
    "tmf637_url": f"{TMF}/productInventory/v4",
    "tmf645_url": f"{TMF}/serviceQualificationManagement/v4",
    "tmf646_url": f"{TMF}/appointment/v4",
    "tmf648_url": f"{TMF}/quoteManagement/v4",
    "tmf666_url": f"{TMF}/accountManagement/v4",
    "tmf670_url": f"{TMF}/paymentMethod/v4",
    "tmf673_url": f"{TMF}/geographicAddressManagement/v4",
}


def create_spec(spec_id: str, technology: str | None, down: int = 0, up: int = 0) -> dict[str, Any]:
    characteristics = []
    if technology:
        for name, value in (("technology", technology), ("downloadSpeed", down), ("uploadSpeed", up)):
            characteristics.append(
                {"name": name, "productSpecCharacteristicValue": [{"isDefault": True, "value": value}]}
            )
    return {"id": spec_id, "name": spec_id, "productSpecCharacteristic": characteristics}


def create_pop(pop_id: str, price_type: str, value: float, **extra: Any) -> dict[str, Any]:
    pop: dict[str, Any] = {"id": pop_id, "name": pop_id, "priceType": price_type, **extra}
    if price_type != "discount":
        pop["price"] = {"unit": "GBP", "value": value}
    return pop


def create_offering(
    offering_id: str, name: str, spec_id: str, pop_ids: list[str], **extra: Any
) -> dict[str, Any]:
    return {
        "id": offering_id,
        "name": name,
        "isSellable": True,
        "lifecycleStatus": "Active",
        "productSpecification": {"id": spec_id},
        "productOfferingPrice": [{"id": pop_id} for pop_id in pop_ids],
        "productOfferingTerm": [{"name": "Contract", "duration": {"amount": 24, "units": "month"}}],
        **extra,
    }


def create_catalog() -> dict[str, list[dict[str, Any]]]:
    """Three fibre tiers, one copper offer, one retired offer, and two add-ons."""
    return {
        "productSpecification": [
            create_spec("ps-fttp-150", "FTTP", 150, 30),
            create_spec("ps-fttp-900", "FTTP", 900, 110),
            create_spec("ps-adsl", "ADSL", 18, 1),
            create_spec("ps-router", None),
            create_spec("ps-static-ip", None),
        ],
        "productOfferingPrice": [
            create_pop("pop-150-m", "recurring", 28.0, recurringChargePeriodType="month"),
            create_pop("pop-900-m", "recurring", 50.0, recurringChargePeriodType="month"),
            create_pop(
                "pop-900-promo",
                "discount",
                0,
                percentage=50,
                recurringChargePeriodLength=6,
                description="Half price for 6 months",
            ),
            create_pop("pop-adsl-m", "recurring", 22.0, recurringChargePeriodType="month"),
            create_pop("pop-setup", "oneTime", 29.99),
            create_pop("pop-router", "oneTime", 49.0),
            create_pop("pop-ip-m", "recurring", 5.0, recurringChargePeriodType="month"),
        ],
        "productOffering": [
            create_offering("po-fibre-150", "Fibre 150", "ps-fttp-150", ["pop-150-m", "pop-setup"]),
            create_offering(
                "po-fibre-900", "Fibre 900", "ps-fttp-900", ["pop-900-m", "pop-900-promo", "pop-setup"]
            ),
            create_offering("po-adsl", "Broadband Essential", "ps-adsl", ["pop-adsl-m"]),
            create_offering(
                "po-retired", "Old Fibre", "ps-fttp-150", ["pop-150-m"], lifecycleStatus="Retired"
            ),
            create_offering("po-router", "Wi-Fi 6 router", "ps-router", ["pop-router"]),
            create_offering("po-static-ip", "Static IP", "ps-static-ip", ["pop-ip-m"]),
        ],
    }


ADDRESS = {
    "id": "addr-0001",
    "@type": "GeographicAddress",
    "role": "installationAddress",
    "streetNr": "12",
    "streetName": "Acacia Avenue",
    "city": "Reading",
    "postcode": "RG1 4AB",
}


def create_qualification(
    technologies: list[tuple[str, int, int]], address: dict[str, Any] | None = ADDRESS
) -> dict:
    """A TMF645 answer: one qualified item per technology, or an unqualified one with a reason."""
    unknown = {
        "@type": "GeographicAddress",
        "role": "installationAddress",
        "postcode": "ZZ1 1ZZ",
        "streetNr": "1",
    }
    place = [address] if address else [unknown]
    items: list[dict[str, Any]] = []
    for index, (technology, down, up) in enumerate(technologies, start=1):
        items.append(
            {
                "id": str(index),
                "qualificationItemResult": "qualified",
                "service": {
                    "place": place,
                    "serviceSpecification": {"id": f"cfs-access-{technology.lower()}"},
                    "serviceCharacteristic": [
                        {"name": "technology", "value": technology},
                        {"name": "maxDownloadSpeed", "value": down},
                        {"name": "maxUploadSpeed", "value": up},
                    ],
                },
            }
        )
    if not items:
        code = "NO_COVERAGE" if address else "ADDRESS_NOT_FOUND"
        items.append(
            {
                "id": "1",
                "qualificationItemResult": "unqualified",
                "eligibilityUnavailabilityReason": [{"code": code, "label": code.replace("_", " ").lower()}],
                "service": {"place": place},
            }
        )
    return {
        "id": "sq-1",
        "state": "done",
        "qualificationResult": "qualified" if technologies else "unqualified",
        "serviceQualificationItem": items,
    }


def create_quote(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": "q-1", "state": "approved", "quoteItem": items}


def create_quote_item(
    item_id: str,
    offering_id: str,
    name: str,
    monthly: float,
    one_off: float,
    promotion: tuple[int, int] | None = None,
) -> dict[str, Any]:
    prices: list[dict[str, Any]] = []
    if monthly:
        price: dict[str, Any] = {
            "priceType": "recurring",
            "recurringChargePeriod": "month",
            "price": {"taxIncludedAmount": {"unit": "GBP", "value": monthly}},
        }
        if promotion:
            percentage, months = promotion
            price["priceAlteration"] = [
                {
                    "name": "Half price",
                    "priceType": "discount",
                    "applicationDuration": months,
                    "price": {"percentage": percentage},
                }
            ]
        prices.append(price)
    if one_off:
        prices.append(
            {"priceType": "oneTime", "price": {"taxIncludedAmount": {"unit": "GBP", "value": one_off}}}
        )
    return {"id": item_id, "productOffering": {"id": offering_id, "name": name}, "quoteItemPrice": prices}


def priced_quote(request_body: dict[str, Any], quote_id: str = "q-order") -> dict[str, Any]:
    """What a TMF648 server answers to a create: each item priced from create_catalog()'s prices."""
    catalog = create_catalog()
    pops = {pop["id"]: pop for pop in catalog["productOfferingPrice"]}
    offerings = {offering["id"]: offering for offering in catalog["productOffering"]}
    items = []
    for item in request_body["quoteItem"]:
        offering = offerings[item["productOffering"]["id"]]
        prices = [pops[ref["id"]] for ref in offering["productOfferingPrice"]]
        quoted: list[dict[str, Any]] = []
        for pop in prices:
            if pop["priceType"] == "discount":
                continue
            price: dict[str, Any] = {
                "priceType": pop["priceType"],
                "price": {"taxIncludedAmount": pop["price"]},
                "productOfferingPrice": {"id": pop["id"]},
            }
            if pop["priceType"] == "recurring":
                price["recurringChargePeriod"] = "month"
                price["priceAlteration"] = [
                    {
                        "name": promo["description"],
                        "priceType": "discount",
                        "applicationDuration": promo["recurringChargePeriodLength"],
                        "price": {"percentage": promo["percentage"]},
                        "productOfferingPrice": {"id": promo["id"]},
                    }
                    for promo in prices
                    if promo["priceType"] == "discount"
                ]
            quoted.append(price)
        items.append({**item, "state": "approved", "quoteItemPrice": quoted})
    return {"id": quote_id, "href": f"/quote/{quote_id}", "state": "approved", "quoteItem": items}


# The customer party of orders placed by the signed-in customer cust-7 (tests/bff/conftest.py's caller).
CUSTOMER_PARTY = {"id": "cust-7", "name": "Jane Doe", "role": "customer", "@referredType": "Customer"}


def echo_order(request_body: dict[str, Any], order_id: str = "po-1") -> dict[str, Any]:
    """What a TMF622 server answers to a create: the order as sent, plus id, state and dates."""
    items = [{**item, "state": "acknowledged"} for item in request_body["productOrderItem"]]
    return {
        **request_body,
        "id": order_id,
        "href": f"{URLS['tmf622_url']}/productOrder/{order_id}",
        "state": "acknowledged",
        "orderDate": "2026-11-23T10:00:00Z",
        "productOrderItem": items,
    }


def create_individual(individual_id: str = "ind-42", email: str = "jane@example.com") -> dict[str, Any]:
    return {
        "id": individual_id,
        "givenName": "Jane",
        "familyName": "Doe",
        "contactMedium": [
            {"mediumType": "email", "characteristic": {"emailAddress": email}},
            {"mediumType": "mobile", "characteristic": {"phoneNumber": "07700 900123"}},
        ],
    }


def create_customer(
    customer_id: str = "cust-7", individual_id: str = "ind-42", claim: str | None = None
) -> dict[str, Any]:
    """A TMF629 customer; with `claim`, made for that registered customer (found by it afterwards)."""
    return {
        "id": customer_id,
        "name": "Jane Doe",
        "status": "Approved",
        "engagedParty": {"id": individual_id, "name": "Jane Doe", "@referredType": "Individual"},
        **({"characteristic": [{"name": "identityCustomerId", "value": claim}]} if claim else {}),
    }


def create_product(
    product_id: str = "prod-1",
    offering_id: str = "po-fibre-150",
    status: str = "active",
    customer_id: str = "cust-7",
) -> dict[str, Any]:
    """A TMF637 product as the order of a broadband offer leaves it in the inventory."""
    return {
        "id": product_id,
        "name": "Fibre 150",
        "status": status,
        "startDate": "2026-11-30T09:00:00Z",
        "productOffering": {"id": offering_id, "name": "Fibre 150"},
        "productCharacteristic": [{"name": "installationSlot", "value": "morning"}],
        "place": [ADDRESS],
        "relatedParty": [
            {"id": customer_id, "role": "customer", "@referredType": "Customer"},
            {"id": "ind-42", "role": "contact", "@referredType": "Individual"},
        ],
    }


def create_address(
    address_id: str, street_nr: str, subs: list[tuple[str, str]] | None = None, postcode: str = "RG1 4AB"
) -> dict[str, Any]:
    """A TMF673 geographicAddress, with flats as embedded geographicSubAddress entries."""
    address: dict[str, Any] = {
        "id": address_id,
        "streetNr": street_nr,
        "streetName": "Orchard Close",
        "city": "Reading",
        "postcode": postcode,
        "country": "GB",
    }
    if subs:
        address["geographicSubAddress"] = [
            {"id": sub_id, "subUnitType": "flat", "subUnitNumber": number} for sub_id, number in subs
        ]
    return address


def mock_new_person(
    tmf: respx.MockRouter,
    claim: str,
    find: Callable[[httpx.Request], Any],
    create: Callable[[httpx.Request], Any],
) -> respx.Route:
    """TMF629/632 for a registered person who has no customer yet: `find` answers the look-up by claim,
    `create` the customer's POST (returned, to count its calls); the person's Individual is always made."""
    tmf.get(f"{URLS['tmf629_url']}/customer/{claim}").respond(404, json={"code": "404", "reason": "no"})
    tmf.get(f"{URLS['tmf629_url']}/customer").mock(side_effect=find)
    created = tmf.post(f"{URLS['tmf629_url']}/customer").mock(side_effect=create)
    tmf.post(f"{URLS['tmf632_url']}/individual").respond(201, json=create_individual())
    return created


BASKET_FIELDS = ("addressId", "offerId", "addOnIds")


def summary_accepted(order: dict[str, Any], quote: dict[str, Any]) -> dict[str, Any]:
    """The order with the contract summary of `quote` (POST /api/v1/quotes's answer) read and accepted."""
    version = quote["contractSummary"]["version"]
    return {**order, "contractSummaryAccepted": True, "contractSummaryVersion": version}


async def accepting_summary(client: httpx.AsyncClient, order: dict[str, Any]) -> dict[str, Any]:
    """The order as checkout places it: its basket priced first, the contract summary of that accepted."""
    basket = {name: order[name] for name in BASKET_FIELDS if name in order}
    quote = await client.post("/api/v1/quotes", json=basket)
    assert quote.status_code == 200, quote.text
    return summary_accepted(order, quote.json())


def accepting_summary_sync(client: httpx.Client, order: dict[str, Any]) -> dict[str, Any]:
    """accepting_summary through a blocking client (tests against the running processes)."""
    basket = {name: order[name] for name in BASKET_FIELDS if name in order}
    quote = client.post("/api/v1/quotes", json=basket)
    assert quote.status_code == 200, quote.text
    return summary_accepted(order, quote.json())
