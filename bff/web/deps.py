"""Dependencies of the web channel's routes, as Annotated aliases (the shared ones: bff/channel/deps.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from bff.channel.auth import CustomerPrincipal, OptionalPrincipal
from bff.channel.deps import IdempotencyKeyDep, ServicesDep
from bff.channel.keyed import Keyed
from bff.core.basket import ID_PATTERN
from bff.core.customers import Owner


def caller_scope(services: ServicesDep, caller: OptionalPrincipal) -> str:
    """Whose keys these are: the channel and the signed-in user (`sub`), or anonymous."""
    return f"{services.settings.channel_id}:{caller.subject if caller else 'anonymous'}"


async def caller_owner(services: ServicesDep, caller: CustomerPrincipal) -> Owner:
    """The signed-in customer's TMF629 customer, whose orders and products they may see and change."""
    assert caller.customer_id is not None  # CustomerPrincipal has one
    return await services.customers.owner(services.backends.tmf629, caller.customer_id)


ScopeDep = Annotated[str, Depends(caller_scope)]


def keyed_call(request: Request, services: ServicesDep, scope: ScopeDep, key: IdempotencyKeyDep) -> Keyed:
    return Keyed(services, request, scope, key)


OwnerDep = Annotated[Owner, Depends(caller_owner)]
KeyedDep = Annotated[Keyed, Depends(keyed_call)]
# A TMF resource id in a path: refused with a 422 before it could reach a backend URL.
IdPath = Annotated[str, Path(pattern=ID_PATTERN, examples=["po-seed-cust-0001"])]
