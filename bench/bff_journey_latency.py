"""Journey latency of the web BFF with 50 ms injected on every TMF call (MOCKS_FAULTS on the mocks).

Usage: python -m bench.bff_journey_latency [RUNS]      (default 10 journeys)

For each step of the journey it prints the BFF's time (as the client sees it), the critical path of the
backend calls the step made (each stage of its call graph lasts as long as its slowest call, measured by
the BFF itself), BFF ÷ critical path (target ≤ 1.05), and what the same calls would take one after another.
The availability check runs twice per journey: at an address the BFF has not qualified yet (a TMF645 call),
then again at the journey's address, which the BFF's qualification cache (BFF_QUALIFICATION_TTL_SECONDS)
answers without a backend call: that step has no critical path and prints "—".
"""

from __future__ import annotations

import statistics
import sys
import time
import uuid

import httpx

from bench.bff_stack import Running, critical_path, running_stack
from mock_backends.seed.addresses import STREETS

LATENCY_MS = 50.0
POSTCODE, HOUSE = "RG1 4AB", "5"
# Serviceable houses (not flats) other than the journey's: one per journey for a first, uncached check.
FRESH_ADDRESSES = [
    (street.postcode, number)
    for street in STREETS
    if street.technologies and not street.flats
    for number in street.house_numbers
    if (street.postcode, number) != (POSTCODE, HOUSE)
]
FIRST_CHECK = "qualify + offers, new address (645)"
AGAIN = "qualify + offers, again (cached)"

# The call graph of each journey step: stages in order, calls within a stage independent of each other.
GRAPHS: dict[str, list[list[str]]] = {
    "find address (673)": [["TMF673 GET geographicAddress"]],
    # The catalogue (620) is read once before the runs and cached (BFF_CATALOG_TTL_SECONDS).
    FIRST_CHECK: [["TMF645 POST checkServiceQualification"]],
    AGAIN: [["TMF645 POST checkServiceQualification"]],  # none while the qualification is cached
    "price (648)": [["TMF648 POST quote"]],
    # The customer is the token's (bff/core/customers.py): a registered customer's first order looks the
    # claim up (as an id, then as a characteristic) and makes their customer; later ones reuse it.
    "place order, new customer": [
        ["TMF645 POST checkServiceQualification", "TMF622 GET productOrder"],
        ["TMF629 GET customer/[^/]+"],
        ["TMF629 GET customer"],
        ["TMF632 POST individual"],
        ["TMF629 POST customer"],
        ["TMF622 POST productOrder"],
    ],
    "place order, returning customer": [
        ["TMF645 POST checkServiceQualification", "TMF622 GET productOrder"],
        ["TMF629 GET customer/[^/]+"],
        ["TMF622 POST productOrder"],
    ],
    "follow order (622, 632)": [["TMF622 GET productOrder/[^/]+"], ["TMF632 GET individual/[^/]+"]],
    "cancel order (622)": [
        ["TMF622 GET productOrder/[^/]+", "TMF622 GET cancelProductOrder"],
        ["TMF622 POST cancelProductOrder"],
    ],
}


