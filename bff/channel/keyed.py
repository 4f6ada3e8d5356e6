"""Answering a mutating request once per Idempotency-Key, through the idempotency store (exactly_once.py).

A retry with the same key gets the first answer again, with the header `Idempotent-Replayed: true`. A route
whose key is required takes a `Keyed` (each channel's deps.py makes one from its own scope of keys):

    async def cease(product_id: IdPath, owner: OwnerDep, keyed: KeyedDep) -> JSONResponse:
        return await keyed.create(None, lambda ready: cease_product(..., ready=ready))
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from bff.core.backends import ChannelServices
from bff.core.exactly_once import KeyedRequest, Ready, run_once

REPLAYED_HEADER = "Idempotent-Replayed"

Step = Callable[[Ready], Awaitable[tuple[int, BaseModel]]]


async def answer_once(
    services: ChannelServices,
    request: Request,
    *,
    scope: str,
    key: str,
    payload: BaseModel | None,
    step: Step,
) -> JSONResponse:
    """The answer `step` gives (its status and body), or the one it gave the first time with this key.

    `step` awaits `ready` before its first write, so that a request still running under the key is refused
    rather than done twice."""
    keyed = KeyedRequest(
        scope=scope,
        key=key,
        method=request.method,
        path=request.url.path,
        payload=payload.model_dump(mode="json", by_alias=True) if payload is not None else None,
    )
    outcome = await run_once(services.idempotency, keyed, step)
    headers = {REPLAYED_HEADER: "true"} if outcome.replayed else None
    return JSONResponse(outcome.body, status_code=outcome.status_code, headers=headers)


@dataclass(frozen=True)
class Keyed:
    """A mutating call with its Idempotency-Key (required), and whose keys it is (`scope`)."""

    services: ChannelServices
    request: Request
    scope: str
    key: str

    async def answer(self, payload: BaseModel | None, step: Step) -> JSONResponse:
        return await answer_once(
            self.services, self.request, scope=self.scope, key=self.key, payload=payload, step=step
        )

    async def create(
        self, payload: BaseModel | None, make: Callable[[Ready], Awaitable[tuple[BaseModel, bool]]]
    ) -> JSONResponse:
        """`make` answers what it made and whether it made it now: 201 Created, or 200 when an earlier try
        with this key had made it (found by the key) and its answer was lost."""

        async def step(ready: Ready) -> tuple[int, BaseModel]:
            made, created = await make(ready)
            return (status.HTTP_201_CREATED if created else status.HTTP_200_OK), made

        return await self.answer(payload, step)
