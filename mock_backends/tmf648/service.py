"""Instant quotes: each quoteItem's productOffering is looked up in the catalogue and priced from its POPs.

The quote is answered `approved`: it is priced at once from list prices with no manual step, so it is
ready to be shown and accepted (TMF648 `inProgress` means still being worked on, `pending` awaiting
approval, `accepted` accepted by the customer). Items are `approved` too.
"""

from datetime import UTC, datetime, timedelta
from typing import Any

from mock_backends import tmf630
from mock_backends.errors import BadRequest
from mock_backends.resources import Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf620 import service as catalogue
from mock_backends.tmf648 import pricing
from tmf_models.tmf648 import QuoteCreate

API_PATH = "/tmf-api/quoteManagement/v4"
QUOTE = ResourceKind("quote", API_PATH)

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
