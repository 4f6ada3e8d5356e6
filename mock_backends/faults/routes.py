"""`GET/PUT/DELETE /admin/faults`: read and replace the fault rules of this process at run time;
`GET/PUT/DELETE /admin/faults/visits`: the engineer visits to miss (faults/visits.py, every process)."""

from typing import Annotated

from fastapi import APIRouter, Body, Request, Response, status

from mock_backends.deps import StoreDep
from mock_backends.errors import BadRequest
from mock_backends.faults import visits
from mock_backends.faults.middleware import FaultInjector
from mock_backends.faults.models import FaultRule

router = APIRouter(prefix="/admin/faults", tags=["Admin"])

Rules = Annotated[
    dict[str, FaultRule],
    Body(
        description="API (`tmf622`, a base path, or `*`) -> rule; replaces every rule",
        examples=[{"tmf622": {"error_rate": 0.2, "error_statuses": [503], "seed": 7}}],
    ),
]


def _injector(request: Request) -> FaultInjector:
    faults: FaultInjector = request.app.state.faults  # set by create_app; Starlette types it Any
    return faults


@router.get("", operation_id="getFaults")
def get_faults(request: Request) -> dict[str, FaultRule]:
    return _injector(request).rules()


@router.put("", operation_id="setFaults")
def set_faults(rules: Rules, request: Request) -> dict[str, FaultRule]:
    try:
        _injector(request).configure(rules)
    except ValueError as error:
        raise BadRequest(str(error), code="INVALID_FAULTS") from error
    return _injector(request).rules()


@router.delete("", operation_id="clearFaults", status_code=status.HTTP_204_NO_CONTENT)
def clear_faults(request: Request) -> Response:
    _injector(request).configure({})
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/visits", operation_id="getVisitFaults")
def get_visit_faults(store: StoreDep) -> visits.VisitFaults:
    return visits.read(store)


@router.put("/visits", operation_id="setVisitFaults")
def set_visit_faults(
    faults: Annotated[
        visits.VisitFaults,
        Body(examples=[{"addressIds": ["addr-rg14ab-3"], "appointmentIds": []}]),
    ],
    store: StoreDep,
) -> visits.VisitFaults:
    """Replace the visits to miss: each is missed when its slot ends (the order goes into jeopardy)."""
    return visits.write(store, faults)


@router.delete("/visits", operation_id="clearVisitFaults", status_code=status.HTTP_204_NO_CONTENT)
def clear_visit_faults(store: StoreDep) -> Response:
    visits.write(store, visits.VisitFaults())
    return Response(status_code=status.HTTP_204_NO_CONTENT)
