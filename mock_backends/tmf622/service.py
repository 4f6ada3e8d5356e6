"""Product order rules: what the server sets on a new order and what a PATCH may change.

A new order is `acknowledged` (received, schema-valid, not yet validated by COM), as are its items; the
order manager (engine.py) takes it on from there. One check is made on receipt: an order whose quote
expired or whose prices are no longer the catalogue's is `rejected` at once (repricing.py: PRICE_CHANGED,
QUOTE_EXPIRED), so the channel that placed it can show the new price straight away. A PATCH of `state` may
only make a client's decision of the state machine (lifecycle.py): approving or refusing a held order,
resubmitting a pending one.
"""

import json
from datetime import UTC, datetime

from pydantic import BaseModel, ValidationError

from mock_backends import tmf630
from mock_backends.errors import bad_request_from
from mock_backends.resources import IDENTITY_ATTRIBUTES, Collection, ResourceKind, new_id
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf622 import fulfilment, lifecycle, repricing
from tmf_models.tmf622 import ProductOrder, ProductOrderCreate

API_PATH = "/tmf-api/productOrderingManagement/v4"

# Set by the order manager as the order progresses, never by a client.
SERVER_OWNED = frozenset({"orderDate", "completionDate", "expectedCompletionDate"})

PRODUCT_ORDER = ResourceKind("productOrder", API_PATH, non_patchable=IDENTITY_ATTRIBUTES | SERVER_OWNED)

INITIAL_STATE = "acknowledged"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def as_document(model: BaseModel) -> JsonDocument:
    # exclude_unset keeps the client's document as sent (no spec defaults added).
    return model.model_dump(by_alias=True, exclude_none=True, exclude_unset=True, mode="json")


def orders(store: DocumentStore) -> Collection:
    return Collection(store, PRODUCT_ORDER)


def create_order(store: DocumentStore, order: ProductOrderCreate) -> JsonDocument:
    body = as_document(order)
    body["state"] = INITIAL_STATE
    body["orderDate"] = _now()
    body["productOrderItem"] = [{**item, "state": INITIAL_STATE} for item in body["productOrderItem"]]
    body["id"] = new_id()  # the error message's item refs name the order
    repriced = repricing.reprice(store, body)
    if repriced is not None:
        now = datetime.now(UTC)
        body = fulfilment.add_error(
            body, repriced.code, repriced.reason, repriced.message, repriced.items, now
        )
        body = fulfilment.move(body, lifecycle.REJECTED)
    return orders(store).create(body, body["id"])


def _validated(document: JsonDocument) -> JsonDocument:
    """The merged order, unchanged, if it is still a valid ProductOrder.

    Strict JSON-mode validation accepts exactly what the JSON schema does (no "1" for 1); the document is
    stored as merged rather than re-serialised, so untouched attributes keep their exact form.
    """
    try:
        ProductOrder.model_validate_json(json.dumps(document), strict=True)
    except ValidationError as error:
        raise bad_request_from(error) from error
    return document


def patch_order(store: DocumentStore, order_id: str, patch: JsonDocument) -> JsonDocument:
    current = orders(store).get(order_id).get("state", INITIAL_STATE)

    def validated(document: JsonDocument) -> JsonDocument:
        document.setdefault("state", current)  # the state is never removed, only changed
        checked = _validated(document)
        lifecycle.check_client_transition(current, checked["state"])
        return checked

    return orders(store).patch(order_id, patch, validate=validated)


def list_orders(store: DocumentStore, query: tmf630.ListQuery) -> tmf630.Page:
    return orders(store).list(query)
