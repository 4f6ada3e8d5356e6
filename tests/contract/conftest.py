"""Wiring for the contract tests: the tally of schemathesis examples, printed at the end of the run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pytest

TALLY_KEY = pytest.StashKey["Tally"]()


@dataclass
class Tally:
    """Examples sent and seconds spent per API by the property-based tests (test_tmf_properties.py)."""

    examples: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)
    statuses: dict[str, Counter[int]] = field(default_factory=dict)

    def record(self, api: str, seconds: float, status: int) -> None:
        self.examples[api] += 1
        self.seconds[api] += seconds
        self.statuses.setdefault(api, Counter())[status] += 1


@pytest.fixture(scope="session")
def tally(pytestconfig: pytest.Config) -> Tally:
    return pytestconfig.stash.setdefault(TALLY_KEY, Tally())


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    tally = config.stash.get(TALLY_KEY, None)
    if tally is None or not tally.examples:
        return
    terminalreporter.section("schemathesis examples per API")
    for api in sorted(tally.examples):
        statuses = " ".join(f"{status}:{count}" for status, count in sorted(tally.statuses[api].items()))
        terminalreporter.write_line(
            f"{api}: {tally.examples[api]} requests in {tally.seconds[api]:.1f} s (statuses {statuses})"
        )
    total = sum(tally.examples.values())
    terminalreporter.write_line(f"total: {total} requests in {sum(tally.seconds.values()):.1f} s")
