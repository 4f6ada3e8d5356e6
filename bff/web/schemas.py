"""Request bodies of the web channel (answers are the core's channel models)."""

from __future__ import annotations

from pydantic import Field, field_validator

from bff.core.models import ChannelModel

POSTCODE_PATTERN = r"^[A-Za-z0-9 ]{2,10}$"
HOUSE_NUMBER_PATTERN = r"^[A-Za-z0-9 /-]{1,10}$"


class AvailabilityRequest(ChannelModel):
    postcode: str = Field(pattern=POSTCODE_PATTERN, examples=["SW1A 2AA"])
    house_number: str = Field(pattern=HOUSE_NUMBER_PATTERN, examples=["10"])

    @field_validator("postcode", "house_number", mode="before")
    @classmethod
    def _strip(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value


class ErrorBody(ChannelModel):
    code: str = Field(examples=["ADDRESS_NOT_FOUND"])
    message: str = Field(examples=["We could not find that address. Check the postcode and house number."])
