"""Every route of the storefront in one place, with builders for the routes that take arguments."""

from urllib.parse import quote

HOME = "/"
OFFERS = "/offers"
CHECKOUT = "/checkout"
# Dynamic route: Reflex exposes the segment as the state var ``order_id``.
ORDER = "/order/[order_id]"
# My account: orders and broadband lines of the signed-in customer.
ACCOUNT = "/account"
# The contract summary an order was placed under, print-ready; Reflex exposes the segment as ``order_id``.
CONTRACT_SUMMARY = "/account/orders/[order_id]/contract-summary"
# Where the sign-in service sends the browser back with an authorization code.
AUTH_CALLBACK = "/auth/callback"
# Store staff (assisted sales): home with customer search.
STORE = "/store"
# Customer 360 for staff; Reflex exposes the segment as ``customer_id``.
STORE_CUSTOMER = "/store/customer/[customer_id]"
# The store's orders held for a manager's approval.
STORE_APPROVALS = "/store/approvals"
# The credit team's referral queue, across every channel.
STORE_CREDIT = "/store/credit"
# The store's order queue (live); `?store=<id>` names another store's, which only its staff may see.
STORE_QUEUE = "/store/queue"
# The store's leads worklist, and its conversion reports.
STORE_LEADS = "/store/leads"
STORE_REPORTS = "/store/reports"

# The pages without a dynamic segment, whose HTML the production build prerenders as <path>/index.html.
PRERENDERED = frozenset(
    {
        OFFERS,
        CHECKOUT,
        ACCOUNT,
        AUTH_CALLBACK,
        STORE,
        STORE_APPROVALS,
        STORE_CREDIT,
        STORE_LEADS,
        STORE_REPORTS,
    }
)


def order_url(order_id: str) -> str:
    """The confirmation page of one order."""
    return f"/order/{quote(order_id, safe='')}"


def contract_summary_url(order_id: str) -> str:
    """The print-ready contract summary kept with one order."""
    return f"/account/orders/{quote(order_id, safe='')}/contract-summary"


def store_customer_url(customer_id: str) -> str:
    """A customer's 360 screen for store staff."""
    return f"/store/customer/{quote(customer_id, safe='')}"


def store_customer_lead_url(customer_id: str, lead_id: str) -> str:
    """A customer's 360 opened from a lead: its order form has the lead's address."""
    return f"{store_customer_url(customer_id)}?lead={quote(lead_id, safe='')}"


def store_queue_url(store_id: str) -> str:
    """A store's order queue."""
    return f"{STORE_QUEUE}?store={quote(store_id, safe='')}"
