"""An agent moves or cancels a customer's engineer visit from the customer's 360, under the rules that hold
online (bff/core/visit_changes.py: not within the notice of the visit; a cancelled visit holds the order
until another slot is booked). Each change is noted on the order with the agent's name and store.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, status
from fastapi.responses import JSONResponse
from pydantic import AwareDatetime, BaseModel, Field

from bff.channel.auth import StaffPrincipal
from bff.channel.deps import ServicesDep
from bff.channel.schemas import KEYED_ERRORS, ErrorBody
from bff.core.appointments import VisitSlot
from bff.core.backends import ChannelServices
from bff.core.basket import ID_PATTERN
from bff.core.customers import Owner
from bff.core.exactly_once import Ready
from bff.core.models import ChannelModel, OrderView
from bff.core.ordering import get_order
from bff.core.visit_changes import ChangeRules, StaffChange, cancel_visit, reschedule_visit, slots_for_order
from bff.retail.deps import KeyedDep
from bff.retail.responses import ERRORS

router = APIRouter(
    prefix="/api/v1/customers/{customerId}/orders/{orderId}/visit", tags=["Visits"], responses=ERRORS
)

CustomerIdPath = Annotated[str, Path(alias="customerId", pattern=ID_PATTERN)]
OrderIdPath = Annotated[str, Path(alias="orderId", pattern=ID_PATTERN)]

VISIT_REFUSALS: dict[int | str, dict[str, Any]] = {
    409: {
        "model": ErrorBody,
        "description": "VISIT_TOO_SOON (within the notice of the visit), VISIT_NOT_CHANGEABLE (the order no "
        "longer waits for its visit), SLOT_TAKEN (choose another slot)",
    }
}


class SlotList(ChannelModel):
    slots: list[VisitSlot] = Field(description="Free slots for the visit, earliest first")


class SlotChoice(ChannelModel):
    """A slot as offered by GET .../visit/slots (its label, if sent back, is ignored)."""

    id: str = Field(max_length=100)
    start: AwareDatetime
    end: AwareDatetime
    label: str | None = Field(None, max_length=200, description="Ignored: the BFF words the slot itself")


class VisitMove(ChannelModel):
    slot: SlotChoice


@router.get(
    "/slots",
    summary="Free slots the order's engineer visit can move to (its address, its kind of work)",
    responses=VISIT_REFUSALS,
)
async def visit_slots(customer_id: CustomerIdPath, order_id: OrderIdPath, services: ServicesDep) -> SlotList:
    backends = services.backends
    return SlotList(
        slots=await slots_for_order(backends.tmf622, backends.tmf646, order_id, Owner(customer_id))
    )


@router.post(
    "",
    summary="Move the customer's engineer visit to another slot (or book one for a cancelled visit)",
    response_model=OrderView,
    responses={**VISIT_REFUSALS, **KEYED_ERRORS},
)
async def move_visit(
    customer_id: CustomerIdPath,
    order_id: OrderIdPath,
    body: VisitMove,
    staff: StaffPrincipal,
    keyed: KeyedDep,
) -> JSONResponse:
    services = keyed.services
    backends, owner = services.backends, Owner(customer_id)
    slot = VisitSlot(id=body.slot.id, start=body.slot.start, end=body.slot.end)

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        rules, by = ChangeRules.of(services.settings), StaffChange(staff)
        await reschedule_visit(backends.tmf622, backends.tmf646, order_id, slot, owner, rules, ready, by)
        return status.HTTP_200_OK, await _order_now(services, order_id, owner)

    return await keyed.answer(body, step)


@router.post(
    "/cancel",
    summary="Cancel the customer's engineer visit (the order waits, held, until another slot is booked)",
    response_model=OrderView,
    responses={**VISIT_REFUSALS, **KEYED_ERRORS},
)
async def cancel_visit_for(
    customer_id: CustomerIdPath, order_id: OrderIdPath, staff: StaffPrincipal, keyed: KeyedDep
) -> JSONResponse:
    services = keyed.services
    backends, owner = services.backends, Owner(customer_id)

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        rules, by = ChangeRules.of(services.settings), StaffChange(staff)
        await cancel_visit(backends.tmf622, backends.tmf646, order_id, owner, rules, ready, by)
        return status.HTTP_200_OK, await _order_now(services, order_id, owner)

    return await keyed.answer(None, step)


async def _order_now(services: ChannelServices, order_id: str, owner: Owner) -> OrderView:
    backends = services.backends
    return await get_order(backends.tmf622, backends.tmf632, order_id, owner, backends.tmf646)
