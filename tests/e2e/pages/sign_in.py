"""The sign-in service's pages (the OpenID Connect provider), as a customer meets them mid-checkout."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

BRAND = "Lumen Fibre"


class ProviderPage:
    """What the provider's pages share: the shop's brand, and a way back to the basket."""

    def __init__(self, page: Page) -> None:
        self.page = page

    @property
    def brand(self) -> Locator:
        return self.page.get_by_role("banner").get_by_text(BRAND, exact=True)

    @property
    def back_to_basket(self) -> Locator:
        return self.page.get_by_role("link", name="Back to your basket")


class SignInPage(ProviderPage):
    def sign_in(self, email: str, password: str) -> None:
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name="Sign in").click()


class RegistrationPage(ProviderPage):
    def register(self, given_name: str, family_name: str, email: str, password: str) -> None:
        self.page.get_by_label("Given name").fill(given_name)
        self.page.get_by_label("Family name").fill(family_name)
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label("Password").fill(password)
        with self.page.expect_navigation():
            self.page.get_by_role("button", name="Create account").click()
        self.confirm_email_if_asked()

    def confirm_email_if_asked(self) -> None:
        """Once the form is sent: where the provider asks to confirm the e-mail address, do so."""
        if self.page.get_by_role("heading", name="Check your e-mail").count():
            self.confirm_email()

    def confirm_email(self) -> None:
        """Where the provider confirms the e-mail address first: follow the link of its message, from the
        demo mailbox (a deployment that delivers e-mail has none: register there by hand)."""
        self.page.get_by_role("link", name="Open the demo mailbox").click()
        self.page.get_by_role("article").first.get_by_role("link").click()
