"""What the BFF reads beyond the TMF specs, each a catalogue profile setting: jeopardy alerts and the missed
visit's exception (TMF622), self-install (TMF645 and TMF622), the deposit's amount (TMF622) and billing's
charges and first bill (TMF666). For each: a server using other names is read by the configured names, and
the spec's own answer (no extension) gives the documented degraded result, never a crash or a wrong number.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

from bff.config import CatalogueProfile
from bff.core.availability import read_qualification
from bff.core.billing import billing_view
from bff.core.clients.base import dump
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.clients.tmf666 import Tmf666Client
from bff.core.customers import Owner
from bff.core.deposits import DepositAmountUnknown, accept_deposit
from bff.core.ordering import read_order, visit_missed
from bff.core.self_install import installation
from bff.core.staff import commitments
from tests.bff.factories import URLS, create_qualification, echo_order
from tmf_models.tmf622 import ProductOrder, ProductOrderCreate
from tmf_models.tmf645 import CheckServiceQualification
from tmf_models.tmf666 import BillingAccount

ORDERS = f"{URLS['tmf622_url']}/productOrder"
ACCOUNTS = URLS["tmf666_url"]
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
ALERT = {"id": "ja-1", "name": "Engineer visit missed", "jeopardyType": "Critical", "message": "No access"}


def create_order(extra: dict[str, Any] | None = None, characteristics: list[dict] | None = None) -> dict:
    """A TMF622 order with only the spec's fields, plus `extra` (a server's extensions)."""
    product = {"productCharacteristic": characteristics} if characteristics else {}
    item = {"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150"}, "product": product}
    body = echo_order(
        {
            "productOrderItem": [item],
            "relatedParty": [{"id": "cust-7", "role": "customer", "@referredType": "Customer"}],
            "requestedStartDate": "2026-11-25T08:00:00Z",
        },
        order_id="po-88",
    )
    return body | (extra or {})


@pytest.fixture
async def orders() -> AsyncIterator[Tmf622Client]:
    client = Tmf622Client.for_url(URLS["tmf622_url"], 0.5, 1)
    try:
        yield client
    finally:
        await client.aclose()


def read_as(client: Tmf622Client, profile: CatalogueProfile, body: dict) -> ProductOrder:
    client.profile = profile
    return client._ours(ProductOrder.model_validate(body))


# --- jeopardy alerts: productOrderJeopardyAlert, VISIT_MISSED ----------------------------------------------


async def test_a_missed_visit_is_read_under_the_servers_names(orders: Tmf622Client) -> None:
    body = create_order({"orderJeopardy": [ALERT | {"exception": "NO_ACCESS"}]})

    order = read_as(orders, THEIRS, body)

    assert visit_missed(order)
    assert commitments.visit_missed(dump(order))
    assert [alert.exception for alert in read_order(order).jeopardy_alerts] == ["VISIT_MISSED"]


async def test_under_the_default_names_their_alert_is_not_taken_for_ours(orders: Tmf622Client) -> None:
    order = read_as(orders, CatalogueProfile(), create_order({"orderJeopardy": [ALERT | {"exception": "X"}]}))

    assert not visit_missed(order) and read_order(order).jeopardy_alerts == []


async def test_an_order_without_jeopardy_alerts_is_not_a_missed_visit(orders: Tmf622Client) -> None:
    order = read_as(orders, CatalogueProfile(), create_order())  # the spec's answer: no extension

    view = read_order(order)
    assert not visit_missed(order) and view.jeopardy_alerts == []
    assert view.appointment is None or view.appointment.status != "failed"


# --- self-install: TMF645 selfInstallable, TMF622 installationMethod = selfInstall -------------------------


def qualification_with(characteristic: dict[str, Any] | None) -> CheckServiceQualification:
    answer = create_qualification([("FTTP", 900, 110)])
    if characteristic:
        answer["serviceQualificationItem"][0]["service"]["serviceCharacteristic"].append(characteristic)
    return CheckServiceQualification.model_validate(answer)


def test_a_self_installable_line_is_read_under_the_configured_name() -> None:
    answer = qualification_with({"name": "plugAndPlay", "value": True})

    assert [tech.self_install for tech in read_qualification(answer, THEIRS).technologies] == [True]
    assert [tech.self_install for tech in read_qualification(answer).technologies] == [False]


def test_without_self_installable_the_spec_answer_offers_no_self_install() -> None:
    (technology,) = read_qualification(qualification_with(None)).technologies

    assert technology.technology == "FTTP" and technology.self_install is False


async def test_a_self_install_order_goes_and_comes_back_under_the_servers_names(
    orders: Tmf622Client,
) -> None:
    orders.profile = THEIRS
    item: dict[str, Any] = {"id": "1", "action": "add", "productOffering": {"id": "po-fibre-150"}}
    item["product"] = {
        "productCharacteristic": [
            {"name": name, "value": value} for name, value in installation({}, self_install=True).items()
        ]
    }
    request = ProductOrderCreate.model_validate({"productOrderItem": [item]})
    with respx.mock:
        created = respx.post(ORDERS).mock(
            side_effect=lambda request: httpx.Response(201, json=echo_order(json.loads(request.content)))
        )
        order = await orders.create_product_order(request)

    sent = json.loads(created.calls.last.request.content)
    assert sent["productOrderItem"][0]["product"]["productCharacteristic"] == [
        {"name": "installType", "value": "customerInstall"}
    ]
    assert read_order(order).self_install is True


async def test_an_order_without_an_installation_method_is_an_engineer_install(orders: Tmf622Client) -> None:
    theirs = [{"name": "installType", "value": "customerInstall"}]

    assert read_order(read_as(orders, CatalogueProfile(), create_order())).self_install is False
    assert read_order(read_as(orders, CatalogueProfile(), create_order(None, theirs))).self_install is False


# --- the deposit's amount on a DEPOSIT_REQUIRED error message ----------------------------------------------

DEPOSIT = {"code": "DEPOSIT_REQUIRED", "reason": "Credit check", "message": "A deposit is asked for"}


async def test_the_deposit_amount_is_read_under_the_configured_name(orders: Tmf622Client) -> None:
    body = create_order(
        {"state": "pending", "productOrderErrorMessage": [DEPOSIT | {"depositAmount": {"value": 150}}]}
    )

    (problem,) = read_order(read_as(orders, THEIRS, body)).error_messages
    assert problem.amount == Decimal(150)
    (ours,) = read_order(read_as(orders, CatalogueProfile(), body)).error_messages
    assert ours.amount is None


async def test_a_deposit_asked_without_an_amount_is_never_accepted_as_zero(orders: Tmf622Client) -> None:
    body = create_order({"state": "pending", "productOrderErrorMessage": [DEPOSIT]})  # no amount: the spec's
    with respx.mock:
        respx.get(f"{ORDERS}/po-88").respond(200, json=body)
        patched = respx.patch(f"{ORDERS}/po-88").respond(200, json=body)
        with pytest.raises(DepositAmountUnknown):
            await accept_deposit(orders, "po-88", Owner("cust-7"))

    assert not patched.called
    (problem,) = read_order(read_as(orders, CatalogueProfile(), body)).error_messages
    assert problem.code == "DEPOSIT_REQUIRED" and problem.amount is None


# --- billing: billingCharge, accountBalance firstBill -------------------------------------------------------


def create_account(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A TMF666 billing account with only the spec's fields, plus `extra`."""
    party = [{"id": "cust-7", "name": "Jane Doe", "role": "customer", "@referredType": "Customer"}]
    return {"id": "ba-1", "name": "Jane Doe", "state": "active", "relatedParty": party} | (extra or {})


