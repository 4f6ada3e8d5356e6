"""`python -m bff` with BFF_WORKERS=2 as a real process against the real mocks and identity provider: both
workers serve, an order's event stream on one worker hears a hub event that landed on the other (through
SQLite and through PostgreSQL LISTEN/NOTIFY), one scrape of /metrics sums both workers, and a SIGKILLed
worker is replaced while requests keep succeeding.

The TMF622 hub's own deliveries are pointed at a closed port (BFF_PUBLIC_URL), so the only events the BFF
gets are the ones a test posts, on a connection it knows the worker of; order streams poll every 30 s, so a
change seen sooner was pushed.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import signal
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx
import psutil
import pytest

from bff.channel.middleware import WORKER_HEADER
from bff.supervisor import bind_socket
from scripts.stack import (
    Process,
    bff_auth_env,
    bff_backend_env,
    free_port,
    identity_process,
    mocks_process,
    person_token,
    register,
    scratch_database,
    service_token,
)
from tests.bff.factories import accepting_summary_sync

POSTCODE, HOUSE = "RG1 4AB", "3"
CONTACT = {"givenName": "Ada", "familyName": "Lovelace", "phone": "07700 900123"}


@dataclass
class Workers:
    bff: Process
    bff_url: str
    tmf: str
    identity_url: str

    def worker_pids(self) -> set[int]:
        assert self.bff.popen is not None
        children = psutil.Process(self.bff.popen.pid).children()
        # Forked by multiprocessing's fork server, the supervisor's child beside its resource tracker.
        servers = [child for child in children if "forkserver" in " ".join(child.cmdline())]
        return {worker.pid for server in servers for worker in server.children()}

    def served_by(self, client: httpx.Client) -> int:
        return int(client.get("/health").headers[WORKER_HEADER])

    @contextlib.contextmanager
    def connection_to(self, pid: int | None = None, *, not_pid: int | None = None) -> Iterator[httpx.Client]:
        """A kept-alive connection that the worker `pid` (or any but `not_pid`) accepted."""
        for _ in range(200):
            with httpx.Client(base_url=self.bff_url, timeout=10) as client:
                served = self.served_by(client)
                if (pid is None or served == pid) and served != not_pid:
                    yield client
                    return
            time.sleep(0.05)
        raise AssertionError(f"no connection reached the worker wanted ({pid=}, {not_pid=})")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def workers(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workers]:
    tmp = tmp_path_factory.mktemp(f"workers_{request.param}")
    mocks_port, bff_port, identity_port = free_port(), free_port(), free_port()
    tmf = f"http://127.0.0.1:{mocks_port}/tmf-api"
    bff_url, identity_url = f"http://127.0.0.1:{bff_port}", f"http://127.0.0.1:{identity_port}"
    python = sys.executable
    identity = identity_process(identity_port, tmp, tmp, {"IDP_PASSWORD_HASH_PROFILE": "CHEAPEST"})
    # Orders stay as written until a test changes them.
    mocks = mocks_process(
        mocks_port, tmp, tmp, {"MOCKS_ORDER_PACE": "off", "MOCKS_AUTH_ISSUER": identity_url}
    )
    with (
        scratch_database()
        if request.param == "postgresql"
        else contextlib.nullcontext(f"sqlite:///{tmp / 'bff.db'}")
    ) as database_url:
        env = {
            **bff_backend_env(tmf),
            **bff_auth_env(identity_url),
            "BFF_WORKERS": "2",
            "BFF_PORT": str(bff_port),
            "BFF_RETAIL_PORT": str(free_port()),
            "BFF_PUBLIC_URL": f"http://127.0.0.1:{free_port()}",  # nobody listens: hub deliveries fail
            "BFF_DATABASE_URL": database_url,
            "BFF_ORDER_POLL_SECONDS": "30",
        }
        bff = Process("bff", [python, "-m", "bff"], env, f"{bff_url}/health", tmp / "bff.log")
        try:
            identity.start()
            identity.wait_ready(60)
            mocks.start()
            mocks.wait_ready(60)
            bff.start()
            bff.wait_ready(60)
            stack = Workers(bff, bff_url, tmf, identity_url)
            _wait_for(lambda: len(stack.worker_pids()) == 2 and _ready(bff_url), 60)
            yield stack
        finally:
            bff.stop()
            mocks.stop()
            identity.stop()


def _ready(bff_url: str) -> bool:
    try:
        return httpx.get(f"{bff_url}/ready", timeout=10).status_code == 200
    except httpx.HTTPError:
        return False


def _wait_for(condition: object, timeout: float) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"not so within {timeout} s")


def _new_customer(stack: Workers) -> tuple[str, dict[str, str]]:
    email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
    # Digits only: random hex may spell "ada", and the provider refuses a password with the name in it.
    password = f"Workers-{uuid.uuid4().int % 10**8:08d}-1843!"
    register(stack.identity_url, "Ada", "Lovelace", email, password)
    return email, {"Authorization": f"Bearer {person_token(stack.identity_url, email, password)}"}


def _order_body(stack: Workers, email: str) -> dict[str, object]:
    with httpx.Client(base_url=stack.bff_url, timeout=20) as bff:
        available = bff.post("/api/v1/availability", json={"postcode": POSTCODE, "houseNumber": HOUSE}).json()
        offer = available["offers"][0]
        configuration = bff.post("/api/v1/configurations", json={"offerId": offer["id"]}).json()
        order = {
            "addressId": available["address"]["id"],
            "offerId": offer["id"],
            "addOnIds": [add_on["id"] for add_on in configuration["allowedAddOns"] if add_on["mandatory"]],
            "contact": {**CONTACT, "email": email},
            "consents": {"creditCheck": True, "terms": True},
        }
        return accepting_summary_sync(bff, order)


def _place_order(stack: Workers) -> tuple[str, dict[str, str]]:
    """A new customer's order (acknowledged, and staying so: the order manager is off)."""
    email, signed_in = _new_customer(stack)
    placed = httpx.post(
        f"{stack.bff_url}/api/v1/orders",
        json=_order_body(stack, email),
        headers={"Idempotency-Key": f"workers-{uuid.uuid4().hex}", **signed_in},
        timeout=20,
    )
    assert placed.status_code == 201, placed.text
    return placed.json()["id"], signed_in


