"""Changing the engineer visit after ordering (issue 20): on the tracking page, while the order waits for
its visit, the customer moves it to another free slot and sees the new visit there, also after a reload.

The mocks' clock is compressed (a day lasts 2.5 s) and an order's visit is "under way" (no longer
changeable) once its virtual clock reaches the slot: so the visit booked at checkout is about a week ahead
(~20 s of real time), and it is moved further ahead, right after placing the order."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.pages.account import AccountPage
from tests.e2e.pages.checkout import HELD, VISIT_LABEL
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.pages.order_visit import OrderVisit
from tests.e2e.test_self_service_visit import _checkout_as_new_customer

# The mock order manager takes an order in (acknowledged -> inProgress) in ~3.5 s and then holds it.
UNTIL_HELD_MS = 20_000


def test_the_customer_moves_the_visit_to_another_slot_and_sees_the_new_one(
    page: Page, stack: Urls, serviceable_address: tuple[str, str], new_customer: Customer
) -> None:
    checkout = _checkout_as_new_customer(page, stack, serviceable_address, new_customer)
    checkout.complete_order_details(appointment=False)
    options = checkout.appointment_options
    options.first.wait_for(state="attached")
    booked = options.nth(options.count() // 2)  # about a week ahead
    booked_id, visit = booked.get_attribute("value") or "", booked.inner_text()
    checkout.appointment.select_option(value=booked_id)
    expect(checkout.appointment_status).to_contain_text(HELD)
    checkout.place_order()

    confirmation = ConfirmationPage(page).wait()
    order_id = confirmation.order_id()
    expect(confirmation.visit).to_have_text(visit)

    # Right away (the order's compressed clock runs): a later free slot than the booked one.
    change = OrderVisit(page)
    offered = change.open_change()
    later = offered.last
    new_id, new_visit = later.get_attribute("value") or "", later.inner_text()
    assert new_id != booked_id and VISIT_LABEL.fullmatch(new_visit), (booked_id, new_id, new_visit)
    change.move_to(new_id)

    expect(change.message).to_contain_text(new_visit.removeprefix("Engineer visit "))
    expect(confirmation.visit).to_have_text(new_visit)
    expect(confirmation.next_steps).to_contain_text(new_visit)
    expect(confirmation.next_steps).not_to_contain_text(visit)
    expect(change.error).to_have_count(0)
    screenshot(page, "visit-moved-on-tracking-page")

    # The BFF keeps it: the order read again shows the new visit.
    page.reload()
    expect(ConfirmationPage(page).wait().visit).to_have_text(new_visit)
    assert confirmation.order_id() == order_id
    # ...and so does My account, which lists the order from its own dates.
    row = AccountPage(page, stack.storefront).open().order(order_id)
    expect(row).to_contain_text(new_visit)
    expect(row).not_to_contain_text(visit)


def test_a_cancelled_visit_holds_the_order_until_a_new_slot_is_booked(
    page: Page, stack: Urls, serviceable_address: tuple[str, str], new_customer: Customer
) -> None:
    checkout = _checkout_as_new_customer(page, stack, serviceable_address, new_customer)
    checkout.complete_order_details(appointment=False)
    options = checkout.appointment_options
    options.first.wait_for(state="attached")
    booked = options.nth(options.count() // 2)  # about a week ahead
    booked_id = booked.get_attribute("value") or ""
    checkout.appointment.select_option(value=booked_id)
    expect(checkout.appointment_status).to_contain_text(HELD)
    checkout.place_order()
    confirmation = ConfirmationPage(page).wait()

    # Once the order is in progress, the customer cancels the visit (measured: a visit cancelled while the
    # order was still "Received" left the order in progress, not held, in 2 runs of 3).
    expect(confirmation.status).to_contain_text("In progress", timeout=UNTIL_HELD_MS)
    change = OrderVisit(page)
    change.cancel()
    expect(change.message).to_contain_text("Your engineer visit is cancelled")
    expect(confirmation.next_steps).to_contain_text("Cancelled")
    # The order manager holds the order (once it has taken it in, a few seconds) and says why.
    expect(confirmation.status).to_contain_text("On hold", timeout=UNTIL_HELD_MS)
    expect(page.locator("#order-reason")).to_contain_text(
        "Your engineer visit was cancelled: choose a new slot"
    )
    expect(page.get_by_role("button", name="Cancel visit")).to_have_count(0)
    screenshot(page, "visit-cancelled-on-tracking-page")

    page.get_by_role("button", name="Choose a new slot").click()
    expect(change.slot_options.first).to_be_attached()
    later = change.slot_options.last
    new_id, new_visit = later.get_attribute("value") or "", later.inner_text()
    change.new_slot.select_option(value=new_id)
    page.get_by_role("button", name="Book this visit").click()

    expect(confirmation.visit).to_have_text(new_visit)
    expect(confirmation.next_steps).to_contain_text("Booked")
    expect(page.locator("#order-reason")).to_have_count(0)
    expect(confirmation.status).not_to_contain_text("On hold")
    expect(page.get_by_role("button", name="Cancel visit")).to_be_visible()
