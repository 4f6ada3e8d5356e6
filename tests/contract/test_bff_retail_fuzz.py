"""Property-based fuzzing of the retail channel BFF from its own OpenAPI (`/openapi.json`), every operation,
as an anonymous caller, an agent (Alex, store-rdg) and a manager (Morgan, store-rdg), all real sign-ins.

Set-up and checks: tests/contract/bff_fuzz.py. An order the agent placed for Jane Doe (cust-0001) in their
store gives the store routes an order that exists. Requests sent and their statuses are printed at the end of
the run ("schemathesis examples per API": `retail as anonymous`, `retail as agent`, `retail as manager`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from schemathesis.python.asgi import shutdown_lifespans

from bff.config import Settings
from bff.retail.app import create_app
from tests.contract.bff_fuzz import Census, Fuzz, running_backends
from tests.contract.conftest import Tally

LABELS = [
    f"{method.upper()} {path}"
    for path, methods in create_app(Settings()).openapi()["paths"].items()
    for method in methods
]
CALLERS = ("anonymous", "agent", "manager")

ADDRESS_ID, OFFER_ID = "addr-rg14ab-12", "po-fibre-500"
BASKET = {"addressId": ADDRESS_ID, "offerId": OFFER_ID, "addOnIds": []}
BODIES = {
    "POST /api/v1/availability": {"postcode": "RG1 4AB", "houseNumber": "12"},
    "POST /api/v1/configurations": {"offerId": OFFER_ID, "addOnIds": [], "characteristics": {}},
    "POST /api/v1/customers": {
        "givenName": "Ada",
        "familyName": "Lovelace",
        "email": "ada.lovelace@example.com",
        "phone": "07700 900123",
    },
    "POST /api/v1/customers/{customerId}/notes": {"text": "Asked about Fibre 900."},
    "POST /api/v1/customers/{customerId}/orders": {
        **BASKET,
        "discount": {"percentage": 5, "months": 6, "reason": "Price match"},
    },
    "POST /api/v1/customers/{customerId}/quotes": BASKET,
    "POST /api/v1/stores/{storeId}/approvals/{orderId}/reject": {"reason": "Discount too high"},
}


def place_store_order(schema: schemathesis.BaseSchema, app: object, headers: dict[str, str]) -> str:
    operation = schema["/api/v1/customers/{customerId}/orders"]["POST"]
    case = operation.Case(
        path_parameters={"customerId": "cust-0001"},
        headers={"Idempotency-Key": "retail-fuzz-known-order"},
        body=BODIES["POST /api/v1/customers/{customerId}/orders"],
        media_type="application/json",
    )
    answer = case.call(app=app, headers=headers)
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


@pytest.fixture(scope="module")
def fuzz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzz]:
    with running_backends(tmp_path_factory.mktemp("retail_fuzz")) as backends:
        settings = backends.settings().model_copy(
            update={"order_stream_max_seconds": 1.0, "retail_queue_poll_seconds": 0.2}
        )
        app = create_app(settings)
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        callers = {
            "anonymous": {},
            "agent": backends.bearer("alex.agent@lumen.example"),
            "manager": backends.bearer("morgan.manager@lumen.example"),
        }
        known = {
            "customerId": "cust-0001",
            "storeId": "store-rdg",
            "orderId": place_store_order(schema, app, callers["agent"]),
        }
        with Census.of(backends) as census:
            try:
                yield Fuzz(app, schema, callers, census, known, BODIES)
            finally:
                shutdown_lifespans()


def test_every_operation_is_fuzzed() -> None:
    assert len(LABELS) >= 20 and "POST /api/v1/customers/{customerId}/orders" in LABELS


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("label", LABELS)
def test_operation_keeps_its_contract(fuzz: Fuzz, label: str, caller: str, tally: Tally) -> None:
    fuzz.run(label, caller, tally, "retail")
