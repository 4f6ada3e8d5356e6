"""Order journeys through the web BFF as a signed-in customer's client would make them, with retries.

A journey is availability → price → place order (Idempotency-Key). The client retries a call with the same
body (and, for the order, the same key) on what may pass: a 5xx, `409 REQUEST_IN_PROGRESS`, a dropped
connection or a time-out, with exponential back-off and jitter, a bounded number of times. Any other 4xx is
a definitive answer. What the client was finally told is the journey's outcome:

    succeeded   2xx with an order id          refused     a definitive 4xx to the order
    undecided   it gave up on the order        abandoned   it gave up before the order (no key was sent)

`plan_journeys` draws the journeys from a seed: most order an offer available at a serviceable address;
some must be refused (an offer not available at the address, or an add-on that needs one left out).
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

ORDERABLE: list[tuple[str, str]] = (
    [("RG1 4AB", str(n)) for n in range(2, 13)]
    + [("LS6 2AB", str(n)) for n in range(2, 17, 2)]
    + [("MK10 7HF", str(n)) for n in range(1, 9)]
    + [("SW1A 2AA", str(n)) for n in (10, 11, 12)]
    + [("BS7 8NU", str(n)) for n in range(1, 9)]
    + [("NR2 3DJ", str(n)) for n in range(20, 28)]
)
FTTC_ONLY: list[tuple[str, str]] = [("BS7 8NU", str(n)) for n in range(1, 9)]
FIBRE_OFFER = "po-fibre-900"  # FTTP: never available where there is only FTTC
ROUTER, STATIC_IP = "po-wifi6-router", "po-static-ip"  # static IP requires the router (seed rule)
ADD_ON_CHOICES: list[list[str]] = [[], [], [ROUTER], [ROUTER, STATIC_IP]]

Kind = Literal["order", "unavailable", "invalid"]
Outcome = Literal["succeeded", "refused", "undecided", "abandoned"]


@dataclass(frozen=True)
class JourneyPlan:
    number: int
    key: str
    customer: str  # the email of the signed-in customer whose client this is
    postcode: str
    house_number: str
    kind: Kind
    offer_choice: int  # which of the offers available there (modulo their number)
    add_on_ids: list[str]


def plan_journeys(count: int, customers: list[str], seed: int, refused_share: float) -> list[JourneyPlan]:
    rng = random.Random(seed)
    plans = []
    for number in range(count):
        draw = rng.random()
        kind: Kind = "order"
        if draw < refused_share / 2:
            kind = "unavailable"
        elif draw < refused_share:
            kind = "invalid"
        postcode, house = rng.choice(FTTC_ONLY if kind == "unavailable" else ORDERABLE)
        add_ons = [STATIC_IP] if kind == "invalid" else rng.choice(ADD_ON_CHOICES)
        plans.append(
            JourneyPlan(
                number=number,
                key=f"rel-{seed}-{number:05d}-{rng.getrandbits(32):08x}",
                customer=customers[number % len(customers)],
                postcode=postcode,
                house_number=house,
                kind=kind,
                offer_choice=rng.randrange(1000),
                add_on_ids=add_ons,
            )
        )
    return plans


@dataclass(frozen=True)
class ClientRetry:
    """How persistent the client is: `attempts` per call, waits base * 2**n (capped) * random 0.5 to 1."""

    attempts: int = 8
    base_seconds: float = 0.2
    max_seconds: float = 3.0

    def wait(self, attempt: int, rng: random.Random) -> float:
        return min(self.max_seconds, self.base_seconds * 2**attempt) * rng.uniform(0.5, 1.0)


@dataclass
class Seen:
    """What the client ran into, by kind: `HTTP 503`, `409 REQUEST_IN_PROGRESS`, `ConnectError`, …"""

    faults: Counter[str] = field(default_factory=Counter)
    retries: int = 0


@dataclass
class Answer:
    status: int | None  # None: no answer (the client gave up on transport errors)
    body: Any = None

    @property
    def code(self) -> str | None:
        return self.body.get("code") if isinstance(self.body, dict) else None

    @property
    def passing(self) -> bool:
        """Worth another try with the same request (the client cannot tell it was refused for good)."""
        if self.status is None or self.status >= 500:
            return True
        return self.status == 409 and self.code == "REQUEST_IN_PROGRESS"


@dataclass
class JourneyResult:
    plan: JourneyPlan
    outcome: Outcome
    order_id: str | None = None
    status: int | None = None
    code: str | None = None
    order_body: dict[str, Any] | None = None  # what was sent with the key, for the settlement retry
    seen: Seen = field(default_factory=Seen)
    settled: Answer | None = None  # the retry after the faults were turned off (undecided journeys)


async def call(
    client: httpx.AsyncClient,
    path: str,
    body: dict[str, Any],
    headers: dict[str, str],
    policy: ClientRetry,
    rng: random.Random,
    seen: Seen,
    request_key: str,
) -> Answer:
    """POST `body` until a definitive answer or the attempts run out (the last answer is returned)."""
    answer = Answer(None)
    for attempt in range(policy.attempts):
        if attempt:
            seen.retries += 1
            await asyncio.sleep(policy.wait(attempt - 1, rng))
        try:
            # Each try names itself, so the BFF's log lines of a journey can be found by its key.
            request_id = {"X-Request-ID": f"{request_key}.{path.rsplit('/', 1)[-1]}.{attempt}"}
            response = await client.post(path, json=body, headers={**headers, **request_id})
        except httpx.TransportError as error:
            seen.faults[type(error).__name__] += 1
            answer = Answer(None)
            continue
        try:
            payload = response.json()
        except ValueError:
            payload = None
        answer = Answer(response.status_code, payload)
        if not answer.passing:
            return answer
        seen.faults[f"{answer.status} {answer.code or ''}".strip()] += 1
    return answer


async def run_journey(
    client: httpx.AsyncClient,
    plan: JourneyPlan,
    signed_in: dict[str, str],
    policy: ClientRetry,
) -> JourneyResult:
    rng = random.Random(plan.key)  # the back-off jitter of this client
    result = JourneyResult(plan, "abandoned")
    available = await call(
        client,
        "/api/v1/availability",
        {"postcode": plan.postcode, "houseNumber": plan.house_number},
        {},
        policy,
        rng,
        result.seen,
        plan.key,
    )
    if available.status != 200:
        result.status, result.code = available.status, available.code
        return result
    offers = [offer["id"] for offer in available.body["offers"]]
    if plan.kind == "unavailable":
        assert FIBRE_OFFER not in offers, f"{plan.postcode} {plan.house_number} should be FTTC only"
        offer_id = FIBRE_OFFER
    else:
        offer_id = offers[plan.offer_choice % len(offers)]
    basket = {"addressId": available.body["address"]["id"], "offerId": offer_id, "addOnIds": plan.add_on_ids}
    priced = await call(client, "/api/v1/quotes", basket, {}, policy, rng, result.seen, plan.key)
    if priced.passing:
        result.status, result.code = priced.status, priced.code
        return result
    # A refused price (an invalid basket) does not stop this client: it submits anyway, and must be refused.
    order = {
        **basket,
        **({"quoteId": priced.body["id"]} if priced.status == 200 else {}),
        "contact": {
            "givenName": "Rel",
            "familyName": f"Journey{plan.number}",
            "email": plan.customer,
            "phone": "07700 900123",
        },
        "consents": {"creditCheck": True, "terms": True},
        # The contract summary of the price shown, confirmed (a refused price has none: any version).
        "contractSummaryAccepted": True,
        "contractSummaryVersion": (
            priced.body["contractSummary"]["version"] if priced.status == 200 else "0" * 16
        ),
    }
    result.order_body = order
    headers = {**signed_in, "Idempotency-Key": plan.key}
    placed = await call(client, "/api/v1/orders", order, headers, policy, rng, result.seen, plan.key)
    result.status, result.code = placed.status, placed.code
    if placed.status in (200, 201):
        result.outcome, result.order_id = "succeeded", placed.body["id"]
    elif placed.passing:
        result.outcome = "undecided"
    else:
        result.outcome = "refused"
    return result


async def settle(
    client: httpx.AsyncClient,
    result: JourneyResult,
    signed_in: dict[str, str],
    within_seconds: float,
    slots: asyncio.Semaphore,
) -> Answer:
    """One more try of an undecided order with the same key and body once the faults are off. A key left
    claimed (by the killed BFF, or by a create whose outcome was unknown) answers `409 REQUEST_IN_PROGRESS`
    until it is stale, so that answer is waited out; `slots` bounds the requests in flight, not the waits."""
    assert result.order_body is not None
    headers = {**signed_in, "Idempotency-Key": result.plan.key, "X-Request-ID": f"{result.plan.key}.settle"}
    deadline = asyncio.get_running_loop().time() + within_seconds
    while True:
        async with slots:
            try:
                response = await client.post("/api/v1/orders", json=result.order_body, headers=headers)
                answer = Answer(response.status_code, response.json())
            except httpx.TransportError:
                answer = Answer(None)
        if not answer.passing or asyncio.get_running_loop().time() > deadline:
            return answer
        await asyncio.sleep(1.0)
