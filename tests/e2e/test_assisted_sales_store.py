"""Store staff home `/store`: staff sign in at the provider, see their store and find a customer; customers
are told the area is for staff; the retail BFF keeps each store's queue to its own staff."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from playwright.sync_api import Page, expect

from scripts.stack import Urls, person_token
from tests.e2e.conftest import screenshot
from tests.e2e.infra.axe import assert_accessible
from tests.e2e.pages.sign_in import SignInPage
from tests.e2e.pages.staff import StoreHomePage

PASSWORD = "Lumen-demo-2026!"
AGENT = "alex.agent@lumen.example"


def _sign_in_to_store(page: Page, email: str) -> StoreHomePage:
    store = StoreHomePage(page)
    store.open()
    SignInPage(page).sign_in(email, PASSWORD)  # a guest is sent to sign in and comes back to /store
    page.wait_for_url("**/store")
    return store


def test_agent_finds_a_customer_in_their_store(page: Page, stack: Urls) -> None:
    store = _sign_in_to_store(page, AGENT)
    expect(store.heading).to_be_visible()
    expect(page.get_by_test_id("staff-store")).to_have_text("Reading")
    expect(page.get_by_role("link", name="Store", exact=True)).to_be_visible()

    store.search(name="Jane")
    expect(store.customer_link("Jane Doe")).to_be_visible()
    expect(store.customer_link("Jane Doe")).to_have_attribute("href", "/store/customer/cust-0001")
    screenshot(page, "assisted-sales-store-search")
    assert_accessible(page)


def test_agent_opens_a_customer_and_adds_a_note(page: Page, stack: Urls) -> None:
    store = _sign_in_to_store(page, AGENT)
    store.search(name="Jane")
    store.customer_link("Jane Doe").click()
    page.wait_for_url("**/store/customer/cust-0001")
    expect(page.get_by_role("heading", name="Jane Doe", level=1)).to_be_visible()
    for section in ("Contact details", "Products", "Orders", "Open quotes", "Registered interest", "Notes"):
        expect(page.get_by_role("heading", name=section, exact=True)).to_be_visible()
    expect(page.get_by_text("jane.doe@example.com")).to_be_visible()

    note = f"Called in about faster speeds ({uuid.uuid4().hex[:6]})"
    page.get_by_label("Note", exact=True).fill(note)
    page.get_by_role("button", name="Save note").click()
    expect(page.get_by_text(note)).to_be_visible()
    expect(page.get_by_label("Note", exact=True)).to_have_value("")
    screenshot(page, "assisted-sales-customer-360")
    assert_accessible(page)


def test_agent_creates_a_new_customer_and_the_same_email_is_not_made_twice(page: Page, stack: Urls) -> None:
    store = _sign_in_to_store(page, AGENT)
    tag = uuid.uuid4().hex[:8]
    email = f"ada.{tag}@example.com"
    store.create_customer(given_name="Ada", family_name=f"Lovelace-{tag}", email=email, phone="07700 900777")
    page.wait_for_url("**/store/customer/*")
    expect(page.get_by_role("heading", name=f"Ada Lovelace-{tag}", level=1)).to_be_visible()
    expect(page.get_by_text(email)).to_be_visible()

    store.open()
    store.create_customer(given_name="Ada", family_name="Again", email=email.upper(), phone="07700 900778")
    existing = page.get_by_role("status").filter(has_text="A customer with this email already exists")
    expect(existing.get_by_role("link", name=f"Open Ada Lovelace-{tag}")).to_be_visible()
    store.create_customer(
        given_name="Ada", family_name="", email=f"ada2.{tag}@example.com", phone="07700 900778"
    )
    expect(page.get_by_text("Enter the customer's family name.")).to_be_visible()
    screenshot(page, "assisted-sales-new-customer")
    assert_accessible(page)


def test_search_needs_a_criterion(page: Page, stack: Urls) -> None:
    store = _sign_in_to_store(page, AGENT)
    expect(store.heading).to_be_visible()
    store.search()
    expect(page.get_by_text("Enter a name, email, phone number or postcode to search.")).to_be_visible()


def test_customer_sees_the_staff_only_notice(page: Page, stack: Urls) -> None:
    _sign_in_to_store(page, "jane.doe@example.com")
    expect(page.get_by_role("heading", name="This area is for store staff")).to_be_visible()
    expect(page.get_by_role("button", name="Search customers")).to_have_count(0)
    screenshot(page, "assisted-sales-store-customer")
    assert_accessible(page)


def test_other_stores_queue_is_forbidden_to_an_agent(stack: Urls) -> None:
    if not stack.identity or not stack.retail_bff:
        pytest.skip("needs the identity provider and retail BFF: pass --identity-url and --retail-bff-url")
    # Its own thread: person_token runs an event loop, and Playwright's sync API keeps one running here.
    with ThreadPoolExecutor(1) as pool:
        token = pool.submit(person_token, stack.identity, AGENT, PASSWORD).result()
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=stack.retail_bff, timeout=10, headers=headers) as bff:
        assert bff.get("/api/v1/stores/store-rdg/orders").status_code == 200
        assert bff.get("/api/v1/stores/store-ldn/orders").status_code == 403
