"""Engineer visits (issue 20): a slot booked at checkout is the order's visit everywhere the customer looks,
and the order completes only after it (the mocks' clock is compressed, so the visit is seconds away)."""

from __future__ import annotations

import re
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.pages.account import AccountPage
from tests.e2e.pages.checkout import VISIT_LABEL, CheckoutPage
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.pages.home import HomePage
from tests.e2e.pages.offers import OffersPage

FULL_FIBRE = "Fibre 150"  # an engineer connects full fibre, so the order needs a visit
# The earliest visit is a few (compressed) days away: the order completes within about 20 s.
UNTIL_VISITED_MS = 90_000
APPOINTMENTS = "/appointment/v4"
TAKEN = re.compile("just been taken", re.IGNORECASE)


def _checkout_as_new_customer(
    page: Page, stack: Urls, address: tuple[str, str], customer: Customer
) -> CheckoutPage:
    HomePage(page, stack.storefront).open().check_availability(*address)
    OffersPage(page).wait().choose(FULL_FIBRE)
    checkout = CheckoutPage(page).wait()
    checkout.create_account(customer.given_name, customer.family_name, customer.email, customer.password)
    page.get_by_label("Phone").fill("07700 900123")
    return checkout


def test_the_booked_visit_is_on_the_order_and_the_order_completes_after_it(
    page: Page, stack: Urls, serviceable_address: tuple[str, str], new_customer: Customer
) -> None:
    checkout = _checkout_as_new_customer(page, stack, serviceable_address, new_customer)

    visit = checkout.complete_order_details()  # the earliest slot, held for the customer
    assert VISIT_LABEL.fullmatch(visit), visit
    visit_day = visit.removeprefix("Engineer visit ").split(",")[0]  # e.g. "Thu 10 Dec"
    expect(page.get_by_role("region", name="Review your order")).to_contain_text(visit)
    screenshot(page, "visit-held-at-checkout")
    checkout.place_order()

    confirmation = ConfirmationPage(page).wait()
    order_id = confirmation.order_id()
    expect(confirmation.visit).to_have_text(visit)
    expect(confirmation.next_steps).to_contain_text(visit)
    expect(confirmation.next_steps).to_contain_text("Next: the engineer connects you")
    expect(confirmation.status).not_to_contain_text("Completed")
    expect(page.get_by_role("heading", level=1)).to_have_text("Order confirmed")
    screenshot(page, "visit-on-confirmation")

    # My account follows the order by itself, from waiting for its visit to completed.
    account = AccountPage(page, stack.storefront).open()
    row = account.order(order_id)
    expect(row).to_contain_text(visit)
    expect(row).to_contain_text("Completed", timeout=UNTIL_VISITED_MS)
    expect(row).not_to_contain_text("Next:")
    screenshot(page, "visit-order-completed-in-account")

    # The tracking page: the same visit, done, and the engineer's milestones dated on the visit's day.
    account.order_link(order_id).click()
    ConfirmationPage(page).wait()
    expect(confirmation.status).to_contain_text("Completed")
    expect(confirmation.visit).to_have_text(visit)
    expect(confirmation.steps).to_contain_text(visit)
    for milestone in ("Engineer assigned", "Engineer on the way", "Installed"):
        expect(confirmation.milestone(milestone)).to_contain_text("Done")
    expect(confirmation.milestone("Installed")).to_contain_text(visit_day)
    expect(page.get_by_role("region", name="Your engineer visit")).to_contain_text(f"{visit}Done")
    screenshot(page, "visit-order-tracking-completed")


def _slot_window(tmf: httpx.Client, postcode: str, slot_id: str) -> dict[str, Any]:
    """The validFor of a slot TMF646 offers for a new line at the postcode."""
    search = tmf.post(
        f"{APPOINTMENTS}/searchTimeSlot",
        json={
            "relatedPlace": {
                "postcode": postcode,
                "role": "installationAddress",
                "@referredType": "GeographicAddress",
            }
        },
    )
    assert search.status_code == 201, search.text
    offered = {slot["id"]: slot["validFor"] for slot in search.json().get("availableTimeSlot", [])}
    assert slot_id in offered, sorted(offered)
    return dict(offered[slot_id])


