"""The operations endpoints every channel app serves: liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from bff.config import Settings
from bff.core import metrics
from bff.core.readiness import Readiness

READY_RESPONSES: dict[int | str, dict[str, object]] = {
    503: {"description": "Not ready: `checks` names each dependency that is not (`status: not ready`)"}
}


def operations_router(settings: Settings) -> APIRouter:
    router = APIRouter(tags=["Operations"])

    @router.get("/health", summary="Liveness: the process answers (calls nothing)")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @router.get(
        "/ready",
        summary="Readiness: database, identity provider keys and token endpoint reachable",
        responses=READY_RESPONSES,
    )
    async def ready(request: Request) -> JSONResponse:
        state = request.app.state
        if getattr(state, "readiness", None) is None:
            services = getattr(state, "services", None)
            if services is None:  # the lifespan has not run (yet)
                body = {"status": "not ready", "checks": {"startup": "not started"}}
                return JSONResponse(body, status_code=503)
            # Made at the first probe from what the lifespan made (tests may hand the app its services).
            state.readiness = Readiness.for_channel(services, state.token_validator)
        report = await state.readiness.report()
        return JSONResponse(report.body(), status_code=200 if report.ready else 503)

    @router.get("/metrics", summary="Prometheus metrics (every worker's, summed)", response_class=Response)
    async def prometheus_metrics() -> Response:
        return Response(
            metrics.render(settings.metrics_multiproc_dir), media_type=metrics.CONTENT_TYPE_LATEST
        )

    return router
