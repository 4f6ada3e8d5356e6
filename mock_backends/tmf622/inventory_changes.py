"""What a completed order item does to the product inventory (TMF637), by its action.

- add: a new product (made by fulfilment.record_products); an item that relies on another item of the same
  order (an add-on: router, static IP) becomes its own product related to that item's product, as TMF637 v4
  `productRelationship` {relationshipType "reliesOn", product: ref to the line}: never a line of its own.
- modify: the SAME product updated in place: `productOffering`, `productSpecification`, name, the
  specification's characteristics and `productPrice` become the new offering's (characteristics the
  customer chose before are kept unless the order chose new ones); a new minimum term (`itemTerm`) becomes
  its `productTerm`, counted from the change.
- delete (cease): the product `terminated` with `terminationDate`; its add-ons (products that rely on it)
  end with it.

History. TMF637 v4 Product has no history or note attribute, so two means are used:
1. the spec's own: `productOrderItem[]` (RelatedProductOrderItem, "the product order item which triggered
   product creation/change/termination") gets one entry per order item that touched the product, with its
   `orderItemAction` (add, modify, delete) and a role (fulfils, modifies, terminates);
2. the values a modify replaced are kept in an extension attribute `productHistory[]`
   (`@type` ProductHistoryEntry): the previous productOffering, productSpecification, name,
   productCharacteristic and productPrice, `validFor` (from the previous change, or the start date, to the
   change) and the order item that replaced them.

Every change is idempotent: an order item already in the product's `productOrderItem[]` changes nothing.
"""

from datetime import datetime
from typing import Any

from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf620 import service as catalogue
from mock_backends.tmf622 import validation
from mock_backends.tmf637 import service as inventory

RELIES_ON = "reliesOn"
HISTORY = "productHistory"
ROLES = {"add": "fulfils", "modify": "modifies", "delete": "terminates"}
# What a modify replaces (and the history keeps).
CHANGED_BY_MODIFY = (
    "name",
    "description",
    "productOffering",
    "productSpecification",
    "productCharacteristic",
)


def _timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _changed_at(product: JsonDocument, now: datetime) -> str:
    """When the change takes effect: `now`, never before the product started. A line whose order waited
    for an engineer visit on a compressed clock (visits.py, MOCKS_DAY_SECONDS) starts on the visit's
    (virtual) day, which may be ahead of the real time of a later change."""
    changed = _timestamp(now)
    started = str(product.get("startDate") or "")
    try:
        later = bool(started) and datetime.fromisoformat(started.replace("Z", "+00:00")) > now
    except ValueError:
        later = False
    return started if later else changed


def order_item_ref(order: JsonDocument, item: JsonDocument) -> JsonDocument:
    action = str(item.get("action", "add"))
    return {
        "orderItemId": str(item["id"]),
        "orderItemAction": action,
        "productOrderId": order["id"],
        "role": ROLES.get(action, action),
        "@referredType": "ProductOrderItem",
    }


def _already_applied(product: JsonDocument, order: JsonDocument, item: JsonDocument) -> bool:
    return any(
        ref.get("productOrderId") == order["id"] and ref.get("orderItemId") == str(item["id"])
        for ref in product.get("productOrderItem") or []
    )


def _product_ref(product: JsonDocument) -> JsonDocument:
    ref = {"id": product["id"], "href": product["href"], "@referredType": "Product"}
    return {**ref, "name": product["name"]} if product.get("name") else ref


def relationships(item: JsonDocument, made: dict[str, JsonDocument]) -> list[JsonDocument]:
    """`productRelationship` of the product an add item makes: reliesOn the products of the items it relies
    on (`made`: order item id → the product that item made, earlier in the same order)."""
    found = []
    for relationship in item.get("productOrderItemRelationship") or []:
        line = made.get(str(relationship.get("id")))
        if relationship.get("relationshipType") == RELIES_ON and line is not None:
            found.append(
                {"relationshipType": RELIES_ON, "product": _product_ref(line), "@type": "ProductRelationship"}
            )
    return found


# Besides CHANGED_BY_MODIFY, what a modify replaces when the order names them (the history keeps them).
REPLACED_TERMS = ("productPrice", "productTerm")


