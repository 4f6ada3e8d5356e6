"""Server-Sent Events as the BFFs send them, read line by line from an httpx stream.

Not httpx-sse: it drops comment lines, and the BFFs' keep-alive comments (": nothing new") are what lets a
follower notice a silent stream and stop between changes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator


async def read_events(lines: AsyncIterator[str], wanted: str) -> AsyncIterator[str | None]:
    """The data of each event named `wanted` as it completes, and None for each keep-alive comment."""
    event, data = "message", []
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
