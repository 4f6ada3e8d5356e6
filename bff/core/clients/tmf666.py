"""TMF666 Account Management v4 client: the billing account a customer's products are billed to.

Once a product is activated the account carries its charges (the `billingCharge` extension) and the first
bill (`accountBalance` of balanceType `firstBill`); bff/core/billing.py reads them. TMF666 v4 defines
neither: a server that names them otherwise (the catalogue profile's billing_charges_attribute and
first_bill_balance_type) has them renamed here, so the rest of the BFF knows one name.
"""

from __future__ import annotations

from bff.config import CatalogueProfile
from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf666 import BillingAccount, BillingAccountCreate

BILLING_CHARGES = "billingCharge"
FIRST_BILL = "firstBill"


class Tmf666Client(TmfClient):
    api = "TMF666"
    # Where this server keeps charges and the first bill; Backends sets the configured profile's.
    profile = CatalogueProfile()

    def _ours(self, account: BillingAccount) -> BillingAccount:
        extra = account.model_extra
        theirs = self.profile.billing_charges_attribute
        # Renamed only when the server sent its name: no empty attribute is made up.
        if extra is not None and theirs != BILLING_CHARGES and theirs in extra:
            extra[BILLING_CHARGES] = extra.pop(theirs)
        for balance in account.account_balance or []:
            if balance.balance_type == self.profile.first_bill_balance_type:
                balance.balance_type = FIRST_BILL
        return account

    async def create_billing_account(self, request: BillingAccountCreate) -> BillingAccount:
        # Never retried: the journey looks the customer's account up first (find_billing_accounts).
        return self._ours(
            self._parse(BillingAccount, await self._send("POST", "billingAccount", json=dump(request)))
        )

    async def get_billing_account(self, account_id: str) -> BillingAccount:
        return self._ours(
            self._parse(BillingAccount, await self._send("GET", f"billingAccount/{self._id(account_id)}"))
        )

    async def find_billing_accounts(self, **filters: str) -> list[BillingAccount]:
        """Billing accounts matching TMF630 filters, e.g. relatedParty.id=<customer id>."""
        found = await self._list_all(BillingAccount, "billingAccount", filters)
        return [self._ours(account) for account in found]
