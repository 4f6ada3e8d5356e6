"""Prometheus metrics of the BFF: backend calls by API, operation and outcome, errors, calls and requests in
flight, request latency by route template; and the multiprocess mode in which one scrape sums the workers."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import respx
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from bff.core import metrics
from scripts.stack import ROOT
from tests.bff.factories import URLS, create_qualification

CHECK = f"{URLS['tmf645_url']}/checkServiceQualification"
AVAILABILITY = {"postcode": "RG1 4AB", "houseNumber": "12"}


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def calls(api: str, operation: str, outcome: str) -> float:
    return sample("bff_backend_call_duration_seconds_count", api=api, operation=operation, outcome=outcome)


def errors(api: str, operation: str, error: str) -> float:
    return sample("bff_backend_call_errors_total", api=api, operation=operation, error=error)


def test_operation_names_fold_ids() -> None:
    assert metrics.operation_name("get", "productOrder/po-123") == "GET productOrder/{id}"
    assert metrics.operation_name("POST", "checkServiceQualification") == "POST checkServiceQualification"
    assert metrics.operation_name("DELETE", "/hub/abc/") == "DELETE hub/{id}"


async def test_a_successful_journey_counts_each_backend_call(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))
    before = calls("TMF645", "POST checkServiceQualification", "2xx")
    offerings_before = calls("TMF620", "GET productOffering", "2xx")

    response = await client.post("/api/v1/availability", json=AVAILABILITY)

    assert response.status_code == 200
    assert calls("TMF645", "POST checkServiceQualification", "2xx") == before + 1
    assert calls("TMF620", "GET productOffering", "2xx") == offerings_before + 1


async def test_failed_calls_count_as_errors_per_attempt(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.post(CHECK).respond(503)  # retried: BFF_RETRY_ATTEMPTS (3) attempts, each one counted
    before_5xx = errors("TMF645", "POST checkServiceQualification", "5xx")
    tmf.get(f"{URLS['tmf673_url']}/geographicAddress").mock(side_effect=httpx.ConnectTimeout("slow"))
    before_timeout = errors("TMF673", "GET geographicAddress", "timeout")

    unavailable = await client.post("/api/v1/availability", json=AVAILABILITY)
    timed_out = await client.get("/api/v1/addresses", params={"postcode": "RG14AB"})

    assert unavailable.status_code == 503 and timed_out.status_code == 503
    assert errors("TMF645", "POST checkServiceQualification", "5xx") == before_5xx + 3
    assert errors("TMF673", "GET geographicAddress", "timeout") == before_timeout + 3
    assert calls("TMF673", "GET geographicAddress", "timeout") >= 3


async def test_calls_and_requests_in_flight_rise_and_fall(client: httpx.AsyncClient, tmf: respx.MockRouter):
    answering = asyncio.Event()
    held = asyncio.Event()

    async def slow_check(request: httpx.Request) -> httpx.Response:
        held.set()
        await answering.wait()
        return httpx.Response(201, json=create_qualification([("FTTP", 1000, 115)]))

    tmf.post(CHECK).mock(side_effect=slow_check)
    idle_calls = sample("bff_backend_calls_in_flight", api="TMF645")
    idle_requests = sample("bff_requests_in_flight", channel="web")

    request = asyncio.create_task(client.post("/api/v1/availability", json=AVAILABILITY))
    await asyncio.wait_for(held.wait(), 5)
    during = (
        sample("bff_backend_calls_in_flight", api="TMF645"),
        sample("bff_requests_in_flight", channel="web"),
    )
    answering.set()
    assert (await request).status_code == 200

    assert during == (idle_calls + 1, idle_requests + 1)
    assert sample("bff_backend_calls_in_flight", api="TMF645") == idle_calls
    assert sample("bff_requests_in_flight", channel="web") == idle_requests


async def test_requests_are_timed_by_route_template(client: httpx.AsyncClient, tmf: respx.MockRouter):
    tmf.get(f"{URLS['tmf673_url']}/geographicAddress/a-9").respond(404, json={"code": "404", "reason": "no"})
    labels = {"channel": "web", "method": "GET", "route": "/api/v1/addresses/{address_id}", "status": "4xx"}
    before = sample("bff_request_duration_seconds_count", **labels)

    answer = await client.get("/api/v1/addresses/a-9")

    assert answer.status_code == 404
    assert sample("bff_request_duration_seconds_count", **labels) == before + 1


async def test_metrics_endpoint_serves_the_exposition_format(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    await client.get("/api/v1/offers")

    answer = await client.get("/metrics")

    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/plain")
    names = {family.name for family in text_string_to_metric_families(answer.text)}
    assert {"bff_backend_call_duration_seconds", "bff_request_duration_seconds"} <= names
    assert {"bff_backend_call_errors", "bff_backend_calls_in_flight", "bff_requests_in_flight"} <= names


WORKER = textwrap.dedent(
    """
    import sys
    from bff.core import metrics

    for _ in range(int(sys.argv[1])):
        with metrics.backend_call("TMF622", "GET", "productOrder/po-1") as call:
            call.answered(200)
    with metrics.backend_call("TMF622", "POST", "productOrder") as call:
        call.answered(500)
    """
)


def test_multiprocess_mode_sums_every_worker(tmp_path: Path) -> None:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    for count in (3, 4):  # two worker processes, one after the other, each with its own files
        subprocess.run([sys.executable, "-c", WORKER, str(count)], cwd=ROOT, env=env, check=True, timeout=60)

    text = metrics.render(str(tmp_path)).decode()

    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }
    ok = (("api", "TMF622"), ("operation", "GET productOrder/{id}"), ("outcome", "2xx"))
    failed = (("api", "TMF622"), ("error", "5xx"), ("operation", "POST productOrder"))
    assert samples[("bff_backend_call_duration_seconds_count", ok)] == 7
    assert samples[("bff_backend_call_errors_total", failed)] == 2
