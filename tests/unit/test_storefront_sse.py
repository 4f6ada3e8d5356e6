"""Reading the BFFs' Server-Sent Events (storefront/clients/sse.py)."""

from collections.abc import AsyncIterator

from storefront.clients.sse import read_events


async def _lines(*lines: str) -> AsyncIterator[str]:
    for line in lines:
        yield line


async def test_events_of_the_wanted_name_keep_alives_and_nothing_else() -> None:
    stream = _lines(
        ": nothing new",
        "event: order",
        'data: {"id": "o-1",',
        'data:  "state": "acknowledged"}',
        "",
        "event: other",
        "data: {}",
        "",
        "data: a message without a name",
        "",
        "event: order",  # a stream that breaks off mid-event yields nothing for it
        "data: {}",
    )
    seen = [data async for data in read_events(stream, "order")]
    assert seen == [None, '{"id": "o-1",\n"state": "acknowledged"}']
