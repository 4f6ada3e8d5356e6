"""Domain errors carrying their HTTP status, and the handlers that render every failure as a TMF Error.

TMF630 answers every failure with the `Error` resource: `code` and `reason` (required), `message`, `status`
(a string). Services raise `TmfError` subclasses; FastAPI's own failures (unknown route, wrong method,
request validation) are rendered the same way so a client never sees another error shape.
"""

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match


class TmfError(Exception):
    """A failure a client can act on; `status` is the HTTP status it is answered with."""

    status: HTTPStatus = HTTPStatus.INTERNAL_SERVER_ERROR
    code: str = "INTERNAL_ERROR"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def body(self) -> dict[str, str]:
        return error_body(self.status, self.code, self.message)


class BadRequest(TmfError):
    status = HTTPStatus.BAD_REQUEST
    code = "INVALID_REQUEST"


class NotFound(TmfError):
    status = HTTPStatus.NOT_FOUND
    code = "NOT_FOUND"


class Conflict(TmfError):
    status = HTTPStatus.CONFLICT
    code = "CONFLICT"


# An error message names what is wrong; it never carries a large input back (a validation message may quote
# part of what was sent).
MAX_MESSAGE_LENGTH = 1000


def error_body(status: HTTPStatus, code: str, message: str) -> dict[str, str]:
    if len(message) > MAX_MESSAGE_LENGTH:
        message = message[: MAX_MESSAGE_LENGTH - 1] + "…"
    return {"code": code, "reason": status.phrase, "message": message, "status": str(status.value)}


def describe_validation_errors(errors: Any) -> str:
    """One line per invalid field, e.g. `body.productOrderItem: Field required`."""
    parts = []
    for error in errors:
        location = ".".join(str(part) for part in error.get("loc", ()))
        parts.append(
            f"{location}: {error.get('msg', 'invalid')}" if location else error.get("msg", "invalid")
        )
    return "; ".join(parts)


def bad_request_from(error: ValidationError, prefix: str = "body") -> BadRequest:
    """A pydantic failure on a document the service validated itself (e.g. a merged PATCH)."""
    located = [{**e, "loc": (prefix, *e["loc"])} for e in error.errors(include_url=False)]
    return BadRequest(describe_validation_errors(located), code="INVALID_BODY")


def _tmf_response(
    status: HTTPStatus, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(status, code, message), status_code=status.value, headers=headers)


async def _on_tmf_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TmfError)
    return _tmf_response(exc.status, exc.code, exc.message)


async def _on_validation_error(_: Request, exc: Exception) -> JSONResponse:
    # TMF630 answers malformed requests with 400, not FastAPI's 422.
    assert isinstance(exc, RequestValidationError)
    return _tmf_response(HTTPStatus.BAD_REQUEST, "INVALID_REQUEST", describe_validation_errors(exc.errors()))


_HTTP_CODES = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}


_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _allowed_methods(request: Request) -> str:
    # Starlette's 405 names only the first matching route's methods; a path usually has several routes
    # (GET and POST, or GET, PATCH and DELETE), so ask the router which methods it would accept.
    routes = request.app.router.routes
    allowed = [
        method
        for method in _METHODS
        if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes)
    ]
    if "GET" in allowed:
        allowed.insert(1, "HEAD")  # answered wherever GET is (http_rules.HeadAsGetMiddleware)
    return ", ".join(allowed)


async def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    status = HTTPStatus(exc.status_code)
    message = f"{request.method} {request.url.path}: {exc.detail}"
    headers = dict(exc.headers or {})
    if status is HTTPStatus.METHOD_NOT_ALLOWED:
        headers["Allow"] = _allowed_methods(request) or headers.get("Allow", "")
    return _tmf_response(status, _HTTP_CODES.get(status.value, status.name), message, headers)


async def _on_unexpected_error(_: Request, exc: Exception) -> JSONResponse:
    # The message stays generic: internals are for the server log, not the client.
    return _tmf_response(HTTPStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Unexpected server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(TmfError, _on_tmf_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.add_exception_handler(Exception, _on_unexpected_error)