# Speeds and technology belong to the offering: a value of the old one never survives a change.
OFFERING_VALUES = frozenset({"technology", "downloadSpeed", "uploadSpeed"})


def _merged_characteristics(
    before: list[JsonDocument], chosen: list[JsonDocument], fixed: list[JsonDocument]
) -> list[JsonDocument]:
    """What this order chose, the new offering's fixed values, and what the customer chose before (kept
    unless chosen again)."""
    chosen_names = {c.get("name") for c in chosen}
    replaced = chosen_names | {c.get("name") for c in fixed} | OFFERING_VALUES
    return (
        chosen
        + [c for c in fixed if c.get("name") not in chosen_names]
        + [c for c in before if c.get("name") not in replaced]
    )


def modify(
    store: DocumentStore, order: JsonDocument, item: JsonDocument, now: datetime
) -> JsonDocument | None:
    """The existing product changed in place to the item's offering; its previous values in the history."""
    product = validation.existing_product(store, item)
    if product is None or _already_applied(product, order, item):
        return product
    offering = validation.offering_of(store, item) or {}
    spec = validation.specification_of(store, offering)
    terms = inventory.sold_as(spec, catalogue.prices_of(store, offering))
    chosen = list((item.get("product") or {}).get("productCharacteristic") or [])
    history = list(product.get(HISTORY) or [])
    since = history[-1]["validFor"]["endDateTime"] if history else product.get("startDate")
    entry: dict[str, Any] = {
        **{key: product[key] for key in (*CHANGED_BY_MODIFY, *REPLACED_TERMS) if key in product},
        "validFor": {"endDateTime": _changed_at(product, now)},
        "replacedBy": order_item_ref(order, item),
        "@type": "ProductHistoryEntry",
    }
    if since:
        entry["validFor"]["startDateTime"] = since
    changed: dict[str, Any] = {
        **product,
        "name": offering.get("name")
        or (item.get("productOffering") or {}).get("name")
        or product.get("name"),
        "description": offering.get("description", product.get("description", "")),
        "productOffering": {
            k: v for k, v in (item.get("productOffering") or {}).items() if k in ("id", "href", "name")
        },
        "productCharacteristic": _merged_characteristics(
            list(product.get("productCharacteristic") or []), chosen, terms["productCharacteristic"]
        ),
        "productPrice": inventory.agreed_prices(item.get("itemPrice") or []) or terms["productPrice"],
        "productOrderItem": [*(product.get("productOrderItem") or []), order_item_ref(order, item)],
        HISTORY: [*history, entry],
    }
    if offering.get("productSpecification"):
        changed["productSpecification"] = offering["productSpecification"]
    if minimum := inventory.agreed_terms(item.get("itemTerm") or [], _changed_at(product, now)):
        changed["productTerm"] = minimum
    return inventory.products(store).replace(changed)


def terminate(
    store: DocumentStore, order: JsonDocument, item: JsonDocument, now: datetime
) -> JsonDocument | None:
    """The existing product terminated, and the add-ons that rely on it with it."""
    product = validation.existing_product(store, item)
    if product is None or _already_applied(product, order, item):
        return product
    collection = inventory.products(store)
    ended = collection.replace(_terminated(product, order, item, now))
    for add_on in add_ons_of(store, product):
        if add_on.get("status") != "terminated":
            collection.replace(_terminated(add_on, order, item, now))
    return ended


def add_ons_of(store: DocumentStore, line: JsonDocument) -> list[JsonDocument]:
    """The products that rely on `line` (a scan: the mock's inventory is small)."""
    return [
        product
        for product in store.all(inventory.PRODUCT.name)
        if any(
            r.get("relationshipType") == RELIES_ON and (r.get("product") or {}).get("id") == line["id"]
            for r in product.get("productRelationship") or []
        )
    ]


def _terminated(
    product: JsonDocument, order: JsonDocument, item: JsonDocument, now: datetime
) -> JsonDocument:
    return {
        **product,
        "status": "terminated",
        "terminationDate": _changed_at(product, now),
        "productOrderItem": [*(product.get("productOrderItem") or []), order_item_ref(order, item)],
    }
