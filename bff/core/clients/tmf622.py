"""TMF622 Product Ordering Management v4 client."""

from __future__ import annotations

from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf622 import ProductOrder, ProductOrderCreate


class Tmf622Client(TmfClient):
    api = "TMF622"

    async def create_product_order(self, request: ProductOrderCreate) -> ProductOrder:
        return self._parse(ProductOrder, await self._send("POST", "productOrder", json=dump(request)))

    async def get_product_order(self, order_id: str) -> ProductOrder:
        return self._parse(ProductOrder, await self._send("GET", f"productOrder/{order_id}"))

    async def find_product_orders(self, **filters: str) -> list[ProductOrder]:
        """Orders matching TMF630 attribute filters, e.g. externalId=<idempotency key>."""
        return await self._list_all(ProductOrder, "productOrder", filters)
