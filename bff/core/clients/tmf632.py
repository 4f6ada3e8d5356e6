"""TMF632 Party Management v4 client: the person who orders."""

from __future__ import annotations

from typing import Any

from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf632 import Individual, IndividualCreate


class Tmf632Client(TmfClient):
    api = "TMF632"

    async def create_individual(self, request: IndividualCreate) -> Individual:
        return self._parse(Individual, await self._send("POST", "individual", json=dump(request)))

    async def get_individual(self, individual_id: str) -> Individual:
        return self._parse(Individual, await self._send("GET", f"individual/{self._id(individual_id)}"))

    async def find_individuals(self, **filters: str) -> list[Individual]:
        """Individuals matching TMF630 filters, e.g. contactMedium.characteristic.emailAddress=<email>."""
        return await self._list_all(Individual, "individual", filters)

    async def patch_individual(self, individual_id: str, changes: dict[str, Any]) -> Individual:
        """A JSON merge patch of an individual (TMF630): only the attributes given change (an array whole)."""
        response = await self._send(
            "PATCH",
            f"individual/{self._id(individual_id)}",
            json=changes,
            headers={"Content-Type": "application/merge-patch+json"},
        )
        return self._parse(Individual, response)
