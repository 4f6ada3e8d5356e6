"""Registered interest from the web: an address we cannot serve (yet), or an offer not sold there today."""

from __future__ import annotations

from fastapi import APIRouter, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from bff.channel.deps import OptionalIdempotencyKeyDep, ServicesDep
from bff.channel.keyed import answer_once
from bff.channel.schemas import REQUEST_ERRORS
from bff.core.exactly_once import Ready
from bff.core.leads import LeadCreate, LeadCreated, store_for_postcode
from bff.web.deps import ScopeDep

router = APIRouter(prefix="/api/v1", tags=["Leads"], responses=REQUEST_ERRORS)


@router.post(
    "/leads",
    summary="Register interest (kept for the store serving the postcode's area)",
    status_code=status.HTTP_201_CREATED,
    response_model=LeadCreated,
)
async def register_interest(
    body: LeadCreate,
    request: Request,
    services: ServicesDep,
    scope: ScopeDep,
    idempotency_key: OptionalIdempotencyKeyDep = None,
) -> LeadCreated | JSONResponse:
    async def add() -> LeadCreated:
        settings = services.settings
        store_id = store_for_postcode(
            body.postcode, settings.retail_store_areas, settings.retail_default_store_id
        )
        lead = await services.leads.aadd(body, store_id=store_id, channel=services.settings.channel_id)
        return LeadCreated(id=lead.id)

    if not idempotency_key:
        return await add()

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        await ready()
        return status.HTTP_201_CREATED, await add()

    return await answer_once(services, request, scope=scope, key=idempotency_key, payload=body, step=step)
