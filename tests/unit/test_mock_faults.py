"""Fault injection: off by default; latency, errors, time-outs and drops per API, reproducible by seed."""

import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from mock_backends.app import create_app
from mock_backends.config import Settings
from mock_backends.events.receiver import free_port
from mock_backends.faults.middleware import ConnectionDropped
from mock_backends.testing import running_app, sqlite_settings

OFFERINGS = "/tmf-api/productCatalogManagement/v4/productOffering"
ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"
ORDER = {"productOrderItem": [{"id": "1", "action": "add", "productOffering": {"id": "po-fibre-500"}}]}


def settings_with(tmp_path: Path, **faults: dict[str, Any]) -> Settings:
    return sqlite_settings(tmp_path, order_pace="off", faults=faults)


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(settings_with(tmp_path)) as client:
        yield client


async def statuses(client: httpx.AsyncClient, count: int, path: str = OFFERINGS) -> list[int]:
    return [(await client.get(path)).status_code for _ in range(count)]


async def test_no_faults_by_default(client: httpx.AsyncClient) -> None:
    assert (await client.get("/admin/faults")).json() == {}
    assert set(await statuses(client, 20)) == {200}


async def test_errors_are_injected_per_api_with_retry_after_on_503(client: httpx.AsyncClient) -> None:
    rule = {"error_rate": 1.0, "error_statuses": [503], "retry_after_seconds": 7}
    answer = await client.put("/admin/faults", json={"tmf620": rule})
    assert answer.status_code == 200, answer.text
    assert answer.json()["/tmf-api/productCatalogManagement/v4"]["error_rate"] == 1.0
    faulted = await client.get(OFFERINGS)
    assert (faulted.status_code, faulted.headers["retry-after"]) == (503, "7")
    assert faulted.json()["code"] == "INJECTED_FAULT"
    assert (await client.get(ORDERS)).status_code == 200  # another API
    assert (await client.get("/health")).status_code == 200
    assert (await client.delete("/admin/faults")).status_code == 204
    assert (await client.get(OFFERINGS)).status_code == 200


async def test_a_rule_with_methods_faults_only_those(client: httpx.AsyncClient) -> None:
    rule = {"error_rate": 1.0, "error_statuses": [500], "methods": ["post"]}
    assert (await client.put("/admin/faults", json={"tmf622": rule})).json()[
        "/tmf-api/productOrderingManagement/v4"
    ]["methods"] == ["POST"]

    read = await client.get(ORDERS)
    created = await client.post(ORDERS, json=ORDER)

    assert read.status_code == 200
    assert (created.status_code, created.json()["code"]) == (500, "INJECTED_FAULT")


async def test_a_seed_makes_the_faults_reproducible(tmp_path: Path) -> None:
    rule = {"error_rate": 0.4, "error_statuses": [500, 503], "seed": 42}
    runs = []
    for run in range(2):
        async with running_app(settings_with(tmp_path / str(run), **{"*": rule})) as client:
            runs.append(await statuses(client, 40))
    assert runs[0] == runs[1]
    assert {200, 500, 503} == set(runs[0])
    assert 8 <= runs[0].count(200) <= 32 or pytest.fail(f"implausible mix {runs[0]}")


async def test_latency_and_jitter_delay_the_answer(tmp_path: Path) -> None:
    async with running_app(
        settings_with(tmp_path, tmf620={"latency_ms": 100, "jitter_ms": 50, "seed": 1})
    ) as client:
        started = time.monotonic()
        assert (await client.get(OFFERINGS)).status_code == 200
        assert 0.1 <= time.monotonic() - started < 1.0


async def test_a_timeout_hangs_then_answers_504(tmp_path: Path) -> None:
    # In-process httpx enforces no time-out, so measure the hang; a real client gives up during it.
    rule = {"timeout_rate": 1.0, "timeout_seconds": 0.3}
    async with running_app(settings_with(tmp_path, tmf620=rule)) as client:
        started = time.monotonic()
        answer = await client.get(OFFERINGS)
        assert time.monotonic() - started >= 0.3
        assert (answer.status_code, answer.json()["code"]) == (504, "TIMEOUT")


async def test_a_drop_without_a_socket_raises_in_process(tmp_path: Path) -> None:
    async with running_app(settings_with(tmp_path, tmf620={"drop_rate": 1.0})) as client:
        with pytest.raises(ConnectionDropped):
            await client.get(OFFERINGS)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    """The mock app on a real port (uvicorn in a thread)."""
    port = free_port()
    app = create_app(settings_with(tmp_path, tmf620={"drop_rate": 1.0}))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_a_dropped_connection_closes_without_an_answer(served: str) -> None:
    with httpx.Client(base_url=served, timeout=5) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(OFFERINGS)
        assert client.get("/health").status_code == 200
        assert client.get(ORDERS).status_code == 200


def test_a_delayed_create_is_carried_out_after_its_caller_gave_up(served: str) -> None:
    with httpx.Client(base_url=served, timeout=5) as client:
        client.put("/admin/faults", json={"tmf622": {"latency_ms": 600, "methods": ["POST"]}})
        with pytest.raises(httpx.ReadTimeout):
            client.post(ORDERS, json={"externalId": "late-1", **ORDER}, timeout=0.2)
        time.sleep(1.0)
        landed = client.get(ORDERS, params={"externalId": "late-1"}).json()

    assert len(landed) == 1


def test_faults_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCKS_FAULTS", '{"tmf622": {"error_rate": 0.1, "seed": 3}}')
    rule = Settings().faults["tmf622"]
    assert (rule.error_rate, rule.seed, rule.error_statuses) == (0.1, 3, [500, 503])


@pytest.mark.parametrize("rules", [{"tmf999": {}}, {"tmf620": {"error_rate": 2}}])
async def test_invalid_rules_are_refused(client: httpx.AsyncClient, rules: dict) -> None:
    assert (await client.put("/admin/faults", json=rules)).status_code == 400
    assert (await client.get("/admin/faults")).json() == {}
