"""The doctor's approvals probe (`--allow-writes` only): the order system holds an order and takes a
manager's decision as the approvals screen sends it.

One probe order is placed as a store places one (bff/core/staff/orders.py): the first offer sellable at
the known address, for BFF_DOCTOR_CUSTOMER_ID (else the first customer TMF629 lists), in the queue of
BFF_RETAIL_DEFAULT_STORE_ID, with an agent's discount above BFF_RETAIL_AGENT_DISCOUNT_LIMIT_PERCENT. The order
manager should hold it under one of the profile's hold codes. It is then rejected by the merge PATCH a
manager's rejection sends (approvals.decide), which leaves nothing to fulfil, and deleted where the server
allows it; an order that was not held is cancelled instead.

    yes       held under a profile hold code, PATCHed to rejected
    degraded  held under another code: approvals list it, without "needs approval"
    no        not held (the threshold differs), or the PATCH refused or ignored
"""

from __future__ import annotations

import asyncio
import math
import uuid
from datetime import datetime
from decimal import Decimal

from bff.config import Settings
from bff.core.auth.principal import Principal
from bff.core.availability import Qualification, offers_for
from bff.core.backends import Backends
from bff.core.basket import resolve
from bff.core.catalog import Catalog
from bff.core.clients.base import TmfError, TmfRejected, dump
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.configuration import ConfigurationRequest, configure
from bff.core.ordering import OrderRequest, check_configuration, order_request
from bff.core.staff.approvals import decide
from bff.core.staff.models import Discount
from bff.core.staff.orders import KnownCustomer, OrderReading, Placement, as_placed, known_customer
from bff.doctor_findings import Found
from tmf_models import tmf629
from tmf_models.tmf622 import CancelProductOrderCreate, ProductOrder, ProductOrderCreate

LIMIT = "BFF_RETAIL_AGENT_DISCOUNT_LIMIT_PERCENT"
CODES = "BFF_PROFILE__APPROVAL_HOLD_CODE, BFF_PROFILE__CREDIT_REFERRAL_CODE"
WAITING = {"acknowledged"}  # not validated yet
POLL_SECONDS = 0.25
DOCTOR = Principal("bff-doctor", frozenset({"manager"}), name="BFF doctor (probe)")


async def _customer(backends: Backends, settings: Settings) -> KnownCustomer:
    customer_id = settings.doctor_customer_id
    if not customer_id:
        response = await backends.tmf629._send("GET", "customer", params={"offset": "0", "limit": "1"})
        listed = backends.tmf629._parse_list(tmf629.Customer, response)
        if not listed or not listed[0].id:
            raise Found("n/a", "no TMF629 customer to place the probe order for", "BFF_DOCTOR_CUSTOMER_ID")
        customer_id = listed[0].id
    return await known_customer(backends.tmf629, backends.tmf632, customer_id)


