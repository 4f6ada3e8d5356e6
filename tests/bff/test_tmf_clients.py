"""The new TMF clients speak the v4 specs: paths, filters and bodies (TMF673, TMF629, TMF637, TMF622, hub)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
import respx

from bff.config import Settings
from bff.core.backends import Backends
from bff.core.clients.base import TmfNotFound
from tests.bff.factories import URLS, create_address, create_customer, create_product, echo_order
from tmf_models.tmf622 import CancelProductOrderCreate


@pytest.fixture
async def backends(settings: Settings) -> AsyncIterator[Backends]:
    backends = Backends.from_settings(settings)
    yield backends
    await backends.aclose()


async def test_address_search_filters_by_postcode(backends: Backends, tmf: respx.MockRouter):
    route = tmf.get(f"{URLS['tmf673_url']}/geographicAddress").respond(200, json=[create_address("a-1", "1")])

    found = await backends.tmf673.find_addresses(postcode="RG1 4AB")

    assert route.calls.last.request.url.params["postcode"] == "RG1 4AB"
    assert found[0].street_nr == "1"


async def test_sub_addresses_are_their_own_resource(backends: Backends, tmf: respx.MockRouter):
    tmf.get(f"{URLS['tmf673_url']}/geographicAddress/a-1/geographicSubAddress").respond(
        200, json=[{"id": "s-1", "subUnitType": "flat", "subUnitNumber": "2"}]
    )

    subs = await backends.tmf673.list_sub_addresses("a-1")

    assert subs[0].sub_unit_number == "2"


async def test_customer_is_found_by_email_and_read_by_id(backends: Backends, tmf: respx.MockRouter):
    listing = tmf.get(f"{URLS['tmf629_url']}/customer").respond(200, json=[create_customer()])
    tmf.get(f"{URLS['tmf629_url']}/customer/cust-7").respond(200, json=create_customer())

    found = await backends.tmf629.find_customers(**{"contactMedium.characteristic.emailAddress": "a+b@x.com"})
    one = await backends.tmf629.get_customer("cust-7")

    assert listing.calls.last.request.url.params["contactMedium.characteristic.emailAddress"] == "a+b@x.com"
    assert found[0].engaged_party.id == "ind-42" and one.id == "cust-7"


async def test_products_are_found_by_related_party(backends: Backends, tmf: respx.MockRouter):
    route = tmf.get(f"{URLS['tmf637_url']}/product").respond(200, json=[create_product()])

    products = await backends.tmf637.find_products(**{"relatedParty.id": "cust-7"})

    assert route.calls.last.request.url.params["relatedParty.id"] == "cust-7"
    assert products[0].status is not None and products[0].status.value == "active"


async def test_unknown_product_is_not_found(backends: Backends, tmf: respx.MockRouter):
    tmf.get(f"{URLS['tmf637_url']}/product/nope").respond(404, json={"code": "404", "reason": "Not found"})

    with pytest.raises(TmfNotFound):
        await backends.tmf637.get_product("nope")


async def test_cancel_product_order_posts_a_task(backends: Backends, tmf: respx.MockRouter):
    route = tmf.post(f"{URLS['tmf622_url']}/cancelProductOrder").respond(
        201, json={"id": "c-1", "state": "acknowledged", "productOrder": {"id": "po-1"}}
    )

    task = await backends.tmf622.cancel_product_order(
        CancelProductOrderCreate.model_validate(
            {"productOrder": {"id": "po-1"}, "cancellationReason": "moved"}
        )
    )

    assert json.loads(route.calls.last.request.content) == {
        "productOrder": {"id": "po-1"},
        "cancellationReason": "moved",
    }
    assert task.id == "c-1"


async def test_patch_is_a_merge_patch(backends: Backends, tmf: respx.MockRouter):
    order = echo_order({"productOrderItem": [{"id": "1", "action": "add"}]})
    route = tmf.patch(f"{URLS['tmf622_url']}/productOrder/po-1").respond(200, json={**order, "priority": "1"})

    await backends.tmf622.patch_product_order("po-1", {"priority": "1"})

    assert route.calls.last.request.headers["Content-Type"] == "application/merge-patch+json"
    assert json.loads(route.calls.last.request.content) == {"priority": "1"}


async def test_hub_subscribe_and_unsubscribe(backends: Backends, tmf: respx.MockRouter):
    subscribe = tmf.post(f"{URLS['tmf622_url']}/hub").respond(
        201, json={"id": "sub-1", "callback": "http://b/x"}
    )
    unsubscribe = tmf.delete(f"{URLS['tmf622_url']}/hub/sub-1").respond(204)

    subscription = await backends.tmf622.subscribe("http://b/x")
    await backends.tmf622.unsubscribe(subscription.id)

    assert json.loads(subscribe.calls.last.request.content) == {"callback": "http://b/x"}
    assert unsubscribe.call_count == 1
