"""Server-Sent Events of a stream of channel models: `event: <name>`, a counting `id`, the model as `data`.

A None in the stream is a heartbeat: a comment line, which keeps proxies from closing an idle stream.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from fastapi.responses import StreamingResponse
from pydantic import BaseModel

HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}  # nothing may hold the events back


def event_stream(updates: AsyncIterator[BaseModel | None], event: str) -> StreamingResponse:
    async def lines() -> AsyncIterator[str]:
        count = 0
        async for update in updates:
            if update is None:
                yield ": nothing new\n\n"
                continue
            count += 1
            data = json.dumps(update.model_dump(mode="json", by_alias=True), separators=(",", ":"))
            yield f"event: {event}\nid: {count}\ndata: {data}\n\n"

    return StreamingResponse(lines(), media_type="text/event-stream", headers=HEADERS)
