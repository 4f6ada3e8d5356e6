"""Doctor's read-only probes of what the BFF reads beyond the TMF specs (the catalogue profile's extensions).

Each looks at what the backend already holds, by the names the profile gives, and says what the customer or
the store sees without it (docs/configuration.md, "Catalogue profile"):

    TMF622 jeopardy alerts      order_jeopardy_alerts_attribute, visit_missed_exception: a missed visit
    TMF645 self-install         self_installable_characteristic at the known address: self-install offered
    TMF622 self-install orders  installation_method_characteristic = self_install_value on an order's item
    TMF622 deposit amount       deposit_amount_attribute on an order's DEPOSIT_REQUIRED error message
    TMF666 billing charges      billing_charges_attribute and the first_bill_balance_type balance

Nothing is written. What no resource shows either way (no order waits for a deposit) is "n/a".
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bff.config import Settings
from bff.core.availability import item_result, qualification_request
from bff.core.backends import Backends
from bff.core.clients.base import TmfClient, dump
from bff.core.deposits import DEPOSIT_REQUIRED
from bff.doctor_findings import Found
from tmf_models import tmf622, tmf666

Probe = tuple[str, str, Callable[[], Awaitable[str]]]  # API, check, the call
SAMPLE = "50"  # resources looked at per probe: the first page


def _setting(field: str) -> str:
    return f"BFF_PROFILE__{field.upper()}"


async def _sample(client: TmfClient, model: Any, path: str, params: dict[str, str]) -> list[dict[str, Any]]:
    """The first page of a collection as the server sent it (its own names: not renamed by the client)."""
    response = await client._send("GET", path, params={"offset": "0", "limit": SAMPLE, **params})
    return [dump(item) for item in client._parse_list(model, response)]


def _characteristics(order: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        characteristic
        for item in order.get("productOrderItem") or []
        for characteristic in (item.get("product") or {}).get("productCharacteristic") or []
    ]


def profile_probes(backends: Backends, settings: Settings) -> list[Probe]:
    profile = settings.profile
    where = f"{settings.doctor_postcode} {settings.doctor_house_number}"

    async def jeopardy_alerts() -> str:
        orders = await _sample(backends.tmf622, tmf622.ProductOrder, "productOrder", {})
        if not orders:
            raise Found("n/a", "no order to look at")
        name = profile.order_jeopardy_alerts_attribute
        carrying = [order for order in orders if name in order]
        if not carrying:
            raise Found(
                "degraded",
                f"none of {len(orders)} order(s) carries {name} (not in TMF622): a missed engineer visit is "
                "not flagged, the store's missedVisit queue stays empty and the visit shows as booked",
                _setting("order_jeopardy_alerts_attribute"),
            )
        missed = sum(
            1
            for order in carrying
            for alert in order.get(name) or []
            if isinstance(alert, dict) and alert.get("exception") == profile.visit_missed_exception
        )
        exception = profile.visit_missed_exception
        return f"{name} on {len(carrying)} of {len(orders)} order(s), {missed} {exception}"

    async def self_installable() -> str:
        request = qualification_request(
            postcode=settings.doctor_postcode, house_number=settings.doctor_house_number
        )
        answer = dump(await backends.tmf645.check_service_qualification(request))
        qualified = [
            item for item in answer.get("serviceQualificationItem") or [] if item_result(item) == "qualified"
        ]
        if not qualified:
            raise Found("n/a", f"{where} qualifies for nothing to look at", "BFF_DOCTOR_POSTCODE")
        name = profile.self_installable_characteristic
        values = [
            characteristic.get("value")
            for item in qualified
            for characteristic in (item.get("service") or {}).get("serviceCharacteristic") or []
            if characteristic.get("name") == name
        ]
        if not values:
            raise Found(
                "degraded",
                f"{where}: none of {len(qualified)} qualified line(s) carries '{name}' (not in TMF645): "
                "self-install is never offered, every order books an engineer visit",
                _setting("self_installable_characteristic"),
            )
        return f"{where}: '{name}' on {len(values)} of {len(qualified)} line(s), {values.count(True)} true"

    async def self_install_orders() -> str:
        orders = await _sample(backends.tmf622, tmf622.ProductOrder, "productOrder", {})
        name, value = profile.installation_method_characteristic, profile.self_install_value
        marked = [
            order
            for order in orders
            if any(c.get("name") == name and c.get("value") == value for c in _characteristics(order))
        ]
        if not marked:
            raise Found(
                "n/a",
                f"none of {len(orders)} order(s) is marked {name}={value} (not in TMF622) to look at: an "
                "order system that does not read it books no visit and posts no router for a self-install",
                f"{_setting('installation_method_characteristic')}, {_setting('self_install_value')}",
            )
        return f"{name}={value} on {len(marked)} of {len(orders)} order(s)"

    async def deposit_amount() -> str:
        orders = await _sample(backends.tmf622, tmf622.ProductOrder, "productOrder", {"state": "pending"})
        messages = profile.order_error_messages_attribute
        lists = [order.get(messages) for order in orders]
        latest = [found[-1] for found in lists if isinstance(found, list) and found]  # an extension
        asked = [
            problem
            for problem in latest
            if isinstance(problem, dict) and problem.get("code") == DEPOSIT_REQUIRED
        ]
        if not asked:
            raise Found("n/a", "no order waits for a deposit to look at")
        name = profile.deposit_amount_attribute
        unpriced = [problem for problem in asked if not isinstance(problem.get(name), dict)]
        if unpriced:
            raise Found(
                "degraded",
                f"{len(unpriced)} of {len(asked)} order(s) asking for a deposit give no '{name}' (not in "
                "TMF622): the customer cannot accept it online and is asked to call (DEPOSIT_AMOUNT_UNKNOWN)",
                _setting("deposit_amount_attribute"),
            )
        return f"'{name}' on the {len(asked)} deposit(s) asked for"

    async def billing_charges() -> str:
        accounts = await _sample(backends.tmf666, tmf666.BillingAccount, "billingAccount", {})
        if not accounts:
            raise Found("n/a", "no billing account to look at")
        name, first = profile.billing_charges_attribute, profile.first_bill_balance_type
        charged = sum(1 for account in accounts if account.get(name))
        billed = sum(
            1
            for account in accounts
            if any(balance.get("balanceType") == first for balance in account.get("accountBalance") or [])
        )
        if not charged or not billed:
            found = ((name, charged), (f"balanceType {first}", billed))
            missing = [what for what, count in found if not count]
            raise Found(
                "degraded",
                f"none of {len(accounts)} billing account(s) carries {' or '.join(missing)} (not in TMF666): "
                "My account says the charges are shown and the first bill worked out once broadband starts",
                f"{_setting('billing_charges_attribute')}, {_setting('first_bill_balance_type')}",
            )
        return f"{name} on {charged}, a {first} balance on {billed} of {len(accounts)} account(s)"

    return [
        ("TMF622", "jeopardy alerts (missed visits)", jeopardy_alerts),
        ("TMF645", "self-install at the known address", self_installable),
        ("TMF622", "self-install orders", self_install_orders),
        ("TMF622", "deposit amount", deposit_amount),
        ("TMF666", "billing charges and first bill", billing_charges),
    ]
