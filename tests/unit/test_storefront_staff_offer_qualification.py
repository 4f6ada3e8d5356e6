"""The staff 360's address check for the customer it orders for: the customer's id goes to the retail BFF,
and what the operator's qualification (TMF679) refuses them is shown with its reasons, in words."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import respx

from storefront.clients import retail
from storefront.clients.models import Availability
from storefront.config import get_settings
from storefront.staff_views import NOT_SERVICEABLE, NOTHING_FOR_THIS_CUSTOMER, address_refusal
from storefront.views import unavailable_display

ADDRESS = {"id": "addr-0001", "label": "12 High Street, Reading RG1 4AB"}
OFFER = {
    "id": "po-fibre-150",
    "name": "Fibre 150",
    "technology": "FTTP",
    "downloadMbps": 150,
    "uploadMbps": 30,
    "monthlyPrice": 30.0,
    "currency": "GBP",
}
SECOND_LINE = {"code": "ALREADY_HAS_LINE", "label": "You already have broadband at this address."}
REFUSED = {"offerId": "po-fibre-900", "name": "Fibre 900", "reasons": [SECOND_LINE]}


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=get_settings().retail_bff_url, assert_all_called=False) as router:
        yield router


async def test_the_check_is_asked_for_the_customer_and_reads_what_they_cannot_buy(
    router: respx.MockRouter,
) -> None:
    route = router.post("/api/v1/availability").respond(
        200, json={"address": ADDRESS, "serviceable": True, "offers": [OFFER], "unavailable": [REFUSED]}
    )

    found = await retail.check_availability("token", "RG1 4AB", "12", "cust-0001")

    assert json.loads(route.calls.last.request.content) == {
        "postcode": "RG1 4AB",
        "houseNumber": "12",
        "customerId": "cust-0001",
    }
    shown = [unavailable_display(offer) for offer in found.unavailable]
    assert [(offer.name, offer.reasons) for offer in shown] == [
        ("Fibre 900", "You already have broadband at this address")
    ]


async def test_the_quick_check_without_a_customer_sends_no_id(router: respx.MockRouter) -> None:
    route = router.post("/api/v1/availability").respond(200, json={"address": ADDRESS, "serviceable": False})

    await retail.check_availability("token", "RG1 4AB", "12")

    assert "customerId" not in json.loads(route.calls.last.request.content)


@pytest.mark.parametrize(
    ("serviceable", "unavailable", "said"),
    [
        (True, [REFUSED], ""),  # something can be ordered: the refused ones are listed, no error
        (False, [REFUSED], NOTHING_FOR_THIS_CUSTOMER),  # the line carries plans, none for this customer
        (False, [], NOT_SERVICEABLE),  # nothing here at all
    ],
)
def test_why_nothing_can_be_ordered_is_said_in_words(
    serviceable: bool, unavailable: list[dict], said: str
) -> None:
    availability = Availability.model_validate(
        {"address": ADDRESS, "serviceable": serviceable, "unavailable": unavailable}
    )

    assert address_refusal(availability) == said
