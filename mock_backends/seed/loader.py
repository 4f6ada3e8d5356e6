"""Load the seed documents. Idempotent: a document already stored (same type and id) is left as it is,
so loading twice changes nothing and data a client changed is not overwritten at the next start."""

from sqlmodel import Session

from mock_backends.seed.addresses import address_documents, serviceability_records
from mock_backends.seed.catalogue import catalogue_documents
from mock_backends.seed.customers import customer_documents
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf645.models import GEOGRAPHIC_ADDRESS, SERVICEABILITY


def seed_documents(*, demo_customers: bool = True) -> dict[str, list[JsonDocument]]:
    return {
        **catalogue_documents(),
        GEOGRAPHIC_ADDRESS: address_documents(),
        SERVICEABILITY: [record.model_dump(mode="json") for record in serviceability_records()],
        **(customer_documents() if demo_customers else {}),
    }


def load(session: Session, *, demo_customers: bool = True) -> int:
    """Add the seed documents missing from the store; returns how many were added. The caller commits.
    `demo_customers`: also the demo customers with their orders and products (off in production)."""
    store = DocumentStore(session)
    added = 0
    for resource_type, documents in seed_documents(demo_customers=demo_customers).items():
        present = store.ids(resource_type)
        for document in documents:
            if document["id"] not in present:
                store.add(resource_type, document)
                added += 1
    return added
