"""The sign-in service's pages (the OpenID Connect provider), as a customer meets them mid-checkout."""

from __future__ import annotations

from playwright.sync_api import Page


class SignInPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def sign_in(self, email: str, password: str) -> None:
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name="Sign in").click()


class RegistrationPage:
    def __init__(self, page: Page) -> None:
        self.page = page

    def register(self, given_name: str, family_name: str, email: str, password: str) -> None:
        self.page.get_by_label("Given name").fill(given_name)
        self.page.get_by_label("Family name").fill(family_name)
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name="Create account").click()
