"""The BFF against the real TMF mock servers and identity provider, all as processes over HTTP
(`python -m mock_backends.identity`, `python -m mock_backends`, `python -m bff`), as an operator would run
them, with auth on end to end (customers' access tokens into the BFF, its client-credentials token into the
TMF servers): the journey, order events through the TMF622 hub, cancellation, a seeded customer's orders
and products, and the doctor. Exactly-once ordering against real processes (concurrent submits, kill -9 of
the BFF, creates that land late) is in tests/reliability/test_idempotency_races.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from scripts.stack import (
    ROOT,
    Process,
    bff_auth_env,
    bff_backend_env,
    free_port,
    identity_process,
    mocks_process,
    person_token,
    register,
    service_token,
)
from tests.bff.factories import accepting_summary_sync

CONTACT = {"givenName": "Ada", "familyName": "Lovelace", "phone": "07700 900123"}
POSTCODE, HOUSE = "RG1 4AB", "3"


@dataclass
class Stack:
    identity: Process
    mocks: Process
    bff: Process
    tmf: str
    bff_url: str
    identity_url: str
    env: dict[str, str]
    tmp: Path

    def tmf_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {service_token(self.identity_url)}"}

    def new_customer(self, email: str) -> dict[str, str]:
        """A customer who registers now and signs in: the Authorization header of their requests."""
        # Digits only: random hex may spell "ada", and the provider refuses a password with the name in it.
        password = f"Engine-{uuid.uuid4().int % 10**8:08d}-1843!"
        register(self.identity_url, "Ada", "Lovelace", email, password)
        return self.signed_in(email, password)

    def signed_in(self, email: str, password: str | None = None) -> dict[str, str]:
        """A persona (the demo password) or a registered customer, signed in through the provider."""
        return {"Authorization": f"Bearer {person_token(self.identity_url, email, password)}"}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    tmp = tmp_path_factory.mktemp("against_mocks")
    mocks_port, bff_port, identity_port = free_port(), free_port(), free_port()
    tmf = f"http://127.0.0.1:{mocks_port}/tmf-api"
    bff_url = f"http://127.0.0.1:{bff_port}"
    identity_url = f"http://127.0.0.1:{identity_port}"
    python = sys.executable
    identity = identity_process(identity_port, tmp, tmp, {"IDP_PASSWORD_HASH_PROFILE": "CHEAPEST"})
    mocks = mocks_process(
        mocks_port,
        tmp,
        tmp,
        {
            "MOCKS_ORDER_PACE": "deterministic",
            "MOCKS_ORDER_STEP_SECONDS": "0.4",
            "MOCKS_AUTH_ISSUER": identity_url,
            # Many customers order at a few addresses here within minutes: the fraud screen's velocity
            # check would hold them (its rule is tested in tests/unit/test_mock_credit_bureau.py).
            "MOCKS_FRAUD_VELOCITY_ORDERS": "1000",
        },
    )
    env = {
        **bff_backend_env(tmf),
        **bff_auth_env(identity_url),
        "BFF_PORT": str(bff_port),
        "BFF_RETAIL_PORT": str(free_port()),  # `python -m bff` serves the retail channel too
        "BFF_PUBLIC_URL": bff_url,
        "BFF_DATABASE_URL": f"sqlite:///{tmp / 'bff.db'}",
        # Long enough that a stream can only see changes within the tests' time through hub events.
        "BFF_ORDER_POLL_SECONDS": "30",
    }
    bff = Process("bff", [python, "-m", "bff"], env, f"{bff_url}/health", tmp / "bff.log")
    try:
        identity.start()
        identity.wait_ready(60)
        mocks.start()
        mocks.wait_ready(60)
        bff.start()
        bff.wait_ready(60)
        yield Stack(identity, mocks, bff, tmf, bff_url, identity_url, env, tmp)
    finally:
        bff.stop()
        mocks.stop()
        identity.stop()


def order_body(email: str) -> dict[str, object]:
    return {"contact": {**CONTACT, "email": email}, "consents": {"creditCheck": True, "terms": True}}


def tmf_orders(stack: Stack, key: str) -> list[dict]:
    answer = httpx.get(
        f"{stack.tmf}/productOrderingManagement/v4/productOrder",
        params={"externalId": key},
        headers=stack.tmf_headers(),
    )
    answer.raise_for_status()
    return answer.json()


@pytest.fixture(scope="module")
def basket(stack: Stack) -> dict[str, object]:
    """Address → qualification → offers → configuration → quote: what the checkout then orders."""
    with httpx.Client(base_url=stack.bff_url, timeout=10) as bff:
        addresses = bff.get("/api/v1/addresses", params={"postcode": "rg14ab"}).json()["addresses"]
        address = next(address for address in addresses if address["houseNumber"] == HOUSE)
        available = bff.post("/api/v1/availability", json={"postcode": POSTCODE, "houseNumber": HOUSE}).json()
        assert available["address"]["id"] == address["id"] and available["offers"]
        offer = available["offers"][0]
        configuration = bff.post("/api/v1/configurations", json={"offerId": offer["id"]}).json()
        add_ons = [add_on["id"] for add_on in configuration["allowedAddOns"] if add_on["mandatory"]]
        assert bff.post("/api/v1/configurations", json={"offerId": offer["id"], "addOnIds": add_ons}).json()[
            "valid"
        ]
        quote = bff.post(
            "/api/v1/quotes", json={"addressId": address["id"], "offerId": offer["id"], "addOnIds": add_ons}
        )
        assert quote.status_code == 200 and quote.json()["monthlyTotal"] > 0
        return {
            "addressId": address["id"],
            "offerId": offer["id"],
            "addOnIds": add_ons,
            "quoteId": quote.json()["id"],
        }


def test_journey_places_one_order_with_customer_and_place(stack: Stack, basket: dict[str, object]) -> None:
    key = f"journey-{uuid.uuid4().hex}"
    email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
    signed_in = stack.new_customer(email)

    with httpx.Client(base_url=stack.bff_url, timeout=10, headers=signed_in) as bff:
        assert bff.post("/api/v1/orders", json={**basket, **order_body(email)}).status_code == 400  # no key
        placed = bff.post(
            "/api/v1/orders",
            json=accepting_summary_sync(bff, {**basket, **order_body(email)}),
            headers={"Idempotency-Key": key},
        )
        assert placed.status_code == 201, placed.text
        order = placed.json()
        read = bff.get(f"/api/v1/orders/{order['id']}").json()

    assert read["contact"]["email"] == email
    assert read["customerId"] == order["customerId"] and order["customerId"]
    (stored,) = tmf_orders(stack, key)
    assert {party["role"] for party in stored["relatedParty"]} == {"customer", "contact"}
    customer = httpx.get(
        f"{stack.tmf}/customerManagement/v4/customer/{order['customerId']}", headers=stack.tmf_headers()
    ).json()
    assert customer["engagedParty"]["@referredType"] == "Individual"
    # The registered customer's claim is kept on the TMF629 customer made at their first order.
    (mapping,) = customer["characteristic"]
    assert mapping["name"] == "identityCustomerId" and mapping["value"].startswith("cust-")


def test_anonymous_visitor_cannot_order_or_read_orders(stack: Stack, basket: dict[str, object]) -> None:
    with httpx.Client(base_url=stack.bff_url, timeout=10) as bff:
        placed = bff.post(
            "/api/v1/orders",
            json=accepting_summary_sync(bff, {**basket, **order_body("anon@example.com")}),
            headers={"Idempotency-Key": f"anon-{uuid.uuid4().hex}"},
        )
        read = bff.get("/api/v1/orders/po-seed-cust-0001")

    assert placed.status_code == 401 and placed.headers["WWW-Authenticate"].startswith("Bearer")
    assert read.status_code == 401


def test_seeded_customer_sees_their_order_and_products_and_nobody_else_does(stack: Stack) -> None:
    jane = stack.signed_in("jane.doe@example.com")
    sam = stack.signed_in("sam.patel@example.com")

    with httpx.Client(base_url=stack.bff_url, timeout=10) as bff:
        products = bff.get("/api/v1/products", headers=jane).json()["products"]
        order = bff.get("/api/v1/orders/po-seed-cust-0001", headers=jane)
        others = bff.get("/api/v1/orders/po-seed-cust-0001", headers=sam)
        sams = bff.get("/api/v1/products", headers=sam).json()["products"]

    assert [(product["offerId"], product["status"]) for product in products] == [("po-fibre-500", "active")]
    assert order.status_code == 200 and order.json()["state"] == "completed"
    assert order.json()["contact"]["email"] == "jane.doe@example.com"
    assert others.status_code == 403 and others.json()["code"] == "FORBIDDEN"
    assert [product["customerId"] for product in sams] == ["cust-0002"]


def test_tmf_servers_refuse_calls_without_a_token(stack: Stack) -> None:
    answer = httpx.get(f"{stack.tmf}/productOrderingManagement/v4/productOrder")

    assert answer.status_code == 401 and answer.json()["status"] == "401"


def test_order_changes_are_pushed_from_tmf622_events(stack: Stack, basket: dict[str, object]) -> None:
    key = f"events-{uuid.uuid4().hex}"
    email = f"events.{uuid.uuid4().hex[:8]}@example.com"
    signed_in = stack.new_customer(email)
    with httpx.Client(base_url=stack.bff_url, timeout=10) as bff:
        body = accepting_summary_sync(bff, {**basket, **order_body(email)})
    order = httpx.post(
        f"{stack.bff_url}/api/v1/orders",
        json=body,
        headers={"Idempotency-Key": key, **signed_in},
        timeout=10,
    )
    assert order.status_code == 201, order.text

    states: list[str] = []
    with httpx.stream(
        "GET", f"{stack.bff_url}/api/v1/orders/{order.json()['id']}/events", headers=signed_in, timeout=25
    ) as stream:
        for line in stream.iter_lines():
            if line.startswith("data: "):
                states.append(json.loads(line.removeprefix("data: "))["state"])
    # Polling is every 30 s here, so reaching a final state within the timeout took the hub's events.
    assert states[-1] in {"completed", "failed", "partial", "rejected", "cancelled"}, states
    assert len(states) >= 2


def test_cancel_goes_to_tmf622(stack: Stack, basket: dict[str, object]) -> None:
    email = f"cancel.{uuid.uuid4().hex[:8]}@example.com"
    body = {**basket, **order_body(email)}
    with httpx.Client(base_url=stack.bff_url, timeout=10, headers=stack.new_customer(email)) as bff:
        order = bff.post(
            "/api/v1/orders",
            json=accepting_summary_sync(bff, body),
            headers={"Idempotency-Key": f"o-{uuid.uuid4().hex}"},
        ).json()
        key = {"Idempotency-Key": f"cancel-{uuid.uuid4().hex}"}
        cancelled = bff.post(
            f"/api/v1/orders/{order['id']}/cancel", json={"reason": "changed my mind"}, headers=key
        )
        again = bff.post(
            f"/api/v1/orders/{order['id']}/cancel", json={"reason": "changed my mind"}, headers=key
        )

    assert cancelled.status_code in (202, 409), cancelled.text  # 409 only if fulfilment already finished
    assert again.json() == cancelled.json()
    if cancelled.status_code == 202:
        tasks = httpx.get(
            f"{stack.tmf}/productOrderingManagement/v4/cancelProductOrder",
            params={"productOrder.id": order["id"]},
            headers=stack.tmf_headers(),
        ).json()
        assert len(tasks) == 1


def run_doctor(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bff", "doctor", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_doctor_finds_the_mocks_ready(stack: Stack) -> None:
    result = run_doctor(stack.env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "ready: every check passed" in result.stdout
    assert "TMF622  POST+DELETE hub" in result.stdout
    assert "client credentials accepted" in result.stdout


def test_doctor_reports_a_dead_backend_and_fails(stack: Stack) -> None:
    dead = f"http://127.0.0.1:{free_port()}/tmf-api/productInventory/v4"

    result = run_doctor({**stack.env, "BFF_TMF637_URL": dead, "BFF_TIMEOUT_SECONDS": "2"})

    assert result.returncode == 1
    line = next(
        line for line in result.stdout.splitlines() if line.startswith("TMF637") and "GET product" in line
    )
    assert "NO" in line and "not reachable" in line
    failed = [line for line in result.stdout.splitlines() if "  NO  " in line]
    # Its product list and the two filters the BFF finds products by; nothing of the other backends.
    assert len(failed) == 3 and all(line.startswith("TMF637") for line in failed), failed
    assert "NOT READY: 3 check(s) failed" in result.stdout


def approvals_line(result: subprocess.CompletedProcess[str]) -> str:
    return next(line for line in result.stdout.splitlines() if "hold and PATCH for approvals" in line)


def test_doctor_places_a_held_probe_order_rejects_and_deletes_it(stack: Stack) -> None:
    # The mocks' approval threshold is their default, 20 %: the BFF's limit set to it, as stack.py does.
    result = run_doctor({**stack.env, "BFF_RETAIL_AGENT_DISCOUNT_LIMIT_PERCENT": "20"}, "--allow-writes")

    line = approvals_line(result)
    assert "  yes  " in line and "held under APPROVAL_REQUIRED, PATCHed to rejected" in line, line
    order_id = line.split("probe order ")[1].split()[0]
    left = httpx.get(
        f"{stack.tmf}/productOrderingManagement/v4/productOrder/{order_id}", headers=stack.tmf_headers()
    )
    assert left.status_code == 404  # nothing left behind


def test_doctor_names_the_setting_when_the_order_system_holds_otherwise(stack: Stack) -> None:
    # The BFF's 10 % against the mocks' 20 %: its 15 % probe order goes through unheld (then is cancelled).
    unheld = approvals_line(run_doctor(stack.env, "--allow-writes"))
    # Held, but under a code the profile does not name.
    their_code = approvals_line(
        run_doctor(
            {
                **stack.env,
                "BFF_RETAIL_AGENT_DISCOUNT_LIMIT_PERCENT": "20",
                "BFF_PROFILE__APPROVAL_HOLD_CODE": "DISC_REVIEW",
            },
            "--allow-writes",
        )
    )
    without_writes = approvals_line(run_doctor(stack.env))

    assert (
        "  NO  " in unheld
        and "was not held" in unheld
        and "BFF_RETAIL_AGENT_DISCOUNT_LIMIT_PERCENT" in unheld
    )
    assert "  degraded  " in their_code and "BFF_PROFILE__APPROVAL_HOLD_CODE" in their_code, their_code
    assert "  n/a  " in without_writes and "--allow-writes" in without_writes
