"""The storefront's operations: `GET /ready` (its state manager, Redis in production) and one X-Request-ID
per user event on its BFF calls."""

from __future__ import annotations

import asyncio

import httpx

from scripts.stack import free_port
from storefront.correlation import stamp_request_id
from storefront.readiness import create_api

REDIS = "redis://127.0.0.1:6379/0"  # the machine's Redis, as the production profile uses it


async def ready(redis_url: str | None) -> httpx.Response:
    transport = httpx.ASGITransport(app=create_api(redis_url))
    async with httpx.AsyncClient(transport=transport, base_url="http://storefront.test") as client:
        return await client.get("/ready")


async def test_ready_when_redis_answers() -> None:
    answer = await ready(REDIS)

    assert answer.status_code == 200
    assert answer.json() == {"status": "ready", "checks": {"stateManager": "ok"}}


async def test_not_ready_when_redis_does_not() -> None:
    answer = await ready(f"redis://127.0.0.1:{free_port()}/0")

    assert answer.status_code == 503
    assert answer.json() == {"status": "not ready", "checks": {"stateManager": "failed (ConnectionError)"}}


async def test_ready_with_state_kept_in_the_process() -> None:
    assert (await ready(None)).status_code == 200


async def test_each_event_gets_one_request_id_for_all_its_bff_calls() -> None:
    seen: list[tuple[str, str]] = []

    def bff(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers["X-Request-ID"]))
        return httpx.Response(200, json={})

    client = httpx.AsyncClient(
        transport=httpx.MockTransport(bff),
        base_url="http://bff.test",
        event_hooks={"request": [stamp_request_id]},
    )

    async def event(name: str) -> None:  # Reflex runs each event in a task of its own
        await client.get(f"/{name}/first")
        await client.get(f"/{name}/second")

    async with client:
        await asyncio.gather(asyncio.create_task(event("a")), asyncio.create_task(event("b")))
        await client.get("/given", headers={"X-Request-ID": "from-the-caller"})

    ids = dict(seen)
    assert ids["/a/first"] == ids["/a/second"] and ids["/b/first"] == ids["/b/second"]
    assert ids["/a/first"] != ids["/b/first"]
    assert ids["/given"] == "from-the-caller"
