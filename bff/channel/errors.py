"""Every refusal a channel app answers, in the channel's own error body `{code, message}` (schemas.ErrorBody).

- a ChannelError (bff/core/errors.py): its status, code and message, and the headers it needs;
- a TmfError no journey step caught: 503 or 502 (or 422 for a refusal on the merits), details to the log;
- a refusal the framework makes before a route runs, which FastAPI would answer with `{"detail": "..."}`, a
  shape no BFF operation documents: a body that is not readable as JSON text (e.g. bytes that are not UTF-8:
  400), an unknown path (404), a method the path does not take (405, with its `Allow` header);
- a request validation error: 422 `{code: INVALID_REQUEST, message, detail}`, FastAPI's `detail` list (which
  the storefront maps to its fields) without the `input` and `ctx` it would echo: a 50 MB field, or someone
  else's text, is never sent back.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from bff.core.clients.base import TmfError
from bff.core.errors import ChannelError, channel_error_for, error_body

CODES = {
    400: ("BAD_REQUEST", "The request could not be read. Send a JSON body encoded as UTF-8."),
    404: ("NOT_FOUND", "There is nothing at this address."),
    405: ("METHOD_NOT_ALLOWED", "This address does not take this method."),
}


async def http_error_response(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)  # registered for starlette's HTTPException only
    fallback = (f"HTTP_{exc.status_code}", "The request could not be handled.")
    code, message = CODES.get(exc.status_code, fallback)
    return JSONResponse({"code": code, "message": message}, exc.status_code, exc.headers)


MAX_MESSAGE = 200  # a validation message quotes no input, but a pattern in it may be long


def _field_error(error: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": str(error.get("type", "")),
        "loc": [part if isinstance(part, int) else str(part)[:MAX_MESSAGE] for part in error.get("loc", ())],
        "msg": str(error.get("msg", ""))[:MAX_MESSAGE],
    }


async def validation_error_response(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)  # registered for it only
    detail = [_field_error(error) for error in exc.errors()[:20]]
    first = detail[0] if detail else None
    where = ".".join(str(part) for part in first["loc"][1:]) if first else ""
    message = (
        f"{where}: {first['msg']}" if first and where else (first["msg"] if first else "Invalid request")
    )
    return JSONResponse({"code": "INVALID_REQUEST", "message": message, "detail": detail}, 422)


def channel_error_response(error: ChannelError) -> JSONResponse:
    return JSONResponse(status_code=error.status, content=error_body(error), headers=error.headers)


def handle_errors(app: FastAPI, log: logging.Logger) -> None:
    """Render every refusal as the error body; `log` gets a line for each backend failure."""
    app.add_exception_handler(HTTPException, http_error_response)
    app.add_exception_handler(RequestValidationError, validation_error_response)

    @app.exception_handler(ChannelError)
    async def on_channel_error(request: Request, exc: ChannelError) -> JSONResponse:
        return channel_error_response(exc)

    @app.exception_handler(TmfError)
    async def on_backend_error(request: Request, exc: TmfError) -> JSONResponse:
        log.warning(
            "backend call failed",
            extra={"method": request.method, "path": request.url.path, "reason": str(exc)},
        )
        return channel_error_response(channel_error_for(exc))
