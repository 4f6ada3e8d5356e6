"""The offers page: what can be ordered at the checked address."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page


class OffersPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def wait(self) -> OffersPage:
        self.page.wait_for_url(re.compile(r"/offers/?$"))
        self.choose_buttons.first.wait_for()
        return self

    @property
    def choose_buttons(self) -> Locator:
        return self.page.get_by_role("button", name=re.compile(r"^Choose "))

    def offer_names(self) -> list[str]:
        names = [label.removeprefix("Choose ") for label in self._labels()]
        return names

    def _labels(self) -> list[str]:
        return [
            button.get_attribute("aria-label") or button.inner_text() for button in self.choose_buttons.all()
        ]

    def choose(self, offer_name: str) -> None:
        self.page.get_by_role("button", name=f"Choose {offer_name}", exact=True).click()
