"""Server-Sent Events as the BFFs send them, read line by line from an httpx stream.

Not httpx-sse: it drops comment lines, and the BFFs' keep-alive comments (": nothing new") are what lets a
follower notice a silent stream and stop between changes.
"""

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from storefront.clients.http import UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE, BffConnection, BffError
from storefront.config import get_settings


async def read_events(lines: AsyncIterator[str], wanted: str) -> AsyncIterator[str | None]:
    """The data of each event named `wanted` as it completes, and None for each keep-alive comment."""
    event, data = "message", list[str]()
    async for line in lines:
        if line == "":
            if event == wanted and data:
                yield "\n".join(data)
            event, data = "message", []
        elif line.startswith(":"):
            yield None
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].lstrip())


async def follow(
    bff: BffConnection, path: str, wanted: str, headers: dict[str, str]
) -> AsyncIterator[Any | None]:
    """The decoded JSON of each `wanted` event of a BFF's stream, and None for each keep-alive.

    Raises ``BffError`` when the stream cannot be opened or breaks; the caller then polls instead.
    """
    settings = get_settings()
    # The BFFs say ": nothing new" every few seconds, so a long silence means the stream is broken.
    timeout = httpx.Timeout(settings.bff_timeout_seconds, read=max(settings.bff_timeout_seconds, 30.0))
    try:
        async with bff.client().stream(
            "GET", path, headers={**headers, "Accept": "text/event-stream"}, timeout=timeout
        ) as response:
            if not response.is_success:
                await response.aread()
                raise bff.error_from(response)
            async for data in read_events(response.aiter_lines(), wanted):
                yield None if data is None else json.loads(data)
    except httpx.TransportError as exc:
        raise BffError(UNREACHABLE_MESSAGE, code="BFF_UNREACHABLE") from exc
    except ValueError as exc:  # an event whose data is not JSON
        raise BffError(UNEXPECTED_MESSAGE, code="BAD_ANSWER") from exc
