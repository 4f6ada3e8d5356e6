"""`python -m bff doctor` against backends replaced with respx: what it calls yes, no and degraded."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from bff.config import Settings
from bff.doctor import Report, diagnose, main
from tests.bff.factories import TMF, URLS, create_qualification

ORDERS = URLS["tmf622_url"]


def settings() -> Settings:
    return Settings(**URLS, oidc_issuer="http://idp.test", retry_attempts=1)


def status_of(report: Report, api: str, operation: str) -> str:
    (check,) = [check for check in report.checks if (check.api, check.operation) == (api, operation)]
    return check.status


@pytest.fixture
def tmf() -> respx.MockRouter:
    with respx.mock(assert_all_called=False) as router:
        router.get(url__startswith="http://idp.test").respond(503)
        yield router


async def test_a_filter_the_server_ignores_degrades(tmf: respx.MockRouter) -> None:
    order = {"id": "po-1", "state": "completed", "productOrderItem": [{"id": "1", "action": "add"}]}
    tmf.get(f"{ORDERS}/productOrder").respond(200, json=[order])  # whatever the query asked
    tmf.get(url__startswith=TMF).respond(200, json=[])
    tmf.route(url__startswith=TMF).respond(404, json={"code": "404", "reason": "Not found"})

    report = await diagnose(settings())

    # The order by key is checked against its key (ordering.py): never a wrong match, only slower.
    assert status_of(report, "TMF622", "filter productOrder?externalId") == "degraded"
    # The queue keeps only the orders of its channel and store: slower, still right.
    assert status_of(report, "TMF622", "filter productOrder?channel.id&channel.name") == "degraded"
    # An empty collection cannot show whether a filter is honoured.
    assert status_of(report, "TMF648", "filter quote?externalId") == "n/a"
    assert not report.ready


async def test_no_event_hub_degrades_to_polling(tmf: respx.MockRouter) -> None:
    tmf.post(f"{ORDERS}/hub").respond(404, json={"code": "404", "reason": "Not found"})
    tmf.get(url__startswith=TMF).respond(200, json=[])
    tmf.route(url__startswith=TMF).respond(404, json={"code": "404", "reason": "Not found"})

    report = await diagnose(settings())

    (hub,) = [check for check in report.checks if check.operation == "POST+DELETE hub"]
    assert hub.status == "degraded" and "poll" in hub.detail and hub.setting == "BFF_ORDER_POLL_SECONDS"


async def test_orders_without_milestones_degrade_to_states_only(tmf: respx.MockRouter) -> None:
    order = {"id": "po-1", "state": "inProgress", "productOrderItem": [{"id": "1", "action": "add"}]}
    tmf.get(f"{ORDERS}/productOrder").respond(200, json=[order])
    tmf.get(url__startswith=TMF).respond(200, json=[])
    tmf.route(url__startswith=TMF).respond(404, json={"code": "404", "reason": "Not found"})

    report = await diagnose(settings())

    (check,) = [check for check in report.checks if check.operation == "order milestones"]
    assert check.status == "degraded" and "states only" in check.detail


def test_json_output_and_exit_status(tmf: respx.MockRouter, capsys: pytest.CaptureFixture[str]) -> None:
    tmf.route(url__startswith=TMF).mock(side_effect=httpx.ConnectError("refused"))

    status = main(["--json"], settings())

    report = json.loads(capsys.readouterr().out)
    assert status == 1 and report["ready"] is False
    unreachable = [check for check in report["checks"] if "not reachable" in check["detail"]]
    assert unreachable and all(check["status"] == "no" for check in unreachable)
    assert {"api", "operation", "status", "detail", "setting"} <= set(report["checks"][0])


def test_python_m_bff_doctor_passes_its_options_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import bff.__main__
    import bff.doctor

    seen: list[list[str]] = []
    monkeypatch.setattr(bff.doctor, "main", lambda argv: seen.append(list(argv)) or 0)

    with pytest.raises(SystemExit) as exited:
        bff.__main__.main(["doctor", "--json", "--allow-writes"])

    assert exited.value.code == 0 and seen == [["--json", "--allow-writes"]]


async def test_the_approvals_probe_says_it_needs_allow_writes(tmf: respx.MockRouter) -> None:
    created = tmf.post(f"{ORDERS}/productOrder").respond(201, json={})
    tmf.get(url__startswith=TMF).respond(200, json=[])
    tmf.route(url__startswith=TMF).respond(404, json={"code": "404", "reason": "Not found"})

    report = await diagnose(settings())

    (check,) = [check for check in report.checks if check.operation == "hold and PATCH for approvals (write)"]
    assert check.status == "n/a" and "--allow-writes" in check.detail
    assert not created.called  # no order placed without --allow-writes


async def test_the_approvals_probe_orders_nothing_where_the_known_address_does_not_qualify(
    tmf: respx.MockRouter,
) -> None:
    tmf.post(f"{URLS['tmf645_url']}/checkServiceQualification").respond(
        201, json=create_qualification([], address=None)
    )
    created = tmf.post(f"{ORDERS}/productOrder").respond(201, json={})
    tmf.get(url__startswith=TMF).respond(200, json=[])
    tmf.route(url__startswith=TMF).respond(404, json={"code": "404", "reason": "Not found"})

    report = await diagnose(settings(), allow_writes=True)

    (check,) = [check for check in report.checks if check.operation == "hold and PATCH for approvals (write)"]
    assert (check.status, check.setting) == ("n/a", "BFF_DOCTOR_POSTCODE, BFF_DOCTOR_HOUSE_NUMBER")
    assert "ADDRESS_NOT_FOUND" in check.detail and not created.called
