"""TMF666 Account Management v4 client: the billing account a customer's products are billed to.

Once a product is activated the account carries its charges (the `billingCharge` extension) and the first
bill (`accountBalance` of balanceType `firstBill`); bff/core/billing.py reads them.
"""

from __future__ import annotations

from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf666 import BillingAccount, BillingAccountCreate


class Tmf666Client(TmfClient):
    api = "TMF666"

    async def create_billing_account(self, request: BillingAccountCreate) -> BillingAccount:
        # Never retried: the journey looks the customer's account up first (find_billing_accounts).
        return self._parse(BillingAccount, await self._send("POST", "billingAccount", json=dump(request)))

    async def get_billing_account(self, account_id: str) -> BillingAccount:
        return self._parse(BillingAccount, await self._send("GET", f"billingAccount/{self._id(account_id)}"))

    async def find_billing_accounts(self, **filters: str) -> list[BillingAccount]:
        """Billing accounts matching TMF630 filters, e.g. relatedParty.id=<customer id>."""
        return await self._list_all(BillingAccount, "billingAccount", filters)
