"""The store staff's screens (assisted sales), found by role and label."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect


class StoreHomePage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self) -> None:
        self.page.goto("/store")

    @property
    def heading(self) -> Locator:
        return self.page.get_by_role("heading", name="Store", exact=True)

    def search(self, *, name: str = "", email: str = "", phone: str = "", postcode: str = "") -> None:
        for label, value in (("Name", name), ("Email", email), ("Phone", phone), ("Postcode", postcode)):
            if value:
                self.page.get_by_label(label, exact=True).fill(value)
        self.page.get_by_role("button", name="Search customers").click()

    def customer_link(self, name: str) -> Locator:
        return self.page.get_by_role("link", name=f"Open {name}")


class CustomerPage:
    """A customer's 360 screen, with ordering on their behalf."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def check_address(self, postcode: str, house_number: str) -> None:
        self.page.get_by_label("Postcode", exact=True).fill(postcode)
        self.page.get_by_label("House number", exact=True).fill(house_number)
        self.page.get_by_role("button", name="Check address").click()
        self.page.get_by_label("Plan", exact=True).wait_for()

    def place_order(self, customer_name: str, *, discount: str = "") -> None:
        if discount:
            self.page.get_by_label("Discount (%)").fill(discount)
        self.page.get_by_role("button", name=f"Place order for {customer_name}").click()

    @property
    def result(self) -> Locator:
        return (
            self.page.get_by_role("status")
            .filter(has_text="Order placed")
            .or_(self.page.get_by_role("status").filter(has_text="Placed and waiting"))
        )


class ApprovalsPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def open(self) -> None:
        self.page.goto("/store/approvals")

    def wait_for(self, order_id: str, attempts: int = 10) -> None:
        """The order manager holds a new order a moment after it is placed: reload until it is listed."""
        button = self.page.get_by_role("button", name=f"Approve order {order_id}")
        for _ in range(attempts):
            try:
                expect(button).to_be_visible(timeout=3_000)
                return
            except AssertionError:
                self.page.reload()
        expect(button).to_be_visible()

    def approve(self, order_id: str) -> None:
        self.page.get_by_role("button", name=f"Approve order {order_id}").click()

    def reject(self, order_id: str, reason: str) -> None:
        self.page.get_by_role("button", name=f"Reject order {order_id}").click()
        self.page.get_by_label("Reason", exact=True).fill(reason)
        self.page.get_by_role("button", name="Confirm rejection").click()

    @property
    def decision(self) -> Locator:
        return self.page.get_by_role("status").filter(has_text="Order ")
