"""The BFF against servers made from the official TMF v4 specs alone: Stoplight Prism mocks (`prism mock`),
one per API, answering every call with data generated from the schemas (strings named "string", one item
per list, filters ignored). `python -m bff doctor` must name exactly what such a server lacks, and every
journey call must answer a clear `{code, message}` error, never a 500.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bff.config import Settings
from bff.core.backends import ChannelServices
from bff.doctor import FILTERS, main
from bff.retail.app import create_app as create_retail_app
from bff.web.app import create_app as create_web_app
from scripts.stack import TMF_BASE_PATHS, free_port
from tests.bff.retail_support import SignedIn, signed_in_client
from tests.contract.prism_journeys import Journeys
from tests.contract.prism_stack import Prism, prism_process, start_all

# What a server built from the specs alone lacks, as doctor must name it: (API, check).
MISSING = {
    # Nothing makes the known address known: the generated answer's place is "string".
    ("TMF645", "known address qualifies"),
    # The generated offering has lifecycleStatus "string", no technology and no price in GBP.
    ("TMF620", "offers on sale"),
    # The generated order and product break their own schemas (nested items left empty at the depth limit).
    ("TMF622", "GET productOrder (POST not exercised)"),
    ("TMF622", "GET productOrder/{id}"),
    ("TMF637", "GET product"),
    # So does the generated payment method: the doctor reads TMF670 as our BFF would, and a server that
    # answers only schema-breaking items is one the BFF cannot use.
    ("TMF670", "GET paymentMethod (POST not exercised)"),
    # Prism ignores every query parameter: every filter is "degraded" instead (the BFF keeps only the
    # matches), none is missing.
    # No identity provider in this test.
    ("OIDC", "signing keys"),
}

# What the BFF reads beyond the specs (bff/doctor_profile.py), as the generated answers lack it: the billing
# account's charges and first bill. The orders and the qualification break their schemas or name no known
# address, so their extensions are "n/a" (nothing to look at), not "degraded".
PROFILE_DEGRADED = {("TMF666", "billing charges and first bill")}


@dataclass
class SpecOnly:
    prisms: dict[str, Prism]
    tmp: Path

    def settings(self) -> Settings:
        return Settings(
            **{f"tmf{api}_url": prism.url for api, prism in self.prisms.items()},
            database_url=f"sqlite:///{self.tmp / 'bff.db'}",
            order_events=False,
            oidc_issuer=f"http://127.0.0.1:{free_port()}",
            retry_attempts=1,
            timeout_seconds=10,  # Prism generates each answer afresh, a second or more on a busy machine
        )


@pytest.fixture(scope="module")
def spec_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SpecOnly]:
    tmp = tmp_path_factory.mktemp("prism_mock")
    prisms = {api: prism_process(api, tmp) for api in TMF_BASE_PATHS}
    try:
        start_all(list(prisms.values()))
        yield SpecOnly(prisms, tmp)
    finally:
        for prism in prisms.values():
            prism.process.stop()


def test_doctor_names_exactly_what_a_spec_only_server_lacks(
    spec_only: SpecOnly, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--json"], spec_only.settings())

    report = json.loads(capsys.readouterr().out)
    missing = {(check["api"], check["operation"]) for check in report["checks"] if check["status"] == "no"}
    assert status == 1 and report["ready"] is False
    assert missing == MISSING, {"unexpected": missing - MISSING, "not found": MISSING - missing}
    by_check = {(check["api"], check["operation"]): check for check in report["checks"]}
    assert "keeps only the matches" in by_check[("TMF622", "filter productOrder?externalId")]["detail"]
    degraded = {
        (check["api"], check["operation"]) for check in report["checks"] if check["status"] == "degraded"
    }
    filters = {(use.api, f"filter {use.path}?{'&'.join(use.filters)}") for use in FILTERS}
    assert degraded == filters | PROFILE_DEGRADED
    assert by_check[("TMF666", "billing charges and first bill")]["setting"] == (
        "BFF_PROFILE__BILLING_CHARGES_ATTRIBUTE, BFF_PROFILE__FIRST_BILL_BALANCE_TYPE"
    )
    assert (
        by_check[("TMF645", "known address qualifies")]["setting"]
        == "BFF_DOCTOR_POSTCODE, BFF_DOCTOR_HOUSE_NUMBER"
    )


@pytest.fixture
async def journeys(spec_only: SpecOnly) -> AsyncIterator[Journeys]:
    settings = spec_only.settings()
    services = ChannelServices.from_settings(settings)
    try:
        async with (
            signed_in_client(create_web_app(settings), services, customer := SignedIn(None)) as web,
            signed_in_client(create_retail_app(settings), services, staff := SignedIn(None)) as retail,
        ):
            yield Journeys(web, retail, customer, staff)
    finally:
        await services.aclose()


async def test_every_journey_call_answers_a_clear_error_never_a_500(journeys: Journeys) -> None:
    await journeys.run_web()
    await journeys.run_retail()

    report = "\n".join(map(str, journeys.steps))
    assert all(step.status != 500 for step in journeys.steps), report
    refused = [step for step in journeys.steps if step.status >= 400]
    assert refused, report  # the journeys cannot get far on generated data
    for step in refused:
        assert isinstance(step.body, dict), step
        assert isinstance(step.body.get("code"), str) and step.body["code"], step
        assert isinstance(step.body.get("message"), str) and step.body["message"], step
