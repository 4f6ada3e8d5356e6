"""Walking skeleton: a visitor orders broadband in a real browser, and TMF622 holds the order."""

from __future__ import annotations

import re

import httpx
from playwright.sync_api import Page, expect

from scripts.stack import Process, Urls
from tests.e2e.conftest import Customer, screenshot
from tests.e2e.pages.checkout import CheckoutPage
from tests.e2e.pages.confirmation import ConfirmationPage
from tests.e2e.pages.home import HomePage
from tests.e2e.pages.offers import OffersPage


def test_visitor_orders_broadband_and_tmf622_has_the_order(
    page: Page, stack: Urls, tmf: httpx.Client, serviceable_address: tuple[str, str], new_customer: Customer
) -> None:
    postcode, house_number = serviceable_address
    HomePage(page, stack.storefront).open().check_availability(postcode, house_number)

    offers = OffersPage(page).wait()
    names = offers.offer_names()
    assert names, "a serviceable address shows at least one offer"
    chosen = names[0]
    screenshot(page, "offers")
    offers.choose(chosen)

    checkout = CheckoutPage(page).wait()
    c = new_customer
    checkout.create_account(c.given_name, c.family_name, c.email, c.password)
    # The account filled in what it knows; the customer adds a phone number.
    expect(page.get_by_label("Email")).to_have_value(c.email)
    expect(page.get_by_label("Last name")).to_have_value(c.family_name)
    page.get_by_label("Phone").fill("07700 900123")
    checkout.complete_order_details()
    visit_booked = checkout.appointment.count() > 0
    checkout.place_order()

    confirmation = ConfirmationPage(page).wait()
    order_id = confirmation.order_id()
    assert order_id == confirmation.order_id_from_url()
    expect(page.get_by_text(re.compile("acknowledged|received", re.IGNORECASE)).first).to_be_visible()
    expect(page.get_by_text(c.email).first).to_be_visible()
    screenshot(page, "confirmation")

    order = tmf.get(f"/productOrderingManagement/v4/productOrder/{order_id}")
    assert order.status_code == 200
    body = order.json()
    main = next(item for item in body["productOrderItem"] if not item.get("productOrderItemRelationship"))
    assert main["productOffering"]["name"] == chosen
    place = main["product"]["place"][0]
    assert place["role"] == "installationAddress"
    assert re.sub(r"\s", "", place["postcode"]).upper() == re.sub(r"\s", "", postcode).upper()
    assert place["streetNr"] == house_number
    assert body["state"] in {"acknowledged", "inProgress", "completed", "held", "pending"}
    # What the customer agreed to at checkout is on the order, and so is the visit they booked.
    agreements = [agreement["id"] for agreement in body["agreement"]]
    assert agreements[0] == "terms-residential-2026"
    assert [name for name in agreements[1:] if name.startswith("contract-summary-")]  # and its summary
    assert "Consent: credit check agreed" in [note["text"] for note in body["note"]]
    assert ("requestedCompletionDate" in body) == visit_booked


def test_unknown_address_is_explained_and_the_form_keeps_it(page: Page, stack: Urls) -> None:
    home = HomePage(page, stack.storefront).open()

    home.check_availability("ZZ9 9ZZ", "999")

    expect(home.alert).to_contain_text("could not find that address")
    expect(home.postcode).to_have_value("ZZ9 9ZZ")
    expect(home.house_number).to_have_value("999")
    screenshot(page, "address-not-found")


def test_tmf_down_at_checkout_is_explained_then_the_retry_orders_once(
    page: Page,
    stack: Urls,
    tmf: httpx.Client,
    mock_backends: Process,
    serviceable_address: tuple[str, str],
    new_customer: Customer,
) -> None:
    email = new_customer.email
    HomePage(page, stack.storefront).open().check_availability(*serviceable_address)
    offers = OffersPage(page).wait()
    offers.choose(offers.offer_names()[0])
    checkout = CheckoutPage(page).wait()
    checkout.create_account(new_customer.given_name, new_customer.family_name, email, new_customer.password)
    checkout.fill_contact("Sam", "Patel", email, "07700 900456")

    mock_backends.stop()
    try:
        checkout.place_order()
        expect(checkout.alert).to_contain_text("not reachable")
        screenshot(page, "checkout-backend-down")
        expect(page.get_by_label("Email")).to_have_value(email)
        expect(page.get_by_label("First name")).to_have_value("Sam")
    finally:
        mock_backends.start()
        mock_backends.wait_ready(60)

    checkout.place_order()
    order_id = ConfirmationPage(page).wait().order_id()

    orders = tmf.get(
        "/productOrderingManagement/v4/productOrder", params={"notificationContact": email}
    ).json()
    assert [order["id"] for order in orders] == [order_id]


def test_guest_basket_survives_reload_and_sign_up(
    page: Page, stack: Urls, serviceable_address: tuple[str, str], new_customer: Customer
) -> None:
    HomePage(page, stack.storefront).open().check_availability(*serviceable_address)
    offers = OffersPage(page).wait()
    chosen = offers.offer_names()[0]
    offers.choose(chosen)
    checkout = CheckoutPage(page).wait()
    page.get_by_label("Wi-Fi 6 router").check()
    total = page.locator("#price-one-off-total")
    expect(total).to_contain_text("£")
    page.wait_for_timeout(300)  # let the re-price after the tick settle
    one_off = total.inner_text()

    page.reload()
    CheckoutPage(page).wait()
    expect(page.get_by_text(chosen).first).to_be_visible()
    expect(page.get_by_label("Wi-Fi 6 router")).to_be_checked()
    expect(total).to_have_text(one_off)

    c = new_customer
    checkout.create_account(c.given_name, c.family_name, c.email, c.password)
    expect(page.get_by_text(chosen).first).to_be_visible()
    expect(page.get_by_label("Wi-Fi 6 router")).to_be_checked()
    expect(total).to_have_text(one_off)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
