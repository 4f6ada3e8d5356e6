"""TMF673 Geographic Address Management v4 client: finding an address and its flats (sub-addresses)."""

from __future__ import annotations

from bff.core.clients.base import TmfClient
from tmf_models.tmf673 import GeographicAddress, GeographicSubAddress


class Tmf673Client(TmfClient):
    api = "TMF673"

    async def find_addresses(self, **filters: str) -> list[GeographicAddress]:
        """Addresses matching TMF630 filters, e.g. postcode=<normalised postcode>."""
        return await self._list_all(GeographicAddress, "geographicAddress", filters)

    async def get_address(self, address_id: str) -> GeographicAddress:
        return self._parse(
            GeographicAddress, await self._send("GET", f"geographicAddress/{self._id(address_id)}")
        )

    async def list_sub_addresses(self, address_id: str) -> list[GeographicSubAddress]:
        return await self._list_all(
            GeographicSubAddress, f"geographicAddress/{self._id(address_id)}/geographicSubAddress"
        )
