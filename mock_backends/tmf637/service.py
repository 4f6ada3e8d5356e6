"""Product inventory rules: what a client may write, and the products a completed order puts here.

A product created through the API keeps the `status` it was given (required by the spec); products of a
completed TMF622 order are written by the order manager (tmf622/fulfilment.py), `active`, linked to the
customer and to the order item that made them.

Every product this server makes (from an order, or in the seed) carries what a real inventory holds of a
product sold from the catalogue: `status`, `relatedParty` (the customer), `billingAccount` (the order's, else
the customer's account `ba-<customer id>`: the mocks have no TMF666, so the account is a reference only),
`productCharacteristic` (the specification's fixed values: technology, downloadSpeed, uploadSpeed, beside
what the order chose) and `productPrice` (the prices the order item agreed, `itemPrice`, else the offering's
prices, a discount as an alteration of the price it discounts). `sold_as` builds the last two from the
catalogue documents, `agreed_prices` the prices from an order item's.
"""

import json
from typing import Any

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


def _characteristics(spec: JsonDocument | None) -> list[JsonDocument]:
    """The specification's characteristics that have one default value, as the product's values."""
    values = []
    for characteristic in (spec or {}).get("productSpecCharacteristic") or []:
        default = next(
            (v for v in characteristic.get("productSpecCharacteristicValue") or [] if v.get("isDefault")),
            None,
        )
        if default is not None and "value" in default:
            value_type = characteristic.get("valueType") or default.get("valueType") or "string"
            values.append(
                {"name": characteristic["name"], "valueType": value_type, "value": default["value"]}
            )
    return values


def _price_ref(price: JsonDocument) -> JsonDocument:
    return {key: price[key] for key in ("id", "href", "name") if key in price}


def _product_price(price: JsonDocument, discounts: list[JsonDocument]) -> JsonDocument:
    product_price: dict[str, Any] = {
        "name": price.get("name", ""),
        "priceType": price.get("priceType", "recurring"),
        "price": {"taxIncludedAmount": price.get("price", {}), "@type": "Price"},
        "productOfferingPrice": _price_ref(price),
        "@type": "ProductPrice",
    }
    if price.get("recurringChargePeriodType"):
        product_price["recurringChargePeriod"] = price["recurringChargePeriodType"]
    alterations = [
        {
            "name": discount.get("name", ""),
            "priceType": "discount",
            "applicationDuration": discount.get("recurringChargePeriodLength"),
            "recurringChargePeriod": discount.get("recurringChargePeriodType"),
            "price": {"percentage": discount.get("percentage"), "@type": "Price"},
            "productOfferingPrice": _price_ref(discount),
            "@type": "PriceAlteration",
        }
        for discount in discounts
        if any(r.get("id") == price.get("id") for r in discount.get("popRelationship") or [])
    ]
    if alterations:
        product_price["productPriceAlteration"] = [
            {key: value for key, value in alteration.items() if value is not None}
            for alteration in alterations
        ]
    return product_price


def sold_as(spec: JsonDocument | None, prices: list[JsonDocument]) -> JsonDocument:
    """`productCharacteristic` and `productPrice` of a product sold from a catalogue specification and the
    offering's productOfferingPrice documents."""
    discounts = [price for price in prices if price.get("priceType") == "discount"]
    return {
        "productCharacteristic": _characteristics(spec),
        "productPrice": [_product_price(price, discounts) for price in prices if price not in discounts],
    }


def agreed_prices(item_prices: list[JsonDocument]) -> list[JsonDocument]:
    """TMF622 OrderPrices as TMF637 ProductPrices (the same attributes; `priceAlteration` is renamed)."""
    prices = []
    for item_price in item_prices:
        if not item_price.get("price") or not item_price.get("priceType"):
            continue  # ProductPrice requires both
        price = {key: value for key, value in item_price.items() if key not in ("priceAlteration", "@type")}
        alterations = [
            a for a in item_price.get("priceAlteration") or [] if a.get("price") and a.get("priceType")
        ]
        if alterations:
            price["productPriceAlteration"] = alterations
        prices.append({**price, "@type": "ProductPrice"})
    return prices


def agreed_terms(item_terms: list[JsonDocument], start: str) -> list[JsonDocument]:
    """TMF622 OrderTerms (the minimum term) as TMF637 ProductTerms, counted from `start` (the product's
    start, or the change that began a new term): a channel computes from it the term's end and the charge of
    ending the product early."""
    return [
        {
            **{key: term[key] for key in ("name", "description", "duration") if key in term},
            "validFor": {"startDateTime": start},
            "@type": "ProductTerm",
        }
        for term in item_terms
        if term.get("duration")
    ]


def billing_account(customer: JsonDocument, order: JsonDocument | None = None) -> JsonDocument:
    """The order's billing account, else the customer's (`ba-<customer id>`, a reference only)."""
    ordered = (order or {}).get("billingAccount")
    if ordered and ordered.get("id"):
        return dict(ordered)
    name = customer.get("name")
    account = {"id": f"ba-{customer['id']}", "@referredType": "BillingAccount"}
    return {**account, "name": f"{name} billing account"} if name else account
