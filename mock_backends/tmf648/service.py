"""Instant quotes: each quoteItem's productOffering is looked up in the catalogue and priced from its POPs.

The quote is answered `approved`: it is priced at once from list prices with no manual step, so it is
ready to be shown and accepted (TMF648 `inProgress` means still being worked on, `pending` awaiting
approval, `accepted` accepted by the customer). Items are `approved` too.

PATCH (JSON merge patch, the merged quote validated against the TMF648 `Quote` schema):
- `state` follows QuoteStateType (TRANSITIONS below): inProgress and pending may become each other,
  approved, rejected or cancelled; approved may become accepted, rejected or cancelled; accepted,
  rejected and cancelled are final, and a quote in a final state takes no change at all. A refused
  change is 409 INVALID_STATE_TRANSITION / QUOTE_CLOSED (the request is well-formed, but conflicts with
  the quote's current state, TMF630's meaning of 409). Items follow the quote's state.
- a new `quoteItem` list is priced again from the catalogue, and `quoteTotalPrice` recomputed.
- `quoteDate`, `effectiveQuoteCompletionDate`, `quoteTotalPrice` (and `id`, `href`) are the server's:
  400 NON_PATCHABLE_ATTRIBUTE.
"""

from datetime import UTC, datetime, timedelta
from typing import Any

from mock_backends import tmf630
from mock_backends.errors import BadRequest, Conflict
from mock_backends.resources import IDENTITY_ATTRIBUTES, Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf620 import service as catalogue
from mock_backends.tmf648 import pricing
from tmf_models.tmf648 import Quote, QuoteCreate

API_PATH = "/tmf-api/quoteManagement/v4"
SERVER_OWNED = frozenset({"quoteDate", "effectiveQuoteCompletionDate", "quoteTotalPrice"})
QUOTE = ResourceKind("quote", API_PATH, non_patchable=IDENTITY_ATTRIBUTES | SERVER_OWNED)

# QuoteStateType: where each state may go.
_OPEN = ("inProgress", "pending")
TRANSITIONS: dict[str, frozenset[str]] = {
    **{state: frozenset({*_OPEN, "approved", "rejected", "cancelled"}) for state in _OPEN},
    "approved": frozenset({"accepted", "rejected", "cancelled"}),
    "accepted": frozenset(),
    "rejected": frozenset(),
    "cancelled": frozenset(),
}
FINAL_STATES = frozenset(state for state, targets in TRANSITIONS.items() if not targets)

INSTANT_QUOTE_STATE = "approved"
VALIDITY = timedelta(days=30)


def _timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def quotes(store: DocumentStore) -> Collection:
    return Collection(store, QUOTE)


def list_quotes(store: DocumentStore, query: tmf630.ListQuery) -> tmf630.Page:
    return quotes(store).list(query)


def _priced_item(store: DocumentStore, item: JsonDocument, position: int) -> JsonDocument:
    offering_id = (item.get("productOffering") or {}).get("id")
    if not offering_id:
        raise BadRequest(
            f"quoteItem[{position}].productOffering.id is required", code="MISSING_PRODUCT_OFFERING"
        )
    offering = catalogue.sellable_offering(store, offering_id)
    quantity = int(item.get("quantity", 1))
    if quantity < 1:
        raise BadRequest(f"quoteItem[{position}].quantity must be at least 1", code="INVALID_QUANTITY")
    return {
        "id": str(position + 1),
        "action": "add",
        "quantity": quantity,
        **item,
        "productOffering": {
            **item["productOffering"],
            "href": offering.get("href"),
            "name": offering.get("name"),
        },
        "state": INSTANT_QUOTE_STATE,
        "quoteItemPrice": pricing.item_prices(catalogue.prices_of(store, offering), quantity),
    }


def create_quote(store: DocumentStore, request: QuoteCreate) -> JsonDocument:
    body: dict[str, Any] = request.model_dump(
        by_alias=True, exclude_none=True, exclude_unset=True, mode="json"
    )
    items = [_priced_item(store, item, position) for position, item in enumerate(body["quoteItem"])]
    now = datetime.now(UTC)
    quote = {
        **body,
        "quoteDate": _timestamp(now),
        "effectiveQuoteCompletionDate": _timestamp(now),
        "instantSyncQuote": True,
        "version": body.get("version", "1"),
        "validFor": {"startDateTime": _timestamp(now), "endDateTime": _timestamp(now + VALIDITY)},
        "state": INSTANT_QUOTE_STATE,
        "quoteItem": items,
        "quoteTotalPrice": pricing.total_prices(price for item in items for price in item["quoteItemPrice"]),
    }
    return quotes(store).create(quote)


def patch_quote(store: DocumentStore, quote_id: str, patch: JsonDocument) -> JsonDocument:
    current = quotes(store).get(quote_id)
    state = current.get("state")
    tmf630.refuse_non_patchable(patch, QUOTE.non_patchable)
    if "state" in patch:
        if patch["state"] not in TRANSITIONS:
            raise BadRequest(
                f"state {patch['state']!r} is not a QuoteStateType ({', '.join(TRANSITIONS)})",
                code="INVALID_STATE",
            )
        tmf630.refuse_illegal_transition("state", state, patch["state"], TRANSITIONS)
    if state in FINAL_STATES and tmf630.merge_patch(current, patch) != current:
        raise Conflict(f"Quote {quote_id} is {state}: it can no longer change", code="QUOTE_CLOSED")

    def settle(merged: JsonDocument) -> JsonDocument:
        tmf630.validated(Quote, merged)
        if "quoteItem" in patch:
            items = [_priced_item(store, item, position) for position, item in enumerate(merged["quoteItem"])]
            merged["quoteItem"] = items
            merged["quoteTotalPrice"] = pricing.total_prices(
                price for item in items for price in item["quoteItemPrice"]
            )
        if merged.get("state"):
            merged["quoteItem"] = [{**item, "state": merged["state"]} for item in merged["quoteItem"]]
        return merged

    return quotes(store).patch(quote_id, patch, validate=settle)
