"""What every request body must be before a route reads it, and a header every answer carries.

`RequestGuardMiddleware` (TMF servers and the identity provider):
- a body above `max_body_bytes` is refused with 413 before it is read whole (by its Content-Length, or by
  counting while reading when there is none);
- a JSON body (any `...json` media type) with `NaN`, `Infinity` or a number outside the float range
  (`1e400`) is refused with 422: JSON (RFC 8259 §6) has no such numbers, and the database cannot store them
  (they were a 500 with a text/plain body);
- every string in a JSON body (values and member names) is at most `max_text_length` characters, and
  holds no control or invisible formatting characters (mock_backends/safe_text.py): none at all in a
  `...name`/`...Name` member, tab and line breaks allowed elsewhere; else 400, the status TMF630 and the
  official TMF specs give a request with invalid content (the servers' own validation answers 400 too);
- refusals are TMF Error bodies `{code, reason, message, status}` that name the field, never echo it.
A body it passed is handed on unchanged.

`NoSniffMiddleware`: `X-Content-Type-Options: nosniff` on every answer, so a browser never reads a JSON
answer as HTML or script whatever it holds.
"""

import json
import math
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mock_backends.errors import error_body
from mock_backends.safe_text import unsafe_character

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
NOSNIFF = (b"x-content-type-options", b"nosniff")


class Refused(Exception):
    def __init__(self, status: HTTPStatus, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _no_constants(name: str) -> Any:
    raise Refused(
        HTTPStatus.UNPROCESSABLE_ENTITY, "INVALID_NUMBER", f"{name} is not a JSON number (RFC 8259 §6)"
    )


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise Refused(
            HTTPStatus.UNPROCESSABLE_ENTITY,
            "INVALID_NUMBER",
            "a number is out of range (beyond about 1.8e308)",
        )
    return value


def _strings(value: Any, path: str) -> Iterator[tuple[str, str, bool]]:
    """(path, text, is a name) of every string in a JSON document, member names included."""
    if isinstance(value, str):
        yield path or "body", value, path.rsplit(".", 1)[-1].lower().endswith("name")
    elif isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path else str(key)
            yield child, str(key), False
            yield from _strings(item, child)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def check_json(body: bytes, max_text_length: int) -> None:
    """Raises Refused for what JSON bodies may not hold; malformed JSON is left to the route (its 400)."""
    try:
        document = json.loads(body, parse_constant=_no_constants, parse_float=_finite)
    except Refused:
        raise
    except ValueError as error:  # malformed (the route answers it) or an integer of 4,300+ digits
        if "integer string conversion" in str(error) or "Exceeds the limit" in str(error):
            raise Refused(
                HTTPStatus.UNPROCESSABLE_ENTITY, "INVALID_NUMBER", "a number has too many digits"
            ) from error
        return
    for path, text, is_name in _strings(document, ""):
        shown = path[:200]
        if len(text) > max_text_length:
            raise Refused(
                HTTPStatus.BAD_REQUEST,
                "TEXT_TOO_LONG",
                f"{shown}: at most {max_text_length} characters ({len(text)} sent)",
            )
        if bad := unsafe_character(text, multiline=not is_name):
            kind = "a name" if is_name else "text"
            raise Refused(
                HTTPStatus.BAD_REQUEST,
                "INVALID_CHARACTER",
                f"{shown}: {kind} cannot contain control or invisible formatting characters ({bad})",
            )


async def _answer(send: Send, refused: Refused) -> None:
    body = json.dumps(error_body(refused.status, refused.code, refused.message)).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        NOSNIFF,
    ]
    await send({"type": "http.response.start", "status": refused.status.value, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class RequestGuardMiddleware:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_text_length: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_text_length = max_text_length

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        too_large = Refused(
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            "BODY_TOO_LARGE",
            f"The request body is larger than {self.max_body_bytes} bytes.",
        )
        try:
            declared = int(headers.get(b"content-length", b"0") or 0)
        except ValueError:
            declared = 0
        if declared > self.max_body_bytes:
            await _answer(send, too_large)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                await self.app(scope, _replay([message]), send)
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await _answer(send, too_large)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if body and content_type.endswith(b"json"):
            try:
                check_json(body, self.max_text_length)
            except Refused as refused:
                await _answer(send, refused)
                return
        await self.app(
            scope, _replay([{"type": "http.request", "body": body, "more_body": False}], receive), send
        )


def _replay(messages: list[Message], then: Receive | None = None) -> Receive:
    """A `receive` that hands out `messages` first, then waits on the real one (for the disconnect)."""
    pending = list(messages)

    async def receive() -> Message:
        if pending:
            return pending.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}

    return receive


class NoSniffMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != NOSNIFF[0]]
                message = {**message, "headers": [*headers, NOSNIFF]}
            await send(message)

        await self.app(scope, receive, send_with_header)
