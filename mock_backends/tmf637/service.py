"""Product inventory rules: what a client may write, and the products a completed order puts here.

A product created through the API keeps the `status` it was given (required by the spec); products of a
completed TMF622 order are written by the order manager (tmf622/fulfilment.py), `active`, linked to the
customer and to the order item that made them.
"""

import json

from pydantic import ValidationError

from mock_backends import tmf630
from mock_backends.errors import bad_request_from
from mock_backends.resources import Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from tmf_models.tmf637 import Product, ProductCreate

API_PATH = "/tmf-api/productInventory/v4"
PRODUCT = ResourceKind("product", API_PATH)


def products(store: DocumentStore) -> Collection:
    return Collection(store, PRODUCT)


def list_products(store: DocumentStore, query: tmf630.ListQuery) -> tmf630.Page:
    return products(store).list(query)


def create_product(store: DocumentStore, product: ProductCreate) -> JsonDocument:
    body = product.model_dump(by_alias=True, exclude_none=True, exclude_unset=True, mode="json")
    return products(store).create(body)


def _validated(document: JsonDocument) -> JsonDocument:
    try:
        Product.model_validate_json(json.dumps(document), strict=True)
    except ValidationError as error:
        raise bad_request_from(error) from error
    return document


def patch_product(store: DocumentStore, product_id: str, patch: JsonDocument) -> JsonDocument:
    return products(store).patch(product_id, patch, validate=_validated)
