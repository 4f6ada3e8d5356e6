"""kill -9 of the mock server mid-stream: orders and undelivered events survive, and the restarted server
carries on (orders finish their lifecycle, every pending event reaches its listener once it is up)."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mock_backends.events.receiver import EventReceiver, free_port

ROOT = Path(__file__).resolve().parents[2]
ORDERING = "/tmf-api/productOrderingManagement/v4"
ORDERS = f"{ORDERING}/productOrder"


class MockServer:
    """`python -m mock_backends` as a real process on a file SQLite database."""

    def __init__(self, database: Path, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.env = os.environ | {
            "MOCKS_PORT": str(port),
            "MOCKS_DATABASE_URL": f"sqlite:///{database}",
            # Slow enough for the kill to land mid-lifecycle, fast enough for a short test.
            "MOCKS_ORDER_PACE": "deterministic",
            "MOCKS_ORDER_STEP_SECONDS": "0.3",
            "MOCKS_EVENTS_POLL_SECONDS": "0.05",
            "MOCKS_EVENTS_RETRY_BASE_SECONDS": "0.1",
            "MOCKS_EVENTS_RETRY_MAX_SECONDS": "0.5",
            # Rows the killed process had claimed wait for their lease (2 x this + 5 s) to run out.
            "MOCKS_EVENTS_TIMEOUT_SECONDS": "0.5",
            "MOCKS_AUTH_REQUIRED": "false",  # about surviving a kill -9, not tokens
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "mock_backends"], cwd=ROOT, env=self.env)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("mock server did not start")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MockServer]:
    server = MockServer(tmp_path / "mocks.db", free_port())
    yield server
    server.stop()


def create_order_body(customer: str, house_number: int) -> dict:
    place = {"id": f"addr-rg14ab-{house_number}", "role": "installationAddress"}
    return {
        "relatedParty": [{"id": customer, "role": "customer", "@referredType": "Individual"}],
        "productOrderItem": [
            {
                "id": "1",
                "action": "add",
                "productOffering": {"id": "po-fibre-500"},
                "product": {"place": [place]},
            }
        ],
    }


def wait_until(condition, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_orders_and_pending_events_survive_a_kill(server: MockServer) -> None:
    receiver = EventReceiver()  # its port is known, but it is down for now
    server.start()
    with httpx.Client(base_url=server.url, timeout=5) as client:
        hub = client.post(f"{ORDERING}/hub", json={"callback": receiver.callback})
        assert hub.status_code == 201
        customer = client.post(
            "/tmf-api/party/v4/individual", json={"givenName": "Jo", "familyName": "Smith"}
        )
        ids = [
            client.post(ORDERS, json=create_order_body(customer.json()["id"], n)).json()["id"]
            for n in range(1, 6)
        ]
        mine = {"relatedParty.id": customer.json()["id"]}  # not the seeded customers' orders
        time.sleep(0.5)  # some orders step on; every event waits for the listener that is down
        before = {o["id"]: o["state"] for o in client.get(ORDERS, params=mine).json()}
        pending_before = client.get("/admin/events").json()["pending"]
    server.kill()

    server.start()
    with httpx.Client(base_url=server.url, timeout=5) as client, receiver:
        after = {o["id"]: o["state"] for o in client.get(ORDERS, params=mine).json()}
        assert set(after) == set(ids)
        wait_until(lambda: all(o["state"] == "completed" for o in client.get(ORDERS, params=mine).json()))
        wait_until(lambda: client.get("/admin/events").json()["pending"] == 0)
        outbox = client.get("/admin/events").json()

    assert pending_before >= len(ids)  # at least every create event was waiting when the server died
    assert any(state != "acknowledged" for state in before.values()) or pending_before >= len(ids)
    events = receiver.events()
    created = {
        e["event"]["productOrder"]["id"] for e in events if e["eventType"] == "productOrderCreateEvent"
    }
    completed = {
        e["event"]["productOrder"]["id"]
        for e in events
        if e["eventType"] == "productOrderStateChangeEvent"
        and e["event"]["productOrder"]["state"] == "completed"
    }
    assert created == completed == set(ids)
    assert outbox["delivered"] == len(events) == len({e["eventId"] for e in events})
