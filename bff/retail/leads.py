"""Registered interest for staff: their store's leads (by postcode area) or every store's."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from bff.channel.auth import StaffPrincipal
from bff.channel.deps import ServicesDep
from bff.core.leads import LeadList
from bff.retail.responses import ERRORS

router = APIRouter(prefix="/api/v1", tags=["Leads"], responses=ERRORS)


@router.get("/leads", summary="Leads (registered interest), newest first")
async def list_leads(
    staff: StaffPrincipal,
    services: ServicesDep,
    scope: Annotated[
        Literal["store", "all"],
        Query(description="store: the signed-in member's store's area; all: every lead"),
    ] = "store",
) -> LeadList:
    store_id = staff.store_id if scope == "store" else None
    # Leads kept before every lead had a store are the default store's.
    default = store_id is not None and store_id == services.settings.retail_default_store_id
    return LeadList(leads=await services.leads.alist(store_id=store_id, with_unassigned=default))
