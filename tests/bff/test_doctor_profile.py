"""The doctor's rows for what the BFF reads beyond the specs (bff/doctor_profile.py): the spec's own answers
are "degraded" with the setting to change, a server's own names configured in the profile are "yes"."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from bff.config import CatalogueProfile, Settings
from bff.doctor import Check, diagnose
from tests.bff.factories import TMF, URLS, create_qualification

ORDERS = f"{URLS['tmf622_url']}/productOrder"
ACCOUNTS = f"{URLS['tmf666_url']}/billingAccount"
QUALIFICATION = f"{URLS['tmf645_url']}/checkServiceQualification"
ROWS = {
    "jeopardy alerts (missed visits)",
    "self-install at the known address",
    "self-install orders",
    "deposit amount",
    "billing charges and first bill",
}
THEIRS = CatalogueProfile(
    order_jeopardy_alerts_attribute="orderJeopardy",
    visit_missed_exception="NO_ACCESS",
    self_installable_characteristic="plugAndPlay",
    installation_method_characteristic="installType",
    self_install_value="customerInstall",
    deposit_amount_attribute="depositAmount",
    billing_charges_attribute="charges",
    first_bill_balance_type="initialInvoice",
)
DEPOSIT = {"code": "DEPOSIT_REQUIRED", "reason": "Credit check"}
PARTY = [{"id": "cust-7", "name": "Jane Doe", "role": "customer", "@referredType": "Customer"}]


def create_order(state: str, extra: dict[str, Any], characteristics: list[dict] | None = None) -> dict:
    product = {"productCharacteristic": characteristics} if characteristics else {}
    item = {"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150"}, "product": product}
    return {"id": f"po-{state}", "state": state, "productOrderItem": [item]} | extra


def rows(report_checks: list[Check]) -> dict[str, tuple[str, str]]:
    return {
        check.operation: (check.status, check.setting) for check in report_checks if check.operation in ROWS
    }


def serve(
    tmf: respx.MockRouter, orders: list[dict], pending: list[dict], accounts: list[dict], qualified: dict
) -> None:
    def listed(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=pending if request.url.params.get("state") == "pending" else orders)

    tmf.get(ORDERS).mock(side_effect=listed)
    tmf.get(ACCOUNTS).respond(200, json=accounts)
    tmf.post(QUALIFICATION).respond(201, json=qualified)
    tmf.get(url__startswith=TMF).respond(200, json=[])
    tmf.route(url__startswith=TMF).respond(404, json={"code": "404", "reason": "Not found"})


@pytest.fixture
def tmf() -> respx.MockRouter:
    with respx.mock(assert_all_called=False) as router:
        router.get(url__startswith="http://idp.test").respond(503)
        yield router


def settings(profile: CatalogueProfile) -> Settings:
    return Settings(**URLS, oidc_issuer="http://idp.test", retry_attempts=1, profile=profile)


async def test_the_specs_own_answers_degrade_each_naming_its_setting(tmf: respx.MockRouter) -> None:
    serve(
        tmf,
        orders=[create_order("inProgress", {})],
        pending=[create_order("pending", {"productOrderErrorMessage": [DEPOSIT]})],
        accounts=[{"id": "ba-1", "name": "Jane Doe", "state": "active", "relatedParty": PARTY}],
        qualified=create_qualification([("FTTP", 900, 110)]),
    )

    report = await diagnose(settings(CatalogueProfile()))

    assert rows(report.checks) == {
        "jeopardy alerts (missed visits)": ("degraded", "BFF_PROFILE__ORDER_JEOPARDY_ALERTS_ATTRIBUTE"),
        "self-install at the known address": ("degraded", "BFF_PROFILE__SELF_INSTALLABLE_CHARACTERISTIC"),
        "self-install orders": (
            "n/a",
            "BFF_PROFILE__INSTALLATION_METHOD_CHARACTERISTIC, BFF_PROFILE__SELF_INSTALL_VALUE",
        ),
        "deposit amount": ("degraded", "BFF_PROFILE__DEPOSIT_AMOUNT_ATTRIBUTE"),
        "billing charges and first bill": (
            "degraded",
            "BFF_PROFILE__BILLING_CHARGES_ATTRIBUTE, BFF_PROFILE__FIRST_BILL_BALANCE_TYPE",
        ),
    }
    (jeopardy,) = [check for check in report.checks if check.operation == "jeopardy alerts (missed visits)"]
    assert "missed engineer visit is not flagged" in jeopardy.detail


async def test_a_servers_own_names_in_the_profile_are_found(tmf: respx.MockRouter) -> None:
    qualified = create_qualification([("FTTP", 900, 110)])
    characteristics = qualified["serviceQualificationItem"][0]["service"]["serviceCharacteristic"]
    characteristics.append({"name": "plugAndPlay", "value": True})
    alert = {"id": "ja-1", "name": "Engineer visit missed", "exception": "NO_ACCESS"}
    serve(
        tmf,
        orders=[
            create_order("inProgress", {"orderJeopardy": [alert]}),
            create_order("completed", {}, [{"name": "installType", "value": "customerInstall"}]),
        ],
        pending=[
            create_order(
                "pending", {"productOrderErrorMessage": [DEPOSIT | {"depositAmount": {"value": 150}}]}
            )
        ],
        accounts=[
            {
                "id": "ba-1",
                "name": "Jane Doe",
                "relatedParty": PARTY,
                "charges": [{"product": {"id": "prod-1"}}],
                "accountBalance": [
                    {
                        "balanceType": "initialInvoice",
                        "amount": {"unit": "GBP", "value": 24.19},
                        "validFor": {"startDateTime": "2026-12-01T00:00:00Z"},
                    }
                ],
            }
        ],
        qualified=qualified,
    )

    report = await diagnose(settings(THEIRS))

    assert {operation: status for operation, (status, _) in rows(report.checks).items()} == dict.fromkeys(
        ROWS, "yes"
    )
