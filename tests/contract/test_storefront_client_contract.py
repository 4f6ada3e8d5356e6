"""The storefront's BFF clients (storefront/clients/) against each BFF's own OpenAPI document.

Each BFF app is built in process and its ``app.openapi()`` taken, so a change on either side that breaks
the other fails here, not on a screen:
- every answer model the client reads is a schema of the same name, and every field it reads is a
  property of that schema, of a type it accepts, never missing or null where the client needs a value;
- every request the client sends goes to an operation the BFF has, with a body valid against the
  operation's request schema and only the query parameters it declares.

The client models hold only what the storefront reads, so a field the BFF adds changes nothing here.
"""

from __future__ import annotations

import json
import re
import types
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from typing import Any, Union, get_args, get_origin

import jsonschema
import pytest
import respx
from fastapi import FastAPI
from pydantic import BaseModel

from bff.config import Settings
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from storefront.clients import retail, web
from storefront.clients.http import BffError, ClientModel
from storefront.config import get_settings

Spec = dict[str, Any]
CLIENTS: dict[str, tuple[types.ModuleType, Callable[[Settings], FastAPI]]] = {
    "web": (web, create_web_app),
    "retail": (retail, create_retail_app),
}
# What the client sends rather than reads (checked by the requests below, and by their names here).
REQUEST_MODELS = {web.LeadCreate}
# JSON Schema types each Python type of a client field accepts.
ACCEPTS: dict[type, set[str]] = {
    str: {"string"},
    int: {"integer"},
    float: {"number", "integer"},
    Decimal: {"number", "integer"},
    bool: {"boolean"},
    list: {"array"},
    dict: {"object"},
}


@cache
def openapi(channel: str) -> Spec:
    return CLIENTS[channel][1](Settings()).openapi()


def _schema_name(model: type[BaseModel], spec: Spec) -> str:
    """The schema a client model mirrors; FastAPI suffixes "-Output" where a model is read and written."""
    schemas = spec["components"]["schemas"]
    name = model.__name__
    return name if name in schemas or f"{name}-Output" not in schemas else f"{name}-Output"


def _kinds(prop: Spec) -> tuple[set[str], set[str]]:
    """The JSON types a property allows, and the names of the schemas it refers to."""
    if "$ref" in prop:
        return {"object"}, {prop["$ref"].rsplit("/", 1)[-1]}
    if "anyOf" in prop:
        kinds: set[str] = set()
        refs: set[str] = set()
        for option in prop["anyOf"]:
            option_kinds, option_refs = _kinds(option)
            kinds |= option_kinds
            refs |= option_refs
        return kinds, refs
    return ({prop["type"]} if "type" in prop else set()), set()


def _field_problems(model: type[ClientModel], spec: Spec, seen: set[type]) -> Iterator[str]:
    """Where an answer model and its schema disagree, nested models included."""
    if model in seen:
        return
    seen.add(model)
    name = _schema_name(model, spec)
    schema = spec["components"]["schemas"].get(name)
    if schema is None:
        yield f"{model.__name__}: the BFF has no schema of that name"
        return
    properties, required = schema.get("properties", {}), set(schema.get("required", []))
    for field_name, field in model.model_fields.items():
        alias = field.alias or field_name
        where = f"{name}.{alias}"
        if alias not in properties:
            yield f"{where}: not in the BFF's schema"
            continue
        kinds, refs = _kinds(properties[alias])
        optional = field.annotation is not None and _allows_none(field.annotation)
        if "null" in kinds and not optional and not (model.drops_nulls and not field.is_required()):
            yield f"{where}: the BFF may send null, the client needs a value"
        if alias not in required and field.is_required():
            yield f"{where}: the BFF may leave it out, the client needs it"
        yield from _type_problems(
            where, field.annotation, properties[alias], kinds - {"null"}, refs, spec, seen
        )


