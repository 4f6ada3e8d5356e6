"""1000 order journeys through the web BFF while a fifth of the TMF calls fail and the BFF and the TMF mock
server (TMF622 and its outbox) are each killed with SIGKILL and restarted; then reconciliation.

Real processes on free ports (identity provider, mocks, BFF as `scripts/stack.py` starts them) with a scratch
SQLite data directory, an event subscriber on the TMF622 hub, ~16 concurrent customers' clients that retry
with the same Idempotency-Key. After the run the faults go off, undecided orders are retried once, and
TMF622 and the subscriber's outbox are checked against what every client was told (tests/reliability/
reconcile.py). The counts are printed (`pytest -s` shows them).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from mock_backends.events.receiver import EventReceiver
from tests.reliability.chaos import Chaos, plan_crashes
from tests.reliability.driver import (
    ClientRetry,
    JourneyResult,
    plan_journeys,
    run_journey,
    settle,
)
from tests.reliability.reconcile import (
    Reconciliation,
    reconcile_customers,
    reconcile_events,
    reconcile_orders,
)
from tests.reliability.stack import ReliabilityStack, customer_claim, running_stack

SEED = 20261201
JOURNEYS = 1000
CONCURRENCY = 16
REFUSED_SHARE = 0.2  # half offer-not-available, half invalid add-ons
PERSONAS = [  # seeded: their TMF629 customers exist
    "jane.doe@example.com",
    "sam.patel@example.com",
    "olivia.brown@example.com",
    "tom.nguyen@example.com",
]
# Registered at the start: the BFF makes each one's TMF629 customer at their first order, under the faults.
NEWCOMERS = [f"rel.newcomer{n}@example.com" for n in range(4)]
CUSTOMERS = PERSONAS + NEWCOMERS
# 20 % of TMF calls faulted: errors, hangs longer than the BFF's timeout, dropped connections.
FAULTS = {
    "*": {
        "error_rate": 0.08,
        "error_statuses": [500, 502, 503],
        "retry_after_seconds": 0,
        "timeout_rate": 0.06,
        "timeout_seconds": 2.5,
        "drop_rate": 0.06,
        "seed": SEED,
    }
}
STALE_SECONDS = 15  # a key the killed BFF held is taken over this long after (above any request's time)
ENV = {
    "IDP_PASSWORD_HASH_PROFILE": "CHEAPEST",
    "MOCKS_ORDER_PACE": "instant",
    "MOCKS_EVENTS_POLL_SECONDS": "0.1",
    # A row the killed mocks had claimed is due again after its lease (2 x this + 5 s).
    "MOCKS_EVENTS_TIMEOUT_SECONDS": "1",
    "MOCKS_EVENTS_RETRY_BASE_SECONDS": "0.2",
    "MOCKS_EVENTS_RETRY_MAX_SECONDS": "2",
    "BFF_TIMEOUT_SECONDS": "1.5",
    # One catalogue read for the run (and one after the BFF's restart): its expiry is not under test, and
    # re-reading it on two busy cores would time out every journey at once.
    "BFF_CATALOG_TTL_SECONDS": "3600",
    "BFF_RETRY_BUDGET_SECONDS": "3",
    "BFF_IDEMPOTENCY_STALE_SECONDS": str(STALE_SECONDS),
    # The BFF's own TMF622 subscription would double the deliveries on two cores; ours is the one checked.
    "BFF_ORDER_EVENTS": "false",
}


class FaultedStack:
    """Faults live in the mocks' memory: set again whenever the mocks come back from a crash."""

    def __init__(self, stack: ReliabilityStack) -> None:
        self.stack = stack

    def kill(self, name: str) -> None:
        self.stack.kill_9(name)

    def restart(self, name: str) -> None:
        self.stack.restart(name)
        if name == "mock_backends":
            self.stack.set_faults(FAULTS)


async def drive(
    stack: ReliabilityStack, tokens: dict[str, dict[str, str]], chaos: Chaos
) -> list[JourneyResult]:
    plans = plan_journeys(JOURNEYS, CUSTOMERS, SEED, REFUSED_SHARE)
    results: list[JourneyResult] = []
    queue: asyncio.Queue[Any] = asyncio.Queue()
    for plan in plans:
        queue.put_nowait(plan)
    policy = ClientRetry()
    limits = httpx.Limits(max_connections=CONCURRENCY)
    async with httpx.AsyncClient(base_url=stack.bff, timeout=15, limits=limits) as client:

        async def customer_client() -> None:
            while not queue.empty():
                plan = queue.get_nowait()
                results.append(await run_journey(client, plan, tokens[plan.customer], policy))

        stop = asyncio.Event()
        crashing = asyncio.create_task(chaos.run(lambda: len(results), stop))
        await asyncio.gather(*(customer_client() for _ in range(CONCURRENCY)))
        stop.set()
        await crashing
    return sorted(results, key=lambda result: result.plan.number)


