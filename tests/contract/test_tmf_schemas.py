"""Every kind of answer the mocks give validates against the official TMF v4 JSON schema.

Swagger 2.0 `definitions` are draft-4 JSON Schema, so each spec file is registered as one schema resource
and answers are validated against `#/definitions/<Name>`. Formats are checked too (`date-time`, and `uri`,
which the specs put on `href`s of references and on `@schemaLocation`): a relative href would fail.
"""

import json
import re
from collections.abc import AsyncIterator
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from mock_backends.testing import running_app, sqlite_settings

SPECS = Path(__file__).resolve().parents[2] / "specs" / "tmf"
TMF620 = "TMF620-ProductCatalog-v4.0.0.swagger.json"
TMF622 = "TMF622-ProductOrdering-v4.0.0.swagger.json"
TMF629 = "TMF629-CustomerManagement-v4.0.0.swagger.json"
TMF632 = "TMF632-PartyManagement-v4.0.0.swagger.json"
TMF645 = "TMF645-ServiceQualification-v4.0.0.swagger.json"
TMF648 = "TMF648-QuoteManagement-v4.0.0.swagger.json"
TMF637 = "TMF637-ProductInventory-v4.0.0.swagger.json"
TMF673 = "TMF673-GeographicAddress-v4.0.1.swagger.json"
TMF646 = "TMF646-AppointmentManagement-v4.0.0.swagger.json"
TMF679 = "TMF679-ProductOfferingQualification-v4.0.0.swagger.json"

CATALOGUE = "/tmf-api/productCatalogManagement/v4"
ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"
CHECKS = "/tmf-api/serviceQualificationManagement/v4/checkServiceQualification"
QUOTES = "/tmf-api/quoteManagement/v4/quote"
INDIVIDUALS = "/tmf-api/party/v4/individual"
ORGANIZATIONS = "/tmf-api/party/v4/organization"
CUSTOMERS = "/tmf-api/customerManagement/v4/customer"
QUERIES = "/tmf-api/serviceQualificationManagement/v4/queryServiceQualification"
ADDRESSES = "/tmf-api/geographicAddressManagement/v4/geographicAddress"
VALIDATIONS = "/tmf-api/geographicAddressManagement/v4/geographicAddressValidation"
PRODUCTS = "/tmf-api/productInventory/v4/product"
APPOINTMENTS = "/tmf-api/appointment/v4/appointment"
SEARCHES = "/tmf-api/appointment/v4/searchTimeSlot"
POQS = "/tmf-api/productOfferingQualification/v4/productOfferingQualification"

FORMATS = jsonschema.FormatChecker(formats=())
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


@FORMATS.checks("date-time")
def is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return bool(RFC3339.match(value)) and bool(datetime.fromisoformat(value.replace("Z", "+00:00")))


@FORMATS.checks("uri")
def is_absolute_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc or parts.path)


@cache
def validator(spec_file: str, definition: str) -> jsonschema.Draft4Validator:
    spec = json.loads((SPECS / spec_file).read_text())
    uri = f"urn:tmf:{spec_file}"
    registry: Registry = Registry().with_resource(
        uri, Resource.from_contents(spec, default_specification=DRAFT4)
    )
    schema = {"$ref": f"{uri}#/definitions/{definition}"}
    return jsonschema.Draft4Validator(schema, registry=registry, format_checker=FORMATS)


def assert_valid(document: Any, spec_file: str, definition: str) -> None:
    errors = sorted(
        validator(spec_file, definition).iter_errors(document), key=lambda e: list(e.absolute_path)
    )
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])


