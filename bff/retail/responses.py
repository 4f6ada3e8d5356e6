"""Error answers every retail route may give, for the OpenAPI document."""

from __future__ import annotations

from typing import Any

from bff.web.schemas import ErrorBody

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "BAD_REQUEST: the body could not be read"},
    401: {"model": ErrorBody, "description": "UNAUTHENTICATED: no or an invalid staff access token"},
    403: {"model": ErrorBody, "description": "FORBIDDEN: not staff, another store's, or needs a manager"},
    404: {"model": ErrorBody, "description": "Not found"},
    502: {"model": ErrorBody, "description": "A backend answered with an error"},
    503: {"model": ErrorBody, "description": "A backend is unreachable or too slow"},
}
KEYED_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "IDEMPOTENCY_KEY_REQUIRED: no Idempotency-Key header"},
    409: {
        "model": ErrorBody,
        "description": "REQUEST_IN_PROGRESS: the first request with this key still runs",
    },
    422: {"description": "IDEMPOTENCY_KEY_REUSED (key used for another request) or a refused request"},
}
