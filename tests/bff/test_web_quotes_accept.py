"""Cross-channel quotes: an agent sends one (retail); the customer accepts it online (web): one order."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import respx

from bff.core.backends import ChannelServices
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from tests.bff.factories import create_qualification, echo_order, priced_quote
from tests.bff.retail_support import (
    ALEX,
    JANE,
    SAM,
    TMF622,
    TMF629,
    TMF632,
    TMF645,
    TMF648,
    SignedIn,
    create_customer,
    create_individual,
    listed,
    signed_in_client,
)


def create_sent_quote(request_body: dict[str, Any], state: str = "approved") -> dict[str, Any]:
    """What TMF648 answers to a create: the quote as sent, priced, approved."""
    items = [{**item, "state": state} for item in request_body["quoteItem"]]
    return {
        **request_body,
        "id": "q-77",
        "state": state,
        "quoteItem": items,
        "quoteDate": "2026-11-23T10:00:00Z",
    }


class QuoteBackend:
    """TMF648 and TMF622 enough for a quote to be sent, listed, accepted and ordered."""

    def __init__(self, tmf: respx.MockRouter) -> None:
        self.quote: dict[str, Any] | None = None
        self.orders: list[dict[str, Any]] = []
        tmf.post(f"{TMF648}/quote", name="create_quote").mock(side_effect=self._create_quote)
        tmf.get(f"{TMF648}/quote").mock(side_effect=self._find_quotes)
        tmf.get(f"{TMF648}/quote/q-77").mock(side_effect=lambda request: httpx.Response(200, json=self.quote))
        tmf.patch(f"{TMF648}/quote/q-77", name="patch_quote").mock(side_effect=self._patch_quote)
        tmf.get(f"{TMF622}/productOrder").mock(side_effect=self._find_orders)
        tmf.post(f"{TMF622}/productOrder", name="create_order").mock(side_effect=self._create_order)
        tmf.post(f"{TMF645}/checkServiceQualification").respond(
            201, json=create_qualification([("FTTP", 1000, 115)])
        )
        tmf.get(f"{TMF629}/customer/cust-0001").respond(200, json=create_customer())
        tmf.get(f"{TMF629}/customer/cust-0002").respond(200, json=create_customer("cust-0002", "Sam Patel"))
        tmf.get(f"{TMF632}/individual/ind-cust-0001").respond(200, json=create_individual())

    def _create_quote(self, request: httpx.Request) -> httpx.Response:
        self.quote = create_sent_quote(json.loads(request.content))
        return httpx.Response(201, json=self.quote)

    def _find_quotes(self, request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        quote = self.quote or {}
        parties = [party["id"] for party in quote.get("relatedParty") or []]
        wanted = params.get("relatedParty.id") in parties or params.get("externalId") == quote.get(
            "externalId"
        )
        return listed([quote] if quote and wanted else [])

    def _patch_quote(self, request: httpx.Request) -> httpx.Response:
        assert self.quote is not None
        self.quote = {**self.quote, **json.loads(request.content)}
        return httpx.Response(200, json=self.quote)

    def _find_orders(self, request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        found = [
            order
            for order in self.orders
            if order.get("externalId") == params.get("externalId")
            or any(ref["id"] == params.get("quote.id") for ref in order.get("quote") or [])
        ]
        return listed(found)

    def _create_order(self, request: httpx.Request) -> httpx.Response:
        order = echo_order(json.loads(request.content), f"po-{len(self.orders) + 1}")
        self.orders.append(order)
        return httpx.Response(201, json=order)


@pytest.fixture
def backend(tmf: respx.MockRouter) -> QuoteBackend:
    return QuoteBackend(tmf)


@pytest.fixture
def customer() -> SignedIn:
    return SignedIn(JANE)


@pytest.fixture
async def retail(services: ChannelServices, backend: QuoteBackend) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_retail_app(services.settings), services, SignedIn(ALEX)) as http:
        yield http


@pytest.fixture
async def web(
    services: ChannelServices, backend: QuoteBackend, customer: SignedIn
) -> AsyncIterator[httpx.AsyncClient]:
    async with signed_in_client(create_web_app(services.settings), services, customer) as http:
        yield http


async def send(retail: httpx.AsyncClient, key: str = "quote-key-0001") -> httpx.Response:
    return await retail.post(
        "/api/v1/customers/cust-0001/quotes",
        json={"addressId": "addr-0001", "offerId": "po-fibre-900", "addOnIds": ["po-router"]},
        headers={"Idempotency-Key": key},
    )


async def test_an_agent_sends_a_quote_for_the_customer(
    retail: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    response = await send(retail)

    assert response.status_code == 201
    sent = json.loads(tmf.routes["create_quote"].calls.last.request.content)
    assert [(party["id"], party["role"]) for party in sent["relatedParty"]] == [
        ("cust-0001", "customer"),
        ("sub-alex", "salesAgent"),
        ("store-rdg", "store"),
    ]
    assert sent["externalId"] == "quote-key-0001"
    quote = response.json()
    assert (quote["state"], quote["customerId"], quote["agent"]["name"]) == (
        "approved",
        "cust-0001",
        "Alex Agent",
    )
    assert (quote["addressId"], quote["offerId"], quote["addOnIds"]) == (
        "addr-0001",
        "po-fibre-900",
        ["po-router"],
    )


async def test_the_customer_sees_the_quote_in_their_account(
    retail: httpx.AsyncClient, web: httpx.AsyncClient
) -> None:
    await send(retail)

    response = await web.get("/api/v1/account/quotes")

    assert response.status_code == 200
    assert [quote["id"] for quote in response.json()["quotes"]] == ["q-77"]


async def test_accepting_the_quote_online_places_one_order(
    retail: httpx.AsyncClient, web: httpx.AsyncClient, backend: QuoteBackend, tmf: respx.MockRouter
) -> None:
    await send(retail)

    first = await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": "accept-key-0001"})
    again = await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": "accept-key-0002"})

    assert first.status_code == 201 and again.status_code == 200
    assert first.json()["id"] == again.json()["id"] == "po-1"
    assert len(backend.orders) == 1
    order = backend.orders[0]
    assert order["quote"] == [{"id": "q-77", "@referredType": "Quote"}]
    assert [(channel["id"], channel["name"]) for channel in order["channel"]] == [
        ("web", "web"),
        ("retail", "store-rdg"),  # the store that sent the quote: the order is in its queue
    ]
    assert {party["role"] for party in order["relatedParty"]} == {"customer", "contact", "salesAgent"}
    assert [item["productOffering"]["id"] for item in order["productOrderItem"]] == [
        "po-fibre-900",
        "po-router",
    ]
    assert json.loads(tmf.routes["patch_quote"].calls.last.request.content) == {"state": "accepted"}
    assert backend.quote is not None and backend.quote["state"] == "accepted"


async def test_another_customer_cannot_accept_the_quote(
    retail: httpx.AsyncClient, web: httpx.AsyncClient, backend: QuoteBackend, customer: SignedIn
) -> None:
    await send(retail)
    customer.who = SAM

    response = await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": "accept-key-0003"})
    listed_quotes = await web.get("/api/v1/account/quotes")

    assert response.status_code == 404
    assert response.json()["code"] == "QUOTE_NOT_FOUND"
    assert backend.orders == []
    assert listed_quotes.json() == {"quotes": []}


async def test_accepting_needs_a_customer_sign_in(
    retail: httpx.AsyncClient, web: httpx.AsyncClient, customer: SignedIn
) -> None:
    await send(retail)
    customer.who = None

    response = await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": "accept-key-0004"})

    assert response.status_code == 401


# A relative @schemaLocation (the spec says uri): the client skips the item as malformed.
MALFORMED = {"@schemaLocation": "schemas/Quote.json"}


async def test_a_malformed_quote_under_the_key_makes_the_send_retryable_not_a_second_quote(
    retail: httpx.AsyncClient, backend: QuoteBackend, tmf: respx.MockRouter
) -> None:
    await send(retail)
    # A quote sent under another key (by a BFF instance that has since gone), answered malformed.
    assert backend.quote is not None
    backend.quote = {**backend.quote, **MALFORMED, "externalId": "quote-key-0002"}

    refused = await send(retail, key="quote-key-0002")  # the quote it sent may be the malformed one

    assert refused.status_code == 503 and refused.json()["code"] == "BACKEND_UNAVAILABLE"
    assert tmf.routes["create_quote"].call_count == 1


async def test_a_malformed_order_for_the_quote_makes_the_accept_retryable_not_a_second_order(
    retail: httpx.AsyncClient, web: httpx.AsyncClient, backend: QuoteBackend
) -> None:
    await send(retail)
    await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": "accept-key-0001"})
    backend.orders[0] = {**backend.orders[0], "@schemaLocation": "schemas/ProductOrder.json"}

    again = await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": "accept-key-0002"})

    assert again.status_code == 503 and again.json()["code"] == "BACKEND_UNAVAILABLE"
    assert len(backend.orders) == 1


async def test_the_order_of_an_accepted_quote_is_priced_by_it(
    retail: httpx.AsyncClient, web: httpx.AsyncClient, backend: QuoteBackend, tmf: respx.MockRouter
) -> None:
    await send(retail)
    assert backend.quote is not None
    backend.quote = {**backend.quote, "quoteItem": priced_quote(backend.quote)["quoteItem"]}

    response = await web.post("/api/v1/quotes/q-77/accept", headers={"Idempotency-Key": "accept-key-0009"})

    assert response.status_code == 201, response.text
    order = backend.orders[-1]
    assert order["quote"][0]["id"] == "q-77"
    fibre, router = order["productOrderItem"]
    assert fibre["itemPrice"][0]["price"]["taxIncludedAmount"]["value"] == 50.0
    assert router["itemPrice"][0]["price"]["taxIncludedAmount"]["value"] == 49.0
    totals = {
        total["priceType"]: total["price"]["taxIncludedAmount"]["value"] for total in order["orderTotalPrice"]
    }
    assert totals == {"recurring": 50.0, "oneTime": 29.99 + 49.0}
    assert tmf.routes["create_quote"].call_count == 1  # the agent's: the order made no quote of its own