@pytest.fixture(scope="module")
async def client(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[httpx.AsyncClient]:
    # One app for the module: these tests only read answers, and each creates what it reads.
    async with running_app(sqlite_settings(tmp_path_factory.mktemp("contract"))) as client:
        yield client


def create_order_body() -> dict:
    return {
        "externalId": "contract-1",
        "relatedParty": [{"id": "cust-1", "role": "Customer", "@referredType": "Individual"}],
        "productOrderItem": [
            {"id": "1", "action": "add", "quantity": 1, "productOffering": {"id": "po-fibre-500"}},
            {"id": "2", "action": "add", "quantity": 1, "productOffering": {"id": "po-wifi6-router"}},
        ],
    }


def create_check_body(postcode: str, street_nr: str) -> dict:
    place = {
        "@type": "GeographicAddress",
        "role": "installationAddress",
        "postcode": postcode,
        "streetNr": street_nr,
    }
    return {
        "instantSyncQualification": True,
        "serviceQualificationItem": [{"id": "1", "service": {"place": [place]}}],
    }


def test_the_validator_is_not_vacuous() -> None:
    errors = list(validator(TMF622, "ProductOrder").iter_errors({"state": "exploded", "href": 3}))
    assert len(errors) >= 3  # productOrderItem missing, state not in the enum, href not a string
    relative = {"id": "x", "href": "/relative", "name": "y"}
    assert list(validator(TMF620, "ProductOffering").iter_errors({"category": [relative]})) == []
    assert list(validator(TMF645, "ServiceSpecificationRef").iter_errors(relative))  # href format uri


@pytest.mark.parametrize(
    ("resource", "definition"),
    [
        ("catalog", "Catalog"),
        ("category", "Category"),
        ("productOffering", "ProductOffering"),
        ("productOfferingPrice", "ProductOfferingPrice"),
        ("productSpecification", "ProductSpecification"),
    ],
)
async def test_catalogue_lists_and_retrieves_match_tmf620(
    client: httpx.AsyncClient, resource: str, definition: str
) -> None:
    listed = (await client.get(f"{CATALOGUE}/{resource}")).json()
    assert listed
    for document in listed:
        assert_valid(document, TMF620, definition)
        assert_valid(
            (await client.get(f"{CATALOGUE}/{resource}/{document['id']}")).json(), TMF620, definition
        )


@pytest.mark.parametrize(
    ("postcode", "street_nr"),
    [("SW1A 2AA", "10"), ("IV51 9EL", "1"), ("ZZ9 9ZZ", "1")],
    ids=["qualified", "no-coverage", "unknown"],
)
async def test_service_qualification_matches_tmf645(
    client: httpx.AsyncClient, postcode: str, street_nr: str
) -> None:
    created = await client.post(CHECKS, json=create_check_body(postcode, street_nr))
    assert created.status_code == 201
    assert_valid(created.json(), TMF645, "CheckServiceQualification")
    assert_valid(
        (await client.get(f"{CHECKS}/{created.json()['id']}")).json(), TMF645, "CheckServiceQualification"
    )
    for document in (await client.get(CHECKS)).json():
        assert_valid(document, TMF645, "CheckServiceQualification")


async def test_product_offering_qualification_matches_tmf679(client: httpx.AsyncClient) -> None:
    body = {
        "place": [{"id": "addr-rg14ab-1", "role": "installationAddress", "@type": "GeographicAddress"}],
        "relatedParty": [{"id": "cust-0001", "role": "customer", "@referredType": "Customer"}],
        "productOfferingQualificationItem": [
            {"id": str(n), "productOffering": {"id": offering}}
            for n, offering in enumerate(("po-fibre-150", "po-static-ip", "po-nope"), start=1)
        ],
    }
    created = await client.post(POQS, json=body)
    assert created.status_code == 201, created.text
    assert created.json()["qualificationResult"] == "unqualified"  # a second line, an unknown offering
    assert_valid(created.json(), TMF679, "ProductOfferingQualification")
    assert_valid(
        (await client.get(f"{POQS}/{created.json()['id']}")).json(), TMF679, "ProductOfferingQualification"
    )
    for document in (await client.get(POQS)).json():
        assert_valid(document, TMF679, "ProductOfferingQualification")


async def test_quote_matches_tmf648(client: httpx.AsyncClient) -> None:
    body = {
        "quoteItem": [
            {"productOffering": {"id": i}} for i in ("po-fibre-500", "po-pro-install", "po-static-ip")
        ]
    }
    created = await client.post(QUOTES, json=body)
    assert created.status_code == 201
    assert_valid(created.json(), TMF648, "Quote")
    assert_valid((await client.get(f"{QUOTES}/{created.json()['id']}")).json(), TMF648, "Quote")
    for document in (await client.get(QUOTES)).json():
        assert_valid(document, TMF648, "Quote")


async def test_product_order_create_get_list_patch_match_tmf622(client: httpx.AsyncClient) -> None:
    created = await client.post(ORDERS, json=create_order_body())
    assert created.status_code == 201
    order_url = f"{ORDERS}/{created.json()['id']}"
    patched = await client.patch(order_url, json={"description": "Evening delivery"})
    assert patched.status_code == 200
    answers = [
        created.json(),
        (await client.get(order_url)).json(),
        patched.json(),
        *(await client.get(ORDERS)).json(),
    ]
    for document in answers:
        assert_valid(document, TMF622, "ProductOrder")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", f"{ORDERS}/unknown", None),
        ("POST", ORDERS, {"externalId": "no items"}),
        ("PATCH", f"{CATALOGUE}/importJob/any", {}),
        ("POST", QUOTES, {"quoteItem": [{"productOffering": {"id": "po-nothing"}}]}),
        ("POST", CHECKS, {"serviceQualificationItem": [{"id": "1"}]}),
        ("PATCH", f"{CATALOGUE}/productOffering/po-fibre-150", {"lifecycleStatus": "In study"}),
        ("GET", f"{ADDRESSES}?streetName.regex=(", None),
    ],
    ids=["404", "400-validation", "405", "400-unknown-offering", "400-no-address", "409", "400-filter"],
)
async def test_error_bodies_match_the_tmf_error(
    client: httpx.AsyncClient, method: str, path: str, body: dict | None
) -> None:
    answer = await client.request(method, path, json=body)
    assert answer.status_code >= 400
    for spec_file in (TMF620, TMF622, TMF629, TMF645, TMF648, TMF673):
        assert_valid(answer.json(), spec_file, "Error")


