"""The web and retail journeys with every TMF call passing through Stoplight Prism's validating proxy, one per
TMF API, built from the official v4 specs (specs/tmf/), in front of the real TMF mock servers: no request the
BFF sends and no answer the mocks give breaks the spec, except the known spec defects in `ALLOWED`.

The channel apps run in process (staff and customers signed in by dependency override, as in
tests/bff/test_retail_against_mocks.py); the mocks and the Prisms are processes.
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from bff.config import Settings
from bff.core.backends import ChannelServices
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from scripts.stack import TMF_BASE_PATHS, Process, free_port
from tests.bff.retail_support import SignedIn, signed_in_client
from tests.contract.prism_journeys import Journeys, Step
from tests.contract.prism_stack import Prism, Violation, prism_process, start_all

DISCOUNT_LIMIT = 10.0


@dataclass(frozen=True)
class Allowed:
    """A violation that is the spec's fault, not ours: where, what Prism says, and why it is fine."""

    api: str
    method: str
    path: str  # a regular expression matched against the whole path
    message: str  # a regular expression searched in Prism's message
    reason: str

    def covers(self, violation: Violation) -> bool:
        return (
            violation.api == self.api
            and violation.method.upper() == self.method
            and re.fullmatch(self.path, violation.path) is not None
            and re.search(self.message, violation.message) is not None
        )


# The known defects of the official v4 specs, each named once with its reason.
ALLOWED: list[Allowed] = [
    Allowed(
        api="622",
        method="PATCH",
        path=r"/tmf-api/productOrderingManagement/v4/productOrder/[^/]+",
        message=r"^Request body must have required property 'productOrderItem'$",
        reason="ProductOrder_Update requires productOrderItem, yet a PATCH is a partial update (TMF630 merge "
        "patch): sending the item list would replace every item. Approving a held order patches its state "
        "alone.",
    ),
]


@dataclass
class ProxiedStack:
    mocks: str
    prisms: dict[str, Prism]
    tmp: Path

    def settings(self) -> Settings:
        urls = {f"tmf{api}_url": prism.url for api, prism in self.prisms.items()}
        return Settings(
            **urls,
            database_url=f"sqlite:///{self.tmp / 'bff.db'}",
            order_events=False,  # the hub could not reach an in-process app
            retail_agent_discount_limit_percent=DISCOUNT_LIMIT,
            retry_wait_initial_seconds=0.01,
            timeout_seconds=15,  # two more processes on each call, on a machine CI may share
        )


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProxiedStack]:
    tmp = tmp_path_factory.mktemp("prism_proxy")
    port = free_port()
    mocks = Process(
        "mock_backends",
        [sys.executable, "-m", "mock_backends"],
        {
            "MOCKS_PORT": str(port),
            "MOCKS_DATABASE_URL": f"sqlite:///{tmp / 'mocks.db'}",
            "MOCKS_AUTH_REQUIRED": "false",
            "MOCKS_ORDER_PACE": "deterministic",
            # Slow enough that the web order can still be cancelled.
            "MOCKS_ORDER_STEP_SECONDS": "2",
            "MOCKS_ORDER_APPROVAL_DISCOUNT_PERCENT": str(DISCOUNT_LIMIT),
        },
        f"http://127.0.0.1:{port}/health",
        tmp / "mocks.log",
    )
    upstream = f"http://127.0.0.1:{port}"
    prisms = {api: prism_process(api, tmp, upstream=upstream) for api in TMF_BASE_PATHS}
    try:
        mocks.start()
        start_all(list(prisms.values()))
        mocks.wait_ready(60)
        yield ProxiedStack(f"{upstream}/tmf-api", prisms, tmp)
    finally:
        for prism in prisms.values():
            prism.process.stop()
        mocks.stop()


