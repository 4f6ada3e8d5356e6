"""Missed engineer visits injected at run time (`GET/PUT/DELETE /admin/faults/visits`), beside the seeded
address where the engineer never gets in (tmf622/missed_visits.py).

Kept in the shared document store, not in this process's memory, so every mocks process's order manager
sees the same rules (the HTTP faults of middleware.py are per process: they shape one process's answers).
"""

from pydantic import BaseModel, ConfigDict, Field

from mock_backends.storage import DocumentStore

RESOURCE_TYPE = "visitFaults"  # never served by a TMF API
DOCUMENT_ID = "current"


class VisitFaults(BaseModel):
    """Which engineer visits the engineer misses (cannot get access) when their slot ends."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    address_ids: list[str] = Field(
        default_factory=list,
        alias="addressIds",
        description="TMF673 address (or flat) ids: an order's first visit there is missed",
        max_length=100,
    )
    appointment_ids: list[str] = Field(
        default_factory=list,
        alias="appointmentIds",
        description="TMF646 appointment ids: that visit is missed",
        max_length=100,
    )


def read(store: DocumentStore) -> VisitFaults:
    found = store.get(RESOURCE_TYPE, DOCUMENT_ID)
    return VisitFaults.model_validate(found.get("rules") or {}) if found else VisitFaults()


def write(store: DocumentStore, faults: VisitFaults) -> VisitFaults:
    body = {"id": DOCUMENT_ID, "rules": faults.model_dump(by_alias=True)}
    if store.replace(RESOURCE_TYPE, body) is None:
        store.add(RESOURCE_TYPE, body)
    return faults