def _take_every_visit(tmf: httpx.Client, postcode: str, valid_for: dict[str, Any]) -> int:
    """Other customers book the slot's remaining visits (straight at TMF646); how many they took."""
    body = {
        "category": "new line installation",
        "relatedPlace": {
            "postcode": postcode,
            "role": "installationAddress",
            "@referredType": "GeographicAddress",
        },
        "validFor": valid_for,
    }
    for taken in range(100):
        answer = tmf.post(f"{APPOINTMENTS}/appointment", json=body)
        if answer.status_code == 409:
            return taken
        assert answer.status_code == 201, answer.text
    raise AssertionError("the slot never filled up")


def test_a_slot_taken_meanwhile_is_offered_no_more_and_nothing_typed_is_lost(
    page: Page,
    stack: Urls,
    tmf: httpx.Client,
    serviceable_address: tuple[str, str],
    new_customer: Customer,
) -> None:
    checkout = _checkout_as_new_customer(page, stack, serviceable_address, new_customer)
    checkout.complete_order_details(appointment=False)
    earliest = checkout.appointment_options.first
    earliest.wait_for(state="attached")
    slot_id, label = earliest.get_attribute("value") or "", earliest.inner_text()

    # While the customer reads, others book the last visits of the earliest slot.
    postcode = serviceable_address[0]
    assert _take_every_visit(tmf, postcode, _slot_window(tmf, postcode, slot_id)) > 0
    checkout.appointment.select_option(value=slot_id)

    expect(checkout.appointment_error).to_contain_text(TAKEN)
    expect(checkout.appointment).to_have_value("")
    expect(checkout.appointment.locator(f"option[value='{slot_id}']")).to_have_count(0)
    screenshot(page, "visit-slot-taken")
    # Everything else the customer typed is still there.
    expect(page.get_by_label("Phone")).to_have_value("07700 900123")
    expect(page.get_by_label("Date of birth")).not_to_have_value("")
    expect(page.get_by_label("I agree to a credit check")).to_be_checked()
    expect(page.get_by_label("I accept the terms and conditions")).to_be_checked()

    visit = checkout.choose_first_appointment()
    assert visit != label
    checkout.place_order()
    expect(ConfirmationPage(page).wait().visit).to_have_text(visit)


def _lapse_newest_customer_hold(tmf: httpx.Client) -> str:
    """The newest visit a customer holds (the one just chosen) lapses, as after the hold's minutes at
    TMF646: it is cancelled and its visit given back. Returns its id."""
    newest_held = {
        "status": "initialized",
        "relatedParty.role": "customer",
        "sort": "-creationDate",
        "limit": 1,
    }
    held = tmf.get(f"{APPOINTMENTS}/appointment", params=newest_held)
    assert held.status_code == 200, held.text
    assert held.json(), "the chosen slot is held at TMF646"
    appointment_id = str(held.json()[0]["id"])
    lapsed = tmf.patch(f"{APPOINTMENTS}/appointment/{appointment_id}", json={"status": "cancelled"})
    assert lapsed.status_code == 200, lapsed.text
    return appointment_id


def test_a_hold_that_lapsed_before_placing_asks_for_a_slot_again_and_keeps_the_rest(
    page: Page,
    stack: Urls,
    tmf: httpx.Client,
    serviceable_address: tuple[str, str],
    new_customer: Customer,
) -> None:
    checkout = _checkout_as_new_customer(page, stack, serviceable_address, new_customer)
    page.get_by_label("Wi-Fi 6 router").check()
    checkout.complete_order_details()
    _lapse_newest_customer_hold(tmf)

    checkout.place_order()

    expect(checkout.appointment_error).to_contain_text("Please choose a slot again")
    expect(checkout.alert).to_contain_text("choose your appointment again")
    expect(checkout.appointment).to_have_value("")
    expect(page).to_have_url(re.compile(r"/checkout/?$"))
    screenshot(page, "visit-hold-lapsed")
    expect(page.get_by_label("Wi-Fi 6 router")).to_be_checked()
    expect(page.get_by_label("Phone")).to_have_value("07700 900123")
    expect(page.get_by_label("I accept the terms and conditions")).to_be_checked()

    visit = checkout.choose_first_appointment()
    checkout.place_order()
    confirmation = ConfirmationPage(page).wait()
    expect(confirmation.visit).to_have_text(visit)
    expect(page.get_by_text("Wi-Fi 6 router").first).to_be_visible()
