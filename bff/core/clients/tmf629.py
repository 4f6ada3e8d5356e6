"""TMF629 Customer Management v4 client: the customer role a person plays towards us."""

from __future__ import annotations

from typing import Any

from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf629 import Customer, CustomerCreate


class Tmf629Client(TmfClient):
    api = "TMF629"

    async def create_customer(self, request: CustomerCreate) -> Customer:
        return self._parse(Customer, await self._send("POST", "customer", json=dump(request)))

    async def get_customer(self, customer_id: str) -> Customer:
        return self._parse(Customer, await self._send("GET", f"customer/{self._id(customer_id)}"))

    async def find_customers(self, **filters: str) -> list[Customer]:
        """Customers matching TMF630 filters, e.g. engagedParty.id=<individual id>."""
        return await self._list_all(Customer, "customer", filters)

    async def patch_customer(self, customer_id: str, changes: dict[str, Any]) -> Customer:
        """A JSON merge patch of a customer (TMF630): only the attributes given change (an array whole)."""
        response = await self._send(
            "PATCH",
            f"customer/{self._id(customer_id)}",
            json=changes,
            headers={"Content-Type": "application/merge-patch+json"},
        )
        return self._parse(Customer, response)
