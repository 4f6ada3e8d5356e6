"""The confirmation page of a placed order."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page


class ConfirmationPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def wait(self, timeout_ms: float = 30_000) -> ConfirmationPage:
        self.page.wait_for_url(re.compile(r"/order/[^/]+/?$"), timeout=timeout_ms)
        self.page.locator("#order-reference").wait_for(timeout=timeout_ms)
        return self

    def order_id(self) -> str:
        """The order's id (TMF622), from the page's URL: the page shows the short reference instead."""
        return self.order_id_from_url()

    def reference(self) -> str:
        """The short order reference shown ("LF-7K3Q9")."""
        return self.page.locator("#order-reference").inner_text().strip()

    @property
    def prices(self) -> Locator:
        """Each line's price as ordered (monthly, promotion and its end, one-off, minimum term)."""
        return self.page.get_by_role("list", name="Prices by line")

    def order_id_from_url(self) -> str:
        return self.page.url.rstrip("/").rsplit("/", 1)[-1]

    @property
    def status(self) -> Locator:
        """The order's state in words ("Completed — your broadband is ready"), updated live."""
        return self.page.locator("#order-state")

    @property
    def steps(self) -> Locator:
        return self.page.get_by_role("list", name="Order steps")

    @property
    def visit(self) -> Locator:
        """The engineer visit in the order's details ("Engineer visit Tue 12 Jan, 8am-1pm")."""
        return self.page.locator("#order-visit")

    @property
    def next_steps(self) -> Locator:
        """ "What happens next": the visit, its status and the next step, dated."""
        return self.page.get_by_role("region", name="What happens next")

    def milestone(self, name: str) -> Locator:
        """One fulfilment milestone ("Engineer assigned", "Installed"…), with its status and date."""
        return self.page.get_by_role("listitem").filter(has_text=re.compile(rf"^{re.escape(name)}\b"))

    def cancel(self, reason: str = "") -> None:
        self.page.get_by_role("button", name="Cancel this order").click()
        if reason:
            self.page.get_by_label("Why are you cancelling? (optional)").fill(reason)
        self.page.get_by_role("button", name="Confirm cancellation").click()
