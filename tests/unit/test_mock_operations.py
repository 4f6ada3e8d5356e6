"""Operations of the TMF mock servers and the identity provider: `GET /ready` (database, signing keys) and
one JSON log line per request carrying the caller's X-Request-ID and traceparent trace id."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mock_backends.app import create_app
from mock_backends.identity.app import create_app as create_idp_app
from mock_backends.identity.testing import idp_settings, running_idp
from mock_backends.logs import CorrelationFilter, JsonFormatter
from mock_backends.testing import running_app, sqlite_settings
from scripts.stack import free_port

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
UNREACHABLE_DATABASE = f"postgresql+psycopg://127.0.0.1:{free_port()}/nothing"


@pytest.fixture
def access_lines() -> Iterator[io.StringIO]:
    """What the request logger writes, as the processes' JSON handler would write it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(CorrelationFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("mock_backends.access")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield stream
    finally:
        logger.removeHandler(handler)


def requests_logged(stream: io.StringIO) -> list[dict[str, object]]:
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    return [line for line in lines if line["message"] == "request"]


async def test_mocks_ready_when_the_database_answers(tmp_path: Path) -> None:
    async with running_app(sqlite_settings(tmp_path)) as client:
        answer = await client.get("/ready")

    assert answer.status_code == 200
    assert answer.json() == {"status": "ready", "checks": {"database": "ok"}}


async def test_mocks_not_ready_without_their_database(tmp_path: Path) -> None:
    app = create_app(sqlite_settings(tmp_path, database_url=UNREACHABLE_DATABASE))  # nothing listens there

    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://mocks.test"
    ) as client:
        ready, health = await client.get("/ready"), await client.get("/health")

    assert ready.status_code == 503
    assert ready.json() == {"status": "not ready", "checks": {"database": "failed (OperationalError)"}}
    assert health.status_code == 200  # liveness touches nothing


async def test_identity_provider_ready_with_database_and_keys(tmp_path: Path) -> None:
    async with running_idp(idp_settings(tmp_path)) as client:
        answer = await client.get("/ready")

    assert answer.status_code == 200
    assert answer.json() == {"status": "ready", "checks": {"database": "ok", "signingKeys": "ok"}}


async def test_identity_provider_not_ready_before_its_keys_and_without_database(tmp_path: Path) -> None:
    app = create_idp_app(idp_settings(tmp_path, database_url=UNREACHABLE_DATABASE))  # lifespan not run

    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://idp.test"
    ) as client:
        answer = await client.get("/ready")

    assert answer.status_code == 503
    assert answer.json()["checks"] == {
        "database": "failed (OperationalError)",
        "signingKeys": "failed (RuntimeError)",
    }


async def test_mocks_log_each_request_with_the_callers_ids(tmp_path: Path, access_lines: io.StringIO) -> None:
    headers = {"X-Request-ID": "evt-42", "traceparent": f"00-{TRACE_ID}-00f067aa0ba902b7-01"}
    async with running_app(sqlite_settings(tmp_path)) as client:
        await client.get("/tmf-api/productCatalogManagement/v4/productOffering", headers=headers)
        await client.get("/tmf-api/productCatalogManagement/v4/nothing-here")

    first, second = requests_logged(access_lines)
    assert first["requestId"] == "evt-42" and first["traceId"] == TRACE_ID
    assert (first["method"], first["path"], first["status"]) == (
        "GET",
        "/tmf-api/productCatalogManagement/v4/productOffering",
        200,
    )
    assert isinstance(first["durationMs"], float)
    # Without ids a request still gets its own, and the trace id names it.
    assert second["requestId"] and second["requestId"] != "evt-42" and second["status"] == 404


async def test_identity_provider_logs_each_request_with_the_callers_ids(
    tmp_path: Path, access_lines: io.StringIO
) -> None:
    async with running_idp(idp_settings(tmp_path)) as client:
        await client.get("/jwks.json", headers={"traceparent": f"00-{TRACE_ID}-00f067aa0ba902b7-01"})

    (line,) = requests_logged(access_lines)
    assert line["requestId"] == TRACE_ID and line["traceId"] == TRACE_ID  # no X-Request-ID: the trace id
    assert (line["path"], line["status"]) == ("/jwks.json", 200)
