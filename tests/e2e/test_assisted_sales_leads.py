"""Lead to order, in two browsers: a person registers interest online where nothing is sold; an agent works
the lead in store; coverage arrives in the area (the mocks' admin call) and the lead is flagged "now
serviceable" at the top of the worklist; the agent opens it as a customer, orders with the lead's address
filled in, and the lead is won; the conversion report counts it."""

from __future__ import annotations

import uuid

import httpx
from playwright.sync_api import Browser, Page, expect

from scripts.stack import Urls
from tests.e2e.chromium import close_context
from tests.e2e.conftest import screenshot
from tests.e2e.pages.home import HomePage
from tests.e2e.pages.offers import OffersPage
from tests.e2e.pages.sign_in import SignInPage
from tests.e2e.pages.staff import CustomerPage, LeadsPage, ReportsPage

PASSWORD = "Lumen-demo-2026!"
AGENT = "alex.agent@lumen.example"
# Moor Lane, Princetown: nothing is sold there (seeded), and no store's area covers PL: the default store's.
POSTCODE, ADDRESS, AREA = "PL20 6QF", "1 Moor Lane", "PL20"
FTTP = [{"technology": "FTTP", "maxDownloadSpeed": 900, "maxUploadSpeed": 110}]


def _agent(browser: Browser, stack: Urls) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=stack.storefront)
    context.set_default_timeout(15_000)
    agent = context.new_page()
    LeadsPage(agent).open()
    SignInPage(agent).sign_in(AGENT, PASSWORD)
    agent.wait_for_url("**/store/leads")
    return agent


def test_a_lead_captured_online_is_flagged_when_coverage_arrives_and_worked_to_an_order(
    page: Page, browser: Browser, stack: Urls, tmf: httpx.Client
) -> None:
    tag = uuid.uuid4().hex[:8]
    family, email = f"Macleod-{tag}", f"morag.{tag}@example.com"
    name = f"Morag {family}"
    HomePage(page, stack.storefront).open().find_address(POSTCODE, ADDRESS)
    expect(page.get_by_text("we cannot offer broadband at this address yet")).to_be_visible()
    OffersPage(page).register_interest("Morag", family, email)
    expect(page.get_by_role("status").filter(has_text="Thank you")).to_contain_text(email)

    coverage = f"{stack.tmf.removesuffix('/tmf-api')}/admin/coverage/{AREA}"
    agent = _agent(browser, stack)
    try:
        leads, reports = LeadsPage(agent), ReportsPage(agent)
        reports.open()
        reports.wait()
        orders_before = reports.orders_of("Alex Agent")
        leads.open()
        leads.wait()
        lead = leads.lead(name)
        expect(lead.get_by_test_id("lead-status")).to_have_text("New")
        expect(lead.get_by_test_id("lead-now")).to_have_count(0)
        lead.get_by_role("button", name="Take this lead").click()
        expect(lead.get_by_test_id("lead-facts")).to_contain_text("Agent: Alex Agent")
        leads.move(name, "Contacted", note="Called: wants full fibre when it comes")
        expect(lead.get_by_test_id("lead-status")).to_have_text("Contacted")
        expect(lead.get_by_role("list", name="Notes")).to_contain_text("wants full fibre")

        tmf.put(coverage, json={"technologies": FTTP}).raise_for_status()  # the roll-out reaches PL20
        leads.check_coverage()
        expect(leads.first).to_have_accessible_name(f"Lead {name}")  # at the top of the worklist
        expect(lead.get_by_test_id("lead-now")).to_have_text("Now serviceable")
        screenshot(agent, "store-leads")

        leads.open_as_customer(name, "07700 900456")
        agent.wait_for_url("**/store/customer/*?lead=*")
        expect(agent.get_by_role("heading", name=name)).to_be_visible()
        expect(agent.get_by_test_id("order-lead")).to_contain_text(f"{ADDRESS.split()[0]}, {POSTCODE}")
        expect(agent.get_by_label("Postcode", exact=True)).to_have_value(POSTCODE)
        agent.get_by_label("Plan", exact=True).wait_for()  # the lead's address, checked: plans on sale now
        customer = CustomerPage(agent)
        customer.place_order(name)
        expect(customer.result).to_contain_text("Order placed")

        leads.open()
        expect(lead.get_by_test_id("lead-status")).to_have_text("Won")
        reports.open()
        reports.wait()
        expect(reports.orders("Alex Agent")).to_have_text(str(orders_before + 1))
        expect(agent.locator(".recharts-surface").first).to_be_visible()
        screenshot(agent, "store-reports")
        with agent.expect_download() as download:
            agent.get_by_role("button", name="Download CSV").click()
        csv = download.value.path().read_text()
        assert csv.startswith("scope,name,leads,quotes,orders") and "agent,Alex Agent," in csv
    finally:
        tmf.put(coverage, json={"technologies": []})  # nothing at Moor Lane again, as seeded
        close_context(agent.context)
