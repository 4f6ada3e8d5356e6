"""Before ordering, open to anyone: addresses at a postcode, the offers available at one, the catalogue, the
basket's rules and its price."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBearer
from pydantic import BaseModel

from bff.channel.auth import get_token_validator, optional_principal
from bff.channel.deps import OptionalIdempotencyKeyDep, ServicesDep
from bff.channel.keyed import answer_once
from bff.channel.schemas import KEYED_ERRORS, POSTCODE_PATTERN, AvailabilityRequest
from bff.core.addresses import address_by_id, addresses_at
from bff.core.auth.principal import Principal
from bff.core.availability import availability_at
from bff.core.basket import Basket
from bff.core.configuration import Configuration, ConfigurationRequest, configure
from bff.core.contract_summary import SummaryRules
from bff.core.exactly_once import Ready
from bff.core.models import AddressList, AddressOption, Availability, CatalogView, QuoteSummary
from bff.core.pricing import price_basket
from bff.web.deps import IdPath, ScopeDep
from bff.web.responses import ERRORS

router = APIRouter(prefix="/api/v1", responses=ERRORS)


@router.get("/addresses", tags=["Address"], summary="Addresses at a postcode, with their flats (type-ahead)")
async def list_addresses(
    services: ServicesDep, postcode: Annotated[str, Query(pattern=POSTCODE_PATTERN, examples=["SW1A 2AA"])]
) -> AddressList:
    return await addresses_at(services.backends.tmf673, postcode)


@router.get("/addresses/{address_id}", tags=["Address"], summary="One address and its flats")
async def read_address(address_id: IdPath, services: ServicesDep) -> AddressOption:
    return await address_by_id(services.backends.tmf673, address_id)


_bearer = HTTPBearer(auto_error=False)


async def caller_if_signed_in(request: Request) -> Principal | None:
    """The caller as OptionalPrincipal reads them, for a route that needs them only sometimes."""
    return await optional_principal(request, get_token_validator(request), await _bearer(request))


@router.post("/availability", tags=["Address"], summary="Offers available at an address")
async def check_availability(
    body: AvailabilityRequest, services: ServicesDep, request: Request
) -> Availability:
    offer_qualification, customer_id = services.backends.tmf679, None
    # Only TMF679 judges the customer's offers (a second line, their credit class): only then is the
    # caller's token read, so the check stays open to anyone as it is without it.
    if offer_qualification is not None:
        caller = await caller_if_signed_in(request)
        if caller is not None and caller.customer_id:
            owner = await services.customers.owner(services.backends.tmf629, caller.customer_id)
            customer_id = owner.customer_id
    return await availability_at(
        services.backends.tmf645,
        services.catalog,
        postcode=body.postcode,
        house_number=body.house_number,
        qualifications=services.qualifications,
        offer_qualification=offer_qualification,
        customer_id=customer_id,
    )


@router.get("/offers", tags=["Catalogue"], summary="Every broadband offer and add-on on sale")
async def list_offers(services: ServicesDep) -> CatalogView:
    catalog = await services.catalog.get()
    return CatalogView(offers=list(catalog.offers.values()), add_ons=list(catalog.add_ons.values()))


@router.post(
    "/configurations",
    tags=["Basket"],
    summary="Check a basket against the catalogue's rules: allowed add-ons and options, refusal reasons",
)
async def check_configuration(body: ConfigurationRequest, services: ServicesDep) -> Configuration:
    return configure(await services.catalog.get(), body)


@router.post(
    "/quotes", tags=["Basket"], summary="Price a basket", response_model=QuoteSummary, responses=KEYED_ERRORS
)
async def create_quote(
    body: Basket,
    request: Request,
    services: ServicesDep,
    scope: ScopeDep,
    idempotency_key: OptionalIdempotencyKeyDep = None,
) -> QuoteSummary | JSONResponse:
    rules = SummaryRules.of(services.settings)  # the contract summary to read before ordering

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        quote = await price_basket(
            services.backends.tmf648, services.catalog, body, services.settings.currency, ready, rules
        )
        return status.HTTP_200_OK, quote

    if not idempotency_key:
        return await price_basket(
            services.backends.tmf648, services.catalog, body, services.settings.currency, summary=rules
        )
    return await answer_once(services, request, scope=scope, key=idempotency_key, payload=body, step=step)
