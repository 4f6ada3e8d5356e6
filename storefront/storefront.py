"""The Lumen Fibre storefront app: pages and their routes (the theme is in rxconfig.py, Radix plugin)."""

import reflex as rx

from storefront import readiness, routes, security_headers
from storefront.auth import oidc
from storefront.clients import retail, web
from storefront.components.connection import connection_notice
from storefront.components.theme import BRAND
from storefront.page_paths import serve_pages_at_their_paths
from storefront.pages.account import account_page
from storefront.pages.auth_callback import auth_callback_page
from storefront.pages.checkout import checkout_page
from storefront.pages.contract_summary import contract_summary_page
from storefront.pages.home import home_page
from storefront.pages.offers import offers_page
from storefront.pages.order import order_page
from storefront.pages.staff.approvals import approvals_page
from storefront.pages.staff.credit import credit_page
from storefront.pages.staff.customer import customer_page
from storefront.pages.staff.home import store_home_page
from storefront.pages.staff.leads import leads_page
from storefront.pages.staff.queue import queue_page
from storefront.pages.staff.reports import reports_page
from storefront.state.account import AccountState
from storefront.state.auth import AuthState
from storefront.state.checkout import CheckoutState
from storefront.state.contract_summary import ContractSummaryState
from storefront.state.offers import OffersState
from storefront.state.order import OrderState
from storefront.state.staff.approvals import ApprovalsState
from storefront.state.staff.credit import CreditState
from storefront.state.staff.customer import StaffCustomerState
from storefront.state.staff.home import StaffState
from storefront.state.staff.leads import LeadsState
from storefront.state.staff.queue import QueueState
from storefront.state.staff.reports import ReportsState

app = rx.App(
    stylesheets=["/styles.css"],
    html_lang="en-GB",
    head_components=[rx.el.link(rel="icon", href="/logo.svg", type="image/svg+xml")],
    api_transformer=[
        readiness.api(),  # GET /ready (storefront/readiness.py)
        # Direct visits to /offers, /checkout, … get their page in the first answer (no 307 to /offers/).
        serve_pages_at_their_paths(routes.PRERENDERED),
        security_headers.nosniff,  # last: its header is on every answer of the API, the pages' too
    ],
)
# Our own words when the live connection drops, instead of Reflex's technical toast and pulsing icon.
app.app_wraps[(5, "Overlay")] = lambda stateful: rx.fragment(connection_notice()) if stateful else None
app.register_lifespan_task(web.lifespan)
app.register_lifespan_task(oidc.lifespan)
app.register_lifespan_task(retail.lifespan)

app.add_page(
    home_page,
    route=routes.HOME,
    title=f"{BRAND} — Broadband that fits your home",
    description="Check which full fibre and fibre broadband plans are available at your address.",
)
app.add_page(
    offers_page,
    route=routes.OFFERS,
    title=f"Plans at your address — {BRAND}",
    description="Compare the full fibre and fibre broadband plans at your address: speeds, monthly prices "
    "with VAT, offers and contract lengths.",
    on_load=[OffersState.forget_unknown_compared, OffersState.prefill_lead],
)
app.add_page(
    checkout_page,
    route=routes.CHECKOUT,
    title=f"Checkout — {BRAND}",
    description="Your broadband basket: add extras, see your price with VAT, choose an installation "
    "appointment and place your order.",
    on_load=CheckoutState.load,
)
app.add_page(order_page, route=routes.ORDER, title=f"Your order — {BRAND}", on_load=OrderState.load_order)
app.add_page(account_page, route=routes.ACCOUNT, title=f"My account — {BRAND}", on_load=AccountState.load)
app.add_page(
    contract_summary_page,
    route=routes.CONTRACT_SUMMARY,
    title=f"Your contract summary — {BRAND}",
    on_load=ContractSummaryState.load,
)
app.add_page(
    auth_callback_page,
    route=routes.AUTH_CALLBACK,
    title=f"Signing in — {BRAND}",
    on_load=AuthState.complete_sign_in,
)
app.add_page(store_home_page, route=routes.STORE, title=f"Store — {BRAND}", on_load=StaffState.load)
app.add_page(
    customer_page,
    route=routes.STORE_CUSTOMER,
    title=f"Customer — {BRAND}",
    on_load=[StaffCustomerState.load, StaffCustomerState.prefill_from_lead],
)
app.add_page(
    approvals_page,
    route=routes.STORE_APPROVALS,
    title=f"Approvals — {BRAND}",
    on_load=ApprovalsState.load,
)
app.add_page(
    credit_page, route=routes.STORE_CREDIT, title=f"Credit referrals — {BRAND}", on_load=CreditState.load
)
app.add_page(queue_page, route=routes.STORE_QUEUE, title=f"Store queue — {BRAND}", on_load=QueueState.load)
app.add_page(leads_page, route=routes.STORE_LEADS, title=f"Leads — {BRAND}", on_load=LeadsState.load)
app.add_page(
    reports_page, route=routes.STORE_REPORTS, title=f"Conversion — {BRAND}", on_load=ReportsState.load
)
