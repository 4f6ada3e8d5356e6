"""Web channel: placing an order (TMF645 re-qualification, TMF632 party, TMF622 order) and reading it."""

from __future__ import annotations

import json

import httpx
import respx

from tests.bff.factories import (
    CUSTOMER_PARTY,
    URLS,
    accepting_summary,
    create_customer,
    create_individual,
    create_qualification,
    echo_order,
)

CHECK = f"{URLS['tmf645_url']}/checkServiceQualification"
ORDERS = f"{URLS['tmf622_url']}/productOrder"
INDIVIDUALS = f"{URLS['tmf632_url']}/individual"
CUSTOMERS = f"{URLS['tmf629_url']}/customer"
CONTACT = {"givenName": "Jane", "familyName": "Doe", "email": "jane@example.com", "phone": "07700 900123"}
ORDER = {
    "addressId": "addr-0001",
    "offerId": "po-fibre-150",
    "addOnIds": ["po-router"],
    "contact": CONTACT,
    "consents": {"creditCheck": True, "terms": True},  # required online
}
KEY = {"Idempotency-Key": "checkout-7f3a9c21"}


def serve_order_backends(tmf: respx.MockRouter, existing: list[dict] | None = None) -> respx.Route:
    """TMF645, TMF622 and a TMF629/632 that know nobody yet; returns the order-create route."""
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))
    tmf.get(ORDERS).respond(200, json=existing or [], headers={"X-Total-Count": str(len(existing or []))})
    tmf.get(CUSTOMERS, name="find_customer").respond(200, json=[])
    tmf.get(INDIVIDUALS, name="find_individual").respond(200, json=[])
    tmf.post(INDIVIDUALS, name="create_individual").respond(201, json=create_individual())
    tmf.post(CUSTOMERS, name="create_customer").respond(201, json=create_customer())
    return tmf.post(ORDERS).mock(
        side_effect=lambda request: httpx.Response(201, json=echo_order(json.loads(request.content)))
    )


async def test_order_carries_customer_place_items_and_key(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order_backends(tmf)

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 201
    sent = json.loads(create.calls.last.request.content)
    assert sent["externalId"] == "checkout-7f3a9c21"
    assert sent["relatedParty"] == [
        {"id": "cust-7", "name": "Jane Doe", "role": "customer", "@referredType": "Customer"},
        {"id": "ind-42", "name": "Jane Doe", "role": "contact", "@referredType": "Individual"},
    ]
    assert sent["channel"] == [{"id": "web", "name": "web", "role": "salesChannel"}]
    assert sent["notificationContact"] == "jane@example.com"
    main, router = sent["productOrderItem"]
    assert main["productOffering"] == {"id": "po-fibre-150", "name": "Fibre 150"}
    assert main["product"]["place"][0]["id"] == "addr-0001"
    assert main["product"]["place"][0]["postcode"] == "RG1 4AB"
    assert router["productOffering"]["id"] == "po-router"
    assert router["productOrderItemRelationship"] == [{"id": "1", "relationshipType": "reliesOn"}]


async def test_order_answer_is_shaped_for_the_confirmation_page(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    serve_order_backends(tmf)

    body = (
        await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)
    ).json()

    assert body["id"] == "po-1"
    assert body["state"] == "acknowledged"
    assert body["offerName"] == "Fibre 150"
    assert body["addOnIds"] == ["po-router"]
    assert body["address"]["label"] == "12 Acacia Avenue, Reading RG1 4AB"
    assert body["contact"] == CONTACT


async def test_signed_in_customer_orders_as_their_own_tmf629_customer(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    someone = {**ORDER, "contact": {**CONTACT, "email": "someone.else@example.com"}}

    await client.post("/api/v1/orders", json=await accepting_summary(client, someone), headers=KEY)

    # The customer is the token's (cust-7, whose person is ind-42), never one found by the typed email.
    assert tmf.routes["find_customer"].call_count == 0
    assert tmf.routes["create_individual"].call_count == 0
    assert tmf.routes["create_customer"].call_count == 0
    parties = json.loads(create.calls.last.request.content)["relatedParty"]
    assert [(party["id"], party["role"]) for party in parties] == [
        ("cust-7", "customer"),
        ("ind-42", "contact"),
    ]


async def test_first_order_of_a_registered_customer_makes_their_customer(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    tmf.get(f"{CUSTOMERS}/cust-7").respond(404, json={"code": "404", "reason": "Not found"})
    tmf.post(CUSTOMERS, name="create_customer").respond(201, json=create_customer("cust-new", "ind-42"))

    await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    person = json.loads(tmf.routes["create_individual"].calls.last.request.content)
    assert person["givenName"] == "Jane" and person["familyName"] == "Doe"
    assert {medium["mediumType"] for medium in person["contactMedium"]} == {"email", "mobile"}
    customer = json.loads(tmf.routes["create_customer"].calls.last.request.content)
    assert customer["engagedParty"]["id"] == "ind-42"
    assert customer["characteristic"] == [
        {"name": "identityCustomerId", "valueType": "string", "value": "cust-7"}
    ]
    searched = tmf.routes["find_customer"].calls.last.request.url.params
    assert (searched["characteristic.name"], searched["characteristic.value"]) == (
        "identityCustomerId",
        "cust-7",
    )
    parties = json.loads(create.calls.last.request.content)["relatedParty"]
    assert parties[0]["id"] == "cust-new"


async def test_registered_customer_is_found_by_their_claim_afterwards(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    tmf.get(f"{CUSTOMERS}/cust-7").respond(404, json={"code": "404", "reason": "Not found"})
    tmf.get(CUSTOMERS, name="find_customer").respond(
        200, json=[create_customer("cust-mapped", "ind-9", claim="cust-7")]
    )

    await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert tmf.routes["create_individual"].call_count == 0
    assert tmf.routes["create_customer"].call_count == 0
    parties = json.loads(create.calls.last.request.content)["relatedParty"]
    assert [(party["id"], party["role"]) for party in parties] == [
        ("cust-mapped", "customer"),
        ("ind-9", "contact"),
    ]


async def test_retry_with_the_same_key_returns_the_first_order(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    earlier = echo_order(
        {
            "externalId": KEY["Idempotency-Key"],
            "relatedParty": [CUSTOMER_PARTY],
            "productOrderItem": [
                {"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150", "name": "Fibre 150"}}
            ],
        },
        order_id="po-earlier",
    )
    create = serve_order_backends(tmf, existing=[earlier])

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 200
    assert response.json()["id"] == "po-earlier"
    assert create.call_count == 0


async def test_offer_not_available_at_the_address_is_refused(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    tmf.post(CHECK).respond(201, json=create_qualification([("ADSL", 20, 1)]))

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 409
    assert response.json()["code"] == "OFFER_NOT_AVAILABLE_AT_ADDRESS"
    assert create.call_count == 0


async def test_order_without_idempotency_key_is_400(client: httpx.AsyncClient, tmf: respx.MockRouter):
    create = serve_order_backends(tmf)

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER))

    assert response.status_code == 400
    assert response.json()["code"] == "IDEMPOTENCY_KEY_REQUIRED"
    assert create.call_count == 0


async def test_invalid_contact_names_the_fields(client: httpx.AsyncClient):
    bad = {**ORDER, "contact": {**CONTACT, "email": "jane-at-example", "phone": "call me"}}

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, bad), headers=KEY)

    assert response.status_code == 422
    fields = {tuple(error["loc"][-2:]) for error in response.json()["detail"]}
    assert fields == {("contact", "email"), ("contact", "phone")}


async def test_tmf622_down_at_submit_is_503(client: httpx.AsyncClient, tmf: respx.MockRouter):
    serve_order_backends(tmf)
    tmf.post(ORDERS).respond(503, headers={"Retry-After": "1"})

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 503
    assert response.json()["code"] == "BACKEND_UNAVAILABLE"


async def test_get_order_reads_tmf622(client: httpx.AsyncClient, tmf: respx.MockRouter):
    order = echo_order(
        {
            "externalId": "k",
            "relatedParty": [CUSTOMER_PARTY],
            "productOrderItem": [
                {"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150", "name": "Fibre 150"}}
            ],
        },
        order_id="po-9",
    )
    tmf.get(f"{ORDERS}/po-9").respond(200, json={**order, "state": "inProgress"})

    body = (await client.get("/api/v1/orders/po-9")).json()

    assert body["state"] == "inProgress" and body["offerId"] == "po-fibre-150"
    assert body["contact"] is None  # the order names no person


