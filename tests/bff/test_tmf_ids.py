"""Ids in TMF paths: any id the specs allow goes as one percent-encoded segment; `.`, `..`, an empty id and
control characters are refused with a clear error before any request is made."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from bff.config import Settings
from bff.core.backends import Backends
from bff.core.clients.base import InvalidId, TmfNotFound
from tests.bff.factories import URLS, create_product


@pytest.fixture
async def backends(settings: Settings) -> AsyncIterator[Backends]:
    backends = Backends.from_settings(settings)
    yield backends
    await backends.aclose()


@pytest.mark.parametrize(
    ("product_id", "segment"),
    [
        ("prod-1", "prod-1"),
        ("a/b", "a%2Fb"),
        ("what?#x", "what%3F%23x"),
        ("with space", "with%20space"),
        ("100%", "100%25"),
        ("%2E%2E", "%252E%252E"),  # an id that merely looks encoded is sent as itself
        ("...", "..."),
        ("café", "caf%C3%A9"),
    ],
)
async def test_an_id_is_one_percent_encoded_segment(
    backends: Backends, tmf: respx.MockRouter, product_id: str, segment: str
) -> None:
    route = tmf.get(url__eq=f"{URLS['tmf637_url']}/product/{segment}").respond(
        200, json=create_product(product_id)
    )

    product = await backends.tmf637.get_product(product_id)

    assert route.called and product.id == product_id


@pytest.mark.parametrize("bad_id", [".", "..", "", "po-1\n", "po\x001", "po\x7f", "po\x85"])
async def test_an_id_no_path_can_carry_is_refused_without_a_request(
    backends: Backends, tmf: respx.MockRouter, bad_id: str
) -> None:
    with pytest.raises(InvalidId) as refused:
        await backends.tmf622.get_product_order(bad_id)

    assert not tmf.calls
    assert "cannot be sent" in str(refused.value) and refused.value.value == bad_id
    assert isinstance(refused.value, TmfNotFound)  # no resource can have it: callers' "not found" applies


async def test_every_client_path_with_an_id_refuses_dot_segments(backends: Backends, tmf: respx.MockRouter):
    calls = [
        lambda: backends.tmf622.patch_product_order("..", {"state": "cancelled"}),
        lambda: backends.tmf629.get_customer(".."),
        lambda: backends.tmf632.get_individual(".."),
        lambda: backends.tmf637.get_product(".."),
        lambda: backends.tmf648.get_quote(".."),
        lambda: backends.tmf673.get_address(".."),
        lambda: backends.tmf673.list_sub_addresses(".."),
    ]
    for call in calls:
        with pytest.raises(InvalidId):
            await call()

    await backends.tmf622.unsubscribe("..")  # an id no hub could have issued: nothing to remove
    assert not tmf.calls


async def test_a_dot_segment_address_id_is_not_found_and_never_sent(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    response = await client.get("/api/v1/addresses/%2E%2E")

    assert response.status_code == 404
    assert not [call for call in tmf.calls if URLS["tmf673_url"] in str(call.request.url)]
