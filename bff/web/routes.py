"""The web channel's API: what the consumer storefront's screens need, one call per screen action.

Every mutating call takes an Idempotency-Key (required, except for quotes where it is optional) and is
answered once: a retry gets the first answer again (header `Idempotent-Replayed: true`).

Who may call what (a bearer access token of the identity provider; bff/core/auth):
- anyone, signed in or not: addresses, availability, offers, configurations, quotes (a token that is sent
  must still be valid: 401 otherwise);
- a signed-in customer only (401 without a token, 403 for staff): placing an order, as the customer their
  token names (never one from the body), and reading, following and cancelling their own orders, listing,
  changing and ending their own products (403 for another customer's). Staff work in the retail channel.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Query, Request, status
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel

from bff.core.addresses import address_by_id, addresses_at
from bff.core.auth.dependencies import CustomerPrincipal
from bff.core.availability import availability_at
from bff.core.basket import Basket
from bff.core.cancellation import CancelRequest, cancel_order
from bff.core.configuration import Configuration, ConfigurationRequest, configure
from bff.core.exactly_once import Ready
from bff.core.inventory import products_of
from bff.core.models import (
    AddressList,
    AddressOption,
    Availability,
    CancellationView,
    CatalogView,
    OrderList,
    OrderView,
    ProductList,
    QuoteSummary,
)
from bff.core.order_events import order_updates
from bff.core.ordering import OrderRequest, get_order, orders_of, place_order
from bff.core.pricing import price_basket
from bff.core.product_changes import CeaseRequest, ModifyRequest, cease_product, modify_product
from bff.web.deps import (
    IdempotencyKeyDep,
    IdPath,
    JourneyDep,
    OptionalIdempotencyKeyDep,
    OwnerDep,
    ScopeDep,
)
from bff.web.keyed import answer_once
from bff.web.schemas import BACKEND_ERRORS, POSTCODE_PATTERN, REQUEST_ERRORS, AvailabilityRequest, ErrorBody

ERRORS = {
    **REQUEST_ERRORS,
    404: {"model": ErrorBody, "description": "Not found"},
    **BACKEND_ERRORS,
}
SIGNED_IN = {
    401: {"model": ErrorBody, "description": "UNAUTHENTICATED: no valid access token"},
    403: {"model": ErrorBody, "description": "FORBIDDEN: not a customer, or another customer's"},
}
KEYED_ERRORS = {
    400: {"model": ErrorBody, "description": "IDEMPOTENCY_KEY_REQUIRED: no Idempotency-Key header"},
    409: {
        "model": ErrorBody,
        "description": "REQUEST_IN_PROGRESS: the first request with this key still runs",
    },
    422: {"description": "IDEMPOTENCY_KEY_REUSED (key used for another request) or a refused request"},
}

router = APIRouter(prefix="/api/v1", responses=ERRORS)


def _created(answer: tuple[OrderView, bool]) -> tuple[int, BaseModel]:
    order, created = answer
    return (status.HTTP_201_CREATED if created else status.HTTP_200_OK), order


@router.get("/addresses", tags=["Address"], summary="Addresses at a postcode, with their flats (type-ahead)")
async def list_addresses(
    journey: JourneyDep, postcode: Annotated[str, Query(pattern=POSTCODE_PATTERN, examples=["SW1A 2AA"])]
) -> AddressList:
    return await addresses_at(journey.backends.tmf673, postcode)


@router.get("/addresses/{address_id}", tags=["Address"], summary="One address and its flats")
async def read_address(address_id: IdPath, journey: JourneyDep) -> AddressOption:
    return await address_by_id(journey.backends.tmf673, address_id)


@router.post("/availability", tags=["Address"], summary="Offers available at an address")
async def check_availability(body: AvailabilityRequest, journey: JourneyDep) -> Availability:
    return await availability_at(
        journey.backends.tmf645,
        journey.catalog,
        postcode=body.postcode,
        house_number=body.house_number,
        qualifications=journey.qualifications,
    )


@router.get("/offers", tags=["Catalogue"], summary="Every broadband offer and add-on on sale")
async def list_offers(journey: JourneyDep) -> CatalogView:
    catalog = await journey.catalog.get()
    return CatalogView(offers=list(catalog.offers.values()), add_ons=list(catalog.add_ons.values()))


@router.post(
    "/configurations",
    tags=["Basket"],
    summary="Check a basket against the catalogue's rules: allowed add-ons and options, refusal reasons",
)
async def check_configuration(body: ConfigurationRequest, journey: JourneyDep) -> Configuration:
    return configure(await journey.catalog.get(), body)


@router.post(
    "/quotes", tags=["Basket"], summary="Price a basket", response_model=QuoteSummary, responses=KEYED_ERRORS
)
async def create_quote(
    body: Basket,
    request: Request,
    journey: JourneyDep,
    scope: ScopeDep,
    idempotency_key: OptionalIdempotencyKeyDep = None,
) -> QuoteSummary | JSONResponse:
    async def step(ready: Ready) -> tuple[int, BaseModel]:
        quote = await price_basket(
            journey.backends.tmf648, journey.catalog, body, journey.settings.currency, ready
        )
        return status.HTTP_200_OK, quote

    if not idempotency_key:
        return await price_basket(journey.backends.tmf648, journey.catalog, body, journey.settings.currency)
    return await answer_once(journey, request, scope=scope, key=idempotency_key, payload=body, step=step)


@router.post(
    "/orders",
    tags=["Orders"],
    summary="Order broadband at an address",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses={
        200: {"model": OrderView, "description": "Already placed with this Idempotency-Key"},
        **SIGNED_IN,
        **KEYED_ERRORS,
    },
)
async def create_order(
    body: OrderRequest,
    request: Request,
    journey: JourneyDep,
    caller: CustomerPrincipal,
    scope: ScopeDep,
    idempotency_key: IdempotencyKeyDep,
) -> JSONResponse:
    backends = journey.backends

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        return _created(
            await place_order(
                orders=backends.tmf622,
                customers=backends.tmf629,
                parties=backends.tmf632,
                qualification=backends.tmf645,
                catalog=journey.catalog,
                request=body,
                idempotency_key=idempotency_key,
                channel_id=journey.settings.channel_id,
                ready=ready,
                directory=journey.customers,
                customer_claim=caller.customer_id,
            )
        )

    return await answer_once(journey, request, scope=scope, key=idempotency_key, payload=body, step=step)


@router.get(
    "/account/orders",
    tags=["Orders"],
    summary="The signed-in customer's orders, newest first",
    responses=SIGNED_IN,
)
async def my_orders(journey: JourneyDep, owner: OwnerDep) -> OrderList:
    return await orders_of(journey.backends.tmf622, owner.customer_id)


@router.get("/orders/{order_id}", tags=["Orders"], summary="An order and its state", responses=SIGNED_IN)
async def read_order(order_id: IdPath, journey: JourneyDep, owner: OwnerDep) -> OrderView:
    return await get_order(journey.backends.tmf622, journey.backends.tmf632, order_id, owner)


@router.get(
    "/orders/{order_id}/events",
    tags=["Orders"],
    summary="Server-Sent Events: the order now, then each change until it is final",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "`event: order`, data an Order"},
        **SIGNED_IN,
    },
)
async def follow_order(order_id: IdPath, journey: JourneyDep, owner: OwnerDep) -> StreamingResponse:
    backends = journey.backends

    async def read() -> OrderView:
        return await get_order(backends.tmf622, backends.tmf632, order_id, owner)

    first = await read()  # an unknown order is a 404 before the stream starts

    async def stream() -> AsyncIterator[str]:
        updates = order_updates(
            journey.events,
            first,
            read,
            poll_seconds=journey.settings.order_poll_seconds,
            max_seconds=journey.settings.order_stream_max_seconds,
        )
        count = 0
        async for update in updates:
            if update is None:
                yield ": nothing new\n\n"  # keeps proxies from closing an idle stream
                continue
            count += 1
            data = json.dumps(update.model_dump(mode="json", by_alias=True), separators=(",", ":"))
            yield f"event: order\nid: {count}\ndata: {data}\n\n"

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


@router.post(
    "/orders/{order_id}/cancel",
    tags=["Orders"],
    summary="Ask for an order to be cancelled",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=CancellationView,
    responses={
        409: {"model": ErrorBody, "description": "ORDER_CANNOT_BE_CANCELLED"},
        **SIGNED_IN,
        **KEYED_ERRORS,
    },
)
async def cancel(
    order_id: IdPath,
    request: Request,
    journey: JourneyDep,
    owner: OwnerDep,
    scope: ScopeDep,
    idempotency_key: IdempotencyKeyDep,
    body: CancelRequest | None = None,
) -> JSONResponse:
    reason = body or CancelRequest()

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        cancellation, _ = await cancel_order(journey.backends.tmf622, order_id, reason, ready, owner)
        return status.HTTP_202_ACCEPTED, cancellation

    return await answer_once(journey, request, scope=scope, key=idempotency_key, payload=reason, step=step)


@router.get(
    "/products", tags=["Products"], summary="The signed-in customer's products (TMF637)", responses=SIGNED_IN
)
async def list_products(journey: JourneyDep, owner: OwnerDep) -> ProductList:
    return await products_of(journey.backends.tmf637, journey.catalog, owner.customer_id)


@router.post(
    "/products/{product_id}/modify",
    tags=["Products"],
    summary="Change a product's speed (a TMF622 modify order)",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses={
        409: {"model": ErrorBody, "description": "PRODUCT_CANNOT_BE_CHANGED"},
        **SIGNED_IN,
        **KEYED_ERRORS,
    },
)
async def modify(
    product_id: IdPath,
    body: ModifyRequest,
    request: Request,
    journey: JourneyDep,
    owner: OwnerDep,
    scope: ScopeDep,
    idempotency_key: IdempotencyKeyDep,
) -> JSONResponse:
    backends = journey.backends

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        return _created(
            await modify_product(
                orders=backends.tmf622,
                inventory=backends.tmf637,
                qualification=backends.tmf645,
                catalog=journey.catalog,
                product_id=product_id,
                request=body,
                idempotency_key=idempotency_key,
                channel_id=journey.settings.channel_id,
                ready=ready,
                owner=owner,
            )
        )

    return await answer_once(journey, request, scope=scope, key=idempotency_key, payload=body, step=step)


@router.post(
    "/products/{product_id}/cease",
    tags=["Products"],
    summary="End a product (a TMF622 delete order)",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses={
        409: {"model": ErrorBody, "description": "PRODUCT_CANNOT_BE_CHANGED"},
        **SIGNED_IN,
        **KEYED_ERRORS,
    },
)
async def cease(
    product_id: IdPath,
    request: Request,
    journey: JourneyDep,
    owner: OwnerDep,
    scope: ScopeDep,
    idempotency_key: IdempotencyKeyDep,
    body: CeaseRequest | None = None,
) -> JSONResponse:
    cease_request = body or CeaseRequest()

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        return _created(
            await cease_product(
                orders=journey.backends.tmf622,
                inventory=journey.backends.tmf637,
                product_id=product_id,
                request=cease_request,
                idempotency_key=idempotency_key,
                channel_id=journey.settings.channel_id,
                ready=ready,
                owner=owner,
            )
        )

    return await answer_once(
        journey, request, scope=scope, key=idempotency_key, payload=cease_request, step=step
    )
