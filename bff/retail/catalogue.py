"""The quick address check and the basket, as on the web channel (the same core calls)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import Field

from bff.channel.deps import ServicesDep
from bff.channel.schemas import POSTCODE_PATTERN, AvailabilityRequest
from bff.core.addresses import addresses_at
from bff.core.availability import availability_at
from bff.core.basket import ID_PATTERN
from bff.core.configuration import Configuration, ConfigurationRequest, configure
from bff.core.models import AddressList, Availability, CatalogView
from bff.retail.responses import ERRORS

router = APIRouter(prefix="/api/v1", tags=["Address and basket"], responses=ERRORS)


@router.get("/addresses", summary="Addresses at a postcode, with their flats")
async def list_addresses(
    services: ServicesDep, postcode: Annotated[str, Query(pattern=POSTCODE_PATTERN, examples=["RG1 4AB"])]
) -> AddressList:
    return await addresses_at(services.backends.tmf673, postcode)


class StoreAvailabilityRequest(AvailabilityRequest):
    customer_id: str | None = Field(
        None,
        pattern=ID_PATTERN,
        description="The TMF629 customer the staff 360 orders for: with TMF679 configured, the offers are "
        "qualified for them (a line they already have there, their credit class), the others listed under "
        "`unavailable` with the reasons",
        examples=["cust-0001"],
    )


@router.post("/availability", summary="Quick address check: offers available at an address (for a customer)")
async def check_availability(body: StoreAvailabilityRequest, services: ServicesDep) -> Availability:
    return await availability_at(
        services.backends.tmf645,
        services.catalog,
        postcode=body.postcode,
        house_number=body.house_number,
        qualifications=services.qualifications,
        offer_qualification=services.backends.tmf679,
        customer_id=body.customer_id,
    )


@router.get("/offers", summary="Every broadband offer and add-on on sale")
async def list_offers(services: ServicesDep) -> CatalogView:
    catalog = await services.catalog.get()
    return CatalogView(offers=list(catalog.offers.values()), add_ons=list(catalog.add_ons.values()))


@router.post("/configurations", summary="Check a basket against the catalogue's rules")
async def check_configuration(body: ConfigurationRequest, services: ServicesDep) -> Configuration:
    return configure(await services.catalog.get(), body)
