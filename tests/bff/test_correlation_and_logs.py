"""Correlation ids (X-Request-ID, W3C traceparent) go to every backend call and into JSON log lines."""

from __future__ import annotations

import io
import json
import logging

import httpx
import respx

from bff.core.correlation import bind_correlation
from bff.core.logs import CorrelationFilter, JsonFormatter
from tests.bff.factories import URLS, create_qualification

CHECK = f"{URLS['tmf645_url']}/checkServiceQualification"
AVAILABILITY = {"postcode": "RG1 4AB", "houseNumber": "12"}
TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"


async def test_traceparent_trace_id_reaches_every_backend_call(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))

    response = await client.post(
        "/api/v1/availability",
        json=AVAILABILITY,
        headers={"traceparent": f"00-{TRACE_ID}-00f067aa0ba902b7-01"},
    )

    assert response.status_code == 200
    sent = [call.request.headers for call in tmf.calls]
    assert len(sent) == 4  # TMF645 and the three catalogue reads
    parents = set()
    for headers in sent:
        version, trace_id, parent, flags = headers["traceparent"].split("-")
        assert (version, trace_id, flags) == ("00", TRACE_ID, "01")
        parents.add(parent)
        assert headers["X-Request-ID"] == TRACE_ID  # no X-Request-ID came: the trace id names the request
    assert len(parents) == 4 and "00f067aa0ba902b7" not in parents  # a new span per outbound call
    assert response.headers["X-Request-ID"] == TRACE_ID


async def test_without_ids_a_request_still_gets_one(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))

    response = await client.post("/api/v1/availability", json=AVAILABILITY)

    request_id = response.headers["X-Request-ID"]
    assert all(call.request.headers["X-Request-ID"] == request_id for call in tmf.calls)


def test_malformed_traceparent_starts_a_new_trace():
    correlation = bind_correlation("req-1", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")

    assert correlation.request_id == "req-1"
    assert correlation.trace_id != "0" * 32 and len(correlation.trace_id) == 32


def test_log_lines_are_json_with_the_request_ids():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(CorrelationFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("bff.test.logs")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        bind_correlation("req-42", f"00-{TRACE_ID}-00f067aa0ba902b7-01")
        logger.warning("backend call", extra={"api": "TMF622", "status": 503, "durationMs": 12.5})
    finally:
        logger.removeHandler(handler)

    line = json.loads(stream.getvalue())
    assert line["message"] == "backend call" and line["level"] == "WARNING"
    assert line["requestId"] == "req-42" and line["traceId"] == TRACE_ID
    assert line["api"] == "TMF622" and line["status"] == 503 and line["durationMs"] == 12.5
