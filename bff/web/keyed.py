"""Answering a mutating request through the idempotency store (bff/core/exactly_once.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from bff.core.backends import Journey
from bff.core.exactly_once import KeyedRequest, Ready, run_once

REPLAYED_HEADER = "Idempotent-Replayed"


async def answer_once(
    journey: Journey,
    request: Request,
    *,
    scope: str,
    key: str,
    payload: BaseModel | None,
    step: Callable[[Ready], Awaitable[tuple[int, BaseModel]]],
) -> JSONResponse:
    keyed = KeyedRequest(
        scope=scope,
        key=key,
        method=request.method,
        path=request.url.path,
        payload=payload.model_dump(mode="json", by_alias=True) if payload is not None else None,
    )
    outcome = await run_once(journey.idempotency, keyed, step)
    headers = {REPLAYED_HEADER: "true"} if outcome.replayed else None
    return JSONResponse(outcome.body, status_code=outcome.status_code, headers=headers)
