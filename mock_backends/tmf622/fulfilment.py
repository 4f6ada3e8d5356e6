"""Fulfilment of a valid order: decomposition into milestones, their outcome, and the inventory at the end.

Each order item is decomposed into the customer-facing services (CFS) its product specification lists in
`serviceSpecification[]` (catalogue-driven, as in the BSS/OSS COM model); an item with none (a router, an
installation visit) gets one "provided" milestone. TMF622 v4 has no milestone attribute, so the order
carries v5's shape as an extension: `productOrderMilestone[]` (`@type: ProductOrderMilestone`, status
`Yet-To-Reach` → `Completed` | `Violated`, `productOrderItem[]` refs), and failures and holds are explained
in v5's `productOrderErrorMessage[]` plus a human `note`.

Outcomes are deterministic, for demos (docs/architecture.md "Test personas"):
- an installation address with a build issue fails its access service (the broadband item fails, and so
  do the items that rely on it) → failed;
- an exchange with no IPv4 addresses left fails the static IP service → partial.
"""

from datetime import datetime
from typing import Any

from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf620 import service as catalogue
from mock_backends.tmf622 import inventory_changes, lifecycle, validation, visits
from mock_backends.tmf637 import service as inventory
from mock_backends.tmf666 import billing

# Seed addresses (seed/addresses.py) with a fulfilment problem. Kept here, not in the seed: they are
# rules of the order simulation, not facts about the address base.
BUILD_ISSUE_ADDRESSES = frozenset({"addr-mk107hf-8", "addr-bs78nu-8"})
NO_IPV4_ADDRESSES = frozenset({"addr-mk107hf-7", "addr-bs78nu-7"})
ACCESS_SERVICE_PREFIX = "cfs-access-"
STATIC_IP_SERVICE = "cfs-static-ip"

YET_TO_REACH = "Yet-To-Reach"
COMPLETED = "Completed"
VIOLATED = "Violated"


def timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _item_ref(order: JsonDocument, item_id: str) -> JsonDocument:
    # No productOrderHref: hrefs are stored relative and only `href` attributes are made absolute.
    return {
        "productOrderId": order["id"],
        "productOrderItemId": item_id,
        "@referredType": "ProductOrderItem",
    }


def decompose(store: DocumentStore, order: JsonDocument) -> list[JsonDocument]:
    """The milestones of the order: one per CFS of each item, in item order (an item's visit first)."""
    milestones = []
    for item in order.get("productOrderItem", []):
        milestones.extend(visits.milestones(order, item))  # an engineer visit first (visits.py)
        offering = validation.offering_of(store, item) or {}
        spec = validation.specification_of(store, offering) or {}
        services = spec.get("serviceSpecification") or []
        steps: list[tuple[str, JsonDocument | None]] = [
            (f"Activate {s.get('name') or s['id']}", {"id": s["id"], "name": s.get("name", s["id"])})
            for s in services
        ] or [(f"Provide {offering.get('name') or item.get('id')}", None)]
        for number, (name, service) in enumerate(steps, start=1):
            milestone: dict[str, Any] = {
                "id": f"{item['id']}.{number}",
                "name": name,
                "status": YET_TO_REACH,
                "productOrderItem": [_item_ref(order, str(item["id"]))],
                "@type": "ProductOrderMilestone",
            }
            if service:
                milestone["serviceSpecification"] = {**service, "@referredType": "ServiceSpecification"}
            milestones.append(milestone)
    return milestones


def _item_of(milestone: JsonDocument) -> str:
    return str(milestone["productOrderItem"][0]["productOrderItemId"])


def _relied_on(order: JsonDocument, item_id: str) -> list[str]:
    item: JsonDocument = next((i for i in order["productOrderItem"] if str(i["id"]) == item_id), {})
    return [
        str(r["id"])
        for r in item.get("productOrderItemRelationship") or []
        if r.get("relationshipType") == "reliesOn"
    ]


