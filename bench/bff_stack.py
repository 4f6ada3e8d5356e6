"""What the BFF benchmarks share: the mocks and the BFF as processes, and the BFF's own call log.

The BFF logs every backend call as a JSON line (api, method, path, durationMs, requestId); a benchmark sends
each request with its own X-Request-ID and reads back which backend calls it made and how long each took.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.stack import Process, bff_backend_env, free_port


@dataclass(frozen=True)
class Call:
    api: str
    method: str
    path: str
    duration_ms: float

    def matches(self, pattern: str) -> bool:
        """`"TMF622 POST productOrder"`: api, method and a regex the path must match in full."""
        api, method, path = pattern.split(" ", 2)
        return self.api == api and self.method == method and re.fullmatch(path, self.path) is not None


@dataclass
class Running:
    bff_url: str
    tmf: str
    log_path: Path

    def calls_by_request(self) -> dict[str, list[Call]]:
        calls: dict[str, list[Call]] = defaultdict(list)
        for line in self.log_path.read_text().splitlines():
            if not line.startswith("{"):
                continue
            entry = json.loads(line)
            if entry.get("message") == "backend call" and entry.get("requestId"):
                calls[entry["requestId"]].append(
                    Call(entry["api"], entry["method"], entry["path"], float(entry["durationMs"]))
                )
        return calls


def critical_path(calls: list[Call], stages: list[list[str]]) -> tuple[float, float]:
    """(critical path, sequential sum) in ms: a stage lasts as long as its slowest call, stages add up.

    `stages` is the journey step's call graph: the calls of one stage are independent of each other and
    may run side by side; each stage needs the one before. A call that matches no stage is an error.
    """
    path = 0.0
    matched: set[int] = set()
    for stage in stages:
        slowest = 0.0
        for index, call in enumerate(calls):
            if index not in matched and any(call.matches(pattern) for pattern in stage):
                matched.add(index)
                slowest = max(slowest, call.duration_ms)
        path += slowest
    unexpected = [call for index, call in enumerate(calls) if index not in matched]
    if unexpected:
        raise AssertionError(f"calls outside the declared call graph: {unexpected}")
    return path, sum(call.duration_ms for call in calls)


@contextmanager
def running_stack(latency_ms: float = 0, bff_env: dict[str, str] | None = None) -> Iterator[Running]:
    """Mocks (with `latency_ms` injected on every TMF call via MOCKS_FAULTS) and the BFF, on free ports."""
    with tempfile.TemporaryDirectory(prefix="bff-bench-") as scratch:
        tmp = Path(scratch)
        mocks_port, bff_port = free_port(), free_port()
        tmf = f"http://127.0.0.1:{mocks_port}/tmf-api"
        bff_url = f"http://127.0.0.1:{bff_port}"
        mocks_env = {
            "MOCKS_PORT": str(mocks_port),
            "MOCKS_DATABASE_URL": f"sqlite:///{tmp / 'mocks.db'}",
            "MOCKS_ORDER_PACE": "off",  # no fulfilment work competing for the two cores
        }
        if latency_ms:
            mocks_env["MOCKS_FAULTS"] = json.dumps({"*": {"latency_ms": latency_ms}})
        mocks = Process(
            "mocks", [sys.executable, "-m", "mock_backends"], mocks_env, f"http://127.0.0.1:{mocks_port}/health",
            tmp / "mocks.log",
        )  # fmt: skip
        env = {
            **bff_backend_env(tmf),
            "BFF_PORT": str(bff_port),
            "BFF_DATABASE_URL": f"sqlite:///{tmp / 'bff.db'}",
            "BFF_CATALOG_TTL_SECONDS": "3600",
            "BFF_ORDER_EVENTS": "false",
            **(bff_env or {}),
        }
        bff = Process("bff", [sys.executable, "-m", "bff"], env, f"{bff_url}/health", tmp / "bff.log")
        try:
            mocks.start()
            mocks.wait_ready(60)
            bff.start()
            bff.wait_ready(60)
            yield Running(bff_url, tmf, tmp / "bff.log")
        finally:
            bff.stop()
            mocks.stop()