def _allows_none(annotation: Any) -> bool:
    return get_origin(annotation) in (Union, types.UnionType) and type(None) in get_args(annotation)


def _type_problems(
    where: str, annotation: Any, prop: Spec, kinds: set[str], refs: set[str], spec: Spec, seen: set[type]
) -> Iterator[str]:
    args = [arg for arg in get_args(annotation) if arg is not type(None)]
    if get_origin(annotation) in (Union, types.UnionType):
        annotation = args[0]
        args = list(get_args(annotation))
        prop = next((option for option in prop.get("anyOf", [prop]) if option.get("type") != "null"), prop)
    if isinstance(annotation, type) and issubclass(annotation, ClientModel):
        expected = _schema_name(annotation, spec)
        if refs != {expected}:
            yield f"{where}: the BFF sends {sorted(refs) or sorted(kinds)}, the client reads {expected}"
        yield from _field_problems(annotation, spec, seen)
        return
    origin = get_origin(annotation) or annotation
    accepted = ACCEPTS.get(origin)
    if accepted is None or not kinds:
        return  # a type the check does not model, or a property of any type
    if not kinds <= accepted:
        reads = getattr(origin, "__name__", origin)
        yield f"{where}: the BFF sends {sorted(kinds)}, the client reads {reads}"
    if origin is list and args:
        item = prop.get("items", {})
        item_kinds, item_refs = _kinds(item)
        yield from _type_problems(f"{where}[]", args[0], item, item_kinds, item_refs, spec, seen)
    elif origin is dict and len(args) == 2 and isinstance(prop.get("additionalProperties"), dict):
        value = prop["additionalProperties"]
        value_kinds, value_refs = _kinds(value)
        yield from _type_problems(f"{where}{{}}", args[1], value, value_kinds, value_refs, spec, seen)


def _answer_models(module: types.ModuleType) -> list[type[ClientModel]]:
    exported = (getattr(module, name) for name in module.__all__)
    return [
        model
        for model in exported
        if isinstance(model, type) and issubclass(model, ClientModel) and model not in REQUEST_MODELS
    ]


@pytest.mark.parametrize("channel", CLIENTS)
def test_every_answer_model_reads_what_the_bff_sends(channel: str) -> None:
    module, _ = CLIENTS[channel]
    spec, seen = openapi(channel), set[type]()

    problems = [problem for model in _answer_models(module) for problem in _field_problems(model, spec, seen)]

    assert problems == []


def test_a_lead_is_sent_as_the_bff_names_its_fields() -> None:
    schema = openapi("web")["components"]["schemas"]["LeadCreate"]
    fields = {field.alias or name: field for name, field in web.LeadCreate.model_fields.items()}

    assert set(fields) <= set(schema["properties"])
    assert {alias for alias, field in fields.items() if field.is_required()} == set(schema["required"])


TOKEN, KEY = "token-1", "key-1"
CONTACT = web.Contact(given_name="Jane", family_name="Doe", email="jane@example.com", phone="07700 900123")
SLOT = (datetime(2027, 1, 4, 8, tzinfo=UTC), datetime(2027, 1, 4, 13, tzinfo=UTC))
VISIT_SLOT = web.VisitSlot(
    id="rg1-2027-01-04-am",
    start="2027-01-04T08:00:00Z",
    end="2027-01-04T13:00:00Z",
    label="Engineer visit Mon 4 Jan, 8am-1pm",
)
LEAD = web.LeadCreate(
    postcode="RG1 4AB",
    house_number="12",
    given_name="Jane",
    family_name="Doe",
    email="j@example.com",
    interest="x",
)


async def _drain(stream: Any) -> None:
    async for _ in stream:
        pass