def _follow(stack: Workers, order_id: str, headers: dict[str, str]) -> tuple[int, queue.Queue[str]]:
    """Open the order's event stream; returns the worker serving it and a queue of the states it sends."""
    states: queue.Queue[str] = queue.Queue()
    opened: queue.Queue[int] = queue.Queue()

    def read() -> None:
        with (
            contextlib.suppress(httpx.HTTPError),
            httpx.stream(  # cut when the BFF stops at the end
                "GET", f"{stack.bff_url}/api/v1/orders/{order_id}/events", headers=headers, timeout=40
            ) as stream,
        ):
            opened.put(int(stream.headers[WORKER_HEADER]))
            for line in stream.iter_lines():
                if line.startswith("data: "):
                    states.put(json.loads(line.removeprefix("data: "))["state"])

    threading.Thread(target=read, daemon=True).start()
    return opened.get(timeout=20), states


def test_both_workers_serve_on_the_shared_port(workers: Workers) -> None:
    seen: set[int] = set()
    for _ in range(200):
        with httpx.Client(base_url=workers.bff_url, timeout=10) as client:  # a new connection each time
            seen.add(workers.served_by(client))
        if len(seen) == 2:
            break

    assert seen == workers.worker_pids()


def test_every_worker_is_ready(workers: Workers) -> None:
    for pid in workers.worker_pids():
        with workers.connection_to(pid) as client:
            answer = client.get("/ready")
        assert answer.status_code == 200, answer.text
        assert answer.json() == {
            "status": "ready",
            "checks": {"database": "ok", "identityProviderKeys": "ok", "tokenEndpoint": "ok"},
        }