async def test_individual_create_get_list_patch_match_tmf632(client: httpx.AsyncClient) -> None:
    created = await client.post(
        INDIVIDUALS,
        json={
            "givenName": "Jane",
            "familyName": "Doe",
            "contactMedium": [
                {"mediumType": "email", "characteristic": {"emailAddress": "jane@example.com"}}
            ],
        },
    )
    assert created.status_code == 201, created.text
    url = f"{INDIVIDUALS}/{created.json()['id']}"
    patched = await client.patch(url, json={"preferredGivenName": "Janey"})
    assert patched.status_code == 200, patched.text
    for document in (created.json(), (await client.get(url)).json(), *(await client.get(INDIVIDUALS)).json()):
        assert_valid(document, TMF632, "Individual")


@pytest.mark.parametrize(
    ("resource", "definition", "body", "patch"),
    [
        ("catalog", "Catalog", {"name": "Business"}, {"lifecycleStatus": "Active"}),
        ("category", "Category", {"name": "TV", "isRoot": True}, {"description": "Television"}),
        ("productOffering", "ProductOffering", {"name": "Fibre 2000"}, {"isSellable": False}),
        ("productOfferingPrice", "ProductOfferingPrice", {"name": "Monthly"}, {"priceType": "recurring"}),
        ("productSpecification", "ProductSpecification", {"name": "Fibre 2000"}, {"brand": "Ours"}),
    ],
)
async def test_catalogue_create_and_patch_match_tmf620(
    client: httpx.AsyncClient, resource: str, definition: str, body: dict, patch: dict
) -> None:
    created = await client.post(f"{CATALOGUE}/{resource}", json=body)
    assert created.status_code == 201, created.text
    patched = await client.patch(f"{CATALOGUE}/{resource}/{created.json()['id']}", json=patch)
    assert patched.status_code == 200, patched.text
    for document in (created.json(), patched.json()):
        assert_valid(document, TMF620, definition)