# One call of every client function, with every optional part of its request filled in.
CALLS: dict[str, list[Callable[[], Awaitable[Any]]]] = {
    "web": [
        lambda: web.check_availability("RG1 4AB", "12"),
        lambda: web.get_catalogue(),
        lambda: web.create_quote("addr-1", "po-1", ["ao-1"]),
        lambda: web.find_addresses("RG1 4AB"),
        lambda: web.configure("po-1", ["ao-1"], {"router": "standard"}),
        lambda: web.register_interest(LEAD),
        lambda: web.place_order(
            address_id="addr-1",
            offer_id="po-1",
            add_on_ids=["ao-1"],
            contact=CONTACT,
            idempotency_key=KEY,
            quote_id="q-1",
            characteristics={"router": "standard"},
            access_token=TOKEN,
            installation_slot=SLOT,
            date_of_birth=date(1990, 1, 2),
            consents={"creditCheck": True, "terms": True, "marketing": False},
            appointment_id="appt-1",
            payment={
                "method": "directDebit",
                "accountHolder": "Jane Doe",
                "sortCode": "089999",
                "accountNumber": "66374958",
            },
        ),
        lambda: web.find_visit_slots("addr-1", TOKEN, work_type="router-only visit"),
        lambda: web.hold_visit("addr-1", VISIT_SLOT, TOKEN),
        lambda: web.get_order("o/1", TOKEN),
        lambda: _drain(web.follow_order("o-1", TOKEN)),
        lambda: web.list_orders(TOKEN),
        lambda: web.cancel_order("o-1", reason="Moving", idempotency_key=KEY, access_token=TOKEN),
        lambda: web.change_visit("o-1", VISIT_SLOT, idempotency_key=KEY, access_token=TOKEN),
        lambda: web.cancel_visit("o-1", idempotency_key=KEY, access_token=TOKEN),
        lambda: web.list_products(TOKEN),
        lambda: web.modify_product("p-1", offer_id="po-2", idempotency_key=KEY, access_token=TOKEN),
        lambda: web.cease_product("p-1", reason="Moving", idempotency_key=KEY, access_token=TOKEN),
        lambda: web.list_account_quotes(TOKEN),
        lambda: web.get_billing(TOKEN),
        lambda: web.accept_quote("q-1", idempotency_key=KEY, access_token=TOKEN),
        lambda: web.accept_deposit("o-1", TOKEN),
    ],
    "retail": [
        lambda: retail.get_me(TOKEN),
        lambda: retail.search_customers(
            TOKEN, name="Jane", email="j@example.com", phone="0770", postcode="RG1"
        ),
        lambda: retail.create_customer(
            TOKEN, given_name="Jane", family_name="Doe", email="j@example.com", phone="07700 900123"
        ),
        lambda: retail.get_customer(TOKEN, "cust-1"),
        lambda: retail.add_note(TOKEN, "cust-1", "Called back"),
        lambda: retail.check_availability(TOKEN, "RG1 4AB", "12"),
        lambda: retail.get_catalogue(TOKEN),
        lambda: retail.configure(TOKEN, "po-1", ["ao-1"]),
        lambda: retail.place_order(
            TOKEN,
            "cust-1",
            address_id="addr-1",
            offer_id="po-1",
            add_on_ids=["ao-1"],
            discount_percent=10,
            discount_reason="Price match",
            idempotency_key=KEY,
            lead_id="lead-1",
        ),
        lambda: retail.send_quote(
            TOKEN,
            "cust-1",
            address_id="addr-1",
            offer_id="po-1",
            add_on_ids=[],
            idempotency_key=KEY,
            lead_id="lead-1",
        ),
        lambda: retail.list_approvals(TOKEN, "store-1"),
        lambda: retail.decide(TOKEN, "store-1", "o-1", approve=True),
        lambda: retail.decide(TOKEN, "store-1", "o-1", approve=False, reason="Too much"),
        lambda: retail.get_queue(TOKEN, "store-1"),
        lambda: _drain(retail.follow_queue(TOKEN, "store-1")),
        lambda: retail.visit_slots(TOKEN, "cust-1", "o-1"),
        lambda: retail.move_visit(
            TOKEN,
            "cust-1",
            "o-1",
            retail.VisitSlot(id="s-1", start="2026-12-10T08:00:00Z", end="2026-12-10T13:00:00Z"),
            idempotency_key=KEY,
        ),
        lambda: retail.cancel_visit(TOKEN, "cust-1", "o-1", idempotency_key=KEY),
        lambda: retail.list_leads(TOKEN, "store-1", recheck=True),
        lambda: retail.get_lead(TOKEN, "store-1", "lead-1"),
        lambda: retail.update_lead(
            TOKEN,
            "store-1",
            "lead-1",
            {"status": "lost", "lostReason": "Moved", "assignToMe": True, "followUp": None, "note": "x"},
        ),
        lambda: retail.open_lead(TOKEN, "store-1", "lead-1", "07700 900123"),
        lambda: retail.get_conversion(TOKEN, "store-1"),
        lambda: retail.conversion_csv(TOKEN, "store-1"),
        lambda: retail.change_speed(TOKEN, "cust-1", "prod-1", offer_id="po-2", idempotency_key=KEY),
        lambda: retail.end_line(
            TOKEN,
            "cust-1",
            "prod-1",
            idempotency_key=KEY,
            accept_charge=(Decimal("42.50"), "GBP"),
            reason="x",
        ),
        lambda: retail.cancel_order(TOKEN, "cust-1", "o-1", idempotency_key=KEY, reason="Changed their mind"),
        lambda: retail.change_contact(TOKEN, "cust-1", email="ada@example.com", phone="07700 900123"),
        lambda: retail.list_referrals(TOKEN),
        lambda: retail.decide_referral(TOKEN, "o-1", approve=True, reason="Income confirmed"),
    ],
}


