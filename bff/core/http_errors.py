"""Refusals the framework makes before a route runs, in the channel's own error body `{code, message}`.

FastAPI answers these with `{"detail": "..."}`, a shape no BFF operation documents: a body that is not
readable as JSON text (e.g. bytes that are not UTF-8: 400), an unknown path (404), a method the path does not
take (405, with its `Allow` header). Request validation errors keep FastAPI's documented 422 `detail` list.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

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


def handle_http_errors(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, http_error_response)
