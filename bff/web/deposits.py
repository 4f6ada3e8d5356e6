"""A customer accepts the deposit their order waits for (the credit check's DEPOSIT_REQUIRED)."""

from __future__ import annotations

from fastapi import APIRouter

from bff.channel.deps import ServicesDep
from bff.channel.schemas import ErrorBody
from bff.core.deposits import accept_deposit
from bff.core.models import OrderView
from bff.web.deps import IdPath, OwnerDep
from bff.web.responses import ERRORS, SIGNED_IN

router = APIRouter(prefix="/api/v1", tags=["Orders"], responses=ERRORS)


@router.post(
    "/orders/{order_id}/deposit",
    summary="Accept the deposit the credit check asked for: the order is checked again and goes ahead",
    responses={409: {"model": ErrorBody, "description": "DEPOSIT_NOT_ASKED"}, **SIGNED_IN},
)
async def accept(order_id: IdPath, owner: OwnerDep, services: ServicesDep) -> OrderView:
    return await accept_deposit(services.backends.tmf622, order_id, owner)
