"""Quotes a store sent the signed-in customer: listed in their account, accepted online (which orders).

Only the quote's own customer sees or accepts it (`relatedParty` customer = the caller's TMF629 customer);
anyone else's quote answers 404, as an unknown one does.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, status
from fastapi.responses import JSONResponse

from bff.channel.deps import ServicesDep
from bff.channel.schemas import BACKEND_ERRORS, REQUEST_ERRORS, ErrorBody
from bff.core.basket import ID_PATTERN
from bff.core.exactly_once import Ready
from bff.core.models import OrderView
from bff.core.staff.models import AgentQuoteList
from bff.core.staff.quotes import accept_quote, open_quotes_of
from bff.web.deps import KeyedDep, OwnerDep

router = APIRouter(prefix="/api/v1", tags=["Quotes"])

ERRORS = {
    **REQUEST_ERRORS,
    **BACKEND_ERRORS,
    401: {"model": ErrorBody, "description": "UNAUTHENTICATED: sign in first"},
    403: {"model": ErrorBody, "description": "FORBIDDEN: not a customer's sign-in"},
    404: {"model": ErrorBody, "description": "QUOTE_NOT_FOUND (also another customer's quote)"},
}


@router.get("/account/quotes", summary="Open quotes a store sent the signed-in customer", responses=ERRORS)
async def my_quotes(services: ServicesDep, owner: OwnerDep) -> AgentQuoteList:
    if owner.customer_id is None:
        return AgentQuoteList(quotes=[])
    quotes = await open_quotes_of(services.backends.tmf648, owner.customer_id, services.settings.currency)
    return AgentQuoteList(quotes=quotes)


@router.post(
    "/quotes/{quoteId}/accept",
    summary="Accept a quote: TMF648 accepted, and the order placed from its items",
    status_code=status.HTTP_201_CREATED,
    response_model=OrderView,
    responses={
        **ERRORS,
        200: {"model": OrderView, "description": "Accepted already: the order it placed"},
        400: {"model": ErrorBody, "description": "IDEMPOTENCY_KEY_REQUIRED"},
        409: {"model": ErrorBody, "description": "QUOTE_NOT_ACCEPTABLE, OFFER_NOT_AVAILABLE_AT_ADDRESS"},
    },
)
async def accept(
    quote_id: Annotated[str, Path(alias="quoteId", pattern=ID_PATTERN)], owner: OwnerDep, keyed: KeyedDep
) -> JSONResponse:
    async def make(ready: Ready) -> tuple[OrderView, bool]:
        order, created = await accept_quote(
            keyed.services,
            quote_id=quote_id,
            customer_id=owner.customer_id,
            idempotency_key=keyed.key,
            ready=ready,
        )
        shown = OrderView.model_validate({name: getattr(order, name) for name in OrderView.model_fields})
        return shown, created

    return await keyed.create(None, make)
