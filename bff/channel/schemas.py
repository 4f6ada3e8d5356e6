"""The error body every channel answers refusals with, the error answers the OpenAPI documents, and the
request bodies both channels take (answers are the core's channel models)."""

from __future__ import annotations

from typing import Any

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


Responses = dict[int | str, dict[str, Any]]

# Refusals any operation may give before it runs: an unreadable body, and a token that was sent but is not
# valid (also on the operations open to anyone). FastAPI documents its own 422 for request validation.
REQUEST_ERRORS: Responses = {
    400: {"model": ErrorBody, "description": "BAD_REQUEST: the body could not be read"},
    401: {"model": ErrorBody, "description": "UNAUTHENTICATED: the access token sent is not valid"},
    413: {"model": ErrorBody, "description": "REQUEST_TOO_LARGE: the body is above BFF_MAX_BODY_BYTES"},
}
BACKEND_ERRORS: Responses = {
    502: {"model": ErrorBody, "description": "A backend answered with an error"},
    503: {"model": ErrorBody, "description": "A backend is unreachable or too slow"},
}
# What a call answered once per Idempotency-Key (keyed.py) may answer besides its own refusals.
KEYED_ERRORS: Responses = {
    400: {"model": ErrorBody, "description": "IDEMPOTENCY_KEY_REQUIRED: no Idempotency-Key header"},
    409: {
        "model": ErrorBody,
        "description": "REQUEST_IN_PROGRESS: the first request with this key still runs",
    },
    422: {"description": "IDEMPOTENCY_KEY_REUSED (key used for another request) or a refused request"},
}
