"""The web BFF's own cost, without injected latency: overhead per call, orders/s, cached catalogue reads/s.

Usage: python -m bench.bff_overhead [SAMPLES]      (default 200 per endpoint)

Overhead of a request = its time at the client minus the critical path of the backend calls it made (as the
BFF measured them; see bench/bff_stack.py). Throughputs use concurrent clients against the mocks on this
machine, so orders/s is bounded by the mocks (SQLite, one process) as much as by the BFF.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
import uuid

import httpx

from bench.bff_stack import Running, critical_path, running_stack

POSTCODE, HOUSE = "RG1 4AB", "7"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def overheads(stack: Running, samples: int) -> None:
    timings: dict[str, list[tuple[str, float]]] = {}
    graphs = {
        "GET /offers (cached, no backend call)": [],
        "POST /availability (1 call)": [["TMF645 POST checkServiceQualification"]],
        "GET /orders/{id} (2 sequential calls)": [
            ["TMF622 GET productOrder/[^/]+"],
            ["TMF632 GET individual/[^/]+"],
        ],
    }
    with httpx.Client(base_url=stack.bff_url, timeout=30, headers=stack.new_customer()) as bff:
        offers = bff.post("/api/v1/availability", json={"postcode": POSTCODE, "houseNumber": HOUSE}).json()
        basket = {"addressId": offers["address"]["id"], "offerId": offers["offers"][0]["id"], "addOnIds": []}
        version = bff.post("/api/v1/quotes", json=basket).json()["contractSummary"]["version"]
        accepted = {"contractSummaryAccepted": True, "contractSummaryVersion": version}  # as checkout does
        contact = {
            "givenName": "Bench",
            "familyName": "Mark",
            "email": "overhead@example.com",
            "phone": "07700 900123",
        }
        order = bff.post(
            "/api/v1/orders",
            json={**basket, "contact": contact, "consents": {"creditCheck": True, "terms": True}, **accepted},
            headers={"Idempotency-Key": uuid.uuid4().hex},
        ).json()
        requests = {
            "GET /offers (cached, no backend call)": ("GET", "/api/v1/offers", None),
            "POST /availability (1 call)": (
                "POST",
                "/api/v1/availability",
                {"postcode": POSTCODE, "houseNumber": HOUSE},
            ),
            "GET /orders/{id} (2 sequential calls)": ("GET", f"/api/v1/orders/{order['id']}", None),
        }
        for _ in range(20):  # warm connections and code paths
            for method, path, body in requests.values():
                bff.request(method, path, json=body)
        for name, (method, path, body) in requests.items():
            for _ in range(samples):
                request_id = uuid.uuid4().hex
                started = time.perf_counter()
                bff.request(method, path, json=body, headers={"X-Request-ID": request_id}).raise_for_status()
                timings.setdefault(name, []).append((request_id, (time.perf_counter() - started) * 1000))
    time.sleep(0.5)
    calls = stack.calls_by_request()
    print(f"{'request':40} {'p50 ms':>7} {'overhead p50':>13} {'p95':>6}")
    for name, measured in timings.items():
        extra = [elapsed - critical_path(calls.get(rid, []), graphs[name])[0] for rid, elapsed in measured]
        total = [elapsed for _, elapsed in measured]
        print(
            f"{name:40} {statistics.median(total):7.2f} {statistics.median(extra):13.2f}"
            f" {percentile(extra, 0.95):6.2f}"
        )


async def throughput(
    stack: Running, path: str, seconds: float, concurrency: int, body_for=None
) -> tuple[int, float]:
    done = 0
    deadline = time.perf_counter() + seconds

    async def worker(http: httpx.AsyncClient) -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            if body_for is None:
                response = await http.get(path)
            else:
                response = await http.post(
                    path, json=body_for(), headers={"Idempotency-Key": uuid.uuid4().hex}
                )
            response.raise_for_status()
            done += 1

    limits = httpx.Limits(max_connections=concurrency)
    headers = await asyncio.to_thread(stack.new_customer)
    async with httpx.AsyncClient(base_url=stack.bff_url, timeout=60, limits=limits, headers=headers) as http:
        started = time.perf_counter()
        await asyncio.gather(*(worker(http) for _ in range(concurrency)))
        return done, time.perf_counter() - started


def main() -> None:
    samples = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(
        f"web BFF overhead, no injected latency, {os.cpu_count()} cores (mocks, BFF and client share them)\n"
    )
    with running_stack() as stack:
        overheads(stack, samples)
        reads, elapsed = asyncio.run(throughput(stack, "/api/v1/offers", 5, 16))
        print(
            f"\ncached catalogue reads: {reads / elapsed:7.0f} /s"
            "  (GET /api/v1/offers, 16 concurrent clients)"
        )
        offers = httpx.post(
            f"{stack.bff_url}/api/v1/availability", json={"postcode": POSTCODE, "houseNumber": HOUSE}
        ).json()
        basket = {"addressId": offers["address"]["id"], "offerId": offers["offers"][0]["id"], "addOnIds": []}
        priced = httpx.post(f"{stack.bff_url}/api/v1/quotes", json=basket, timeout=30).json()
        version = priced["contractSummary"]["version"]  # confirmed as checkout does

        def order_body() -> dict[str, object]:
            email = f"load.{uuid.uuid4().hex[:10]}@example.com"  # a new customer each time: the longest path
            return {
                **basket,
                "contact": {
                    "givenName": "Load",
                    "familyName": "Test",
                    "email": email,
                    "phone": "07700 900123",
                },
                "consents": {"creditCheck": True, "terms": True},
                "contractSummaryAccepted": True,
                "contractSummaryVersion": version,
            }

        orders, elapsed = asyncio.run(throughput(stack, "/api/v1/orders", 10, 8, order_body))
        print(
            f"orders placed:          {orders / elapsed:7.1f} /s"
            "  (new customer each, 8 concurrent clients; 7 TMF calls each)"
        )


if __name__ == "__main__":
    main()
