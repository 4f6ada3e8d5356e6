"""A store's leads worklist and its conversion figures.

The store's leads (new → contacted → qualified → quoted → won, or lost with a reason) with their agent,
notes and follow-up date; a lead opens into a customer (created in TMF632/TMF629, or the one with its
e-mail) and the 360's order form; the conversion report per store and agent, as JSON and as CSV.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response
from pydantic import Field

from bff.channel.deps import ServicesDep
from bff.channel.schemas import ErrorBody
from bff.core.backends import ChannelServices
from bff.core.basket import ID_PATTERN
from bff.core.customers import ensure_customer, find_parties
from bff.core.errors import ChannelError
from bff.core.lead_recheck import recheck_leads
from bff.core.lead_reports import ConversionReport, conversion_report, report_csv
from bff.core.lead_work import LeadUpdate, WorkedLead, worklist_order
from bff.core.models import PHONE_PATTERN, ChannelModel, Contact, MultilineText
from bff.retail.deps import StoreIdPath, StoreStaffDep
from bff.retail.responses import ERRORS

router = APIRouter(prefix="/api/v1/stores/{storeId}", tags=["Leads"], responses=ERRORS)

LeadIdPath = Annotated[str, Path(alias="leadId", pattern=ID_PATTERN)]


class StoreLeads(ChannelModel):
    store_id: str
    store_name: str
    now_serviceable: int
    leads: list[WorkedLead]


class LeadNoteCreate(ChannelModel):
    text: MultilineText = Field(min_length=1, max_length=2000)


class LeadConversion(ChannelModel):
    phone: str | None = Field(
        None, pattern=PHONE_PATTERN, description="The customer's phone, when the lead left none"
    )


class PhoneNeeded(ChannelError):
    status = 422
    code = "PHONE_REQUIRED"
    message = "Ask for a phone number: the lead left none and a customer needs one."


def _store_name(services: ChannelServices, store_id: str) -> str:
    return services.settings.retail_store_names.get(store_id, store_id)


async def _store_leads(services: ChannelServices, store_id: str) -> list[WorkedLead]:
    # Leads kept before every lead had a store are the default store's.
    default = store_id == services.settings.retail_default_store_id
    return await services.lead_work.alist(store_id=store_id, with_unassigned=default)


@router.get("/leads", summary="The store's leads: now serviceable first, then by follow-up date")
async def list_store_leads(
    store_id: StoreIdPath,
    staff: StoreStaffDep,
    services: ServicesDep,
    recheck: Annotated[
        bool, Query(description="Ask TMF645 about every open lead's address now, not only those due")
    ] = False,
) -> StoreLeads:
    leads = await _store_leads(services, store_id)
    if await recheck_leads(services, leads, force=recheck):
        leads = await _store_leads(services, store_id)
    ordered = worklist_order(leads)
    flagged = sum(1 for lead in ordered if lead.now_serviceable)
    return StoreLeads(
        store_id=store_id, store_name=_store_name(services, store_id), now_serviceable=flagged, leads=ordered
    )


@router.patch(
    "/leads/{leadId}",
    summary="Change a lead's status, agent, follow-up date; add a note",
    responses={409: {"model": ErrorBody, "description": "LEAD_STATUS_NOT_ALLOWED"}},
)
async def update_lead(
    store_id: StoreIdPath, lead_id: LeadIdPath, body: LeadUpdate, staff: StoreStaffDep, services: ServicesDep
) -> WorkedLead:
    return await services.lead_work.aupdate(lead_id, body, store_id=store_id, staff=staff)


@router.post("/leads/{leadId}/notes", summary="Leave a note on a lead", status_code=201)
async def add_lead_note(
    store_id: StoreIdPath,
    lead_id: LeadIdPath,
    body: LeadNoteCreate,
    staff: StoreStaffDep,
    services: ServicesDep,
) -> WorkedLead:
    return await services.lead_work.aadd_note(lead_id, body.text, store_id=store_id, staff=staff)


@router.post(
    "/leads/{leadId}/customer",
    summary="Open the lead as a customer: the one with its e-mail, else one created (TMF632 + TMF629)",
)
async def convert_lead(
    store_id: StoreIdPath,
    lead_id: LeadIdPath,
    body: LeadConversion,
    staff: StoreStaffDep,
    services: ServicesDep,
) -> WorkedLead:
    lead = await services.lead_work.aget(lead_id, store_id=store_id)
    if lead.customer_id:
        return lead
    phone = body.phone or lead.phone
    if not phone:
        raise PhoneNeeded()  # TMF629 needs a way to reach the customer
    contact = Contact.model_validate(
        {
            "givenName": lead.given_name,
            "familyName": lead.family_name,
            "email": lead.email,
            "phone": phone,
        }
    )
    backends = services.backends
    known = await find_parties(backends.tmf629, backends.tmf632, contact)
    created = await ensure_customer(backends.tmf629, backends.tmf632, contact, known)
    return await services.lead_work.arecord(lead_id, staff=staff, customer_id=created.customer_id)


async def _report(services: ChannelServices, store_id: str) -> ConversionReport:
    return await conversion_report(
        services.backends.tmf622,
        await _store_leads(services, store_id),
        store_id=store_id,
        store_name=_store_name(services, store_id),
        now=datetime.now(UTC),
    )


@router.get(
    "/reports/conversion",
    tags=["Reports"],
    summary="Conversion per store and agent: leads → quotes → orders, accuracy, cycle times",
)
async def read_conversion(
    store_id: StoreIdPath, staff: StoreStaffDep, services: ServicesDep
) -> ConversionReport:
    return await _report(services, store_id)


@router.get(
    "/reports/conversion.csv",
    tags=["Reports"],
    summary="The conversion report as CSV (one row for the store, one per agent)",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}},
)
async def download_conversion(store_id: StoreIdPath, staff: StoreStaffDep, services: ServicesDep) -> Response:
    report = await _report(services, store_id)
    filename = f"conversion-{store_id}-{report.generated_at:%Y%m%d}.csv"
    return Response(
        report_csv(report),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
