"""My account's "Billing" (web BFF ``GET /api/v1/billing``): the billing account, how the customer pays
(named by its last digits only), the charges from each product's activation, and the first bill."""

import reflex as rx
from pydantic import BaseModel

from storefront.clients import web
from storefront.state.auth import AuthState
from storefront.views import format_date, format_money


class ChargeDisplay(BaseModel):
    name: str = ""
    price: str = ""  # "£30.00 a month" / "£5.00 once"
    since: str = ""  # "from Mon 7 Dec 2026"
    promotion: str = ""  # "Half price until Mon 7 Jun 2027"
    first_bill: str = ""  # what the first bill charges for it: "£24.19"


def charge_display(charge: web.ChargeView) -> ChargeDisplay:
    monthly = charge.kind == "monthly"
    promotion = ""
    if charge.promotion and charge.promotion_ends:
        promotion = f"{charge.promotion} until {format_date(charge.promotion_ends)}"
    return ChargeDisplay(
        name=charge.name,
        price=format_money(charge.amount) + (" a month" if monthly else " once"),
        since="from " + format_date(charge.start_date),
        promotion=promotion,
        first_bill=format_money(charge.first_bill_amount),
    )


class AccountBillingState(rx.State):
    loading: bool = False
    error: str = ""
    has_account: bool = False
    account_name: str = ""
    payment_method: str = ""
    mandate_reference: str = ""
    charges: list[ChargeDisplay] = []
    first_bill_date: str = ""
    first_bill_amount: str = ""

    @rx.event(background=True)
    async def load(self):
        async with self:
            token = await (await self.get_state(AuthState)).access_token()
            if not token:
                return  # the account page sends guests to sign in
            self.loading, self.error = True, ""
        try:
            billing, error = await web.get_billing(token), ""
        except web.BffError as exc:
            billing, error = None, exc.message
        async with self:
            self.loading, self.error = False, error
            self.has_account = billing is not None
            method = billing.payment_method if billing else None
            self.account_name = billing.name if billing else ""
            self.payment_method = method.description if method else ""
            self.mandate_reference = (method.mandate_reference or "") if method else ""
            self.charges = [charge_display(charge) for charge in billing.charges] if billing else []
            first = billing.first_bill if billing else None
            self.first_bill_date = format_date(first.date) if first else ""
            self.first_bill_amount = format_money(first.amount) if first else ""
