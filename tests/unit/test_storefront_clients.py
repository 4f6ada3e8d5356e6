"""The storefront's BFF clients (storefront/clients/): every failure becomes a message fit to show."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import respx

from storefront.clients import http, retail, web
from storefront.config import get_settings

BFF = get_settings().bff_url
CONTACT = web.Contact(given_name="Jane", family_name="Doe", email="jane@example.com", phone="07700 900123")


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BFF, assert_all_called=False) as router:
        yield router


async def test_unknown_address_gets_the_address_message(router: respx.MockRouter) -> None:
    router.post("/api/v1/availability").respond(404, json={"code": "ADDRESS_NOT_FOUND", "message": "x"})

    with pytest.raises(web.BffError) as raised:
        await web.check_availability("ZZ9 9ZZ", "1")

    assert raised.value.message == http.ADDRESS_NOT_FOUND_MESSAGE


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.Response(503, json={"code": "X"})],
    ids=["connection refused", "timeout", "503"],
)
async def test_unreachable_bff_says_nothing_is_lost(router: respx.MockRouter, failure: object) -> None:
    route = router.get("/api/v1/offers")
    if isinstance(failure, httpx.Response):
        route.mock(return_value=failure)
    else:
        route.mock(side_effect=failure)

    with pytest.raises(web.BffError) as raised:
        await web.get_catalogue()

    assert raised.value.message == http.UNREACHABLE_MESSAGE
    assert "nothing you entered has been lost" in raised.value.message


async def test_field_errors_are_named_as_the_form_names_them(router: respx.MockRouter) -> None:
    detail = [
        {"loc": ["body", "contact", "email"], "msg": "bad", "type": "string_pattern_mismatch"},
        {"loc": ["body", "contact", "givenName"], "msg": "short", "type": "string_too_short"},
    ]
    router.post("/api/v1/orders").respond(422, json={"detail": detail})

    with pytest.raises(web.BffError) as raised:
        await web.place_order(
            address_id="a", offer_id="o", add_on_ids=[], contact=CONTACT, idempotency_key="key-12345678"
        )

    assert raised.value.field_errors == {
        "email": "Enter a valid email address, like name@example.com.",
        "first_name": "Enter your first name.",
    }


async def test_server_error_does_not_leak_details(router: respx.MockRouter) -> None:
    router.get("/api/v1/orders/o-1").respond(500, text="Traceback: KeyError at 10.1.2.3")

    with pytest.raises(web.BffError) as raised:
        await web.get_order("o-1")

    assert raised.value.message == http.UNEXPECTED_MESSAGE


async def test_answer_breaking_the_contract_is_our_fault(router: respx.MockRouter) -> None:
    router.get("/api/v1/orders/o-1").respond(200, json={"unexpected": True})

    with pytest.raises(web.BffError) as raised:
        await web.get_order("o-1")

    assert raised.value.code == "BAD_ANSWER"


async def test_order_is_sent_with_its_idempotency_key(router: respx.MockRouter) -> None:
    route = router.post("/api/v1/orders").respond(
        201, json={"id": "o-1", "state": "acknowledged", "offerId": "po-fibre-150", "offerName": "Fibre 150"}
    )

    order = await web.place_order(
        address_id="addr-1",
        offer_id="po-fibre-150",
        add_on_ids=[],
        contact=CONTACT,
        idempotency_key="key-12345678",
    )

    assert order.id == "o-1"
    assert route.calls.last.request.headers["Idempotency-Key"] == "key-12345678"


async def test_order_id_is_escaped_in_the_path(router: respx.MockRouter) -> None:
    route = router.get("/api/v1/orders/a%2Fb").respond(404, json={"code": "ORDER_NOT_FOUND", "message": "x"})

    with pytest.raises(web.BffError):
        await web.get_order("a/b")

    assert route.called


async def test_order_events_are_read_from_the_stream(router: respx.MockRouter) -> None:
    stream = (
        'event: order\nid: 1\ndata: {"id":"o-1","state":"acknowledged"}\n\n'
        ": nothing new\n\n"
        'event: order\nid: 2\ndata: {"id":"o-1","state":"completed"}\n\n'
    )
    route = router.get("/api/v1/orders/o-1/events").respond(
        200, text=stream, headers={"content-type": "text/event-stream"}
    )

    seen = [order.state if order else None async for order in web.follow_order("o-1", "token-1")]

    assert seen == ["acknowledged", None, "completed"]
    assert route.calls.last.request.headers["Authorization"] == "Bearer token-1"


async def test_a_refused_token_asks_the_customer_to_sign_in_again(router: respx.MockRouter) -> None:
    router.get("/api/v1/products").respond(401, json={"code": "UNAUTHORIZED", "message": "x"})

    with pytest.raises(web.BffError) as raised:
        await web.list_products("expired")

    assert raised.value.message == http.SIGN_IN_MESSAGE


@pytest.mark.parametrize("bff", [web.bff, retail.bff], ids=["web", "retail"])
async def test_the_pool_is_built_at_start_up_and_used_then_closed(
    bff: http.BffConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bff, "_client", None)
    async with bff.lifespan():
        pool = bff._client
        assert pool is not None and not pool.is_closed  # before any call: no customer's click builds it
        assert bff.client() is pool
    assert pool.is_closed


async def test_a_manager_approving_his_own_order_is_told_the_four_eyes_rule() -> None:
    message = "You placed this order, so another manager must approve it (four-eyes rule)."
    with respx.mock(base_url=get_settings().retail_bff_url) as router:
        router.post(url__regex=r"/approvals/o-1/approve$").respond(
            403, json={"code": "OWN_ORDER_APPROVAL", "message": message}
        )
        with pytest.raises(http.BffError) as raised:
            await retail.decide("token", "store-rdg", "o-1", approve=True)

    assert raised.value.message == message


async def test_another_forbidden_answer_says_staff_only() -> None:
    with respx.mock(base_url=get_settings().retail_bff_url) as router:
        router.get("/api/v1/me").respond(403, json={"code": "FORBIDDEN", "message": "scope missing"})
        with pytest.raises(http.BffError) as raised:
            await retail.get_me("token")

    assert raised.value.message == retail.STAFF_ONLY_MESSAGE