async def test_get_order_shows_the_customers_contact_from_tmf632(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    party = {"id": "ind-42", "name": "Jane Doe", "role": "customer", "@referredType": "Individual"}
    order = echo_order(
        {
            "relatedParty": [CUSTOMER_PARTY, party],
            "productOrderItem": [
                {"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150", "name": "Fibre 150"}}
            ],
        },
        order_id="po-10",
    )
    tmf.get(f"{ORDERS}/po-10").respond(200, json=order)
    individual = {
        "id": "ind-42",
        "givenName": "Jane",
        "familyName": "Doe",
        "contactMedium": [
            {"mediumType": "email", "characteristic": {"emailAddress": "jane@example.com"}},
            {"mediumType": "mobile", "characteristic": {"phoneNumber": "07700 900123"}},
        ],
    }
    tmf.get(f"{INDIVIDUALS}/ind-42").respond(200, json=individual)

    body = (await client.get("/api/v1/orders/po-10")).json()

    assert body["contact"] == CONTACT


async def test_get_unknown_order_is_404(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(f"{ORDERS}/nope").respond(404, json={"code": "404", "reason": "Not found", "status": "404"})

    response = await client.get("/api/v1/orders/nope")

    assert response.status_code == 404
    assert response.json()["code"] == "ORDER_NOT_FOUND"


async def test_backend_missing_an_api_is_502_not_a_refusal(client: httpx.AsyncClient, tmf: respx.MockRouter):
    serve_order_backends(tmf)
    tmf.get(f"{CUSTOMERS}/cust-7").respond(404, json={"code": "404", "reason": "Not found"})
    tmf.post(INDIVIDUALS).respond(404, json={"code": "404", "reason": "Not found", "status": "404"})

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 502
    assert response.json()["code"] == "BACKEND_ERROR"


async def test_account_orders_are_the_customers_own_newest_first(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    def order(order_id: str, date: str, party: dict) -> dict:
        body = echo_order(
            {"relatedParty": [party], "productOrderItem": [{"id": "1", "action": "add"}]}, order_id
        )
        return {**body, "orderDate": date}

    someone_else = {**CUSTOMER_PARTY, "id": "cust-8"}
    route = tmf.get(ORDERS).respond(
        200,
        json=[
            order("po-old", "2026-01-01T10:00:00Z", CUSTOMER_PARTY),
            order("po-new", "2026-02-01T10:00:00Z", CUSTOMER_PARTY),
            order("po-theirs", "2026-03-01T10:00:00Z", someone_else),
        ],
    )

    body = (await client.get("/api/v1/account/orders")).json()

    assert route.calls.last.request.url.params["relatedParty.id"] == "cust-7"
    assert [found["id"] for found in body["orders"]] == ["po-new", "po-old"]
