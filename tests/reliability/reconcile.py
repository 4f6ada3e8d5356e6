"""Reconciling what the clients were told against TMF622 (the system of record) and its event outbox.

every order a client was told succeeded exists exactly once (externalId = its Idempotency-Key), with
    the id the client was given; no two orders share an externalId;
no order exists for a key the client was told was refused, or never sent;
an undecided order, retried once the faults are off, is then exactly once (or refused, and absent);
every event the outbox recorded for the subscriber reached it (duplicates allowed, counted), and every
order made under the run's keys was announced to it by a create event.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tests.reliability.driver import JourneyResult

# What a journey planned to be refused must be told; any other refusal is a 4xx that should not be.
EXPECTED_REFUSALS = {
    "unavailable": (409, "OFFER_NOT_AVAILABLE_AT_ADDRESS"),
    "invalid": (422, "INVALID_CONFIGURATION"),
}


@dataclass
class Reconciliation:
    problems: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def problem(self, text: str) -> None:
        self.problems.append(text)


def reconcile_orders(
    results: list[JourneyResult], orders: list[dict[str, Any]], reconciliation: Reconciliation
) -> None:
    by_key: dict[str, list[dict[str, Any]]] = {}
    for order in orders:
        if order.get("externalId"):
            by_key.setdefault(order["externalId"], []).append(order)
    for key, found in by_key.items():
        if len(found) > 1:
            reconciliation.problem(f"{len(found)} orders share externalId {key}: {[o['id'] for o in found]}")
    for result in results:
        key = result.plan.key
        found = by_key.get(key, [])
        told = result.outcome
        if told == "undecided" and result.settled is not None:
            settled = result.settled
            if settled.status in (200, 201):
                told = "succeeded"
                result.order_id = settled.body["id"]
                reconciliation.counts["undecided, then settled: succeeded"] += 1
            elif settled.status is not None and not settled.passing:
                told = "refused"
                result.status, result.code = settled.status, settled.code
                reconciliation.counts["undecided, then settled: refused"] += 1
            else:
                reconciliation.problem(f"{key} still undecided after the faults were off: {settled}")
                continue
        expected = EXPECTED_REFUSALS.get(result.plan.kind)
        if told == "refused" and (result.status, result.code) != expected:
            reconciliation.problem(f"{key} ({result.plan.kind}) was refused {result.status} {result.code}")
        if expected and told == "succeeded":
            reconciliation.problem(f"{key} ({result.plan.kind}) should have been refused {expected}")
        if told == "succeeded":
            if len(found) != 1:
                reconciliation.problem(f"{key} was told succeeded ({result.order_id}) but TMF622 has {found}")
            elif found[0]["id"] != result.order_id:
                reconciliation.problem(f"{key} was told order {result.order_id}, TMF622 has {found[0]['id']}")
            else:
                reconciliation.counts[f"TMF622 state {found[0].get('state')}"] += 1
        elif found:
            reconciliation.problem(
                f"{key} was told {told} ({result.status} {result.code}) but TMF622 has {found}"
            )
    keys = {result.plan.key for result in results}
    strays = [key for key in by_key if key.startswith("rel-") and key not in keys]
    if strays:
        reconciliation.problem(f"orders with keys no journey used: {strays[:5]}")


def reconcile_events(
    outbox: dict[str, Any],
    received: list[dict[str, Any]],
    order_ids: set[str],
    reconciliation: Reconciliation,
) -> None:
    """`outbox`: GET /admin/events/subscriptions/{id}; `received`: the envelopes the subscriber took."""
    arrivals = Counter(event["eventId"] for event in received)
    recorded = [event["eventId"] for event in outbox["events"]]
    missing = [event_id for event_id in recorded if arrivals[event_id] == 0]
    if outbox["pending"]:
        reconciliation.problem(f"{outbox['pending']} events still pending for the subscriber")
    if missing:
        reconciliation.problem(f"{len(missing)} recorded events never reached the subscriber: {missing[:5]}")
    unknown = set(arrivals) - set(recorded)
    if unknown:
        reconciliation.problem(f"{len(unknown)} events arrived that the outbox never recorded")
    announced = {
        event["event"]["productOrder"]["id"]
        for event in received
        if event.get("eventType") == "productOrderCreateEvent"
    }
    unannounced = order_ids - announced
    if unannounced:
        reconciliation.problem(f"{len(unannounced)} orders without a create event: {sorted(unannounced)[:5]}")
    reconciliation.counts["events recorded"] = len(recorded)
    reconciliation.counts["events delivered"] = len(recorded) - len(missing)
    reconciliation.counts["event duplicates"] = sum(count - 1 for count in arrivals.values())


def reconcile_customers(made: dict[str, list[dict[str, Any]]], reconciliation: Reconciliation) -> None:
    """`made`: each newly registered customer's email -> the TMF629 customers found for their claim."""
    for email, customers in made.items():
        if len(customers) != 1:
            ids = [customer["id"] for customer in customers]
            reconciliation.problem(f"{email} has {len(customers)} TMF629 customers: {ids}")
    reconciliation.counts["new customers made once"] = sum(1 for found in made.values() if len(found) == 1)
