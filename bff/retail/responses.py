"""Error answers every retail route may give, for the OpenAPI document."""

from __future__ import annotations

from bff.channel.schemas import ErrorBody, Responses

ERRORS: Responses = {
    400: {"model": ErrorBody, "description": "BAD_REQUEST: the body could not be read"},
    401: {"model": ErrorBody, "description": "UNAUTHENTICATED: no or an invalid staff access token"},
    403: {"model": ErrorBody, "description": "FORBIDDEN: not staff, another store's, or needs a manager"},
    404: {"model": ErrorBody, "description": "Not found"},
    502: {"model": ErrorBody, "description": "A backend answered with an error"},
    503: {"model": ErrorBody, "description": "A backend is unreachable or too slow"},
}
