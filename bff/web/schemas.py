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


# Refusals any operation may give before it runs: an unreadable body, and a token that was sent but is not
# valid (also on the operations open to anyone). FastAPI documents its own 422 for request validation.
REQUEST_ERRORS: dict[int | str, dict] = {
    400: {"model": ErrorBody, "description": "BAD_REQUEST: the body could not be read"},
    401: {"model": ErrorBody, "description": "UNAUTHENTICATED: the access token sent is not valid"},
}
BACKEND_ERRORS: dict[int | str, dict] = {
    502: {"model": ErrorBody, "description": "A backend answered with an error"},
    503: {"model": ErrorBody, "description": "A backend is unreachable or too slow"},
}
