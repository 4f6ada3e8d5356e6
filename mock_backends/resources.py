"""Generic operations on one kind of TMF resource, on top of the document store and TMF630.

Each API's service declares its resources as `ResourceKind`s and adds its own rules (what a new order
looks like, how a quote is priced); list, retrieve, merge-patch and delete behave the same everywhere.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from mock_backends import tmf630
from mock_backends.errors import NotFound
from mock_backends.storage import DocumentStore, JsonDocument

# Never changed by a PATCH on any resource: they identify it.
IDENTITY_ATTRIBUTES = frozenset({"id", "href"})


@dataclass(frozen=True)
class ResourceKind:
    name: str  # TMF resource name: URL segment and store type, e.g. "productOrder"
    api_path: str  # the API's official base path, e.g. "/tmf-api/productOrderingManagement/v4"
    non_patchable: frozenset[str] = IDENTITY_ATTRIBUTES

    def href(self, resource_id: str) -> str:
        return f"{self.api_path}/{self.name}/{resource_id}"


def new_id() -> str:
    return str(uuid.uuid4())


class Collection:
    def __init__(self, store: DocumentStore, kind: ResourceKind) -> None:
        self._store = store
        self.kind = kind

    def list(self, query: tmf630.ListQuery) -> tmf630.Page:
        return tmf630.paginate(self._store.all(self.kind.name), query)

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
        return self._store.add(self.kind.name, document)

    def patch(
        self,
        resource_id: str,
        patch: JsonDocument,
        validate: Callable[[JsonDocument], JsonDocument] = lambda document: document,
    ) -> JsonDocument:
        """Merge-patch a resource; `validate` checks (and may normalise) the merged document."""
        tmf630.refuse_non_patchable(patch, self.kind.non_patchable)
        merged = validate(tmf630.merge_patch(self.get(resource_id), patch))
        self._store.replace(self.kind.name, merged)
        return merged

    def delete(self, resource_id: str) -> None:
        if not self._store.delete(self.kind.name, resource_id):
            raise NotFound(f"No {self.kind.name} with id {resource_id}", code="NOT_FOUND")


def _without_identity(body: JsonDocument) -> JsonDocument:
    return {name: value for name, value in body.items() if name not in IDENTITY_ATTRIBUTES}
