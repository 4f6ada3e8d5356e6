"""Dependencies of the web channel's routes, as Annotated aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Path, Request

from bff.core.auth.dependencies import CustomerPrincipal, OptionalPrincipal
from bff.core.backends import Journey
from bff.core.basket import ID_PATTERN
from bff.core.customers import Owner
from bff.core.idempotency import IdempotencyKeyMissing

KEY_PATTERN = r"^[A-Za-z0-9_.:-]+$"


def get_journey(request: Request) -> Journey:
    return request.app.state.journey  # type: ignore[no-any-return]


def optional_idempotency_key(
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            min_length=8,
            max_length=100,
            pattern=KEY_PATTERN,
            description="Unique per intended action (e.g. a UUID made when the basket is confirmed); "
            "retries send the same key. Kept for BFF_IDEMPOTENCY_TTL_HOURS.",
        ),
    ] = None,
) -> str | None:
    return idempotency_key


def required_idempotency_key(key: Annotated[str | None, Depends(optional_idempotency_key)]) -> str:
    if not key:
        raise IdempotencyKeyMissing()
    return key


def caller_scope(journey: Annotated[Journey, Depends(get_journey)], caller: OptionalPrincipal) -> str:
    """Whose keys these are: the channel and the signed-in user (`sub`), or anonymous."""
    return f"{journey.settings.channel_id}:{caller.subject if caller else 'anonymous'}"


async def caller_owner(journey: Annotated[Journey, Depends(get_journey)], caller: CustomerPrincipal) -> Owner:
    """The signed-in customer's TMF629 customer, whose orders and products they may see and change."""
    assert caller.customer_id is not None  # CustomerPrincipal has one
    return await journey.customers.owner(journey.backends.tmf629, caller.customer_id)


JourneyDep = Annotated[Journey, Depends(get_journey)]
IdempotencyKeyDep = Annotated[str, Depends(required_idempotency_key)]
OptionalIdempotencyKeyDep = Annotated[str | None, Depends(optional_idempotency_key)]
ScopeDep = Annotated[str, Depends(caller_scope)]
OwnerDep = Annotated[Owner, Depends(caller_owner)]
# A TMF resource id in a path: refused with a 422 before it could reach a backend URL.
IdPath = Annotated[str, Path(pattern=ID_PATTERN, examples=["po-seed-cust-0001"])]
