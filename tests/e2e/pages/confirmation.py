"""The confirmation page of a placed order."""

from __future__ import annotations

import re

from playwright.sync_api import Page


class ConfirmationPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def wait(self, timeout_ms: float = 30_000) -> ConfirmationPage:
        self.page.wait_for_url(re.compile(r"/order/[^/]+/?$"), timeout=timeout_ms)
        self.page.locator("#order-id").wait_for(timeout=timeout_ms)
        return self

    def order_id(self) -> str:
        return self.page.locator("#order-id").inner_text().strip()

    def order_id_from_url(self) -> str:
        return self.page.url.rstrip("/").rsplit("/", 1)[-1]
