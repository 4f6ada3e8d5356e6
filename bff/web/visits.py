"""Engineer visits at checkout (TMF646): the slots an address can have, and the one the customer holds.

The slot is held while the customer finishes checking out and confirmed with the order (the order request's
`appointmentId`); a slot taken meanwhile is a 409 SLOT_TAKEN and the storefront offers the slots again.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status
from pydantic import AwareDatetime, Field

from bff.channel.auth import CustomerPrincipal
from bff.channel.deps import ServicesDep
from bff.channel.schemas import ErrorBody
from bff.core.appointments import HeldVisit, VisitSlot, hold_slot, offered_slots
from bff.core.basket import ID_PATTERN
from bff.core.clients.tmf646 import WorkType
from bff.core.models import ChannelModel
from bff.web.responses import ERRORS, SIGNED_IN

router = APIRouter(prefix="/api/v1/visits", tags=["Visits"], responses=ERRORS)

AddressId = Annotated[str, Query(alias="addressId", pattern=ID_PATTERN, examples=["addr-rg14ab-12"])]
WorkTypeQuery = Annotated[WorkType, Query(alias="workType")]


class SlotList(ChannelModel):
    slots: list[VisitSlot] = Field(description="Free visit slots, earliest first (none: no engineer soon)")


class SlotChoice(ChannelModel):
    """A slot as offered by GET /api/v1/visits/slots (its label, if sent back, is ignored)."""

    id: str = Field(max_length=100)
    start: AwareDatetime
    end: AwareDatetime
    label: str | None = Field(None, max_length=200, description="Ignored: the BFF words the slot itself")


class VisitRequest(ChannelModel):
    address_id: str = Field(pattern=ID_PATTERN)
    work_type: WorkType
    slot: SlotChoice


@router.get("/slots", summary="Free engineer visit slots at an address", responses=SIGNED_IN)
async def list_slots(
    services: ServicesDep,
    caller: CustomerPrincipal,
    address_id: AddressId,
    work_type: WorkTypeQuery = "new line installation",
) -> SlotList:
    return SlotList(slots=await offered_slots(services.backends.tmf646, address_id, work_type))


@router.post(
    "",
    summary="Hold a visit slot while the customer checks out (confirmed with the order)",
    status_code=status.HTTP_201_CREATED,
    responses={409: {"model": ErrorBody, "description": "SLOT_TAKEN: choose another slot"}, **SIGNED_IN},
)
async def hold_visit(body: VisitRequest, services: ServicesDep, caller: CustomerPrincipal) -> HeldVisit:
    slot = VisitSlot(id=body.slot.id, start=body.slot.start, end=body.slot.end)
    tmf646 = services.backends.tmf646
    return await hold_slot(tmf646, body.address_id, body.work_type, slot, caller.customer_id)
