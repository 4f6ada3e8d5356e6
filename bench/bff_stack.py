"""What the BFF benchmarks share: the mocks and the BFF as processes, and the BFF's own call log.

The BFF logs every backend call as a JSON line (api, method, path, durationMs, requestId); a benchmark sends
each request with its own X-Request-ID and reads back which backend calls it made and how long each took.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from scripts.stack import (
    Process,
    bff_backend_env,
    free_port,
    identity_process,
    mocks_process,
    person_token,
    register,
)


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
    identity_url: str = ""
    pids: dict[str, int] = field(default_factory=dict)  # process name -> pid (bench/process_memory.py)

    def new_customer(self) -> dict[str, str]:
        """A customer who registers and signs in now (no TMF629 customer yet): their Authorization header."""
        email, password = f"bench.{uuid.uuid4().hex[:10]}@example.com", f"Fibre-{uuid.uuid4().hex[:8]}-2026!"
        register(self.identity_url, "Bench", "Mark", email, password)
        return {"Authorization": f"Bearer {person_token(self.identity_url, email, password)}"}

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
def running_stack(
    latency_ms: float = 0, bff_env: dict[str, str] | None = None, mocks_env: dict[str, str] | None = None
) -> Iterator[Running]:
    """Mocks (with `latency_ms` injected on every TMF call via MOCKS_FAULTS), the identity provider (the
    customers' tokens) and the BFF, on free ports; `bff_env` and `mocks_env` add to their settings (e.g.
    scripts/stack.py `Production`). The mocks take calls without tokens: the figures are about the BFF's own
    overhead, not a gateway's."""
    with tempfile.TemporaryDirectory(prefix="bff-bench-") as scratch:
        tmp = Path(scratch)
        mocks_port, bff_port, identity_port = free_port(), free_port(), free_port()
        identity_url = f"http://127.0.0.1:{identity_port}"
        identity = identity_process(identity_port, tmp, tmp, {"IDP_PASSWORD_HASH_PROFILE": "CHEAPEST"})
        tmf = f"http://127.0.0.1:{mocks_port}/tmf-api"
        bff_url = f"http://127.0.0.1:{bff_port}"
        mocks_settings = {
            "MOCKS_ORDER_PACE": "off",  # no fulfilment work competing for the two cores
            "MOCKS_AUTH_REQUIRED": "false",
            **(mocks_env or {}),
        }
        if latency_ms:
            mocks_settings["MOCKS_FAULTS"] = json.dumps({"*": {"latency_ms": latency_ms}})
        mocks = mocks_process(mocks_port, tmp, tmp, mocks_settings)
        env = {
            **bff_backend_env(tmf),
            "BFF_PORT": str(bff_port),
            "BFF_DATABASE_URL": f"sqlite:///{tmp / 'bff.db'}",
            "BFF_CATALOG_TTL_SECONDS": "3600",
            "BFF_ORDER_EVENTS": "false",
            "BFF_OIDC_ISSUER": identity_url,
            **(bff_env or {}),
        }
        bff = Process("bff", [sys.executable, "-m", "bff", "web"], env, f"{bff_url}/health", tmp / "bff.log")
        try:
            identity.start()
            identity.wait_ready(60)
            mocks.start()
            mocks.wait_ready(60)
            bff.start()
            bff.wait_ready(60)
            pids = {process.name: process.popen.pid for process in (identity, mocks, bff) if process.popen}
            yield Running(bff_url, tmf, tmp / "bff.log", identity_url, pids)
        finally:
            bff.stop()
            mocks.stop()
            identity.stop()
