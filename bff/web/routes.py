"""The web channel's API: what the consumer storefront's screens need, one call per screen action."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response, status

from bff.core.availability import availability_at
from bff.core.basket import Basket
from bff.core.errors import ChannelError
from bff.core.models import Availability, CatalogView, OrderView, QuoteSummary
from bff.core.ordering import OrderRequest, get_order, place_order
from bff.core.pricing import price_basket
from bff.web.deps import JourneyDep
from bff.web.schemas import AvailabilityRequest, ErrorBody

ERRORS = {
    404: {"model": ErrorBody, "description": "Not found"},
    502: {"model": ErrorBody, "description": "A backend answered with an error"},
    503: {"model": ErrorBody, "description": "A backend is unreachable or too slow"},
}

router = APIRouter(prefix="/api/v1", responses=ERRORS)


class IdempotencyKeyMissing(ChannelError):
    status = 400
    code = "IDEMPOTENCY_KEY_REQUIRED"
    message = "An Idempotency-Key header is required to place an order."


@router.post("/availability", tags=["Address"], summary="Offers available at an address")
async def check_availability(body: AvailabilityRequest, journey: JourneyDep) -> Availability:
    return await availability_at(
        journey.backends.tmf645, journey.catalog, postcode=body.postcode, house_number=body.house_number
    )


@router.get("/offers", tags=["Catalogue"], summary="Every broadband offer and add-on on sale")
async def list_offers(journey: JourneyDep) -> CatalogView:
    catalog = await journey.catalog.get()
    return CatalogView(offers=list(catalog.offers.values()), add_ons=list(catalog.add_ons.values()))


@router.post("/quotes", tags=["Basket"], summary="Price a basket")
async def create_quote(body: Basket, journey: JourneyDep) -> QuoteSummary:
    return await price_basket(journey.backends.tmf648, journey.catalog, body, journey.settings.currency)


@router.post(
    "/orders",
    tags=["Orders"],
    summary="Order broadband at an address",
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": OrderView, "description": "Already placed with this Idempotency-Key"}},
)
async def create_order(
    body: OrderRequest,
    journey: JourneyDep,
    response: Response,
    idempotency_key: Annotated[
        str | None,
        Header(alias="Idempotency-Key", min_length=8, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$"),
    ] = None,
) -> OrderView:
    if not idempotency_key:
        raise IdempotencyKeyMissing()
    backends = journey.backends
    order, created = await place_order(
        orders=backends.tmf622,
        parties=backends.tmf632,
        qualification=backends.tmf645,
        catalog=journey.catalog,
        request=body,
        idempotency_key=idempotency_key,
        channel_id=journey.settings.channel_id,
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return order


@router.get("/orders/{order_id}", tags=["Orders"], summary="An order and its state")
async def read_order(order_id: str, journey: JourneyDep) -> OrderView:
    return await get_order(journey.backends.tmf622, journey.backends.tmf632, order_id)
