"""`GET /ready` of the TMF mock servers and the identity provider: 200 when every dependency answers, else
503 naming the ones that do not (`/health` stays the liveness check that touches nothing)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi.responses import JSONResponse
from sqlalchemy import Engine, text

log = logging.getLogger("mock_backends.ready")

READY_RESPONSES: dict[int | str, dict[str, object]] = {
    503: {"description": "Not ready: `checks` names each dependency that is not (`status: not ready`)"}
}


def ping(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def readiness_response(checks: dict[str, Callable[[], object]]) -> JSONResponse:
    """Runs each check (synchronous: the route runs in the thread pool); a check fails by raising."""
    outcomes: dict[str, str] = {}
    for name, check in checks.items():
        try:
            check()
            outcomes[name] = "ok"
        except Exception as exc:  # any failure means "not ready"; details to the log, not the body
            log.warning("readiness check failed", extra={"check": name, "reason": repr(exc)[:500]})
            outcomes[name] = f"failed ({type(exc).__name__})"
    ready = all(outcome == "ok" for outcome in outcomes.values())
    return JSONResponse(
        {"status": "ready" if ready else "not ready", "checks": outcomes}, status_code=200 if ready else 503
    )