def test_a_hub_event_on_one_worker_reaches_a_stream_on_the_other(workers: Workers) -> None:
    order_id, signed_in = _place_order(workers)
    stream_worker, states = _follow(workers, order_id, signed_in)
    assert states.get(timeout=10) == "acknowledged"
    held = httpx.patch(
        f"{workers.tmf}/productOrderingManagement/v4/productOrder/{order_id}",
        json={"state": "held"},
        headers={"Authorization": f"Bearer {service_token(workers.identity_url)}"},
        timeout=10,
    )
    assert held.status_code == 200, held.text

    with workers.connection_to(not_pid=stream_worker) as other:
        event = {
            "eventId": uuid.uuid4().hex,
            "eventType": "productOrderStateChangeEvent",
            "event": {"productOrder": {"id": order_id, "state": "held"}},
        }
        started = time.monotonic()
        delivered = other.post("/tmf-listener/productOrder/listener/productOrderStateChangeEvent", json=event)
        assert delivered.status_code == 204
        assert int(delivered.headers[WORKER_HEADER]) != stream_worker

    assert states.get(timeout=10) == "held"
    assert time.monotonic() - started < 10  # the stream polls only every 30 s: this was the event


def _metric(text: str, name: str, labels: str) -> float:
    match = re.search(rf"^{re.escape(name)}\{{{re.escape(labels)}\}} (\S+)$", text, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def test_one_scrape_sums_the_requests_of_both_workers(workers: Workers) -> None:
    count = "bff_request_duration_seconds_count"
    labels = 'channel="web",method="GET",route="/health",status="2xx"'
    before = _metric(httpx.get(f"{workers.bff_url}/metrics", timeout=10).text, count, labels)
    served: list[int] = []
    for _ in range(40):
        with httpx.Client(base_url=workers.bff_url, timeout=10) as client:
            served.append(workers.served_by(client))

    after = _metric(httpx.get(f"{workers.bff_url}/metrics", timeout=10).text, count, labels)

    assert set(served) == workers.worker_pids()  # both answered some
    assert after - before == 40


def test_a_killed_worker_is_replaced_and_requests_keep_succeeding(workers: Workers) -> None:
    before = workers.worker_pids()
    victim = min(before)

    os.kill(victim, signal.SIGKILL)
    statuses = []
    deadline = time.monotonic() + 8
    while time.monotonic() < deadline:
        with httpx.Client(base_url=workers.bff_url, timeout=10) as client:
            statuses.append(client.get("/api/v1/offers").status_code)
        time.sleep(0.05)
    _wait_for(lambda: len(workers.worker_pids()) == 2 and victim not in workers.worker_pids(), 30)
    (replacement,) = workers.worker_pids() - before
    with workers.connection_to(replacement) as client:
        answer = client.get("/api/v1/offers")

    assert set(statuses) == {200} and len(statuses) > 20
    assert answer.status_code == 200 and answer.json()["offers"]


def test_concurrent_identical_submits_on_both_workers_make_one_order(workers: Workers) -> None:
    email, signed_in = _new_customer(workers)
    body, key = _order_body(workers, email), f"double-click-{uuid.uuid4().hex}"
    headers = {"Idempotency-Key": key, **signed_in}

    with contextlib.ExitStack() as stack:
        # Five connections to each worker, opened first, then one submit on each, all at once.
        connections = [
            stack.enter_context(workers.connection_to(pid)) for pid in workers.worker_pids() for _ in range(5)
        ]
        start = threading.Barrier(len(connections))

        def submit(connection: httpx.Client) -> httpx.Response:
            start.wait()
            return connection.post("/api/v1/orders", json=body, headers=headers)

        with ThreadPoolExecutor(len(connections)) as pool:
            answers = list(pool.map(submit, connections))

    assert {int(answer.headers[WORKER_HEADER]) for answer in answers} == workers.worker_pids()
    assert {answer.status_code for answer in answers} <= {201, 409}, [a.text for a in answers]
    assert len({answer.json()["id"] for answer in answers if answer.status_code == 201}) == 1
    stored = httpx.get(
        f"{workers.tmf}/productOrderingManagement/v4/productOrder",
        params={"externalId": key},
        headers={"Authorization": f"Bearer {service_token(workers.identity_url)}"},
        timeout=10,
    )
    assert len(stored.json()) == 1


def test_worker_sockets_turn_nagle_off_for_every_connection() -> None:
    # Accepted connections inherit TCP_NODELAY from the listening socket; with Nagle on, every answer the
    # workers wrote in two parts waited for the client's delayed ACK (44 ms p50 for /health instead of 1.3).
    listening = bind_socket("127.0.0.1", 0)
    try:
        with socket.create_connection(listening.getsockname()[:2]) as _client:
            accepted, _ = listening.accept()
            with accepted:
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        listening.close()
