"""Outbound OAuth2 client credentials: one token for every backend, cached, renewed before it expires."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import respx

from bff.config import Settings
from bff.core.backends import ChannelServices
from bff.web.app import create_app
from tests.bff.factories import URLS

TOKEN_URL = "http://auth.test/oauth2/token"


@pytest.fixture
def oauth_settings(tmp_path: Path) -> Settings:
    return Settings(
        **URLS,
        timeout_seconds=0.5,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        oauth_token_url=TOKEN_URL,
        oauth_client_id="web-bff",
        oauth_client_secret="s3cret",
        oauth_scope="tmf.read tmf.write",
        oauth_refresh_leeway_seconds=30,
    )


@pytest.fixture
async def oauth_services(oauth_settings: Settings) -> AsyncIterator[ChannelServices]:
    services = ChannelServices.from_settings(oauth_settings)
    yield services
    await services.aclose()


@pytest.fixture
async def oauth_client(
    oauth_services: ChannelServices, tmf: respx.MockRouter
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(oauth_services.settings)
    app.state.services = oauth_services
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bff.test") as http:
        yield http


def serve_tokens(tmf: respx.MockRouter, *lifetimes: int) -> respx.Route:
    answers = [
        httpx.Response(
            200, json={"access_token": f"token-{index}", "token_type": "Bearer", "expires_in": lifetime}
        )
        for index, lifetime in enumerate(lifetimes, start=1)
    ]
    return tmf.post(TOKEN_URL).mock(side_effect=answers)


async def test_backend_calls_carry_the_bearer_token_fetched_once(
    oauth_client: httpx.AsyncClient, tmf: respx.MockRouter
):
    tokens = serve_tokens(tmf, 3600)

    for _ in range(2):
        assert (await oauth_client.get("/api/v1/offers")).status_code == 200

    assert tokens.call_count == 1
    request = tokens.calls.last.request
    assert b"grant_type=client_credentials" in request.content
    assert request.headers["Authorization"].startswith("Basic ")  # client_secret_basic
    catalogue_calls = [call for call in tmf.calls if "productCatalog" in str(call.request.url)]
    assert {call.request.headers["Authorization"] for call in catalogue_calls} == {"Bearer token-1"}


async def test_token_about_to_expire_is_replaced(
    oauth_client: httpx.AsyncClient, oauth_services: ChannelServices, tmf: respx.MockRouter
):
    tokens = serve_tokens(tmf, 10, 3600)  # 10 s left is inside the 30 s leeway: renewed before the next use

    await oauth_client.get("/api/v1/offers")
    oauth_services.catalog.invalidate()
    await oauth_client.get("/api/v1/offers")

    assert tokens.call_count == 2
    last = [call for call in tmf.calls if "productOffering?" in str(call.request.url)][-1]
    assert last.request.headers["Authorization"] == "Bearer token-2"


async def test_revoked_token_is_replaced_once_on_401(oauth_client: httpx.AsyncClient, tmf: respx.MockRouter):
    tokens = serve_tokens(tmf, 3600, 3600)
    offerings = tmf.routes["productOffering"]
    good = offerings.return_value
    offerings.side_effect = [httpx.Response(401), good]

    response = await oauth_client.get("/api/v1/offers")

    assert response.status_code == 200
    assert tokens.call_count == 2


async def test_refused_credentials_are_a_backend_error_without_details(
    oauth_client: httpx.AsyncClient, tmf: respx.MockRouter
):
    tmf.post(TOKEN_URL).respond(401, json={"error": "invalid_client"})

    response = await oauth_client.get("/api/v1/offers")

    assert response.status_code == 502
    assert response.json()["code"] == "BACKEND_ERROR"
    assert "invalid_client" not in response.text