async def test_catalogue_jobs_match_tmf620(client: httpx.AsyncClient) -> None:
    export = await client.post(f"{CATALOGUE}/exportJob", json={"url": "https://example.com/out"})
    assert export.status_code == 201
    imported = await client.post(f"{CATALOGUE}/importJob", json={"url": export.json()["href"]})
    assert imported.status_code == 201
    assert imported.json()["status"] == "Succeeded"
    for job, definition in ((export, "ExportJob"), (imported, "ImportJob")):
        assert_valid(job.json(), TMF620, definition)
        for document in (await client.get(f"{CATALOGUE}/{definition[0].lower()}{definition[1:]}")).json():
            assert_valid(document, TMF620, definition)


async def test_customer_and_organization_match_tmf629_and_tmf632(client: httpx.AsyncClient) -> None:
    organization = await client.post(ORGANIZATIONS, json={"tradingName": "Acme", "isLegalEntity": True})
    assert organization.status_code == 201, organization.text
    engaged = {"id": organization.json()["id"], "@referredType": "Organization", "name": "Acme"}
    customer = await client.post(CUSTOMERS, json={"name": "Acme", "engagedParty": engaged})
    assert customer.status_code == 201, customer.text
    patched = await client.patch(f"{CUSTOMERS}/{customer.json()['id']}", json={"status": "Approved"})
    for document in (customer.json(), patched.json(), *(await client.get(CUSTOMERS)).json()):
        assert_valid(document, TMF629, "Customer")
    for document in (organization.json(), *(await client.get(ORGANIZATIONS)).json()):
        assert_valid(document, TMF632, "Organization")


@pytest.mark.parametrize(
    "place",
    [
        {
            "role": "installationAddress",
            "postcode": "RG1 3DW",
            "streetNr": "2",
            "geographicSubAddress": [{"subUnitNumber": "1"}],
        },
        {"role": "installationAddress", "id": "addr-pl206qf-1"},
        {"role": "installationAddress", "postcode": "ZZ9 9ZZ", "streetNr": "1"},
    ],
    ids=["flat", "no-coverage", "unknown"],
)
async def test_query_service_qualification_matches_tmf645(client: httpx.AsyncClient, place: dict) -> None:
    created = await client.post(QUERIES, json={"searchCriteria": {"service": {"place": [place]}}})
    assert created.status_code == 201, created.text
    patched = await client.patch(f"{QUERIES}/{created.json()['id']}", json={"description": "for the BFF"})
    for document in (created.json(), patched.json(), *(await client.get(QUERIES)).json()):
        assert_valid(document, TMF645, "QueryServiceQualification")


async def test_check_service_qualification_of_a_flat_matches_tmf645(client: httpx.AsyncClient) -> None:
    created = await client.post(
        CHECKS,
        json={
            "serviceQualificationItem": [
                {
                    "id": "1",
                    "service": {"place": [{"role": "installationAddress", "id": "addr-rg13dw-3-flat-6"}]},
                }
            ]
        },
    )
    assert created.status_code == 201, created.text
    patched = await client.patch(f"{CHECKS}/{created.json()['id']}", json={"externalId": "x"})
    for document in (created.json(), patched.json()):
        assert_valid(document, TMF645, "CheckServiceQualification")


async def test_quote_patch_matches_tmf648(client: httpx.AsyncClient) -> None:
    created = await client.post(QUOTES, json={"quoteItem": [{"productOffering": {"id": "po-fibre-150"}}]})
    repriced = await client.patch(
        f"{QUOTES}/{created.json()['id']}", json={"quoteItem": [{"productOffering": {"id": "po-fibre-900"}}]}
    )
    accepted = await client.patch(f"{QUOTES}/{created.json()['id']}", json={"state": "accepted"})
    for answer in (repriced, accepted):
        assert answer.status_code == 200, answer.text
        assert_valid(answer.json(), TMF648, "Quote")