async def settle_undecided(
    stack: ReliabilityStack, tokens: dict[str, dict[str, str]], results: list[JourneyResult]
) -> None:
    """Once the faults are off: one more try of each order the client gave up on, as many at once as there
    were clients (a key a failed create left claimed answers 409 until it is stale: that is waited out)."""
    undecided = [result for result in results if result.outcome == "undecided"]
    slots = asyncio.Semaphore(CONCURRENCY)

    async with httpx.AsyncClient(base_url=stack.bff, timeout=15) as client:
        settled = await asyncio.gather(
            *(settle(client, r, tokens[r.plan.customer], STALE_SECONDS + 30, slots) for r in undecided)
        )
    for result, answer in zip(undecided, settled, strict=True):
        result.settled = answer


def wait_for_outbox(stack: ReliabilityStack, subscription_id: str, seconds: float) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while True:
        outbox = stack.outbox(subscription_id)
        if outbox["pending"] == 0 or time.monotonic() > deadline:
            return outbox
        time.sleep(0.5)


def report(
    results: list[JourneyResult],
    reconciliation: Reconciliation,
    chaos: Chaos,
    backend_calls: Counter[str],
    wall: dict[str, float],
) -> str:
    outcomes = Counter(result.outcome for result in results)
    refused = Counter(f"{result.status} {result.code}" for result in results if result.outcome == "refused")
    faults: Counter[str] = Counter()
    for result in results:
        faults.update(result.seen.faults)
    lines = [
        f"journeys {len(results)}: "
        + ", ".join(f"{name} {count}" for name, count in sorted(outcomes.items())),
        "refused: " + ", ".join(f"{name} x{count}" for name, count in sorted(refused.items())),
        f"retried journeys {sum(1 for r in results if r.seen.retries)}, "
        f"retries {sum(r.seen.retries for r in results)}",
        "faults seen by clients: " + ", ".join(f"{name} x{count}" for name, count in sorted(faults.items())),
        f"BFF's TMF calls {sum(backend_calls.values())}: "
        + ", ".join(f"{name} x{count}" for name, count in sorted(backend_calls.items())),
        "kills: " + ", ".join(f"{c.process} after {c.after_journeys} (down {s:.1f}s)" for c, s in chaos.done),
        *(f"{name}: {count}" for name, count in sorted(reconciliation.counts.items())),
        "wall time: " + ", ".join(f"{name} {seconds:.1f}s" for name, seconds in wall.items()),
    ]
    return "\n".join(lines)


@pytest.mark.timeout(600)
def test_every_order_exactly_once_and_every_event_delivered_through_faults_and_kills(tmp_path: Path) -> None:
    started = time.monotonic()
    with running_stack(tmp_path, ENV) as stack, EventReceiver() as subscriber:
        subscription = stack.subscribe(subscriber.callback)
        tokens = {email: stack.customer_headers(email) for email in PERSONAS}
        tokens |= {email: stack.new_customer(email) for email in NEWCOMERS}
        stack.set_faults(FAULTS)
        faulted = FaultedStack(stack)
        chaos = Chaos(
            plan_crashes(["bff", "mock_backends"], JOURNEYS, 1, SEED), faulted.kill, faulted.restart
        )
        ready = time.monotonic()

        results = asyncio.run(drive(stack, tokens, chaos))
        stack.clear_faults()
        asyncio.run(settle_undecided(stack, tokens, results))
        driven = time.monotonic()

        reconciliation = Reconciliation()
        orders = stack.orders()
        reconcile_orders(results, orders, reconciliation)
        ours = {
            order["id"] for order in orders if str(order.get("externalId", "")).startswith(f"rel-{SEED}-")
        }
        outbox = wait_for_outbox(stack, subscription, 60)
        reconcile_events(outbox, subscriber.events(), ours, reconciliation)
        backend_calls = stack.backend_calls()
        made = {email: stack.customers_of(customer_claim(tokens[email])) for email in NEWCOMERS}
        reconcile_customers(made, reconciliation)
    wall = {
        "start": ready - started,
        "journeys and settling": driven - ready,
        "reconcile": time.monotonic() - driven,
        "total": time.monotonic() - started,
    }
    print("\n" + report(results, reconciliation, chaos, backend_calls, wall))

    assert not reconciliation.problems, "\n".join(reconciliation.problems[:20])
    assert {crash.process for crash, _ in chaos.done} == {"bff", "mock_backends"}
    assert reconciliation.counts["events delivered"] > 0
    outcomes = Counter(result.outcome for result in results)
    assert outcomes["succeeded"] > 0 and outcomes["refused"] > 0
    assert sum(result.seen.retries for result in results) > 0  # the clients felt the faults
