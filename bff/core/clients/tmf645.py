"""TMF645 Service Qualification Management v4 client: can this address be served, and how."""

from __future__ import annotations

from bff.config import CatalogueProfile
from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf645 import CheckServiceQualification, CheckServiceQualificationCreate


class Tmf645Client(TmfClient):
    api = "TMF645"
    # The characteristic names its answers are read by (bff/core/availability.py); Backends sets the
    # configured profile's.
    profile = CatalogueProfile()

    async def check_service_qualification(
        self, request: CheckServiceQualificationCreate
    ) -> CheckServiceQualification:
        # A check has no side effect (instantSyncQualification, nothing reserved): safe to retry.
        response = await self._send("POST", "checkServiceQualification", json=dump(request), retry=True)
        return self._parse(CheckServiceQualification, response)
