"""The checkout page: extras, the price summary, contact details, placing the order."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page


class CheckoutPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def wait(self) -> CheckoutPage:
        self.page.wait_for_url(re.compile(r"/checkout/?$"))
        self.page.get_by_label("First name").wait_for()
        return self

    def fill_contact(self, given_name: str, family_name: str, email: str, phone: str) -> None:
        self.page.get_by_label("First name").fill(given_name)
        self.page.get_by_label("Last name").fill(family_name)
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label("Phone").fill(phone)

    def place_order(self) -> None:
        self.page.get_by_role("button", name="Place order").click()

    @property
    def alert(self) -> Locator:
        return self.page.get_by_role("alert")
