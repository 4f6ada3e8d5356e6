"""Who is signed in: the member of staff and their store, the context of every other screen."""

from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter

from bff.channel.auth import StaffPrincipal
from bff.channel.deps import ServicesDep
from bff.core.staff.models import StaffMember
from bff.retail.responses import ERRORS

router = APIRouter(prefix="/api/v1", tags=["Staff"], responses=ERRORS)


@router.get("/me", summary="The signed-in member of staff, their store and discount limit")
async def me(staff: StaffPrincipal, services: ServicesDep) -> StaffMember:
    return StaffMember(
        id=staff.subject,
        name=staff.name,
        email=staff.email,
        roles=sorted(staff.roles),
        store_id=staff.store_id or "",
        store_name=services.settings.retail_store_names.get(staff.store_id or "", staff.store_id or ""),
        is_manager=staff.is_manager,
        discount_limit_percent=Decimal(str(services.settings.retail_agent_discount_limit_percent)),
    )
