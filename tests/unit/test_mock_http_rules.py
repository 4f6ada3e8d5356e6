"""HTTP rules of every mock server: `.` and `..` are never path ids (422 with a TMF Error body)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from starlette.types import Message, Receive, Scope, Send

from mock_backends.http_rules import DotSegmentIdMiddleware, has_dot_segment
from mock_backends.testing import running_app, sqlite_settings

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


def assert_invalid_id(answer: httpx.Response) -> None:
    assert answer.status_code == 422
    body = answer.json()
    assert (body["code"], body["status"]) == ("INVALID_ID", "422") and body["reason"].startswith(
        "Unprocessable"
    )
    assert "dot segment" in body["message"]


# A client such as httpx or a browser removes literal dot segments itself; encoded ones reach the server.
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", f"{ORDERS}/%2E%2E"),
        ("GET", f"{ORDERS}/%2e"),
        ("PATCH", f"{ORDERS}/%2E%2E"),
        ("DELETE", f"{ORDERS}/%2E"),
        ("GET", "/tmf-api/productCatalogManagement/v4/productOffering/%2E%2E"),
        ("GET", "/tmf-api/customerManagement/v4/customer/%2E"),
        ("GET", "/tmf-api/party/v4/individual/%2E%2E"),
        ("GET", "/tmf-api/productInventory/v4/product/%2E%2E"),
        ("GET", "/tmf-api/serviceQualificationManagement/v4/checkServiceQualification/%2E"),
        ("GET", "/tmf-api/quoteManagement/v4/quote/%2E%2E"),
        ("GET", "/tmf-api/geographicAddressManagement/v4/geographicAddress/%2E%2E/geographicSubAddress"),
        ("DELETE", "/tmf-api/productOrderingManagement/v4/hub/%2E%2E"),
    ],
)
async def test_a_dot_segment_id_is_refused_with_a_tmf_error(
    client: httpx.AsyncClient, method: str, path: str
) -> None:
    assert_invalid_id(await client.request(method, path, json={} if method == "PATCH" else None))


async def test_ids_with_dots_in_them_are_ordinary_ids(client: httpx.AsyncClient) -> None:
    answer = await client.get(f"{ORDERS}/...")

    assert answer.status_code == 404 and answer.json()["code"] == "NOT_FOUND"


async def test_a_literal_dot_segment_sent_as_is_is_refused() -> None:
    """What a raw client (curl --path-as-is, a proxy) sends reaches the server unnormalised."""
    sent: list[Message] = []

    async def route(scope: Scope, receive: Receive, send: Send) -> None:
        raise AssertionError("no route may run for a dot-segment path")

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}

    async def send(message: Message) -> None:
        sent.append(message)

    path = f"{ORDERS}/.."
    scope = {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(), "query_string": b""}
    await DotSegmentIdMiddleware(route)(scope, receive, send)

    assert sent[0]["status"] == 422
    assert json.loads(sent[1]["body"])["code"] == "INVALID_ID"


def test_only_whole_dot_segments_of_tmf_paths_count() -> None:
    assert has_dot_segment(f"{ORDERS}/..") and has_dot_segment(f"{ORDERS}/./x")
    assert not has_dot_segment(f"{ORDERS}/po-1.2") and not has_dot_segment(f"{ORDERS}/...")
    assert not has_dot_segment("/health")
