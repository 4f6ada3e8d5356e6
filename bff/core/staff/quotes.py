"""Quotes an agent sends a customer (TMF648), seen and accepted by the customer in their online account.

    send (retail):   [catalogue ∥ 648 quote by externalId ∥ 629 customer] → 648 create quote
                     {externalId: <Idempotency-Key>, relatedParty: [customer, salesAgent, store],
                      quoteItem: basket}
    list (both):     648 quote?relatedParty.id=<customer id>   (open: inProgress, pending, approved)
    accept (web):    [648 quote ∥ 622 order by externalId ∥ 622 order by quote.id]
                     → 622 create order from the quote's items (quote: [{id}], the agent as salesAgent,
                       channel web + the quote's store, so the order is in that store's queue)
                     → 648 PATCH {state: accepted}

Acceptance is exactly-once twice over: the Idempotency-Key is the order's externalId, and an order that
already names the quote is returned instead of a second one (a retry after a lost answer, or another key).
The order is created before the quote is marked accepted, so a failure in between leaves an approved quote
with its order, which the retry then marks accepted.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from bff.core.auth.principal import Principal
from bff.core.backends import ChannelServices
from bff.core.basket import Basket, resolve
from bff.core.clients.base import TmfNotFound, dump
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.clients.tmf648 import Tmf648Client
from bff.core.configuration import ConfigurationRequest, configure
from bff.core.errors import ChannelError, InvalidConfiguration
from bff.core.exactly_once import Ready, no_wait
from bff.core.filters import find_checked, none_found
from bff.core.idempotency import IdempotencyKeyReused
from bff.core.order_prices import repriced_code
from bff.core.pricing import quote_request, read_quote
from bff.core.staff.cycle_times import when
from bff.core.staff.models import AgentQuote, AgentRef, RetailOrderView, StaffQuoteRequest
from bff.core.staff.orders import (
    SALES_AGENT_ROLE,
    STORE_ROLE,
    OrderReading,
    Placement,
    agent_party,
    known_customer,
    place_for_customer,
    read_retail_order,
)
from tmf_models.tmf622 import ProductOrder
from tmf_models.tmf648 import Quote, QuoteCreate

OPEN_STATES = ("inProgress", "pending", "approved")
ACCEPTABLE, ACCEPTED = "approved", "accepted"
# Shown for an open quote whose validFor has ended (TMF648 has no such state; the BFF's view says it).
EXPIRED = "expired"


class QuoteNotFound(ChannelError):
    status = 404
    code = "QUOTE_NOT_FOUND"
    message = "We could not find that quote."


class QuoteNotAcceptable(ChannelError):
    status = 409
    code = "QUOTE_NOT_ACCEPTABLE"
    message = "This quote can no longer be accepted. Ask the store for a new one."


class QuoteExpired(ChannelError):
    status = 409
    code = "QUOTE_EXPIRED"
    message = "This quote has expired. Ask the store for a new one."


def expired(valid_until: datetime | None, now: datetime | None = None) -> bool:
    return valid_until is not None and valid_until < (now or datetime.now(UTC))


def _party(body: dict[str, Any], role: str) -> dict[str, Any] | None:
    return next(
        (
            party
            for party in body.get("relatedParty") or []
            if (party.get("role") or "") == role and party.get("id")
        ),
        None,
    )


def read_agent_quote(quote: Quote, currency: str) -> AgentQuote:
    body = quote.model_dump(mode="json", by_alias=True, exclude_none=True)
    items = body.get("quoteItem") or []
    main = next((item for item in items if not item.get("quoteItemRelationship")), items[0] if items else {})
    places = (main.get("product") or {}).get("place") or []
    customer, agent = _party(body, "customer"), _party(body, SALES_AGENT_ROLE)
    summary = read_quote(quote, currency)
    valid_until = when((body.get("validFor") or {}).get("endDateTime"))
    if summary.state in OPEN_STATES and expired(valid_until):
        summary.state = EXPIRED
    return AgentQuote(
        **dict(summary),
        customer_id=customer["id"] if customer else None,
        agent=AgentRef(id=agent["id"], name=agent.get("name")) if agent else None,
        address_id=places[0].get("id") if places else None,
        offer_id=(main.get("productOffering") or {}).get("id"),
        add_on_ids=[(item.get("productOffering") or {}).get("id", "") for item in items if item is not main],
        characteristics={
            str(entry["name"]): str(entry.get("value"))
            for entry in (main.get("product") or {}).get("productCharacteristic") or []
            if entry.get("name") and entry.get("value") is not None
        },
        valid_until=valid_until,
        quoted_at=when(body.get("quoteDate")),
    )


async def _quote_by_key(quotes: Tmf648Client, key: str) -> Quote | None:
    found = await find_checked(quotes.api, quotes.find_quotes, {"externalId": key})
    return None if none_found(quotes.api, found) else found[0]


async def send_quote(
    services: ChannelServices,
    *,
    customer_id: str,
    request: StaffQuoteRequest,
    agent: Principal,
    idempotency_key: str,
    ready: Ready = no_wait,
) -> AgentQuote:
    backends, currency = services.backends, services.settings.currency
    current, existing, known = await asyncio.gather(
        services.catalog.get(),
        _quote_by_key(backends.tmf648, idempotency_key),
        known_customer(backends.tmf629, backends.tmf632, customer_id),
    )
    if existing is not None:
        if (
            _party_id(existing, STORE_ROLE) != agent.store_id
            or _party_id(existing, "customer") != customer_id
        ):
            raise IdempotencyKeyReused()  # another store's key (or customer's quote): reveal nothing
        return read_agent_quote(existing, currency)
    offer, add_ons = resolve(request, current)
    checked = configure(
        current,
        ConfigurationRequest(
            offer_id=offer.id, add_on_ids=request.add_on_ids, characteristics=request.characteristics
        ),
    )
    if not checked.valid:
        raise InvalidConfiguration(checked.problems[0].message)
    await ready()
    body = dump(quote_request(request, offer, add_ons))
    if checked.characteristics:
        body["quoteItem"][0]["product"]["productCharacteristic"] = [
            {"name": name, "valueType": "string", "value": value}
            for name, value in checked.characteristics.items()
        ]
    who = agent.name or agent.subject
    body |= {
        "externalId": idempotency_key,
        "description": f"{offer.name}, quoted by {who} ({agent.store_id})",
        "relatedParty": [
            {
                "id": known.parties.customer_id,
                "name": known.parties.name,
                "role": "customer",
                "@referredType": "Customer",
            },
            agent_party(agent),
            {
                "id": agent.store_id,
                "name": agent.store_id,
                "role": STORE_ROLE,
                "@referredType": "Organization",
            },
        ],
    }
    quote = await backends.tmf648.create_quote(QuoteCreate.model_validate(body))
    return read_agent_quote(quote, currency)


def _party_id(quote: Quote, role: str) -> str | None:
    party = _party(quote.model_dump(mode="json", by_alias=True, exclude_none=True), role)
    return str(party["id"]) if party else None


async def check_quote_for(services: ChannelServices, quote_id: str, customer_id: str | None) -> None:
    """A quote an order may name: the checkout's own price quote (made anonymously, for no customer) or one a
    store made for this customer (another customer's answers 404, as an unknown one); never an expired one."""
    try:
        quote = await services.backends.tmf648.get_quote(quote_id)
    except TmfNotFound:
        raise QuoteNotFound() from None
    seen = read_agent_quote(quote, services.settings.currency)
    if seen.customer_id is not None and seen.customer_id != customer_id:
        raise QuoteNotFound()
    if seen.state == EXPIRED:
        raise QuoteExpired()


async def open_quotes_of(quotes: Tmf648Client, customer_id: str, currency: str) -> list[AgentQuote]:
    filters = {"relatedParty.id": customer_id, "state": ",".join(OPEN_STATES)}
    found = await find_checked(quotes.api, quotes.find_quotes, filters)
    return [read_agent_quote(quote, currency) for quote in found]


async def _order_for_quote(
    orders: Tmf622Client, quote_id: str, key: str, customer_id: str
) -> ProductOrder | None:
    """The order placed from this quote, found by the key or by the quote. An order the key finds that is
    not this customer's order of this quote means the key was used for something else: refused as reused,
    revealing nothing about that order."""
    by_key, by_quote = await asyncio.gather(
        find_checked(orders.api, orders.find_product_orders, {"externalId": key}),
        find_checked(orders.api, orders.find_product_orders, {"quote.id": quote_id}),
    )
    for order in by_key:
        quoted = any(ref.id == quote_id for ref in order.quote or [])
        customer = next(
            (party.id for party in order.related_party or [] if (party.role or "").lower() == "customer"),
            None,
        )
        if not quoted or customer != customer_id:
            raise IdempotencyKeyReused()
    if none_found(orders.api, by_key, by_quote):
        return None
    # An order refused for its price made nothing of the quote: it may be accepted again (and is told why).
    placed = [*by_key, *(order for order in by_quote if not repriced_code(order))]
    return placed[0] if placed else None


async def accept_quote(
    services: ChannelServices,
    *,
    quote_id: str,
    customer_id: str | None,
    idempotency_key: str,
    ready: Ready = no_wait,
) -> tuple[RetailOrderView, bool]:
    """The order placed from the customer's quote (True: placed now). Another customer's quote is 404.

    One order per quote whatever the keys: the quote's lock (every worker) holds the check of its state and
    of an order made from it together with the create, so concurrent accepts after the first find its order.
    """
    if customer_id is None:
        raise QuoteNotFound()
    async with services.locks.hold(f"quote:{quote_id}"):
        return await _accept_locked(services, quote_id, customer_id, idempotency_key, ready)


async def _accept_locked(
    services: ChannelServices, quote_id: str, customer_id: str, idempotency_key: str, ready: Ready
) -> tuple[RetailOrderView, bool]:
    backends, settings = services.backends, services.settings
    try:
        quote = await backends.tmf648.get_quote(quote_id)
    except TmfNotFound:
        raise QuoteNotFound() from None
    seen = read_agent_quote(quote, settings.currency)
    if seen.customer_id != customer_id:
        raise QuoteNotFound()  # never tell whether someone else's quote exists
    existing = await _order_for_quote(backends.tmf622, quote_id, idempotency_key, customer_id)
    if existing is not None:
        order, created = read_retail_order(existing, OrderReading.of(settings)), False
    else:
        if seen.state == EXPIRED:
            raise QuoteExpired()
        if seen.state != ACCEPTABLE or not (seen.address_id and seen.offer_id):
            raise QuoteNotAcceptable()
        body = quote.model_dump(mode="json", by_alias=True, exclude_none=True)
        agent, store = _party(body, SALES_AGENT_ROLE), _party(body, STORE_ROLE)
        order, created = await place_for_customer(
            services,
            customer_id=customer_id,
            basket=Basket(address_id=seen.address_id, offer_id=seen.offer_id, add_on_ids=seen.add_on_ids),
            characteristics=seen.characteristics,
            placement=Placement(
                channel_id=settings.channel_id,
                store_id=store["id"] if store else None,
                quote_id=quote_id,
                extra_parties=[
                    {k: v for k, v in agent.items() if k in ("id", "name", "role", "@referredType")}
                ]
                if agent
                else [],
            ),
            idempotency_key=idempotency_key,
            ready=ready,
        )
    if (quote.state.value if quote.state else None) == ACCEPTABLE:
        await ready()
        await backends.tmf648.patch_quote(quote_id, {"state": ACCEPTED})
    return order, created
