"""Event subscriptions (`POST {api}/hub`, `DELETE {api}/hub/{id}`), stored per API in the document store.

A subscription's `query` narrows what it receives, in the TMF630 notification style: `&`-separated
`name=value` conditions, all of which must hold; a comma means "or" (`eventType=a,b`). A name is a dotted
path into the notification (`eventType`, `event.productOrder.state`); a path that does not start with
`event`/`eventType`/`eventId` is read inside the resource (`state=completed`, `productOrder.state=completed`
both work). An empty query receives every event of the API.
"""

import uuid
from typing import Any
from urllib.parse import parse_qsl

from mock_backends import tmf630
from mock_backends.errors import BadRequest, NotFound
from mock_backends.storage import DocumentStore, JsonDocument

ENVELOPE_ROOTS = frozenset({"event", "eventType", "eventId", "eventTime", "fieldPath"})


def resource_type(api_path: str) -> str:
    """Store type of an API's subscriptions, e.g. `hub:/tmf-api/productOrderingManagement/v4`."""
    return f"hub:{api_path.rstrip('/')}"


def parse_query(query: str | None) -> dict[str, tuple[str, ...]]:
    filters: dict[str, tuple[str, ...]] = {}
    for name, value in parse_qsl((query or "").lstrip("?"), keep_blank_values=True):
        if not name.strip():
            raise BadRequest(f"Invalid hub query {query!r}", code="INVALID_QUERY")
        values = tuple(part.strip() for part in value.split(",") if part.strip())
        filters[name.strip()] = filters.get(name.strip(), ()) + values
    return filters


def matches(query: str | None, envelope: JsonDocument, resource_name: str) -> bool:
    filters = parse_query(query)
    if not filters:
        return True
    resource = envelope.get("event", {}).get(resource_name, {})
    for path, accepted in filters.items():
        root = path.split(".", 1)[0]
        if root in ENVELOPE_ROOTS:
            target: Any = envelope
        elif root == resource_name and "." in path:
            target, path = resource, path.split(".", 1)[1]
        else:
            target = resource
        if not tmf630.matches(target, {path: accepted}):
            return False
    return True


def subscribe(store: DocumentStore, api_path: str, callback: str, query: str | None) -> JsonDocument:
    if not callback.startswith(("http://", "https://")):
        raise BadRequest("callback must be an absolute http(s) URL", code="INVALID_CALLBACK")
    parse_query(query)  # refuse a malformed query now rather than at the first event
    subscription = {"id": str(uuid.uuid4()), "callback": callback, **({"query": query} if query else {})}
    return store.add(resource_type(api_path), subscription)


def unsubscribe(store: DocumentStore, api_path: str, subscription_id: str) -> None:
    if not store.delete(resource_type(api_path), subscription_id):
        raise NotFound(f"No hub subscription with id {subscription_id}", code="NOT_FOUND")


def subscriptions(store: DocumentStore, api_path: str) -> list[JsonDocument]:
    return store.all(resource_type(api_path))