@dataclass
class Seen:
    """What Prism logged during one test: every violation, and which journey step each came with."""

    prisms: dict[str, Prism]
    started: dict[str, int]  # each Prism's log size when the test began
    steps: list[tuple[Step, list[Violation]]] = field(default_factory=list)

    @classmethod
    def now(cls, prisms: dict[str, Prism]) -> Seen:
        return cls(prisms, {api: prism.log_size() for api, prism in prisms.items()})

    async def violations(self) -> list[Violation]:
        """Every violation since the test began; Prism may log a call's just after answering it."""
        await asyncio.sleep(0.5)
        return [found for api, prism in self.prisms.items() for found in prism.violations(self.started[api])]

    def calls(self) -> Counter[str]:
        return Counter({f"TMF{api}": prism.calls(self.started[api]) for api, prism in self.prisms.items()})

    def report(self, violations: list[Violation]) -> str:
        by_api = Counter(f"TMF{found.api} {found.side}" for found in violations)
        lines = [
            "TMF calls: " + ", ".join(f"{api}: {count}" for api, count in sorted(self.calls().items())),
            "violations: " + (", ".join(f"{key}: {n}" for key, n in sorted(by_api.items())) or "none"),
        ]
        for step, found in self.steps:
            lines.append(f"- {step.channel} {step.name}: {step.status}")
            lines.extend(f"    {violation}" for violation in found)
        return "\n".join(lines)


def unexplained(violations: list[Violation]) -> list[Violation]:
    return [found for found in violations if not any(allowed.covers(found) for allowed in ALLOWED)]


@pytest.fixture
async def journeys(proxied: ProxiedStack) -> AsyncIterator[tuple[Journeys, Seen]]:
    settings = proxied.settings()
    services = ChannelServices.from_settings(settings)
    seen = Seen.now(proxied.prisms)
    offsets: dict[str, int] = {}

    def before() -> None:
        offsets.update({api: prism.log_size() for api, prism in proxied.prisms.items()})

    def after(step: Step) -> None:
        found = [
            violation
            for api, prism in proxied.prisms.items()
            for violation in prism.violations(offsets.get(api, 0))
        ]
        seen.steps.append((step, found))

    try:
        async with (
            signed_in_client(create_web_app(settings), services, customer := SignedIn(None)) as web,
            signed_in_client(create_retail_app(settings), services, staff := SignedIn(None)) as retail,
        ):
            yield Journeys(web, retail, customer, staff, before, after), seen
    finally:
        await services.aclose()


async def test_web_journey_through_prism_breaks_no_spec(journeys: tuple[Journeys, Seen]) -> None:
    driver, seen = journeys

    await driver.run_web()

    violations = await seen.violations()
    failed = [step for step in driver.steps if step.status >= 300]
    assert not failed, "\n".join(map(str, failed)) + "\n" + seen.report(violations)
    assert not unexplained(violations), seen.report(violations)
    print(seen.report(violations))  # shown with -rP: the calls and the allowed violations


async def test_retail_journey_through_prism_breaks_no_spec(journeys: tuple[Journeys, Seen]) -> None:
    driver, seen = journeys

    await driver.run_retail()

    violations = await seen.violations()
    failed = [step for step in driver.steps if step.status >= 300]
    assert not failed, "\n".join(map(str, failed)) + "\n" + seen.report(violations)
    assert not unexplained(violations), seen.report(violations)
    print(seen.report(violations))  # shown with -rP: the calls and the allowed violations


async def test_prism_reports_a_request_that_breaks_the_spec(proxied: ProxiedStack) -> None:
    """The proof above holds only if violations are seen: an order without items must be reported."""
    prism = proxied.prisms["622"]
    seen = Seen.now(proxied.prisms)

    async with httpx.AsyncClient(base_url=prism.url + "/") as tmf:
        answer = await tmf.post("productOrder", json={"description": "no items"})

    assert answer.status_code == 400
    (violation,) = await seen.violations()
    assert (violation.api, violation.method, violation.side, violation.where) == (
        "622",
        "post",
        "request",
        ".body",
    )
    assert "productOrderItem" in violation.message and unexplained([violation]) == [violation]


def test_every_allowed_violation_names_its_reason() -> None:
    assert all(allowed.reason.strip() for allowed in ALLOWED)
    assert len({(a.api, a.method, a.path, a.message) for a in ALLOWED}) == len(ALLOWED)