def journey(
    bff: httpx.Client,
    timings: dict[str, list[tuple[str, float]]],
    email: str,
    signed_in: dict[str, str],
    fresh: tuple[str, str],
) -> None:
    def step(name: str, method: str, path: str, **kwargs: object) -> httpx.Response:
        request_id = uuid.uuid4().hex
        headers = {"X-Request-ID": request_id, **signed_in, **kwargs.pop("headers", {})}  # type: ignore[dict-item]
        started = time.perf_counter()
        response = bff.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
        elapsed = (time.perf_counter() - started) * 1000
        response.raise_for_status()
        timings.setdefault(name, []).append((request_id, elapsed))
        return response

    step("find address (673)", "GET", "/api/v1/addresses", params={"postcode": POSTCODE})
    postcode, house = fresh
    step(FIRST_CHECK, "POST", "/api/v1/availability", json={"postcode": postcode, "houseNumber": house})
    offers = step(
        AGAIN, "POST", "/api/v1/availability", json={"postcode": POSTCODE, "houseNumber": HOUSE}
    ).json()
    basket = {"addressId": offers["address"]["id"], "offerId": offers["offers"][0]["id"], "addOnIds": []}
    priced = step("price (648)", "POST", "/api/v1/quotes", json=basket).json()
    contact = {"givenName": "Bench", "familyName": "Mark", "email": email, "phone": "07700 900123"}
    # The contract summary of that price, confirmed as checkout does.
    version = priced["contractSummary"]["version"]
    accepted = {"contractSummaryAccepted": True, "contractSummaryVersion": version}
    order = step(
        "place order, new customer",
        "POST",
        "/api/v1/orders",
        json={**basket, "contact": contact, "consents": {"creditCheck": True, "terms": True}, **accepted},
        headers={"Idempotency-Key": uuid.uuid4().hex},
    ).json()
    step(
        "place order, returning customer",
        "POST",
        "/api/v1/orders",
        json={**basket, "contact": contact, "consents": {"creditCheck": True, "terms": True}, **accepted},
        headers={"Idempotency-Key": uuid.uuid4().hex},
    )
    step("follow order (622, 632)", "GET", f"/api/v1/orders/{order['id']}")
    step(
        "cancel order (622)",
        "POST",
        f"/api/v1/orders/{order['id']}/cancel",
        headers={"Idempotency-Key": uuid.uuid4().hex},
    )


def report(stack: Running, timings: dict[str, list[tuple[str, float]]]) -> None:
    """One line per step: medians over the runs. A step that made no backend call (an answer from the BFF's
    own caches) has no critical path: its ratio is not defined, it shows "—" and stays out of the worst."""
    calls = stack.calls_by_request()
    print(f"{'step':38} {'BFF ms':>8} {'critical':>9} {'ratio':>6} {'sequential':>11}  calls")
    worst, runs, uncalled = 0.0, 0, []
    for name, samples in timings.items():
        ratios, bff_ms, paths, sequential, counts = [], [], [], [], []
        for request_id, elapsed in samples:
            path, total = critical_path(calls[request_id], GRAPHS[name])
            bff_ms.append(elapsed)
            counts.append(len(calls[request_id]))
            if path > 0:  # a step with backend calls; the others have no critical path to compare with
                ratios.append(elapsed / path)
                paths.append(path)
                sequential.append(total)
        runs = len(samples)
        if not ratios:
            uncalled.append(name)
            print(f"{name:38} {statistics.median(bff_ms):8.1f} {'—':>9} {'—':>6} {'—':>11}  0")
            continue
        ratio = statistics.median(ratios)
        worst = max(worst, ratio)
        # Some runs of a cached step may still have called the backend (the entry expired): say how many.
        share = "" if len(ratios) == len(samples) else f" ({len(ratios)} of {len(samples)} runs)"
        print(
            f"{name:38} {statistics.median(bff_ms):8.1f} {statistics.median(paths):9.1f} {ratio:6.3f}"
            f" {statistics.median(sequential):11.1f}  {statistics.median(counts):g}{share}"
        )
    print(f"\nworst median ratio BFF ÷ critical path: {worst:.3f} (target ≤ 1.05); medians of {runs} runs")
    if uncalled:
        print(f"no backend call, so no critical path (the BFF's own time only): {', '.join(uncalled)}")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with running_stack(latency_ms=LATENCY_MS) as stack:
        timings: dict[str, list[tuple[str, float]]] = {}
        with httpx.Client(base_url=stack.bff_url, timeout=30) as bff:
            bff.get("/api/v1/offers").raise_for_status()  # the catalogue, read once and cached (TTL)
            # The warm-up qualifies the journey's address: the runs find it in the BFF's cache.
            addresses = iter(FRESH_ADDRESSES * (runs // len(FRESH_ADDRESSES) + 1))
            journey(
                bff, {}, f"warmup.{uuid.uuid4().hex[:6]}@example.com", stack.new_customer(), next(addresses)
            )
            for _ in range(runs):
                email = f"bench.{uuid.uuid4().hex[:8]}@example.com"
                journey(bff, timings, email, stack.new_customer(), next(addresses))
        time.sleep(0.5)  # let the BFF flush its log
        print(f"web BFF journey, {LATENCY_MS:.0f} ms injected on every TMF call\n")
        report(stack, timings)


if __name__ == "__main__":
    main()
