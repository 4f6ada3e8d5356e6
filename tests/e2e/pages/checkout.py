"""The checkout page: extras and options, the price summary, contact details, credit check, appointment,
agreements, the review and placing the order."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from tests.e2e.pages.sign_in import RegistrationPage, SignInPage

ADULT_BIRTH_DATE = "1985-04-12"
# How the BFF words a visit slot (UK time, en dash).
_HOUR = r"\d{1,2}(:\d\d)?[ap]m"
VISIT_LABEL = re.compile(rf"Engineer visit \w{{3}} \d{{1,2}} \w{{3}}, {_HOUR}\u2013{_HOUR}")
HELD = re.compile(r"Held for you until \d\d:\d\d")


def summary_value(summary: Locator, label: str) -> Locator:
    """A contract summary's value beside its label (a Radix data list: label, then value)."""
    row = summary.locator(".rt-DataListItem").filter(
        has=summary.page.locator(".rt-DataListLabel", has_text=re.compile(rf"^{re.escape(label)}$"))
    )
    return row.locator(".rt-DataListValue")


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
        # The click is a storefront event that redirects to the provider; once in the production profile
        # (several workers, state in Redis) it took over 15 s to leave the checkout.
        self.page.get_by_label("Given name").wait_for(timeout=30_000)
        RegistrationPage(self.page).register(given_name, family_name, email, password)
        return self.wait().wait_for_details()

    def sign_in(self, email: str, password: str) -> CheckoutPage:
        self.page.get_by_role("main").get_by_role("button", name="Sign in").click()
        SignInPage(self.page).sign_in(email, password)
        return self.wait().wait_for_details()

    def fill_contact(
        self, given_name: str, family_name: str, email: str, phone: str, *, agree: bool = True
    ) -> None:
        """The contact details and, unless told otherwise, everything else the order needs."""
        self.page.get_by_label("First name").fill(given_name)
        self.page.get_by_label("Last name").fill(family_name)
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label("Phone").fill(phone)
        if agree:
            self.complete_order_details()

    def complete_order_details(self, birth_date: str = ADULT_BIRTH_DATE, *, appointment: bool = True) -> str:
        """Date of birth, the credit check and terms agreements, and (unless told otherwise) the earliest
        appointment if the plan needs a visit; returns the appointment's label ("" when none)."""
        self.page.get_by_label("Date of birth").fill(birth_date)
        self.page.get_by_label("I agree to a credit check").check()
        self.page.get_by_label("I accept the terms and conditions").check()
        if self.page.get_by_label("Sort code").count():  # a new customer sets up a direct debit
            self.fill_direct_debit()
        if appointment and self.appointment.count():
            return self.choose_first_appointment()
        return ""

    def fill_direct_debit(
        self, account_holder: str = "Jane Doe", sort_code: str = "08-99-99", account_number: str = "66374958"
    ) -> None:
        """A direct debit; the default bank details pass Vocalink's modulus checks (its first test vector)."""
        self.page.get_by_label("Name on the account").fill(account_holder)
        self.page.get_by_label("Sort code").fill(sort_code)
        self.page.get_by_label("Account number").fill(account_number)

    @property
    def appointment(self) -> Locator:
        return self.page.get_by_label("Appointment", exact=True)

    @property
    def appointment_status(self) -> Locator:
        """Under the appointment: the hold ("Held for you until 14:35"), or why no slot can be chosen."""
        return self.page.locator("#field-slot-status")

    @property
    def appointment_error(self) -> Locator:
        return self.page.locator("#field-slot-error")

    @property
    def appointment_options(self) -> Locator:
        """The slots offered (the first option is the "Choose a day and time" prompt)."""
        return self.appointment.locator("option:not([value=''])")

    def choose_first_appointment(self) -> str:
        """Choose the earliest slot and wait until it is held for the customer; returns its label
        (e.g. "Engineer visit Tue 12 Jan, 8am-1pm")."""
        first = self.appointment_options.first
        first.wait_for(state="attached")
        label = first.inner_text()
        self.appointment.select_option(value=first.get_attribute("value"))
        expect(self.appointment_status).to_contain_text(HELD)
        return label

    @property
    def contract_summary(self) -> Locator:
        """The contract summary of the price shown (Ofcom GC C1), read before ordering."""
        return self.page.get_by_role("region", name="Contract summary")

    def contract_summary_value(self, label: str) -> Locator:
        """One figure of the contract summary, by its label ("Monthly price", "One-off costs")."""
        return summary_value(self.contract_summary, label)

    @property
    def summary_confirmation(self) -> Locator:
        return self.page.get_by_label("I have read the contract summary")

    @property
    def summary_confirmation_error(self) -> Locator:
        return self.page.locator("#field-summary_read-error")

    def place_order(self, *, confirm_summary: bool = True) -> None:
        """Place the order; first, unless told otherwise, confirm the contract summary shown (the box is
        drawn for each summary, so one changed since it was ticked is ticked again here)."""
        if confirm_summary:
            self.summary_confirmation.check()
        self.page.get_by_role("button", name="Place order").click()

    @property
    def promotion(self) -> Locator:
        """The introductory offer: its monthly price, months, end date and the price after it."""
        return self.page.locator("#price-promotion")

    @property
    def term_total(self) -> Locator:
        """The total over the minimum term."""
        return self.page.locator("#price-term-total")

    @property
    def new_price(self) -> Locator:
        """The price now, said when the quoted one changed before the order was placed."""
        return self.page.locator("#new-price")

    def accept_new_price(self) -> None:
        self.page.get_by_role("button", name="Accept the new price").click()

    @property
    def alert(self) -> Locator:
        return self.page.get_by_role("alert")

    @property
    def empty_basket(self) -> Locator:
        """What a visit without a chosen plan shows (a bookmark, a new session)."""
        return self.page.get_by_role("heading", name="Your basket is empty")

    @property
    def price(self) -> Locator:
        return self.page.get_by_role("region", name="Your price")

    @property
    def price_updating(self) -> Locator:
        """Shown while a new price is being worked out (TMF648)."""
        return self.price.get_by_role("img", name="Updating price")

    @property
    def extras(self) -> Locator:
        """The add-ons' checkboxes, in the catalogue's order."""
        return self.page.get_by_role("group", name="Add extras").get_by_role("checkbox")

    def price_shown(self) -> str:
        """Everything the price summary says (its lines, totals and promotion), as an accessibility snapshot
        for `to_match_aria_snapshot`."""
        return self.price.aria_snapshot()