async def _settled(orders: Tmf622Client, order_id: str, wait_seconds: float) -> ProductOrder:
    """The order once the order manager has validated it (or as it is when the wait is over)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_seconds
    while True:
        order = await orders.get_product_order(order_id)
        state = order.state.value if order.state else "acknowledged"
        if state not in WAITING or loop.time() >= deadline:
            return order
        await asyncio.sleep(POLL_SECONDS)


async def _clean(orders: Tmf622Client, order_id: str, state: str) -> str:
    """Leave nothing behind: a rejected order is deleted (where allowed); another is cancelled."""
    try:
        if state == "rejected":
            await orders._send("DELETE", f"productOrder/{orders._id(order_id)}")
            return "deleted"
        task = {
            "@type": "CancelProductOrder",
            "productOrder": {"id": order_id, "@referredType": "ProductOrder"},
            "cancellationReason": "BFF doctor probe order",
        }
        await orders.cancel_product_order(CancelProductOrderCreate.model_validate(task))
        return "cancelled"
    except TmfError as exc:
        return f"left {state} ({exc.__class__.__name__})"


async def hold_and_patch(
    backends: Backends, settings: Settings, catalog: Catalog, qualification: Qualification
) -> str:
    limit = settings.retail_agent_discount_limit_percent
    if limit >= 100:
        raise Found("n/a", f"no discount is above a {limit:g} % approval threshold", LIMIT)
    offers = offers_for(catalog, qualification.technologies)
    if not offers:
        raise Found("n/a", "no offer sellable at the known address to order")
    known = await _customer(backends, settings)
    if known.contact is None:
        raise Found(
            "n/a",
            f"customer {known.parties.customer_id} has no name, e-mail and phone to order with",
            "BFF_DOCTOR_CUSTOMER_ID",
        )
    configuration = configure(catalog, ConfigurationRequest(offer_id=offers[0].id))
    mandatory = [add_on.id for add_on in configuration.allowed_add_ons if add_on.mandatory]
    request = OrderRequest(
        address_id=qualification.address.id,
        offer_id=offers[0].id,
        add_on_ids=mandatory,
        contact=known.contact,
    )
    offer, add_ons = resolve(request, catalog)
    chosen = check_configuration(catalog, request, {})
    percentage = Decimal(min(100, math.floor(limit) + 5))
    discount = Discount(percentage=percentage, reason="BFF doctor probe: above the approval threshold")
    key, ordered_at = f"doctor-probe-{uuid.uuid4().hex[:12]}", datetime.now().astimezone()
    body = dump(
        order_request(
            request,
            idempotency_key=key,
            customer=known.parties,
            address=qualification.address,
            offer=offer,
            add_ons=add_ons,
            characteristics=chosen,
            channel_id=settings.retail_channel_id,
            ordered_at=ordered_at,
        )
    )
    store_id = settings.retail_default_store_id
    placement = Placement(
        channel_id=settings.retail_channel_id, store_id=store_id, agent=DOCTOR, discount=discount
    )
    as_placed(body, settings.retail_channel_id, placement, offer, ordered_at)
    orders = backends.tmf622
    created = await orders.create_product_order(ProductOrderCreate.model_validate(body))
    order_id = created.id or ""
    order = await _settled(orders, order_id, settings.doctor_hold_wait_seconds)
    state = order.state.value if order.state else "acknowledged"
    reading = OrderReading.of(settings)
    body = order.model_dump(mode="json", by_alias=True, exclude_none=True)
    codes = [str(error.get("code")) for error in body.get("productOrderErrorMessage") or []]
    if state != "held":
        cleaned = await _clean(orders, order_id, state)
        raise Found(
            "no",
            f"probe order {order_id} with a {percentage:g} % discount was not held ({state}"
            f"{': ' + ', '.join(codes) if codes else ''}; {cleaned}): the order system's approval threshold "
            f"must be {limit:g} %",
            LIMIT,
        )
    try:
        decided = await decide(
            orders,
            order_id=order_id,
            store_id=store_id,
            reading=reading,
            manager=DOCTOR,
            approve=False,
            reason="probe order of python -m bff doctor",
        )
    except TmfRejected as exc:
        cleaned = await _clean(orders, order_id, state)
        raise Found(
            "no",
            f"held, but refuses the manager's merge PATCH of state ({exc.status} {exc.code}; {cleaned}): "
            "approvals cannot decide",
        ) from exc
    cleaned = await _clean(orders, order_id, decided.state or "")
    if decided.state != "rejected":
        raise Found(
            "no", f"held; the PATCH to rejected answered {decided.state} ({cleaned}): approvals cannot decide"
        )
    held_under = ", ".join(codes) or "no code"
    if not reading.hold_codes & set(codes):
        raise Found(
            "degraded",
            f"held under {held_under}, which the profile does not name: approvals list it without "
            f"'needs approval' (PATCH to rejected answered; {cleaned})",
            CODES,
        )
    return f"held under {held_under}, PATCHed to rejected; probe order {order_id} {cleaned}"
