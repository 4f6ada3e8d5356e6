"""The store queue's views (served by the retail BFF): "Due today", "Missed visit", "Awaiting appointment"."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class QueueViews:
    def __init__(self, page: Page) -> None:
        self.page = page

    def show(self, words: str) -> None:
        """Choose a view by its words ("Missed visit"; "All orders" for every order)."""
        self.page.get_by_label("Show", exact=True).select_option(label=words)

    @property
    def summary(self) -> Locator:
        """E.g. "1 due today · 1 missed visit · 2 awaiting appointment"."""
        return self.page.locator("#queue-views")
