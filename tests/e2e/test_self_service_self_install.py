"""Self-install where the line allows it (issue 20): at an address whose full fibre line still works
(seeded: Royal Park Terrace, Leeds), checkout offers "Set it up myself"; the order has no visit, the
router's post and delivery are dated milestones on the mocks' compressed clock, then the order completes."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from scripts.stack import Urls
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.test_self_service_visit import _checkout_as_new_customer

LINE_LIVE = ("LS6 1RT", "2")  # mock_backends/seed/addresses.py: lines still live, no engineer needed
# Delivered two (virtual) days after ordering (5 s at 2.5 s a day), then the activations.
UNTIL_COMPLETED_MS = 45_000


def test_a_self_install_order_completes_after_the_router_is_delivered(
    page: Page, stack: Urls, new_customer: Customer
) -> None:
    checkout = _checkout_as_new_customer(page, stack, LINE_LIVE, new_customer)
    expect(page.get_by_role("radio", name="Set it up myself")).to_be_checked()
    expect(checkout.appointment).to_have_count(0)  # no visit to book
    checkout.complete_order_details()
    expect(page.get_by_role("region", name="Review your order")).to_contain_text("we post your router")
    checkout.place_order()

    confirmation = ConfirmationPage(page).wait()
    expect(confirmation.visit).to_have_count(0)
    expect(confirmation.next_steps).to_contain_text("No engineer visit needed", timeout=10_000)
    screenshot(page, "self-install-on-confirmation")

    expect(confirmation.status).to_contain_text("Completed", timeout=UNTIL_COMPLETED_MS)
    for milestone in ("Router dispatched", "Router delivered"):
        expect(confirmation.milestone(milestone)).to_contain_text("Done")
