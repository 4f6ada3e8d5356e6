"""An agent acts on a customer's behalf from the 360, against the real TMF mock servers: ends a line (showing
the early-termination charge first), cancels an order and corrects the contact details, under the same
rules as online, each recorded with the agent and the store."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from tests.bff.retail_support import JANE
from tests.bff.test_retail_against_mocks import Channels, new_customer, order_with_discount, wait_for_state
from tests.bff.test_retail_product_changes_against_mocks import channels, line_of_new_customer, mocks

__all__ = ["channels", "mocks"]  # the fixtures

ORDERS = "productOrderingManagement/v4/productOrder"


def key() -> dict[str, str]:
    return {"Idempotency-Key": uuid.uuid4().hex}


async def tmf_order(channels: Channels, order_id: str) -> dict[str, Any]:
    return dict((await channels.tmf.get(f"{ORDERS}/{order_id}")).json())


async def test_an_agent_ends_a_line_once_the_charge_shown_is_accepted_and_it_ends(channels: Channels) -> None:
    retail = channels.retail
    customer_id, line, _ = await line_of_new_customer(retail)
    path = f"/api/v1/customers/{customer_id}/products/{line['id']}/cease"
    charge = line["earlyTerminationCharge"]
    assert charge > 0  # a line just made is inside its minimum term

    unseen = await retail.post(path, json={"reason": "Moving abroad"}, headers=key())
    wrong = await retail.post(
        path, json={"acceptCharge": {"value": charge - 1, "unit": "GBP"}}, headers=key()
    )
    other = await retail.post(
        f"/api/v1/customers/cust-0001/products/{line['id']}/cease",
        json={"acceptCharge": {"value": charge, "unit": "GBP"}},
        headers=key(),
    )
    ended = await retail.post(
        path,
        json={"reason": "Moving abroad", "acceptCharge": {"value": charge, "unit": "GBP"}},
        headers=key(),
    )

    assert (unseen.status_code, unseen.json()["code"]) == (409, "EARLY_TERMINATION_CHARGE")
    assert unseen.json()["earlyTerminationCharge"] == {"value": charge, "unit": "GBP"}
    assert f"£{charge:,.2f}" in unseen.json()["message"]
    assert (wrong.status_code, wrong.json()["code"]) == (409, "EARLY_TERMINATION_CHARGE")
    assert other.status_code == 403  # a line of another customer than the 360's
    assert ended.status_code == 201, ended.text
    order = await tmf_order(channels, ended.json()["id"])
    (item,) = order["productOrderItem"]
    assert (item["action"], item["product"]["id"]) == ("delete", line["id"])
    assert item["itemPrice"][0]["price"]["taxIncludedAmount"] == {"value": charge, "unit": "GBP"}
    assert order["channel"] == [{"id": "retail", "name": "store-rdg", "role": "salesChannel"}]
    agent = next(p for p in order["relatedParty"] if p["role"] == "salesAgent")
    assert (agent["id"], agent["name"]) == ("sub-alex", "Alex Agent")
    assert any("by Alex Agent (store-rdg)" in note["text"] for note in order["note"])
    await wait_for_state(retail, ended.json()["id"], {"completed"})
    view = (await retail.get(f"/api/v1/customers/{customer_id}")).json()
    assert next(p for p in view["products"] if p["id"] == line["id"])["status"] == "terminated"
    # A completed order is past cancelling, from the 360 as online.
    done = f"/api/v1/customers/{customer_id}/orders/{ended.json()['id']}/cancel"
    refused = await retail.post(done, headers=key())
    assert (refused.status_code, refused.json()["code"]) == (409, "ORDER_CANNOT_BE_CANCELLED")


async def test_an_agent_cancels_an_open_order_and_the_order_says_who(channels: Channels) -> None:
    retail = channels.retail
    customer_id = await new_customer(retail)
    # Held for a manager's approval, so it stays open while asked about (the mocks' order manager on SQLite
    # could otherwise complete a fast order in the same moment as its cancellation).
    order_id = (await order_with_discount(retail, customer_id, 15))["id"]
    await wait_for_state(retail, order_id, {"held"})

    other = await retail.post(f"/api/v1/customers/cust-0001/orders/{order_id}/cancel", headers=key())
    cancelled = await retail.post(
        f"/api/v1/customers/{customer_id}/orders/{order_id}/cancel", json={}, headers=key()
    )

    assert other.status_code == 403  # an order of another customer than the 360's
    assert cancelled.status_code == 202, cancelled.text
    assert cancelled.json()["orderId"] == order_id
    await wait_for_state(retail, order_id, {"cancelled"})
    order = await tmf_order(channels, order_id)
    assert "by Alex Agent (store-rdg)" in order["cancellationReason"]
    assert any(
        note["text"] == "Cancellation asked by Alex Agent (store-rdg) on the customer's behalf"
        for note in order["note"]
    )


async def test_an_agent_corrects_the_contact_details_and_a_note_says_who(channels: Channels) -> None:
    retail = channels.retail
    customer_id = await new_customer(retail)
    email = f"ada.new.{uuid.uuid4().hex[:8]}@Example.com"

    changed = await retail.patch(
        f"/api/v1/customers/{customer_id}/contact", json={"email": email, "phone": "07700 900999"}
    )

    assert changed.status_code == 200, changed.text
    assert (changed.json()["email"], changed.json()["phone"]) == (email.lower(), "07700 900999")
    view = (await retail.get(f"/api/v1/customers/{customer_id}")).json()
    assert (view["customer"]["email"], view["customer"]["phone"]) == (email.lower(), "07700 900999")
    (note,) = view["notes"]
    assert "email and phone" in note["text"]
    assert (note["authorName"], note["storeId"]) == ("Alex Agent", "store-rdg")
    customer = (await channels.tmf.get(f"customerManagement/v4/customer/{customer_id}")).json()
    individual_id = customer["engagedParty"]["id"]
    individual = (await channels.tmf.get(f"party/v4/individual/{individual_id}")).json()
    emails = [m["characteristic"].get("emailAddress") for m in individual["contactMedium"]]
    assert email.lower() in emails and len([e for e in emails if e]) == 1  # replaced, not added


async def test_an_email_of_another_customer_or_a_malformed_one_is_refused(channels: Channels) -> None:
    retail = channels.retail
    first, second = await new_customer(retail), await new_customer(retail)
    taken = (await retail.get(f"/api/v1/customers/{first}")).json()["customer"]["email"]

    in_use = await retail.patch(f"/api/v1/customers/{second}/contact", json={"email": taken})
    malformed = await retail.patch(f"/api/v1/customers/{second}/contact", json={"email": "ada@"})
    empty = await retail.patch(f"/api/v1/customers/{second}/contact", json={})
    unknown = await retail.patch("/api/v1/customers/cust-nobody/contact", json={"phone": "07700 900999"})

    assert (in_use.status_code, in_use.json()["code"]) == (409, "EMAIL_IN_USE")
    assert malformed.status_code == 422 and "email" in malformed.text
    assert empty.status_code == 422
    assert unknown.status_code == 404
    assert (await retail.get(f"/api/v1/customers/{second}")).json()["notes"] == []  # nothing changed


async def test_only_signed_in_store_staff_act_on_a_customers_behalf(channels: Channels) -> None:
    retail = channels.retail
    customer_id = await new_customer(retail)
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("POST", f"/api/v1/customers/{customer_id}/products/prod-x/cease", {}),
        ("POST", f"/api/v1/customers/{customer_id}/orders/ord-x/cancel", {}),
        ("PATCH", f"/api/v1/customers/{customer_id}/contact", {"phone": "07700 900999"}),
    ]

    async def statuses() -> list[int]:
        answers: list[httpx.Response] = [
            await retail.request(method, path, json=body, headers=key()) for method, path, body in calls
        ]
        return [answer.status_code for answer in answers]

    channels.staff.who = None
    anonymous = await statuses()
    channels.staff.who = JANE  # a customer's sign-in
    customer = await statuses()

    assert anonymous == [401, 401, 401]
    assert customer == [403, 403, 403]
