"""Running a mutating journey step exactly once per Idempotency-Key (see idempotency.py for the rules).

Channel-neutral: takes the step as a coroutine function and returns the outcome to send, which is the step's
own answer the first time and the stored answer on every replay.

A step's create (`create_once`) may be sent and then fail without a clear answer: a time-out or a dropped
connection after the request went out, a 500, 502 or 504. The backend may have made the resource, or may
still be making it, so a retry must not run the step now: its externalId lookup could miss a create that
is still being committed and make a second one. When the step cannot find what the create made, it raises
OutcomeUnknown and the key stays claimed; retries answer 409 REQUEST_IN_PROGRESS until the claim is stale
(BFF_IDEMPOTENCY_STALE_SECONDS, far above any backend call's time-out), and the retry that takes it over
finds the resource by its externalId, or creates it if the first create never landed. A failure that
proves nothing was done (no connection, a 503, a 4xx, a refused token) releases the key as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from bff.core.clients.base import TmfError, TmfServerError, TmfUnavailable
from bff.core.errors import BackendUnavailable, ChannelError, channel_error_for, error_body
from bff.core.idempotency import IdempotencyStore, fingerprint

log = logging.getLogger("bff.idempotency")

T = TypeVar("T")

# Failures raised before a request went out: nothing can have been done.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class OutcomeUnknown(BackendUnavailable):
    message = "We could not confirm this request yet. Wait a moment, then check your orders."


def outcome_unknown(exc: TmfError) -> bool:
    """Whether a failed create may still have been carried out by the backend."""
    if isinstance(exc, TmfServerError):
        return True  # a 500, or an answer outside the spec: the create may have been done
    if isinstance(exc, TmfUnavailable):
        if exc.status is not None:
            return exc.status != 503  # 503: not handled (RFC 9110); a gateway's 502/504 says nothing
        return not isinstance(exc.__cause__, _NOT_SENT)
    return False  # refused (4xx) or no token: nothing was done


async def create_once(create: Callable[[], Awaitable[T]], find: Callable[[], Awaitable[T | None]]) -> T:
    """Send a create that must be done at most once; when its outcome is unknown, what it made if `find`
    sees it, else OutcomeUnknown (the key stays claimed: see the module docstring)."""
    try:
        return await create()
    except TmfError as exc:
        if not outcome_unknown(exc):
            raise
        failure = exc
    try:
        found = await find()
    except TmfError:
        found = None
    if found is not None:
        log.info("a create whose answer was lost had been done", extra={"reason": str(failure)})
        return found
    raise OutcomeUnknown() from failure


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
        elif isinstance(error, OutcomeUnknown):
            log.warning(
                "create outcome unknown: the key stays claimed until stale",
                extra={"idempotencyKey": request.key},
            )
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
