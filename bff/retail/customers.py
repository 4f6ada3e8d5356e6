"""Customers in store: search, create, the 360 view, notes, contact details, and orders and quotes on their
behalf (and cancelling an order, under the same rules as online)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from bff.channel.auth import StaffPrincipal
from bff.channel.deps import ServicesDep
from bff.channel.schemas import KEYED_ERRORS, ErrorBody
from bff.core.basket import ID_PATTERN
from bff.core.cancellation import CancelRequest, cancel_order
from bff.core.customers import Owner, ensure_customer, find_parties
from bff.core.exactly_once import Ready
from bff.core.models import CancellationView, Contact
from bff.core.staff.contact import ContactChange, change_contact
from bff.core.staff.customer360 import customer_360
from bff.core.staff.models import (
    AgentQuote,
    Customer360,
    CustomerList,
    CustomerSummary,
    RetailOrderView,
    StaffOrderRequest,
    StaffQuoteRequest,
)
from bff.core.staff.notes import NoteCreate, NoteList, NoteView
from bff.core.staff.orders import Placement, known_customer, place_for_customer
from bff.core.staff.quotes import send_quote
from bff.core.staff.search import CustomerQuery, search_customers
from bff.core.visit_changes import StaffChange
from bff.retail.deps import KeyedDep
from bff.retail.responses import ERRORS

router = APIRouter(prefix="/api/v1/customers", tags=["Customers"], responses=ERRORS)

CustomerIdPath = Annotated[str, Path(alias="customerId", pattern=ID_PATTERN)]
OrderIdPath = Annotated[str, Path(alias="orderId", pattern=ID_PATTERN)]


@router.get("", summary="Find customers by name, email, phone or postcode (all given must match)")
async def find_customers(services: ServicesDep, query: Annotated[CustomerQuery, Query()]) -> CustomerList:
    return await search_customers(services.backends.tmf629, services.backends.tmf637, query)


@router.post(
    "",
    summary="Create a customer (TMF632 individual + TMF629 customer); an existing email answers that one",
    status_code=status.HTTP_201_CREATED,
    response_model=CustomerSummary,
    responses={200: {"model": CustomerSummary, "description": "A customer with this email already exists"}},
)
async def create_customer(body: Contact, services: ServicesDep) -> JSONResponse:
    backends = services.backends
    known = await find_parties(backends.tmf629, backends.tmf632, body)
    created = await ensure_customer(backends.tmf629, backends.tmf632, body, known)
    shown = CustomerSummary(
        id=created.customer_id, name=created.name, email=body.email.lower(), phone=body.phone
    )
    code = status.HTTP_200_OK if known.customer is not None else status.HTTP_201_CREATED
    return JSONResponse(shown.model_dump(mode="json", by_alias=True), status_code=code)


@router.get("/{customerId}", summary="Customer 360: contact, products, orders, open quotes, leads, notes")
async def read_customer(customer_id: CustomerIdPath, services: ServicesDep) -> Customer360:
    return await customer_360(services, customer_id)


@router.patch(
    "/{customerId}/contact",
    summary="Change the customer's email or phone (TMF632 individual and TMF629 customer), noted on them",
    responses={409: {"model": ErrorBody, "description": "EMAIL_IN_USE: another customer has this email"}},
)
async def change_contact_details(
    customer_id: CustomerIdPath, body: ContactChange, staff: StaffPrincipal, services: ServicesDep
) -> CustomerSummary:
    return await change_contact(services, customer_id, body, staff)


@router.get("/{customerId}/notes", summary="Notes staff left on the customer, newest first")
async def list_notes(customer_id: CustomerIdPath, services: ServicesDep) -> NoteList:
    return NoteList(notes=await services.notes.alist(customer_id))


@router.post(
    "/{customerId}/notes", summary="Leave a note on the customer", status_code=status.HTTP_201_CREATED
)
async def add_note(
    customer_id: CustomerIdPath, body: NoteCreate, staff: StaffPrincipal, services: ServicesDep
) -> NoteView:
    await known_customer(services.backends.tmf629, services.backends.tmf632, customer_id)  # 404 if unknown
    return await services.notes.aadd(customer_id, body, staff)


@router.post(
    "/{customerId}/orders",
    summary="Order on the customer's behalf; a discount above the agent's limit is held for approval",
    status_code=status.HTTP_201_CREATED,
    response_model=RetailOrderView,
    responses={
        200: {"model": RetailOrderView, "description": "Already placed with this Idempotency-Key"},
        409: {"model": ErrorBody, "description": "OFFER_NOT_AVAILABLE_AT_ADDRESS"},
        **KEYED_ERRORS,
    },
)
async def order_for_customer(
    customer_id: CustomerIdPath, body: StaffOrderRequest, staff: StaffPrincipal, keyed: KeyedDep
) -> JSONResponse:
    services = keyed.services
    settings = services.settings
    if body.lead_id:  # 404 before anything is ordered, if the lead is not this store's
        await services.lead_work.aget(body.lead_id, store_id=staff.store_id)

    async def make(ready: Ready) -> tuple[RetailOrderView, bool]:
        order, created = await place_for_customer(
            services,
            customer_id=customer_id,
            basket=body,
            characteristics=body.characteristics,
            placement=Placement(
                channel_id=settings.retail_channel_id,
                store_id=staff.store_id,
                agent=staff,
                discount=body.discount,
            ),
            idempotency_key=keyed.key,
            ready=ready,
        )
        limit = settings.retail_agent_discount_limit_percent
        if body.discount is not None and float(body.discount.percentage) > limit:
            order = order.model_copy(update={"approval_required": True})
        if body.lead_id:  # the lead is won by this order
            await services.lead_work.arecord(
                body.lead_id, staff=staff, customer_id=customer_id, order_id=order.id
            )
        return order, created

    return await keyed.create(body, make)


@router.post(
    "/{customerId}/quotes",
    summary="Send the customer a quote (TMF648), which they can accept in their online account",
    status_code=status.HTTP_201_CREATED,
    response_model=AgentQuote,
    responses=KEYED_ERRORS,
)
async def quote_for_customer(
    customer_id: CustomerIdPath, body: StaffQuoteRequest, staff: StaffPrincipal, keyed: KeyedDep
) -> JSONResponse:
    if body.lead_id:  # 404 before anything is sent, if the lead is not this store's
        await keyed.services.lead_work.aget(body.lead_id, store_id=staff.store_id)

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        quote = await send_quote(
            keyed.services,
            customer_id=customer_id,
            request=body,
            agent=staff,
            idempotency_key=keyed.key,
            ready=ready,
        )
        if body.lead_id:  # the lead is quoted
            await keyed.services.lead_work.arecord(
                body.lead_id, staff=staff, customer_id=customer_id, quote_id=quote.id
            )
        return status.HTTP_201_CREATED, quote

    return await keyed.answer(body, step)


@router.post(
    "/{customerId}/orders/{orderId}/cancel",
    summary="Ask for the customer's order to be cancelled on their behalf (as online), noted on the order",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=CancellationView,
    responses={409: {"model": ErrorBody, "description": "ORDER_CANNOT_BE_CANCELLED"}, **KEYED_ERRORS},
)
async def cancel_for_customer(
    customer_id: CustomerIdPath,
    order_id: OrderIdPath,
    staff: StaffPrincipal,
    keyed: KeyedDep,
    body: CancelRequest | None = None,
) -> JSONResponse:
    reason = body or CancelRequest()
    owner, by = Owner(customer_id), StaffChange(staff)  # only this customer's order (else 403)

    async def step(ready: Ready) -> tuple[int, BaseModel]:
        orders = keyed.services.backends.tmf622
        cancellation, _ = await cancel_order(orders, order_id, reason, ready, owner, by)
        return status.HTTP_202_ACCEPTED, cancellation

    return await keyed.answer(reason, step)
