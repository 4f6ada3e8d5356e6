"""Orders per second at saturation through the web BFF against the TMF mocks, in the production profile.

Usage: python -m bench.order_throughput [SECONDS] [LEVELS]      (default 15 s per level, levels 1,4,8,16,32)

The mocks and the BFF keep their data in a scratch PostgreSQL database (scripts/stack.py `Production`:
`BFF_DATABASE_URL`, `MOCKS_DATABASE_URL`, its BFF workers), started by bench/bff_stack.py (the mocks take
calls without tokens and place orders as written: the figures are the ordering path, not fulfilment). Each
client is one signed-in customer placing orders back to back (`POST /api/v1/orders`, a new Idempotency-Key
each: claim, TMF645 ∥ TMF622-by-key ∥ TMF629 ∥ TMF632 reads, then TMF622 create). Concurrency rises through
the levels until orders/s stops rising (under 5 % more than the level before); per level it prints orders/s,
p50/p95 latency, errors, and the memory of each process tree at the end of the level.
"""

from __future__ import annotations

import asyncio
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field

import httpx

from bench.bff_stack import Running, running_stack
from bench.process_memory import memory_lines
from scripts.stack import Production, scratch_database

POSTCODE, HOUSE = "RG1 4AB", "7"
CONTACT = {"givenName": "Bench", "familyName": "Mark", "phone": "07700 900123"}
RISE = 1.05  # a level must beat the one before by this much to count as still rising


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


@dataclass
class Level:
    clients: int
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def orders_per_second(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        errors = ", ".join(f"{name}: {count}" for name, count in self.errors.items()) or "none"
        p50, p95 = percentile(self.latencies_ms, 0.5), percentile(self.latencies_ms, 0.95)
        return (
            f"  {self.clients:3d} clients: {self.orders_per_second:6.1f} orders/s   "
            f"p50 {p50:7.1f}   p95 {p95:7.1f} ms"
            f"   ({len(self.latencies_ms)} orders in {self.seconds:.0f} s; errors: {errors})"
        )


async def place_orders(bff: httpx.AsyncClient, basket: dict, level: Level, deadline: float) -> None:
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        try:
            key = {"Idempotency-Key": uuid.uuid4().hex}
            answer = await bff.post("/api/v1/orders", json=basket, headers=key)
        except httpx.HTTPError as exc:
            level.errors[type(exc).__name__] += 1
            continue
        if answer.status_code == 201:
            level.latencies_ms.append((time.perf_counter() - started) * 1000)
        else:
            level.errors[f"{answer.status_code} {answer.json().get('code', '')}".strip()] += 1


async def run_level(clients: list[httpx.AsyncClient], basket: dict, seconds: float) -> Level:
    level = Level(len(clients))
    started = time.perf_counter()
    await asyncio.gather(*(place_orders(bff, basket, level, started + seconds) for bff in clients))
    level.seconds = time.perf_counter() - started
    return level


def basket_of(stack: Running) -> dict:
    with httpx.Client(base_url=stack.bff_url, timeout=30) as bff:
        offers = bff.post("/api/v1/availability", json={"postcode": POSTCODE, "houseNumber": HOUSE}).json()
        basket = {"addressId": offers["address"]["id"], "offerId": offers["offers"][0]["id"], "addOnIds": []}
        # The contract summary of the basket's price, confirmed as checkout does.
        summary = bff.post("/api/v1/quotes", json=basket).json()["contractSummary"]
    return {
        **basket,
        "contact": {**CONTACT, "email": f"bench.{uuid.uuid4().hex[:8]}@example.com"},
        "consents": {"creditCheck": True, "terms": True},
        "contractSummaryAccepted": True,
        "contractSummaryVersion": summary["version"],
    }


async def ramp(
    stack: Running, customers: list[dict[str, str]], levels: list[int], seconds: float
) -> list[Level]:
    """`customers`: the Authorization header of each client (signed in before the loop starts)."""
    basket = basket_of(stack)
    limits = httpx.Limits(max_connections=1)
    clients = [
        httpx.AsyncClient(base_url=stack.bff_url, timeout=30, headers=headers, limits=limits)
        for headers in customers
    ]
    done: list[Level] = []
    try:
        for count in levels:
            level = await run_level(clients[:count], basket, seconds)
            print(level.line(), flush=True)
            print("\n".join(["    memory per process tree:", *memory_lines(stack.pids)]), flush=True)
            done.append(level)
            if len(done) > 1 and level.orders_per_second < RISE * done[-2].orders_per_second:
                break
    finally:
        await asyncio.gather(*(client.aclose() for client in clients))
    return done


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 15.0
    levels = [int(n) for n in (sys.argv[2] if len(sys.argv) > 2 else "1,4,8,16,32").split(",")]
    with scratch_database() as database:
        production = Production(database_url=database, demo=True)
        with running_stack(bff_env=production.bff_env(), mocks_env=production.mocks_env()) as stack:
            print(f"web BFF {stack.bff_url} against the mocks (PostgreSQL), {seconds:.0f} s per level:")
            customers = [stack.new_customer() for _ in range(max(levels))]
            done = asyncio.run(ramp(stack, customers, levels, seconds))
    best = max(done, key=lambda level: level.orders_per_second)
    print(f"saturation: {best.orders_per_second:.1f} orders/s at {best.clients} clients")


if __name__ == "__main__":
    main()
