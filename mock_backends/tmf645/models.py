"""The internal serviceability record of an address (not a TMF resource; only TMF645 reads it).

Stored in the document store as resource type `serviceability`, id = the geographicAddress id.
"""

from typing import Literal

from pydantic import BaseModel

SERVICEABILITY = "serviceability"
GEOGRAPHIC_ADDRESS = "geographicAddress"
GEOGRAPHIC_ADDRESS_PATH = "/tmf-api/geographicAddressManagement/v4"

Technology = Literal["FTTP", "FTTC", "ADSL", "FWA"]


class AvailableTechnology(BaseModel):
    # camelCase like the TMF characteristics TMF645 answers with (maxDownloadSpeed, maxUploadSpeed).
    technology: Technology
    maxDownloadSpeed: int  # Mbps
    maxUploadSpeed: int  # Mbps
    # A working line of this technology is already at the address (a previous occupant's, left live): the
    # customer can plug a posted router in, no engineer needed (TMF645 answers it as `selfInstallable`).
    selfInstallable: bool = False


class Serviceability(BaseModel):
    id: str  # the geographicAddress id
    technologies: list[AvailableTechnology]
