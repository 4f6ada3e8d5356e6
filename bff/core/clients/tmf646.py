"""TMF646 Appointment Management v4 client: free visit slots for an address, and the visit booked in one.

The server holds a slot from `create_appointment` until the appointment is confirmed or the hold lapses;
a slot someone else took meanwhile is refused with TmfRejected(status 409, code "SLOT_UNAVAILABLE") and a
lapsed hold with code "HOLD_EXPIRED": the caller searches again and offers the next slots.
"""

from __future__ import annotations

from typing import Any, Literal

from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf646 import Appointment, AppointmentCreate, SearchTimeSlot, SearchTimeSlotCreate, TimePeriod

# The visits the engineers' calendar knows (the mocks' `workType` extension of SearchTimeSlot, and the
# appointment's `category`); each has its own notice.
WorkType = Literal["new line installation", "router-only visit", "fault visit"]

MERGE_PATCH = {"Content-Type": "application/merge-patch+json"}


class Tmf646Client(TmfClient):
    api = "TMF646"

    async def search_time_slots(self, request: SearchTimeSlotCreate, work_type: WorkType) -> SearchTimeSlot:
        """The free slots for `request.relatedPlace` (`availableTimeSlot`, earliest first)."""
        # A search reserves nothing: safe to retry.
        body = dump(request) | {"workType": work_type}
        return self._parse(SearchTimeSlot, await self._send("POST", "searchTimeSlot", json=body, retry=True))

    async def create_appointment(self, request: AppointmentCreate) -> Appointment:
        """Hold the slot `request.validFor` (status initialized until holdExpiryDate)."""
        # Never retried: a lost answer may hide a held slot (it lapses on its own if never confirmed).
        return self._parse(Appointment, await self._send("POST", "appointment", json=dump(request)))

    async def get_appointment(self, appointment_id: str) -> Appointment:
        return self._parse(Appointment, await self._send("GET", f"appointment/{self._id(appointment_id)}"))

    async def find_appointments(self, **filters: str) -> list[Appointment]:
        """Appointments matching TMF630 filters, e.g. relatedParty.id=<customer id>&status=confirmed."""
        return await self._list_all(Appointment, "appointment", filters)

    async def patch_appointment(self, appointment_id: str, changes: dict[str, Any]) -> Appointment:
        """A JSON merge patch (a dict: the generated AppointmentUpdate requires validFor)."""
        # The server's PATCH is idempotent (the same status or validFor again changes nothing): retried.
        response = await self._send(
            "PATCH", f"appointment/{self._id(appointment_id)}", json=changes, headers=MERGE_PATCH, retry=True
        )
        return self._parse(Appointment, response)

    async def confirm_appointment(self, appointment_id: str) -> Appointment:
        return await self.patch_appointment(appointment_id, {"status": "confirmed"})

    async def reschedule_appointment(self, appointment_id: str, valid_for: TimePeriod) -> Appointment:
        """Move the visit to another offered slot; the old slot is given back once the new one is taken."""
        return await self.patch_appointment(appointment_id, {"validFor": dump(valid_for)})

    async def cancel_appointment(self, appointment_id: str) -> Appointment:
        return await self.patch_appointment(appointment_id, {"status": "cancelled"})
