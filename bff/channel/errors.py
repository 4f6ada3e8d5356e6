"""Every refusal a channel app answers, in the channel's own error body `{code, message}` (schemas.ErrorBody).

- a ChannelError (bff/core/errors.py): its status, code and message, and the headers it needs;
- a TmfError no journey step caught: 503 or 502 (or 422 for a refusal on the merits), details to the log;
- a refusal the framework makes before a route runs, which FastAPI would answer with `{"detail": "..."}`, a
  shape no BFF operation documents: a body that is not readable as JSON text (e.g. bytes that are not UTF-8:
  400), an unknown path (404), a method the path does not take (405, with its `Allow` header). Request
  validation errors keep FastAPI's documented 422 `detail` list.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
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


def channel_error_response(error: ChannelError) -> JSONResponse:
    return JSONResponse(status_code=error.status, content=error_body(error), headers=error.headers)


def handle_errors(app: FastAPI, log: logging.Logger) -> None:
    """Render every refusal as the error body; `log` gets a line for each backend failure."""
    app.add_exception_handler(HTTPException, http_error_response)

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
