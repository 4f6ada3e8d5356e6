"""The home page: where a visitor types the address to check."""

from __future__ import annotations

from playwright.sync_api import Locator, Page


class HomePage:
    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url

    def open(self) -> HomePage:
        self.page.goto(self.base_url + "/")
        self.postcode.wait_for()
        return self

    @property
    def postcode(self) -> Locator:
        return self.page.get_by_label("Postcode")

    @property
    def house_number(self) -> Locator:
        return self.page.get_by_label("House number")

    def check_availability(self, postcode: str, house_number: str) -> None:
        self.postcode.fill(postcode)
        self.house_number.fill(house_number)
        self.page.get_by_role("button", name="Check availability").click()

    @property
    def alert(self) -> Locator:
        return self.page.get_by_role("alert")
