"""Who may call which web channel endpoint: every endpoint x every kind of caller, with the status expected.

Callers: nobody signed in, the customer who owns the order and product (cust-7), another customer (cust-8),
an agent of store-rdg, an agent of another store (store-ldn), and a manager (store-rdg). Staff work in the
retail channel: on the web channel they get what anonymous visitors get, and 403 for customers' operations.
The TMF backends are respx mocks; tokens are signed by the stand-in provider (tests/bff/identity.py).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.web.app import create_app
from tests.bff.factories import (
    CUSTOMER_PARTY,
    URLS,
    accepting_summary,
    create_address,
    create_customer,
    create_product,
    create_qualification,
    create_quote,
    create_quote_item,
    echo_order,
)
from tests.bff.identity import bearer, customer_token, staff_token

ORDERS = f"{URLS['tmf622_url']}/productOrder"

CALLERS: dict[str, Callable[[], dict[str, str]]] = {
    "anonymous": dict,
    "customer": lambda: bearer(customer_token("cust-7")),
    "other customer": lambda: bearer(customer_token("cust-8")),
    "agent": lambda: bearer(staff_token("agent", "store-rdg")),
    "agent of another store": lambda: bearer(staff_token("agent", "store-ldn")),
    "manager": lambda: bearer(staff_token("manager", "store-rdg")),
}
OPEN = dict.fromkeys(CALLERS, 200)


def customers_only(status: int, other_customer: int = 403) -> dict[str, int]:
    """The owner gets `status`; another customer `other_customer`; staff 403; nobody signed in 401."""
    return {
        "anonymous": 401,
        "customer": status,
        "other customer": other_customer,
        "agent": 403,
        "agent of another store": 403,
        "manager": 403,
    }


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    body: dict[str, object] | None = None
    keyed: bool = False


ORDER_BODY = {
    "addressId": "addr-0001",
    "offerId": "po-fibre-150",
    "addOnIds": [],
    "contact": {
        "givenName": "Jane",
        "familyName": "Doe",
        "email": "jane@example.com",
        "phone": "07700 900123",
    },
    "consents": {"creditCheck": True, "terms": True},
}
VISIT_SLOT = {"id": "rg1-2027-01-12-am", "start": "2027-01-12T08:00:00Z", "end": "2027-01-12T13:00:00Z"}
VISIT_VALID_FOR = {"startDateTime": VISIT_SLOT["start"], "endDateTime": VISIT_SLOT["end"]}
EVENT = {
    "eventId": "e-1",
    "eventType": "productOrderStateChangeEvent",
    "event": {"productOrder": {"id": "po-1"}},
}

# Every endpoint of the web channel (tests/bff/test_authorization_matrix.py keeps this list whole: see
# test_every_route_is_in_the_matrix), with what each caller gets.
MATRIX: dict[str, tuple[Call, dict[str, int]]] = {
    "GET /health": (Call("GET", "/health"), OPEN),
    "GET /ready": (Call("GET", "/ready"), OPEN),
    "GET /metrics": (Call("GET", "/metrics"), OPEN),
    "GET /api/v1/addresses": (Call("GET", "/api/v1/addresses?postcode=RG14AB"), OPEN),
    "GET /api/v1/addresses/{id}": (Call("GET", "/api/v1/addresses/a-1"), OPEN),
    "POST /api/v1/availability": (
        Call("POST", "/api/v1/availability", {"postcode": "RG1 4AB", "houseNumber": "12"}),
        OPEN,
    ),
    "GET /api/v1/offers": (Call("GET", "/api/v1/offers"), OPEN),
    "POST /api/v1/configurations": (
        Call("POST", "/api/v1/configurations", {"offerId": "po-fibre-150"}),
        OPEN,
    ),
    "POST /api/v1/quotes": (
        Call("POST", "/api/v1/quotes", {"addressId": "addr-0001", "offerId": "po-fibre-150", "addOnIds": []}),
        OPEN,
    ),
    # Another customer places their own order: it is theirs, not cust-7's.
    "POST /api/v1/orders": (Call("POST", "/api/v1/orders", ORDER_BODY, keyed=True), customers_only(201, 201)),
    # Each customer lists their own orders.
    "GET /api/v1/account/orders": (Call("GET", "/api/v1/account/orders"), customers_only(200, 200)),
    "GET /api/v1/orders/{id}": (Call("GET", "/api/v1/orders/po-1"), customers_only(200)),
    "GET /api/v1/orders/{id}/events": (Call("GET", "/api/v1/orders/po-1/events"), customers_only(200)),
    "POST /api/v1/orders/{id}/cancel": (
        Call("POST", "/api/v1/orders/po-1/cancel", {"reason": "moved"}, keyed=True),
        customers_only(202),
    ),
    # Accepting the credit check's deposit (bff/web/deposits.py): the owner only; po-1 waits for none.
    "POST /api/v1/orders/{id}/deposit": (
        Call("POST", "/api/v1/orders/po-1/deposit"),
        customers_only(409),
    ),
    # Changing an order's visit (bff/web/orders.py): the owner only; po-1 is completed (and has no visit).
    "POST /api/v1/orders/{id}/visit": (
        Call("POST", "/api/v1/orders/po-1/visit", {"slot": VISIT_SLOT}, keyed=True),
        customers_only(409),
    ),
    "POST /api/v1/orders/{id}/visit/cancel": (
        Call("POST", "/api/v1/orders/po-1/visit/cancel", keyed=True),
        customers_only(409),
    ),
    # Each customer reads their own billing (bff/web/billing.py); neither has an account set up here.
    "GET /api/v1/billing": (Call("GET", "/api/v1/billing"), customers_only(404, 404)),
    # Each customer lists their own products.
    "GET /api/v1/products": (Call("GET", "/api/v1/products"), customers_only(200, 200)),
    "POST /api/v1/products/{id}/modify": (
        Call("POST", "/api/v1/products/prod-1/modify", {"offerId": "po-fibre-900"}, keyed=True),
        customers_only(201),
    ),
    "POST /api/v1/products/{id}/cease": (
        Call("POST", "/api/v1/products/prod-1/cease", {"reason": "moving abroad"}, keyed=True),
        customers_only(201),
    ),
    # Quotes a store sent the customer (bff/web/quotes.py): another customer's quote is 404 there, not 403.
    "GET /api/v1/account/quotes": (Call("GET", "/api/v1/account/quotes"), customers_only(200, 200)),
    "POST /api/v1/quotes/{id}/accept": (
        Call("POST", "/api/v1/quotes/q-1/accept", keyed=True),
        customers_only(200, 404),  # 200: accepted already, the order it placed
    ),
    # Registering interest (bff/web/leads.py): anyone.
    "POST /api/v1/leads": (
        Call(
            "POST",
            "/api/v1/leads",
            {
                "postcode": "IV51 9EL",
                "houseNumber": "1",
                "givenName": "Jane",
                "familyName": "Doe",
                "email": "jane@example.com",
                "interest": "Fibre 900",
            },
        ),
        dict.fromkeys(CALLERS, 201),
    ),
    # Engineer visits (bff/web/visits.py): any signed-in customer may look for slots and hold one.
    "GET /api/v1/visits/slots": (
        Call("GET", "/api/v1/visits/slots?addressId=a-1&workType=new%20line%20installation"),
        customers_only(200, 200),
    ),
    "POST /api/v1/visits": (
        Call(
            "POST",
            "/api/v1/visits",
            {"addressId": "a-1", "workType": "new line installation", "slot": VISIT_SLOT},
        ),
        customers_only(201, 201),
    ),
    # The TMF622 hub's callback: open (events are only hints; the stream reads TMF622 itself).
    "POST /tmf-listener/productOrder": (
        Call("POST", "/tmf-listener/productOrder", EVENT),
        dict.fromkeys(CALLERS, 204),
    ),
    "POST /tmf-listener/productOrder/listener/{eventType}": (
        Call("POST", "/tmf-listener/productOrder/listener/productOrderStateChangeEvent", EVENT),
        dict.fromkeys(CALLERS, 204),
    ),
}
CASES = [(endpoint, caller) for endpoint in MATRIX for caller in CALLERS]


def serve_backends(tmf: respx.MockRouter) -> None:
    """Every TMF call the endpoints make; cust-7 owns order po-1 and product prod-1."""
    tmf.get(f"{URLS['tmf629_url']}/customer/cust-8").respond(200, json=create_customer("cust-8", "ind-8"))
    tmf.get(f"{URLS['tmf673_url']}/geographicAddress").respond(200, json=[create_address("a-1", "1")])
    tmf.get(f"{URLS['tmf673_url']}/geographicAddress/a-1").respond(200, json=create_address("a-1", "1"))
    tmf.get(f"{URLS['tmf673_url']}/geographicAddress/a-1/geographicSubAddress").respond(200, json=[])
    tmf.post(f"{URLS['tmf645_url']}/checkServiceQualification").respond(
        201, json=create_qualification([("FTTP", 1000, 115)])
    )
    tmf.post(f"{URLS['tmf648_url']}/quote").respond(
        201, json=create_quote([create_quote_item("1", "po-fibre-150", "Fibre 150", 28.0, 29.99)])
    )
    tmf.get(f"{URLS['tmf648_url']}/quote").respond(200, json=[])
    quote = {
        **create_quote([create_quote_item("1", "po-fibre-150", "Fibre 150", 28.0, 29.99)]),
        "id": "q-1",
        "state": "accepted",
        "relatedParty": [{"id": "cust-7", "role": "customer", "@referredType": "Customer"}],
    }
    tmf.get(f"{URLS['tmf648_url']}/quote/q-1").respond(200, json=quote)
    order = echo_order(
        {
            "relatedParty": [CUSTOMER_PARTY],
            "productOrderItem": [{"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150"}}],
        },
        "po-1",
    )
    tmf.get(f"{ORDERS}/po-1").respond(200, json={**order, "state": "completed"})
    tmf.get(ORDERS, params={"quote.id": "q-1"}).respond(200, json=[{**order, "quote": [{"id": "q-1"}]}])
    tmf.get(ORDERS).respond(200, json=[])
    tmf.post(ORDERS).mock(
        side_effect=lambda request: httpx.Response(201, json=echo_order(json.loads(request.content), "po-2"))
    )
    # Cancelling: the order is still in progress for the cancel (a completed one is a 409, not a 202).
    cancellations = f"{URLS['tmf622_url']}/cancelProductOrder"
    tmf.get(cancellations).respond(
        200, json=[{"id": "c-1", "state": "acknowledged", "productOrder": {"id": "po-1"}}]
    )
    tmf.post(f"{URLS['tmf646_url']}/searchTimeSlot").respond(
        201,
        json={
            "id": "s-1",
            "status": "done",
            "relatedPlace": {"id": "a-1", "role": "installationAddress"},
            "availableTimeSlot": [{"id": VISIT_SLOT["id"], "validFor": VISIT_VALID_FOR}],
        },
    )
    tmf.get(f"{URLS['tmf646_url']}/appointment").respond(200, json=[])  # no earlier hold to release
    tmf.post(f"{URLS['tmf646_url']}/appointment").respond(
        201, json={"id": "ap-1", "status": "initialized", "validFor": VISIT_VALID_FOR}
    )
    tmf.get(f"{URLS['tmf637_url']}/product").respond(200, json=[create_product()])
    tmf.get(f"{URLS['tmf666_url']}/billingAccount").respond(200, json=[])
    tmf.get(f"{URLS['tmf637_url']}/product/prod-1").respond(200, json=create_product())


@pytest.fixture
async def bff(services: ChannelServices, tmf: respx.MockRouter) -> AsyncIterator[httpx.AsyncClient]:
    """The web channel with no caller of its own: each case sends its caller's Authorization header."""
    serve_backends(tmf)
    app = create_app(services.settings)
    app.state.services = services
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bff.test") as http:
        yield http


