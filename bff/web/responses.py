"""Error answers the web channel's routes may give, for the OpenAPI document."""

from __future__ import annotations

from bff.channel.schemas import BACKEND_ERRORS, REQUEST_ERRORS, ErrorBody, Responses

ERRORS: Responses = {
    **REQUEST_ERRORS,
    404: {"model": ErrorBody, "description": "Not found"},
    **BACKEND_ERRORS,
}
SIGNED_IN: Responses = {
    401: {"model": ErrorBody, "description": "UNAUTHENTICATED: no valid access token"},
    403: {"model": ErrorBody, "description": "FORBIDDEN: not a customer, or another customer's"},
}
