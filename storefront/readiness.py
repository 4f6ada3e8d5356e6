"""`GET /ready` of the storefront, mounted in front of Reflex's backend (``rx.App(api_transformer=...)``).

Ready when the state manager answers: Redis when ``REFLEX_REDIS_URL`` is set (production, several workers
share the state there), else the worker's own memory, always at hand. The BFF is not checked: a storefront
whose BFF is down still serves its pages and says so to the customer, so taking it out of service would
only make things worse. Reflex's own ``/ping`` stays the liveness check.
"""

from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from redis.asyncio import Redis
from reflex.utils import prerequisites

PING_TIMEOUT_SECONDS = 2.0


def create_api(redis_url: str | None) -> FastAPI:
    api = FastAPI(title="Storefront operations", docs_url=None, redoc_url=None, openapi_url=None)
    # One client for every probe, so a probe reuses its connection instead of opening one each time.
    redis: Redis | None = (
        Redis.from_url(
            redis_url, socket_connect_timeout=PING_TIMEOUT_SECONDS, socket_timeout=PING_TIMEOUT_SECONDS
        )
        if redis_url
        else None
    )

    @api.get("/ready")
    async def ready() -> JSONResponse:
        checks: dict[str, Any] = {"stateManager": "ok"}
        if redis is not None:
            try:
                await redis.ping()
            except Exception as exc:  # any failure means "not ready"
                checks["stateManager"] = f"failed ({type(exc).__name__})"
        ready = all(outcome == "ok" for outcome in checks.values())
        return JSONResponse(
            {"status": "ready" if ready else "not ready", "checks": checks}, status_code=200 if ready else 503
        )

    return api


def api() -> FastAPI:
    """The operations API of this storefront process, for Reflex's configured state manager."""
    return create_api(prerequisites.parse_redis_url())
