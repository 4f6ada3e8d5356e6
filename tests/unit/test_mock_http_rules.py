"""HTTP rules of every mock server: HEAD wherever GET is (RFC 9110), and `.` and `..` are never path ids
(422 with a TMF Error body)."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from starlette.types import Message, Receive, Scope, Send

from mock_backends.app import create_app
from mock_backends.http_rules import DotSegmentIdMiddleware, has_dot_segment
from mock_backends.identity.testing import idp_settings, running_idp
from mock_backends.testing import running, running_app, sqlite_settings

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"
# Headers that differ between any two answers, whatever the method.
PER_ANSWER = frozenset({"date", "x-request-id", "set-cookie", "traceparent"})


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


def comparable(headers: httpx.Headers) -> dict[str, str]:
    return {name: value for name, value in headers.items() if name not in PER_ANSWER}


async def assert_head_is_get_without_body(client: httpx.AsyncClient, path: str) -> int:
    got, head = await client.get(path), await client.head(path)
    assert head.status_code == got.status_code, path
    assert comparable(head.headers) == comparable(got.headers), path
    assert head.content == b"", path
    return head.status_code


async def test_head_is_answered_on_every_get_route_of_the_tmf_servers(tmp_path: Path) -> None:
    """Every GET operation the app documents: collections as they are, resources with a seeded id and an
    unknown one."""
    app = create_app(sqlite_settings(tmp_path))
    seeded = {"productOrder": "po-seed-cust-0001", "product": "prod-seed-cust-0001", "customer": "cust-0001"}
    gets = [path for path, operations in app.openapi()["paths"].items() if "get" in operations]
    statuses = []
    async with running(app, "http://mocks.test") as client:
        for template in gets:
            resource = template.split("/{")[0].rsplit("/", 1)[-1]
            for known in (seeded.get(resource, "po-fibre-150"), "nothing-here"):
                path = re.sub(r"\{[^}]+\}", known, template)
                statuses.append(await assert_head_is_get_without_body(client, path))
                if path == template:
                    break
    assert len(gets) >= 30 and statuses.count(200) >= 20


async def test_head_of_a_collection_keeps_the_paging_headers(client: httpx.AsyncClient) -> None:
    head = await client.head(ORDERS, params={"limit": "1"})

    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["x-total-count"]) >= 2 and head.headers["x-result-count"] == "1"
    assert int(head.headers["content-length"]) > 0  # the length the GET's body has


async def test_head_where_there_is_no_get_is_405_naming_head_only_with_get(client: httpx.AsyncClient) -> None:
    answer = await client.head("/tmf-api/productOrderingManagement/v4/hub")

    assert answer.status_code == 405 and answer.content == b""
    assert "HEAD" not in answer.headers["allow"]
    assert "HEAD" in (await client.put(ORDERS, json={})).headers["allow"]


@pytest.mark.parametrize(
    "path", ["/health", "/ready", "/.well-known/openid-configuration", "/jwks.json", "/register", "/userinfo"]
)
async def test_head_is_answered_on_the_identity_providers_get_endpoints(tmp_path: Path, path: str) -> None:
    async with running_idp(idp_settings(tmp_path)) as client:
        await assert_head_is_get_without_body(client, path)


async def test_head_does_not_sign_out(tmp_path: Path) -> None:
    """Logout signs out on GET (OIDC RP-initiated logout); a HEAD must be safe, so it is not one there."""
    async with running_idp(idp_settings(tmp_path)) as client:
        answer = await client.head("/logout")

    assert answer.status_code == 405 and "set-cookie" not in answer.headers
