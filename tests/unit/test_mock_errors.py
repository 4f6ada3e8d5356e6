"""Every failure is answered with the TMF Error body {code, reason, message, status}."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.app import create_app
from mock_backends.testing import running_app, sqlite_settings

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path)) as client:
        yield client


def assert_tmf_error(answer: httpx.Response, status: int, code: str) -> dict:
    body = answer.json()
    assert answer.status_code == status
    assert set(body) == {"code", "reason", "message", "status"}
    assert body["code"] == code
    assert body["status"] == str(status)
    return body


async def test_unknown_id_is_404(client: httpx.AsyncClient) -> None:
    body = assert_tmf_error(await client.get(f"{ORDERS}/nope"), 404, "NOT_FOUND")
    assert body["reason"] == "Not Found"
    assert "nope" in body["message"]


async def test_unknown_catalogue_id_is_404(client: httpx.AsyncClient) -> None:
    answer = await client.get("/tmf-api/productCatalogManagement/v4/productOffering/po-nope")
    assert_tmf_error(answer, 404, "NOT_FOUND")


async def test_unknown_path_is_404(client: httpx.AsyncClient) -> None:
    assert_tmf_error(await client.get("/tmf-api/nothing/v4/here"), 404, "NOT_FOUND")


async def test_unsupported_method_is_405_with_allow_header(client: httpx.AsyncClient) -> None:
    answer = await client.put(ORDERS, json={})
    assert_tmf_error(answer, 405, "METHOD_NOT_ALLOWED")
    assert answer.headers["allow"] == "GET, HEAD, POST"


async def test_missing_required_field_is_400_naming_the_field(client: httpx.AsyncClient) -> None:
    body = assert_tmf_error(await client.post(ORDERS, json={"externalId": "x"}), 400, "INVALID_REQUEST")
    assert "body.productOrderItem" in body["message"]


async def test_wrong_type_is_400_with_its_location(client: httpx.AsyncClient) -> None:
    answer = await client.post(ORDERS, json={"productOrderItem": [{"id": "1", "action": "explode"}]})
    body = assert_tmf_error(answer, 400, "INVALID_REQUEST")
    assert "body.productOrderItem.0.action" in body["message"]


async def test_malformed_json_is_400(client: httpx.AsyncClient) -> None:
    answer = await client.post(ORDERS, content=b"{not json", headers={"content-type": "application/json"})
    assert_tmf_error(answer, 400, "INVALID_REQUEST")


async def test_unexpected_failure_is_500_without_internals(tmp_path: Path) -> None:
    app = create_app(sqlite_settings(tmp_path))

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    # raise_app_exceptions=False: answer as a server would instead of re-raising into the test.
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://mocks.test") as client:
        answer = await client.get("/boom")
    body = assert_tmf_error(answer, 500, "INTERNAL_ERROR")
    assert "secret" not in body["message"]
