"""The plans at the checked address: under the home page's form right after the check, or on /offers."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page


class OffersPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def wait(self) -> OffersPage:
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

    def filter_technology(self, label: str) -> None:
        self.page.get_by_label("Technology").select_option(label=label)

    def compare(self, *offer_names: str) -> Locator:
        """Tick "Compare" on each offer; returns the comparison table."""
        for name in offer_names:
            self.page.get_by_role("checkbox", name=f"Compare {name}").click()
        return self.page.get_by_role("region", name="Compare plans").get_by_role("table")

    @property
    def swipe_hint(self) -> Locator:
        """The compare table's hint, on a phone, that it scrolls sideways."""
        return self.page.get_by_text("Swipe the table sideways")

    def register_interest(self, given_name: str, family_name: str, email: str) -> None:
        form = self.page.get_by_role("form", name="Register interest")
        form.get_by_label("First name").fill(given_name)
        form.get_by_label("Last name").fill(family_name)
        form.get_by_label("Email").fill(email)
        form.get_by_role("button", name="Register interest").click()
