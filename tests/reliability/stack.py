"""The identity provider, the TMF mock servers and the BFF as real processes for the reliability suite.

Started from `scripts.stack.product` (the operator's command lines and wiring) on free ports with a scratch
SQLite data directory; `kill_9` and `restart` crash a process (SIGKILL to its process group: no shutdown,
no cleanup) and start it again on the same port and data. Faults are set on the running mocks with
`PUT /admin/faults`, and TMF622 is read directly with the test client's client-credentials token.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from scripts.stack import Ports, Process, Urls, person_token, product, register, service_token

ORDERING = "productOrderingManagement/v4"
TOKEN_REUSE_SECONDS = 600  # test-client tokens live 15 minutes; a suite run is shorter than this


@dataclass
class ReliabilityStack:
    processes: dict[str, Process]
    urls: Urls
    log_dir: Path
    kills: dict[str, int] = field(default_factory=dict)
    _token: tuple[float, str] | None = None

    @property
    def bff(self) -> str:
        return self.urls.bff

    @property
    def mocks(self) -> str:
        return self.urls.tmf.removesuffix("/tmf-api")

    @property
    def ordering(self) -> str:
        return f"{self.urls.tmf}/{ORDERING}"

    def tmf_headers(self) -> dict[str, str]:
        """The test client's bearer token for the TMF servers (and their /admin), fetched once a while."""
        if self._token is None or time.monotonic() - self._token[0] > TOKEN_REUSE_SECONDS:
            self._token = (time.monotonic(), service_token(self.urls.identity))
        return {"Authorization": f"Bearer {self._token[1]}"}

    def customer_headers(self, email: str, password: str | None = None) -> dict[str, str]:
        """A seeded persona (the demo password) or a registered customer, signed in through the provider."""
        return {"Authorization": f"Bearer {person_token(self.urls.identity, email, password)}"}

    def new_customer(self, email: str) -> dict[str, str]:
        """A customer who registers now (no TMF629 customer until their first order), signed in."""
        password = f"Fibre-{uuid.uuid4().hex[:10]}-2026!"
        register(self.urls.identity, "Rel", "Newcomer", email, password)
        return self.customer_headers(email, password)

    def customers_of(self, claim: str) -> list[dict[str, Any]]:
        """The TMF629 customers made for an identity-provider `customer_id` claim (docs: one at most)."""
        answer = httpx.get(
            f"{self.urls.tmf}/customerManagement/v4/customer",
            params={
                "characteristic.name": "identityCustomerId",
                "characteristic.value": claim,
                "fields": "id",
            },
            headers=self.tmf_headers(),
            timeout=30,
        )
        answer.raise_for_status()
        return list(answer.json())

    def set_faults(self, rules: dict[str, Any]) -> None:
        answer = httpx.put(f"{self.mocks}/admin/faults", json=rules, headers=self.tmf_headers(), timeout=10)
        answer.raise_for_status()

    def clear_faults(self) -> None:
        answer = httpx.delete(f"{self.mocks}/admin/faults", headers=self.tmf_headers(), timeout=10)
        answer.raise_for_status()

    def subscribe(self, callback: str) -> str:
        """Register `callback` on the TMF622 event hub; returns the subscription id."""
        answer = httpx.post(
            f"{self.ordering}/hub", json={"callback": callback}, headers=self.tmf_headers(), timeout=10
        )
        answer.raise_for_status()
        return str(answer.json()["id"])

    def outbox(self, subscription_id: str) -> dict[str, Any]:
        """What the mocks' outbox holds for one subscription (GET /admin/events/subscriptions/{id})."""
        answer = httpx.get(
            f"{self.mocks}/admin/events/subscriptions/{subscription_id}",
            headers=self.tmf_headers(),
            timeout=30,
        )
        answer.raise_for_status()
        return dict(answer.json())

    def orders(self, **filters: str) -> list[dict[str, Any]]:
        """Every TMF622 order matching `filters`, read page by page (TMF630 offset/limit)."""
        found: list[dict[str, Any]] = []
        page = 500
        with httpx.Client(headers=self.tmf_headers(), timeout=60) as client:
            while True:
                answer = client.get(
                    f"{self.ordering}/productOrder",
                    params={**filters, "fields": "id,externalId,state", "offset": len(found), "limit": page},
                )
                answer.raise_for_status()
                batch = answer.json()
                found.extend(batch)
                if len(batch) < page:
                    return found

    def backend_calls(self) -> Counter[str]:
        """The BFF's TMF calls by outcome, from its JSON log lines in every life of the process: `2xx`,
        `4xx`, `HTTP 503`…, `no answer` (time-out or dropped connection)."""
        outcomes: Counter[str] = Counter()
        for log in sorted(self.log_dir.glob("bff*.log")):
            for line in log.read_text(errors="replace").splitlines():
                if not line.startswith("{") or '"backend call"' not in line:
                    continue
                status = json.loads(line).get("status")
                if status is None:
                    outcomes["no answer"] += 1
                elif status < 500:
                    outcomes[f"{status // 100}xx"] += 1
                else:
                    outcomes[f"HTTP {status}"] += 1
        return outcomes

    def kill_9(self, name: str) -> None:
        process = self.processes[name]
        assert process.popen is not None and process.popen.poll() is None, f"{name} is not running"
        os.killpg(process.popen.pid, signal.SIGKILL)  # a crash: no shutdown handlers run
        process.popen.wait(10)
        self.kills[name] = self.kills.get(name, 0) + 1

    def restart(self, name: str) -> None:
        process = self.processes[name]
        # A log per life of the process, so the one that was killed can still be read.
        process.log_path = self.log_dir / f"{name}.{self.kills.get(name, 0)}.log"
        process.start()
        process.wait_ready(60)

    def stop(self) -> None:
        for process in reversed(list(self.processes.values())):
            process.stop()


@contextmanager
def running_stack(scratch: Path, env: dict[str, str]) -> Iterator[ReliabilityStack]:
    """Identity provider, mocks and BFF (the storefront is not needed) with `env` added to each."""
    ports = Ports.free()
    log_dir = scratch / "logs"
    started = {
        process.name: process
        for process in product(ports, scratch, log_dir, extra_env=env)
        if process.name in ("identity", "mock_backends", "bff")
    }
    stack = ReliabilityStack(started, Urls.local(ports), log_dir)
    try:
        for process in started.values():
            process.start()
            process.wait_ready(90)
        yield stack
    finally:
        stack.stop()


def customer_claim(headers: dict[str, str]) -> str:
    """The `customer_id` claim of a signed-in customer's access token (read, not verified: our own)."""
    payload = headers["Authorization"].removeprefix("Bearer ").split(".")[1]
    return str(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["customer_id"])
