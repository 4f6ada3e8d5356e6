"""A registered person's first order makes their TMF629 customer once, even when a create's answer is lost
and that create lands later (a slow backend commits after the BFF gave up on it)."""

from __future__ import annotations

import httpx
import pytest
import respx

from bff.core.clients.tmf629 import Tmf629Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.customers import CustomerDirectory
from bff.core.exactly_once import OutcomeUnknown
from bff.core.models import Contact
from tests.bff.factories import URLS, create_customer, mock_new_person

CONTACT = Contact(given_name="Jane", family_name="Doe", email="jane@example.com", phone="07700 900123")


@pytest.mark.parametrize("settle_seconds", [60.0, 0.0], ids=["within the settle time", "after it"])
async def test_a_lost_create_is_not_made_again_while_it_may_land(settle_seconds: float) -> None:
    made: list[dict[str, object]] = []
    landing: list[dict[str, object]] = []

    def find(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=made, headers={"X-Total-Count": str(len(made))})

    def create(request: httpx.Request) -> httpx.Response:
        if not landing:  # the first create is carried out, but its answer never comes back
            landing.append(create_customer(customer_id="c-slow", individual_id="ind-42", claim="claim-1"))
            raise httpx.ReadTimeout("the backend is still committing it")
        made.append(
            create_customer(customer_id=f"c-{len(made) + 1}", individual_id="ind-42", claim="claim-1")
        )
        return httpx.Response(201, json=made[-1])

    directory = CustomerDirectory(settle_seconds=settle_seconds)
    with respx.mock(assert_all_called=False) as tmf:
        created = mock_new_person(tmf, "claim-1", find, create)
        customers = Tmf629Client.for_url(URLS["tmf629_url"], 5)
        parties = Tmf632Client.for_url(URLS["tmf632_url"], 5)
        try:
            with pytest.raises(OutcomeUnknown):
                await directory.ensure(customers, parties, "claim-1", CONTACT)
            if settle_seconds:
                # Another order of the same person, before the lost create has landed: no second customer.
                with pytest.raises(OutcomeUnknown):
                    await directory.ensure(customers, parties, "claim-1", CONTACT)
                assert created.call_count == 1
                made.extend(landing)  # now it has landed, and the next order finds it
                found = await directory.ensure(customers, parties, "claim-1", CONTACT)
                assert found.customer_id == "c-slow"
                assert created.call_count == 1
            else:
                # Past the settle time a create that never landed is made again: the order can go ahead.
                again = await directory.ensure(customers, parties, "claim-1", CONTACT)
                assert again.customer_id == "c-1"
                assert created.call_count == 2
        finally:
            await customers.aclose()
            await parties.aclose()
