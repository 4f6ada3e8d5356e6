"""TMF637 Product Inventory v4 client: the products a customer has."""

from __future__ import annotations

from bff.core.clients.base import TmfClient
from tmf_models.tmf637 import Product


class Tmf637Client(TmfClient):
    api = "TMF637"

    async def get_product(self, product_id: str) -> Product:
        return self._parse(Product, await self._send("GET", f"product/{self._id(product_id)}"))

    async def find_products(self, **filters: str) -> list[Product]:
        """Products matching TMF630 filters, e.g. relatedParty.id=<customer id>."""
        return await self._list_all(Product, "product", filters)
