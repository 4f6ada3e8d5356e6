"""The engineer visit on the order tracking page: moving it to another free slot, or cancelling it."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect


class OrderVisit:
    def __init__(self, page: Page) -> None:
        self.page = page

    @property
    def card(self) -> Locator:
        """The "What happens next" card, with the visit and the ways to change it."""
        return self.page.get_by_role("region", name="What happens next")

    @property
    def new_slot(self) -> Locator:
        return self.page.get_by_label("New day and time")

    @property
    def slot_options(self) -> Locator:
        """The free slots offered (without the "Choose a day and time" prompt)."""
        return self.new_slot.locator("option:not([value=''])")

    @property
    def error(self) -> Locator:
        return self.card.get_by_role("alert")

    @property
    def message(self) -> Locator:
        return self.card.get_by_role("status")

    def open_change(self) -> Locator:
        """Ask for the free slots; returns them once they are there."""
        self.page.get_by_role("button", name="Change visit").click()
        expect(self.slot_options.first).to_be_attached()
        return self.slot_options

    def move_to(self, slot_id: str) -> None:
        self.new_slot.select_option(value=slot_id)
        self.page.get_by_role("button", name="Move my visit").click()

    def cancel(self) -> None:
        self.page.get_by_role("button", name="Cancel visit").click()
        self.page.get_by_role("button", name="Confirm visit cancellation").click()
