"""Generic operations on one kind of TMF resource, on top of the document store and TMF630.

Each API's service declares its resources as `ResourceKind`s and adds its own rules (what a new order
looks like, how a quote is priced); list, retrieve, merge-patch and delete behave the same everywhere.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement

from mock_backends import tmf630
from mock_backends.errors import NotFound
from mock_backends.events import names, outbox
from mock_backends.storage import DocumentStore, JsonDocument, id_in, string_attribute_in

# Never changed by a PATCH on any resource: they identify it.
IDENTITY_ATTRIBUTES = frozenset({"id", "href"})


@dataclass(frozen=True)
class ResourceKind:
    name: str  # TMF resource name: URL segment and store type, e.g. "productOrder"
    api_path: str  # the API's official base path, e.g. "/tmf-api/productOrderingManagement/v4"
    non_patchable: frozenset[str] = IDENTITY_ATTRIBUTES

    def href(self, resource_id: str) -> str:
        return f"{self.api_path}/{self.name}/{resource_id}"


# Equality filters the database answers, so a lookup by key does not read every document (TMF622
# `productOrder?externalId=` on each order the BFF places). `externalId` is a string in every TMF schema,
# so exact text equality finds exactly what TMF630 would; TMF630 still checks what comes back.
def _narrowing(query: tmf630.ListQuery) -> list[ColumnElement[bool]]:
    conditions = []
    for path, accepted in query.filters.items():
        if path == "id":
            conditions.append(id_in(accepted))
        elif path == "externalId":
            conditions.append(string_attribute_in(path, accepted))
    return conditions


def new_id() -> str:
    return str(uuid.uuid4())


class Collection:
    def __init__(self, store: DocumentStore, kind: ResourceKind) -> None:
        self._store = store
        self.kind = kind

    def list(self, query: tmf630.ListQuery) -> tmf630.Page:
        return tmf630.paginate(self._store.all(self.kind.name, *_narrowing(query)), query)

    def get(self, resource_id: str) -> JsonDocument:
        document = self._store.get(self.kind.name, resource_id)
        if document is None:
            raise NotFound(f"No {self.kind.name} with id {resource_id}", code="NOT_FOUND")
        return document

    def find(self, resource_id: str) -> JsonDocument | None:
        return self._store.get(self.kind.name, resource_id)

    def create(self, body: JsonDocument, resource_id: str | None = None) -> JsonDocument:
        """Store a new resource; the server owns `id` and `href`, so they come first."""
        resource_id = resource_id or new_id()
        document = {"id": resource_id, "href": self.kind.href(resource_id), **_without_identity(body)}
        created = self._store.add(self.kind.name, document)
        self.notify("Create", created)
        return created

    def patch(
        self,
        resource_id: str,
        patch: JsonDocument,
        validate: Callable[[JsonDocument], JsonDocument] = lambda document: document,
    ) -> JsonDocument:
        """Merge-patch a resource; `validate` checks (and may normalise) the merged document."""
        tmf630.refuse_non_patchable(patch, self.kind.non_patchable)
        merged = validate(tmf630.merge_patch(self.get(resource_id), patch))
        return self.replace(merged)

    def replace(self, document: JsonDocument) -> JsonDocument:
        """Store a new version of an existing resource (a server-side change, e.g. an order's progress)."""
        before = self.get(document["id"])
        self._store.replace(self.kind.name, document)
        kind = names.change_kind(before, document)
        if kind == "AttributeValueChange":
            self.notify(kind, document, fieldPath=",".join(names.changed_attributes(before, document)))
        elif kind is not None:
            self.notify(kind, document)
        return document

    def delete(self, resource_id: str) -> None:
        document = self.get(resource_id)
        self._store.delete(self.kind.name, resource_id)
        self.notify("Delete", document)

    def notify(self, kind: names.ChangeKind, document: JsonDocument, **extra: str) -> None:
        """Queue the spec's event for this change in the caller's transaction (nothing if none is defined)."""
        outbox.publish(self._store, self.kind.api_path, self.kind.name, kind, document, **extra)


def _without_identity(body: JsonDocument) -> JsonDocument:
    return {name: value for name, value in body.items() if name not in IDENTITY_ATTRIBUTES}
