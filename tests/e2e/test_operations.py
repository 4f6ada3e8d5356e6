"""Every process of the running product answers `GET /ready` (the storefront through Reflex's
api_transformer), and the BFF's metrics count the journeys' backend calls."""

from __future__ import annotations

import httpx
import pytest

from scripts.stack import Urls


def ready_urls(stack: Urls) -> dict[str, str]:
    urls = {
        "storefront": stack.storefront,
        "web BFF": stack.bff,
        "TMF servers": stack.tmf.removesuffix("/tmf-api"),
    }
    if stack.retail_bff:
        urls["retail BFF"] = stack.retail_bff
    if stack.identity:
        urls["identity provider"] = stack.identity
    return urls


@pytest.mark.parametrize(
    "process", ["storefront", "web BFF", "retail BFF", "TMF servers", "identity provider"]
)
def test_every_process_is_ready(stack: Urls, process: str) -> None:
    url = ready_urls(stack).get(process)
    if url is None:
        pytest.skip(f"the deployment under test names no {process} URL")

    answer = httpx.get(f"{url}/ready", timeout=15)

    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "ready"
    assert set(answer.json()["checks"].values()) == {"ok"}


def test_the_bff_counts_its_backend_calls(stack: Urls) -> None:
    body = {"postcode": "RG1 4AB", "houseNumber": "12"}
    assert httpx.post(f"{stack.bff}/api/v1/availability", json=body, timeout=15).status_code == 200

    metrics = httpx.get(f"{stack.bff}/metrics", timeout=15).text

    labels = 'api="TMF645",operation="POST checkServiceQualification",outcome="2xx"'
    assert f"bff_backend_call_duration_seconds_count{{{labels}}}" in metrics
