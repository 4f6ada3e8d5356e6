"""TMF670 Payment Method v4 client: the direct debit or card a customer pays with.

The payment provider behind it keeps the bank or card details: what comes back names the account by its
last digits only (`accountNumber: ****5678`) or the card by a token. A direct debit the provider's own
modulus check refuses is TmfRejected(status 400, code "MODULUS_CHECK_FAILED").
"""

from __future__ import annotations

from typing import Any

from bff.core.clients.base import TmfClient
from tmf_models.tmf670 import PaymentMethod


class Tmf670Client(TmfClient):
    api = "TMF670"

    async def create_payment_method(self, body: dict[str, Any]) -> PaymentMethod:
        """A dict, not the generated PaymentMethodCreate: the subtype's attributes (`bank`, `accountNumber`,
        `token`) are not in it. Never retried: a lost answer may hide a mandate already set up."""
        return self._parse(PaymentMethod, await self._send("POST", "paymentMethod", json=body))

    async def get_payment_method(self, method_id: str) -> PaymentMethod:
        return self._parse(PaymentMethod, await self._send("GET", f"paymentMethod/{self._id(method_id)}"))