@pytest.mark.parametrize(("endpoint", "caller"), CASES, ids=[f"{e} as {c}" for e, c in CASES])
async def test_matrix(endpoint: str, caller: str, bff: httpx.AsyncClient) -> None:
    call, expected = MATRIX[endpoint]
    headers = CALLERS[caller]()
    if call.keyed:
        headers["Idempotency-Key"] = f"matrix-{abs(hash((endpoint, caller)))}"

    body = call.body
    if call.path == "/api/v1/orders":  # as checkout places it: under the contract summary of its price
        body = await accepting_summary(bff, ORDER_BODY)
    response = await bff.request(call.method, call.path, json=body, headers=headers)

    assert response.status_code == expected[caller], response.text
    if response.status_code in (401, 403):
        assert response.json()["code"] == {401: "UNAUTHENTICATED", 403: "FORBIDDEN"}[response.status_code]


def test_every_route_is_in_the_matrix() -> None:
    paths = create_app().openapi()["paths"]
    names = {"{order_id}": "{id}", "{product_id}": "{id}", "{address_id}": "{id}", "{quoteId}": "{id}"}
    routes = set()
    for path, operations in paths.items():
        for old, new in {**names, "{event_name}": "{eventType}"}.items():
            path = path.replace(old, new)
        routes |= {f"{method.upper()} {path}" for method in operations}
    assert routes == set(MATRIX)
    print(f"authorization matrix: {len(MATRIX)} endpoints x {len(CALLERS)} callers = {len(CASES)} cases")
