"""Running a mutating journey step exactly once per Idempotency-Key (see idempotency.py for the rules).

Channel-neutral: takes the step as a coroutine function and returns the outcome to send, which is the step's
own answer the first time and the stored answer on every replay.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from bff.core.clients.base import TmfError
from bff.core.errors import ChannelError, channel_error_for, error_body
from bff.core.idempotency import IdempotencyStore, fingerprint

log = logging.getLogger("bff.idempotency")


@dataclass(frozen=True)
class Outcome:
    status_code: int
    body: Any
    replayed: bool = False


@dataclass(frozen=True)
class KeyedRequest:
    """Who sent what under which key: the scope (channel and user) and what the fingerprint is made of."""

    scope: str
    key: str
    method: str
    path: str
    payload: Any


Ready = Callable[[], Awaitable[None]]


async def no_wait() -> None:
    """The `ready` of a step that runs without a key: nothing to wait for."""


async def run_once(
    store: IdempotencyStore,
    request: KeyedRequest,
    step: Callable[[Ready], Awaitable[tuple[int, BaseModel]]],
) -> Outcome:
    """Run `step` once for the key. The key is claimed while the step does its reads; the step awaits
    `ready()` before its first write, which returns only once the claim is ours, so the database round
    trip is off the critical path and nothing is written for a request that will be replayed or refused.
    """
    claiming = asyncio.ensure_future(
        store.aclaim(
            request.scope,
            request.key,
            fingerprint(request.method, request.path, request.payload, request.scope),
        )
    )

    async def ready() -> None:
        claim = await asyncio.shield(claiming)
        if claim.replay:
            raise asyncio.CancelledError  # the stored outcome is answered instead; never write

    stepping = asyncio.ensure_future(step(ready))
    try:
        claim = await asyncio.shield(claiming)
    except BaseException:
        await _abandon(stepping)  # refused (reused key, in flight) or cancelled: the reads are wasted
        raise
    if claim.replay:
        await _abandon(stepping)
        log.info("idempotent replay", extra={"idempotencyKey": request.key, "status": claim.status_code})
        return Outcome(claim.status_code or 200, claim.body, replayed=True)
    if claim.taken_over:
        log.warning("took over a stale in-flight key", extra={"idempotencyKey": request.key})
    try:
        status_code, answer = await stepping
    except (ChannelError, TmfError) as exc:
        error = exc if isinstance(exc, ChannelError) else channel_error_for(exc)
        if error.status < 500:
            # A definitive refusal (offer not available, cannot cancel...): the same request gets the same.
            await store.acomplete(request.scope, request.key, error.status, error_body(error))
        else:
            await _release(store, request)  # transient: let the customer's retry run again
        raise
    except BaseException:
        await _release(store, request)  # cancelled or a bug: never leave the key wedged until it goes stale
        raise
    body = answer.model_dump(mode="json", by_alias=True)
    await store.acomplete(request.scope, request.key, status_code, body)
    return Outcome(status_code, body)


async def _abandon(stepping: asyncio.Future[tuple[int, BaseModel]]) -> None:
    stepping.cancel()
    with contextlib.suppress(BaseException):
        await stepping


async def _release(store: IdempotencyStore, request: KeyedRequest) -> None:
    try:
        await asyncio.shield(store.arelease(request.scope, request.key))
    except Exception:  # the key then goes stale and is taken over; never hide the original error
        log.exception("could not release an idempotency key", extra={"idempotencyKey": request.key})
