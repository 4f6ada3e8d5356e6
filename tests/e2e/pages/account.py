"""My account: the customer's orders and broadband lines."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from tests.e2e.pages.checkout import summary_value


class ContractSummaryPage:
    """`/account/orders/<id>/contract-summary`: the summary the order was placed under, ready to print."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def wait(self) -> ContractSummaryPage:
        self.page.wait_for_url(re.compile(r"/account/orders/[^/]+/contract-summary/?$"))
        self.summary.wait_for()
        return self

    @property
    def summary(self) -> Locator:
        return self.page.get_by_role("region", name="Contract summary")

    def value(self, label: str) -> Locator:
        """One figure, by its label ("Monthly price", "Total over the minimum term")."""
        return summary_value(self.summary, label)


class AccountPage:
    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url

    def open(self) -> AccountPage:
        self.page.goto(self.base_url + "/account")
        return self.wait()

    def wait(self) -> AccountPage:
        self.page.wait_for_url(re.compile(r"/account/?$"))
        self.page.get_by_role("heading", name="Your broadband").wait_for()
        return self

    @property
    def billing(self) -> Locator:
        """My account's Billing: the account, how it is paid, the charges and the first bill."""
        return self.page.get_by_role("region", name="Billing")

    @property
    def charges(self) -> Locator:
        """The billing account's charges, one row each (charge, price, billed from, on the first bill)."""
        return self.billing.get_by_role("table").locator("tbody tr")

    def refresh(self) -> None:
        self.page.get_by_role("button", name="Refresh").click()

    def product(self, name: str) -> Locator:
        return self.page.get_by_role("article", name=name)

    def order_link(self, order_id: str) -> Locator:
        # The link says the short reference (LF-…); the order's id is in its address.
        return self.page.locator(f'a.order-link[href$="/order/{order_id}"]')

    def order(self, order_id: str) -> Locator:
        """The order's row in "Your orders": its kind, plan, visit and status."""
        return self.page.get_by_role("listitem").filter(has=self.order_link(order_id))

    def open_contract_summary(self, order_id: str) -> ContractSummaryPage:
        """Open the order's print-ready contract summary from its row in "Your orders"."""
        self.order(order_id).get_by_role("link", name="Contract summary").click()
        return ContractSummaryPage(self.page).wait()

    def change_speed(self, product_name: str, new_offer_name: str) -> None:
        self.page.get_by_role("button", name=f"Change speed of {product_name}").click()
        new_speed = self.page.get_by_label("New speed")
        label = new_speed.locator("option", has_text=new_offer_name).first.inner_text()
        new_speed.select_option(label=label)
        self.page.get_by_role("button", name="Confirm speed change").click()

    def end_line(self, product_name: str) -> None:
        self.start_ending(product_name)
        self.confirm_end()

    def start_ending(self, product_name: str) -> Locator:
        """Open the line's end confirmation; its words on the early-termination charge (before confirming)."""
        self.page.get_by_role("button", name=f"End this line: {product_name}").click()
        return self.product(product_name).locator("[id^='end-terms-']")

    def confirm_end(self) -> None:
        self.page.get_by_role("button", name="Confirm end of line").click()

    def add_ons(self, product_name: str) -> Locator:
        """The add-ons listed under a line (router, static IP): list items, no buttons of their own."""
        return self.product(product_name).get_by_role("list", name="Add-ons").get_by_role("listitem")

    def line_id(self, product_name: str) -> str:
        """The inventory id of the line shown under this name (its heading's id is `product-<id>`)."""
        heading = self.product(product_name).get_by_role("heading", name=product_name)
        return (heading.get_attribute("id") or "").removeprefix("product-")

    def line_by_id(self, line_id: str) -> Locator:
        """The line with this inventory id, whatever it is called now (a speed change renames it)."""
        return self.page.get_by_role("article").filter(has=self.page.locator(f"[id='product-{line_id}']"))

    def quote(self, title: str) -> Locator:
        """A quote from the store, under "Quotes from our store" (an article named by its items)."""
        return self.page.get_by_role("region", name="Quotes from our store").get_by_role(
            "article", name=title
        )

    def accept_quote(self, quote_id: str) -> str:
        """Accept and order; the order reference the page then links to."""
        self.page.get_by_role("button", name=f"Accept and order quote {quote_id}").click()
        link = self.page.get_by_role("status").get_by_role("link", name=re.compile("^Follow order "))
        link.wait_for()
        return (link.get_attribute("aria-label") or "").removeprefix("Follow order ")
