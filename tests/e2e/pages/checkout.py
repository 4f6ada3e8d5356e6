"""The checkout page: extras, the price summary, contact details, placing the order."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page

from tests.e2e.pages.sign_in import RegistrationPage, SignInPage


class CheckoutPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def wait(self) -> CheckoutPage:
        self.page.wait_for_url(re.compile(r"/checkout/?$"))
        self.page.get_by_role("heading", name="Checkout").wait_for()
        return self

    def wait_for_details(self) -> CheckoutPage:
        """Signed in: the contact form is there."""
        self.page.get_by_label("First name").wait_for()
        return self

    def create_account(self, given_name: str, family_name: str, email: str, password: str) -> CheckoutPage:
        """As a guest: create an account at the sign-in service and come back to this checkout."""
        self.page.get_by_role("button", name="Create an account").click()
        RegistrationPage(self.page).register(given_name, family_name, email, password)
        return self.wait().wait_for_details()

    def sign_in(self, email: str, password: str) -> CheckoutPage:
        self.page.get_by_role("main").get_by_role("button", name="Sign in").click()
        SignInPage(self.page).sign_in(email, password)
        return self.wait().wait_for_details()

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