def _operation(spec: Spec, method: str, path: str) -> Spec | None:
    for template, operations in spec["paths"].items():
        if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template), path):
            operation: Spec | None = operations.get(method.lower())
            return operation
    return None


def _request_problems(spec: Spec, request: Any) -> Iterator[str]:
    where = f"{request.method} {request.url.path}"
    operation = _operation(spec, request.method, request.url.raw_path.decode().split("?")[0])
    if operation is None:
        yield f"{where}: the BFF has no such operation"
        return
    declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
    if unknown := set(request.url.params) - declared:
        yield f"{where}: query parameters the BFF does not declare: {sorted(unknown)}"
    body = request.content
    if "requestBody" not in operation:
        if body and body not in (b"null", b"{}"):
            yield f"{where}: a body the BFF does not read"
        return
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    validator = jsonschema.Draft202012Validator({**schema, "components": spec["components"]})
    for error in validator.iter_errors(json.loads(body or b"null")):
        yield f"{where}: {error.json_path}: {error.message}"


@pytest.mark.parametrize("channel", CLIENTS)
async def test_every_request_is_one_the_bff_accepts(channel: str) -> None:
    spec = openapi(channel)
    base_url = get_settings().bff_url if channel == "web" else get_settings().retail_bff_url
    with respx.mock(base_url=base_url) as router:
        route = router.route().respond(503)  # the answer does not matter here, only what was asked
        for call in CALLS[channel]:
            with pytest.raises(BffError):
                await call()

    problems = [problem for sent in route.calls for problem in _request_problems(spec, sent.request)]

    assert route.call_count == len(CALLS[channel])
    assert problems == []


def test_every_client_function_is_called_above() -> None:
    """A new client function joins CALLS, so its requests are checked too."""
    for channel, (module, _) in CLIENTS.items():
        functions = {
            name
            for name, value in vars(module).items()
            if callable(value)
            and getattr(value, "__module__", "") == module.__name__
            and not name.startswith("_")
            and not isinstance(value, type)
        }
        called = {name for call in CALLS[channel] for name in call.__code__.co_names if name in functions}
        assert functions - called == set(), channel
