"""Dependencies of any channel's routes, as Annotated aliases: the channel's services and the
Idempotency-Key header. Each channel's own deps.py adds whose keys they are and makes its `KeyedDep`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from bff.core.backends import ChannelServices
from bff.core.idempotency import IdempotencyKeyMissing

KEY_PATTERN = r"^[A-Za-z0-9_.:-]+$"


def get_services(request: Request) -> ChannelServices:
    return request.app.state.services  # type: ignore[no-any-return]


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


ServicesDep = Annotated[ChannelServices, Depends(get_services)]
IdempotencyKeyDep = Annotated[str, Depends(required_idempotency_key)]
OptionalIdempotencyKeyDep = Annotated[str | None, Depends(optional_idempotency_key)]
