"""TMF620 Product Catalog Management v4 client: offerings, their prices and specifications."""

from __future__ import annotations

from bff.core.clients.base import TmfClient
from tmf_models.tmf620 import ProductOffering, ProductOfferingPrice, ProductSpecification


class Tmf620Client(TmfClient):
    api = "TMF620"

    async def list_product_offerings(self, **filters: str) -> list[ProductOffering]:
        return await self._list_all(ProductOffering, "productOffering", filters)

    async def list_product_offering_prices(self, **filters: str) -> list[ProductOfferingPrice]:
        return await self._list_all(ProductOfferingPrice, "productOfferingPrice", filters)

    async def list_product_specifications(self, **filters: str) -> list[ProductSpecification]:
        return await self._list_all(ProductSpecification, "productSpecification", filters)