def _failure(order: JsonDocument, milestone: JsonDocument, item_states: dict[str, str]) -> str | None:
    """Why this milestone cannot be reached, if it cannot."""
    item_id = _item_of(milestone)
    failed = [other for other in _relied_on(order, item_id) if item_states.get(other) == lifecycle.FAILED]
    if failed:
        return f"Item {item_id} relies on item {failed[0]}, which failed"
    service = (milestone.get("serviceSpecification") or {}).get("id", "")
    address = (validation.installation_place(order) or {}).get("id")
    if service.startswith(ACCESS_SERVICE_PREFIX) and address in BUILD_ISSUE_ADDRESSES:
        return "Installation failed: build issue at the address (no duct to the property)"
    if service == STATIC_IP_SERVICE and address in NO_IPV4_ADDRESSES:
        return "No static IPv4 address left at the serving exchange"
    return None


def next_milestone(order: JsonDocument) -> JsonDocument | None:
    return next((m for m in order.get("productOrderMilestone") or [] if m["status"] == YET_TO_REACH), None)


def reach_milestone(order: JsonDocument, now: datetime) -> JsonDocument:
    """The order with its next milestone reached (or violated) and its items' states brought up to date."""
    order = {**order, "productOrderMilestone": [dict(m) for m in order["productOrderMilestone"]]}
    items = {str(i["id"]): i.get("state") for i in order["productOrderItem"]}
    milestone = next_milestone(order)
    if milestone is None:
        return order
    failure = _failure(order, milestone, items)
    milestone["milestoneDate"] = timestamp(now)
    item_id = _item_of(milestone)
    if failure:
        # The item fails as a whole: its remaining milestones are not attempted.
        for other in order["productOrderMilestone"]:
            if _item_of(other) == item_id and other["status"] == YET_TO_REACH:
                other |= {"status": VIOLATED, "milestoneDate": timestamp(now), "message": failure}
        order = add_error(order, "FULFILMENT_FAILED", "Fulfilment failed", failure, (item_id,), now)
        return set_item_states(order, {item_id: lifecycle.FAILED})
    milestone |= {"status": COMPLETED, "message": "Reached"}
    remaining = [
        m for m in order["productOrderMilestone"] if _item_of(m) == item_id and m["status"] == YET_TO_REACH
    ]
    return set_item_states(order, {item_id: lifecycle.IN_PROGRESS if remaining else lifecycle.COMPLETED})


def final_state(order: JsonDocument) -> str:
    states = [i.get("state") for i in order["productOrderItem"]]
    if all(state == lifecycle.COMPLETED for state in states):
        return lifecycle.COMPLETED
    if not any(state == lifecycle.COMPLETED for state in states):
        return lifecycle.FAILED
    return lifecycle.PARTIAL


def move(order: JsonDocument, state: str) -> JsonDocument:
    """The order in `state`, its open items following it (legal transitions only)."""
    lifecycle.check_transition(order["state"], state)
    moved = {**order, "state": state}
    if state in (
        lifecycle.REJECTED,
        lifecycle.HELD,
        lifecycle.PENDING,
        lifecycle.CANCELLED,
        lifecycle.ASSESSING_CANCELLATION,
        lifecycle.PENDING_CANCELLATION,
    ):
        moved = set_all_item_states(moved, state, unless=lifecycle.FINAL)
    return moved


def set_item_states(order: JsonDocument, states: dict[str, str]) -> JsonDocument:
    items = [
        {**i, "state": states[str(i["id"])]} if str(i["id"]) in states else i
        for i in order["productOrderItem"]
    ]
    return {**order, "productOrderItem": items}


def set_all_item_states(
    order: JsonDocument, state: str, *, unless: frozenset[str] = frozenset()
) -> JsonDocument:
    items = order["productOrderItem"]
    return set_item_states(order, {str(i["id"]): state for i in items if i.get("state") not in unless})


def add_error(
    order: JsonDocument,
    code: str,
    reason: str,
    message: str,
    item_ids: tuple[str, ...],
    now: datetime,
    amount: float | None = None,
) -> JsonDocument:
    error: JsonDocument = {
        "code": code,
        "reason": reason,
        "message": message,
        "timestamp": timestamp(now),
        "productOrderItem": [_item_ref(order, item_id) for item_id in item_ids],
        "@type": "ProductOrderErrorMessage",
    }
    if amount is not None:  # what the error asks for, e.g. a deposit (an extension: v5 has no field for it)
        error["amount"] = {"unit": "GBP", "value": amount}
    return add_note(
        {**order, "productOrderErrorMessage": [*order.get("productOrderErrorMessage", []), error]},
        f"{reason}: {message}",
        now,
    )