CHARGE = {
    "product": {"id": "prod-1", "name": "Fibre 150"},
    "priceType": "recurring",
    "amount": {"unit": "GBP", "value": 32.0},
    "startDate": "2026-11-30",
    "firstBillAmount": {"unit": "GBP", "value": 1.07},
}


def balance(balance_type: str, value: float | None) -> dict[str, Any]:
    amount = {"unit": "GBP"} | ({"value": value} if value is not None else {})
    return {
        "balanceType": balance_type,
        "amount": amount,
        "validFor": {"startDateTime": "2026-12-01T00:00:00Z"},
    }


async def read_account(profile: CatalogueProfile, body: dict[str, Any]) -> BillingAccount:
    client = Tmf666Client.for_url(ACCOUNTS, 0.5, 1)
    client.profile = profile
    try:
        with respx.mock:
            respx.get(f"{ACCOUNTS}/billingAccount/ba-1").respond(200, json=body)
            return await client.get_billing_account("ba-1")
    finally:
        await client.aclose()


async def test_charges_and_the_first_bill_are_read_under_the_configured_names() -> None:
    body = create_account({"charges": [CHARGE], "accountBalance": [balance("initialInvoice", 24.19)]})

    view = billing_view(await read_account(THEIRS, body), None, "GBP")
    assert [(charge.name, charge.amount) for charge in view.charges] == [("Fibre 150", Decimal("32.0"))]
    assert view.charges_available and view.first_bill is not None
    assert view.first_bill.amount == Decimal("24.19")

    ours = billing_view(await read_account(CatalogueProfile(), body), None, "GBP")
    assert ours.charges == [] and ours.first_bill is None and not ours.charges_available


async def test_an_account_without_charges_says_they_are_not_available_rather_than_zero() -> None:
    view = billing_view(await read_account(CatalogueProfile(), create_account()), None, "GBP")

    assert view.charges == [] and view.charges_available is False and view.first_bill is None


async def test_a_first_bill_without_an_amount_is_not_a_bill_of_zero() -> None:
    body = create_account({"billingCharge": [], "accountBalance": [balance("firstBill", None)]})

    view = billing_view(await read_account(CatalogueProfile(), body), None, "GBP")

    assert view.first_bill is None and view.charges_available is True


async def test_error_messages_written_back_keep_the_servers_amount_name(orders: Tmf622Client) -> None:
    body = create_order({"productOrderErrorMessage": [DEPOSIT | {"depositAmount": {"value": 150}}]})
    order = read_as(orders, THEIRS, body)
    kept = (order.model_extra or {})["productOrderErrorMessage"]
    with respx.mock:
        patched = respx.patch(f"{ORDERS}/po-88").respond(200, json=body)
        await orders.patch_product_order("po-88", {"productOrderErrorMessage": kept})

    (sent,) = json.loads(patched.calls.last.request.content)["productOrderErrorMessage"]
    assert sent["depositAmount"] == {"value": 150} and "amount" not in sent
