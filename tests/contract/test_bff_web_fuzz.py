"""Property-based fuzzing of the web channel BFF from its own OpenAPI (`/openapi.json`), every operation, as
an anonymous caller and as a signed-in customer (Jane Doe, cust-0001, seeded with an order and a product).

Set-up and checks: tests/contract/bff_fuzz.py. Requests sent and their statuses are printed at the end of
the run ("schemathesis examples per API": `web as anonymous`, `web as customer`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import schemathesis
from schemathesis.python.asgi import shutdown_lifespans

from bff.config import Settings
from bff.web.app import create_app
from tests.contract.bff_fuzz import Census, Fuzz, running_backends
from tests.contract.conftest import Tally

LABELS = [
    f"{method.upper()} {path}"
    for path, methods in create_app(Settings()).openapi()["paths"].items()
    for method in methods
]
CALLERS = ("anonymous", "customer")

ADDRESS_ID, OFFER_ID = "addr-rg14ab-12", "po-fibre-500"
CONTACT = {"givenName": "Jane", "familyName": "Doe", "email": "jane.doe@example.com", "phone": "07700 900123"}
KNOWN = {
    "address_id": ADDRESS_ID,
    "order_id": "po-seed-cust-0001",
    "product_id": "prod-seed-cust-0001",
    "event_name": "productOrderStateChangeEvent",
}
BODIES = {
    "POST /api/v1/availability": {"postcode": "RG1 4AB", "houseNumber": "12"},
    "POST /api/v1/configurations": {"offerId": OFFER_ID, "addOnIds": [], "characteristics": {}},
    "POST /api/v1/quotes": {"addressId": ADDRESS_ID, "offerId": OFFER_ID, "addOnIds": []},
    "POST /api/v1/orders": {
        "addressId": ADDRESS_ID,
        "offerId": OFFER_ID,
        "addOnIds": [],
        "contact": CONTACT,
        "consents": {"creditCheck": True, "terms": True},
    },
    "POST /api/v1/orders/{order_id}/cancel": {"reason": "Moving house"},
    "POST /api/v1/products/{product_id}/modify": {"offerId": "po-fibre-900"},
    "POST /api/v1/products/{product_id}/cease": {"reason": "Moving house"},
    "POST /api/v1/leads": {
        "postcode": "RG1 4AB",
        "houseNumber": "12",
        "givenName": "Ada",
        "familyName": "Lovelace",
        "email": "ada@example.com",
        "interest": "Fibre 900",
    },
    "POST /tmf-listener/productOrder": {
        "eventId": uuid.uuid4().hex,
        "eventType": "productOrderStateChangeEvent",
        "event": {"productOrder": {"id": "po-seed-cust-0001"}},
    },
}


def summary_accepted(app: object, schema: schemathesis.BaseSchema) -> dict:
    """The order body under the contract summary of its basket's price, confirmed as checkout does."""
    order = BODIES["POST /api/v1/orders"]
    basket = {name: order[name] for name in ("addressId", "offerId", "addOnIds")}
    quoted = schema["/api/v1/quotes"]["POST"].Case(body=basket, media_type="application/json").call(app=app)
    version = quoted.json()["contractSummary"]["version"]
    return {**order, "contractSummaryAccepted": True, "contractSummaryVersion": version}


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzz]:
    with running_backends(tmp_path_factory.mktemp("web_fuzz")) as backends:
        settings = backends.settings()
        app = create_app(settings.model_copy(update={"order_stream_max_seconds": 1.0}))
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        callers = {"anonymous": {}, "customer": backends.bearer("jane.doe@example.com")}
        with Census.of(backends) as census:
            try:
                bodies = {**BODIES, "POST /api/v1/orders": summary_accepted(app, schema)}
                yield Fuzz(app, schema, callers, census, KNOWN, bodies)
            finally:
                shutdown_lifespans()


def test_the_census_sees_what_an_accepted_request_creates(fuzz: Fuzz) -> None:
    """The "changes nothing" check can fail: an order that is placed shows in the counts."""
    before = fuzz.census.take()
    case = fuzz.operation("POST /api/v1/orders").Case(
        headers={**fuzz.callers["customer"], "Idempotency-Key": uuid.uuid4().hex},
        body=fuzz.bodies["POST /api/v1/orders"],
        media_type="application/json",
    )

    answer = case.call(app=fuzz.app)

    assert answer.status_code == 201, answer.text
    after = fuzz.census.take()
    assert after["TMF622 productOrder"] == before["TMF622 productOrder"] + 1


def test_every_operation_is_fuzzed() -> None:
    assert len(LABELS) >= 19 and "POST /api/v1/orders" in LABELS


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("label", LABELS)
def test_operation_keeps_its_contract(fuzz: Fuzz, label: str, caller: str, tally: Tally) -> None:
    fuzz.run(label, caller, tally, "web")