def add_note(order: JsonDocument, text: str, now: datetime) -> JsonDocument:
    note = {"author": "Order manager", "date": timestamp(now), "text": text, "@type": "Note"}
    return {**order, "note": [*order.get("note", []), note]}


def record_products(store: DocumentStore, order: JsonDocument, now: datetime) -> JsonDocument:
    """Bring the TMF637 inventory in line with each completed item (inventory_changes.py): add creates the
    product (an add-on related to its line) and links the item to it; modify changes the item's product in
    place; delete terminates it."""
    customer = validation.customer_ref(order)
    place = validation.installation_place(order)
    items = []
    made: dict[str, JsonDocument] = {}
    for item in order["productOrderItem"]:
        action = item.get("action", "add")
        if item.get("state") != lifecycle.COMPLETED:
            items.append(item)
        elif action == "modify":
            inventory_changes.modify(store, order, item, now)
            items.append(item)
        elif action == "delete":
            inventory_changes.terminate(store, order, item, now)
            items.append(item)
        elif (item.get("product") or {}).get("id"):
            items.append(item)
        else:
            offering = validation.offering_of(store, item) or {}
            terms = inventory.sold_as(
                validation.specification_of(store, offering), catalogue.prices_of(store, offering)
            )
            related = inventory_changes.relationships(item, made)
            product = inventory.products(store).create(
                _product(order, item, offering, customer, place, now)
                | _with_terms(item, terms)
                | ({"productRelationship": related} if related else {})
            )
            made[str(item["id"])] = product
            billing.start_billing(store, product)  # billing starts at activation (tmf666/billing.py)
            ref = {"id": product["id"], "href": product["href"], "@referredType": "Product"}
            items.append({**item, "product": {**(item.get("product") or {}), **ref}})
    return {**order, "productOrderItem": items}


def _product(
    order: JsonDocument,
    item: JsonDocument,
    offering: JsonDocument,
    customer: JsonDocument | None,
    place: JsonDocument | None,
    now: datetime,
) -> JsonDocument:
    ordered = item.get("product") or {}
    product: dict[str, Any] = {
        "name": offering.get("name") or (item.get("productOffering") or {}).get("name", "Product"),
        "description": offering.get("description", ""),
        "status": "active",
        "isBundle": False,
        "isCustomerVisible": True,
        "orderDate": order.get("orderDate", timestamp(now)),
        "startDate": timestamp(now),
        "productOffering": {
            k: v for k, v in (item.get("productOffering") or {}).items() if k in ("id", "href", "name")
        },
        "productOrderItem": [inventory_changes.order_item_ref(order, item)],
        "@type": "Product",
    }
    if offering.get("productSpecification"):
        product["productSpecification"] = offering["productSpecification"]
    if terms := inventory.agreed_terms(item.get("itemTerm") or [], product["startDate"]):
        product["productTerm"] = terms
    if ordered.get("productCharacteristic"):
        product["productCharacteristic"] = ordered["productCharacteristic"]
    if place:
        product["place"] = [place]
    if customer:
        product["relatedParty"] = [customer]
        product["billingAccount"] = inventory.billing_account(customer, order)
    return product


def _with_terms(item: JsonDocument, terms: JsonDocument) -> JsonDocument:
    """The catalogue's characteristics beside those the order chose (the order's win), and the prices the
    item agreed (a quote's, an agent's discount), else the catalogue's."""
    chosen = list((item.get("product") or {}).get("productCharacteristic") or [])
    names = {characteristic.get("name") for characteristic in chosen}
    fixed = [c for c in terms["productCharacteristic"] if c["name"] not in names]
    agreed = inventory.agreed_prices(item.get("itemPrice") or [])
    return {"productCharacteristic": chosen + fixed, "productPrice": agreed or terms["productPrice"]}
