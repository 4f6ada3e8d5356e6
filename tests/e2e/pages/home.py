"""The home page: where a visitor types the address to check."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect


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

    @property
    def results(self) -> Locator:
        """The answer under the form, also while it waits there unseen (fetched ahead of the click)."""
        return self.page.locator("#address-results")

    def type_address(self, postcode: str, house_number: str) -> None:
        """Type as a person does: the postcode, a look at the addresses the type-ahead lists, the house
        number; then wait until the answer for it, fetched ahead, is in the page (unseen until the click)."""
        self._fill(self.postcode, postcode)
        expect(self.page.get_by_text(re.compile(r"\d+ address(es)? found"))).to_be_visible()
        self._fill(self.house_number, house_number)
        choose = self.results.get_by_role("button", name=re.compile(r"^Choose "), include_hidden=True)
        expect(choose.first).to_be_attached()

    def check_availability(self, postcode: str, house_number: str) -> None:
        self._fill(self.postcode, postcode)
        self._fill(self.house_number, house_number)
        self.page.get_by_role("button", name="Check availability").click()

    @staticmethod
    def _fill(field: Locator, value: str) -> None:
        """Fill a field of the address form. Filled in the instant the page hydrates (faster than any person
        types), the value the tab kept can land between Playwright's select-all and its typing, and the two
        join ("RG1 4ABRG1 4AB", seen in CI): fill again until the field holds exactly the value."""
        for _ in range(3):
            field.fill(value)
            try:
                expect(field).to_have_value(value, timeout=1_000)
                return
            except AssertionError:
                continue
        expect(field).to_have_value(value)

    @property
    def alert(self) -> Locator:
        return self.page.get_by_role("alert")

    @property
    def plans(self) -> Locator:
        """The answer to the check, once shown: the address it is for and its plans."""
        return self.page.get_by_role("region", name="What you can get at your address")

    @property
    def check_again(self) -> Locator:
        """What the form says once the address typed is no longer the one the plans were for."""
        return self.alert.filter(has_text="Check it again")

    @property
    def address_list(self) -> Locator:
        """The type-ahead's addresses at the typed postcode."""
        return self.page.get_by_label("Choose your address")

    @property
    def flat(self) -> Locator:
        return self.page.get_by_label("Flat", exact=True)

    def find_address(self, postcode: str, address_label: str, flat: str | None = None) -> None:
        """Type the postcode, pick the address the type-ahead lists (and the flat), and check it."""
        self.postcode.fill(postcode)
        self.address_list.locator("option", has_text=address_label).first.wait_for(state="attached")
        self.address_list.select_option(label=self._option_label(self.address_list, address_label))
        if flat is not None:
            self.flat.select_option(label=flat)
        self.page.get_by_role("button", name="Check availability").click()

    @staticmethod
    def _option_label(select: Locator, contains: str) -> str:
        return select.locator("option", has_text=contains).first.inner_text()
