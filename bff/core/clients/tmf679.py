"""TMF679 Product Offering Qualification v4 client: can this customer buy these offerings at this place."""

from __future__ import annotations

from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf679 import ProductOfferingQualification, ProductOfferingQualificationCreate


class Tmf679Client(TmfClient):
    api = "TMF679"

    async def create_qualification(
        self, request: ProductOfferingQualificationCreate
    ) -> ProductOfferingQualification:
        # An instant qualification reserves nothing: a repeat only records a second answer, so it is retried.
        response = await self._send("POST", "productOfferingQualification", json=dump(request), retry=True)
        return self._parse(ProductOfferingQualification, response)