async def test_addresses_and_sub_addresses_match_tmf673(client: httpx.AsyncClient) -> None:
    addresses = (await client.get(ADDRESSES, params={"postcode.regex": "^RG1"})).json()
    assert len(addresses) == 17  # Orchard Close 12, Kennet Side 3, Gatehouse Mews 2
    for address in addresses:
        assert_valid(address, TMF673, "GeographicAddress")
    assert_valid((await client.get(f"{ADDRESSES}/addr-rg13dw-1")).json(), TMF673, "GeographicAddress")
    flats = (await client.get(f"{ADDRESSES}/addr-rg13dw-1/geographicSubAddress")).json()
    assert len(flats) == 6
    for flat in flats:
        assert_valid(flat, TMF673, "GeographicSubAddress")
        one = (await client.get(f"{ADDRESSES}/addr-rg13dw-1/geographicSubAddress/{flat['id']}")).json()
        assert_valid(one, TMF673, "GeographicSubAddress")


@pytest.mark.parametrize(
    "submitted",
    [
        {"postcode": "RG1 3DW", "streetNr": "1", "geographicSubAddress": [{"subUnitNumber": "2"}]},
        {"postcode": "RG1 3DW", "streetNr": "1"},
        {"postcode": "SW1A 2AA", "streetNr": "99"},
        {"postcode": "XX1 1XX", "streetNr": "1"},
    ],
    ids=["success", "partial-flat", "partial-house", "fails"],
)
async def test_address_validation_matches_tmf673(client: httpx.AsyncClient, submitted: dict) -> None:
    created = await client.post(
        VALIDATIONS, json={"provideAlternative": True, "submittedGeographicAddress": submitted}
    )
    assert created.status_code == 201, created.text
    patched = await client.patch(f"{VALIDATIONS}/{created.json()['id']}", json={"provideAlternative": False})
    for document in (created.json(), patched.json(), *(await client.get(VALIDATIONS)).json()):
        assert_valid(document, TMF673, "GeographicAddressValidation")


async def test_products_with_prices_accounts_and_characteristics_match_tmf637(
    client: httpx.AsyncClient,
) -> None:
    listed = (await client.get(PRODUCTS)).json()
    seeded = (await client.get(f"{PRODUCTS}/prod-seed-cust-0001")).json()

    assert seeded["productPrice"] and seeded["billingAccount"] and seeded["productCharacteristic"]
    for document in (seeded, *listed):
        assert_valid(document, TMF637, "Product")


async def test_appointment_search_hold_confirm_reschedule_cancel_match_tmf646(
    client: httpx.AsyncClient,
) -> None:
    place = {"id": "addr-rg14ab-12", "role": "installationAddress", "@referredType": "GeographicAddress"}
    search = await client.post(SEARCHES, json={"relatedPlace": place, "workType": "router-only visit"})
    assert search.status_code == 201
    first, second = search.json()["availableTimeSlot"][:2]
    body = {"category": "router-only visit", "relatedPlace": place, "validFor": first["validFor"]}
    created = await client.post(APPOINTMENTS, json=body)
    assert created.status_code == 201
    url = f"{APPOINTMENTS}/{created.json()['id']}"
    confirmed = await client.patch(url, json={"status": "confirmed"})
    moved = await client.patch(url, json={"validFor": second["validFor"]})
    cancelled = await client.patch(url, json={"status": "cancelled"})
    answers = [
        created.json(),
        confirmed.json(),
        moved.json(),
        cancelled.json(),
        (await client.get(url)).json(),
        *(await client.get(APPOINTMENTS)).json(),
    ]
    for document in answers:
        assert_valid(document, TMF646, "Appointment")
    for document in [search.json(), *(await client.get(SEARCHES)).json()]:
        assert_valid(document, TMF646, "SearchTimeSlot")
    refused = await client.patch(url, json={"status": "confirmed"})
    assert refused.status_code == 409
    assert_valid(refused.json(), TMF646, "Error")
