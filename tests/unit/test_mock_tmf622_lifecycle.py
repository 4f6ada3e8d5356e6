"""TMF622 order lifecycle: the state machine, each validation outcome, fulfilment, cancellation, restart.

Orders run at the `instant` pace; the personas are those of docs/architecture.md "Test personas".
"""

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session

from mock_backends.config import Settings
from mock_backends.errors import Conflict
from mock_backends.storage import DocumentStore, create_db_engine, init_db
from mock_backends.testing import running_app, sqlite_settings
from mock_backends.tmf622 import cancellation, lifecycle
from mock_backends.tmf622.engine import OrderEngine
from tmf_models.tmf622 import CancelProductOrderCreate

API = "/tmf-api/productOrderingManagement/v4"
ORDERS = f"{API}/productOrder"
CANCELS = f"{API}/cancelProductOrder"
PRODUCTS = "/tmf-api/productInventory/v4/product"
INDIVIDUALS = "/tmf-api/party/v4/individual"
CATALOGUE = "/tmf-api/productCatalogManagement/v4"
FIBRE_ADDRESS = "addr-rg14ab-3"  # FTTP up to 1000 Mbps
FTTC_ADDRESS = "addr-bs78nu-1"  # FTTC up to 80 Mbps only
BUILD_ISSUE_ADDRESS = "addr-mk107hf-8"
NO_IPV4_ADDRESS = "addr-mk107hf-7"
OTHER_OFFERINGS_PRICE = {"priceType": "recurring", "productOfferingPrice": {"id": "pop-fibre-900-monthly"}}
# Credit bureau personas (mock_backends/credit_bureau/people.py), each at their own address.
REFERRED = ("Priya", "Raman", "1990-11-02", "addr-rg14ab-9")
DECLINED = ("Gareth", "Lloyd", "1978-05-19", "addr-ls62ab-4")
FINAL_OR_WAITING = {"completed", "failed", "partial", "rejected", "cancelled", "held", "pending"}


def instant_settings(directory: Path, **overrides: Any) -> Settings:
    return sqlite_settings(directory, order_pace="instant", events_poll_seconds=0.02, **overrides)


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(instant_settings(tmp_path)) as client:
        yield client


# --- factories -------------------------------------------------------------------------------------------


async def create_customer(
    client: httpx.AsyncClient,
    family_name: str = "Smith",
    email: str = "jo.smith@example.com",
    given_name: str = "Jo",
    birth_date: str | None = None,
) -> str:
    body: dict[str, Any] = {
        "givenName": given_name,
        "familyName": family_name,
        "contactMedium": [{"mediumType": "email", "characteristic": {"emailAddress": email}}],
    }
    if birth_date:
        body["birthDate"] = f"{birth_date}T00:00:00Z"
    answer = await client.post(INDIVIDUALS, json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()["id"]


def broadband_item(offering: str = "po-fibre-500", address: str | None = FIBRE_ADDRESS, **extra: Any) -> dict:
    item: dict[str, Any] = {"id": "1", "action": "add", "quantity": 1, "productOffering": {"id": offering}}
    if address:
        item["product"] = {"place": [{"id": address, "role": "installationAddress"}]}
    return item | extra


def add_on_item(item_id: str, offering: str) -> dict:
    return {
        "id": item_id,
        "action": "add",
        "productOffering": {"id": offering},
        "productOrderItemRelationship": [{"id": "1", "relationshipType": "reliesOn"}],
    }


def create_order_body(customer: str | None, *items: dict, **extra: Any) -> dict:
    body: dict[str, Any] = {"productOrderItem": list(items) or [broadband_item()], **extra}
    if customer:
        body["relatedParty"] = [{"id": customer, "role": "customer", "@referredType": "Individual"}]
    return body


async def create_bureau_customer(client: httpx.AsyncClient, persona: tuple[str, str, str, str]) -> str:
    given, family, born, _ = persona
    email = f"{given}.{family}@example.com".lower()
    return await create_customer(client, family, email, given_name=given, birth_date=born)


async def place_order(client: httpx.AsyncClient, body: dict) -> dict:
    answer = await client.post(ORDERS, json=body)
    assert answer.status_code == 201, answer.text
    assert answer.json()["state"] == "acknowledged"
    return answer.json()


async def settled(client: httpx.AsyncClient, order_id: str, states: set[str] = FINAL_OR_WAITING) -> dict:
    """The order once it reaches one of `states` (the engine runs in the same event loop)."""
    for _ in range(500):
        order = (await client.get(f"{ORDERS}/{order_id}")).json()
        if order["state"] in states:
            return order
        await asyncio.sleep(0.01)
    raise AssertionError(f"order stuck in {order['state']}")


def error_codes(order: dict) -> list[str]:
    return [error["code"] for error in order.get("productOrderErrorMessage", [])]


# --- the state machine -----------------------------------------------------------------------------------


def test_every_state_of_the_spec_is_in_the_machine() -> None:
    from tmf_models.tmf622 import ProductOrderStateType

    assert set(lifecycle.TRANSITIONS) == {state.value for state in ProductOrderStateType}


def test_final_states_have_no_way_out() -> None:
    assert {"rejected", "cancelled", "completed", "failed", "partial"} == lifecycle.FINAL


@pytest.mark.parametrize(
    ("current", "target"),
    [("acknowledged", "inProgress"), ("held", "inProgress"), ("inProgress", "partial"),
     ("pending", "acknowledged"), ("assessingCancellation", "pendingCancellation"),
     ("pendingCancellation", "cancelled")],
)  # fmt: skip
def test_legal_transitions(current: str, target: str) -> None:
    assert lifecycle.is_legal(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [("acknowledged", "completed"), ("completed", "inProgress"), ("rejected", "acknowledged"),
     ("pending", "inProgress"), ("cancelled", "assessingCancellation"), ("held", "completed")],
)  # fmt: skip
def test_illegal_transitions(current: str, target: str) -> None:
    assert not lifecycle.is_legal(current, target)


def test_a_client_may_not_finish_an_order_itself() -> None:
    lifecycle.check_client_transition("held", "inProgress")
    with pytest.raises(Conflict):
        lifecycle.check_client_transition("inProgress", "completed")


@pytest.mark.parametrize(
    ("pace", "low", "high"), [("instant", 0, 0), ("deterministic", 2.0, 2.0), ("realistic", 1.0, 3.0)]
)
def test_pace_sets_the_step_delay(tmp_path: Path, pace: str, low: float, high: float) -> None:
    engine = OrderEngine(None, sqlite_settings(tmp_path, order_pace=pace, order_step_seconds=2.0))  # type: ignore[arg-type]
    version = datetime(2030, 1, 1, tzinfo=UTC)
    delays = {engine.delay(f"order-{n}", "inProgress", version).total_seconds() for n in range(50)}
    assert low <= min(delays) and max(delays) <= high
    assert engine.delay("order-1", "inProgress", version) == engine.delay("order-1", "inProgress", version)
    if pace == "realistic":
        assert len(delays) > 10  # it varies from step to step


# --- validation outcomes ---------------------------------------------------------------------------------


async def test_valid_order_is_fulfilled_and_its_products_appear_in_inventory(
    client: httpx.AsyncClient,
) -> None:
    customer = await create_customer(client)
    order = await place_order(
        client, create_order_body(customer, broadband_item(), add_on_item("2", "po-wifi6-router"))
    )
    done = await settled(client, order["id"])
    assert done["state"] == "completed"
    assert [item["state"] for item in done["productOrderItem"]] == ["completed", "completed"]
    assert done["completionDate"].endswith("Z")
    milestones = done["productOrderMilestone"]
    assert [m["serviceSpecification"]["id"] for m in milestones if "serviceSpecification" in m] == [
        "cfs-access-fttp",
        "cfs-internet-access",
    ]
    assert {m["status"] for m in milestones} == {"Completed"}
    assert len(milestones) == 3  # the router has no CFS: one "provide" milestone
    products = (await client.get(PRODUCTS, params={"productOrderItem.productOrderId": order["id"]})).json()
    assert sorted(p["productOffering"]["id"] for p in products) == ["po-fibre-500", "po-wifi6-router"]
    fibre = next(p for p in products if p["productOffering"]["id"] == "po-fibre-500")
    assert fibre["status"] == "active"
    assert fibre["relatedParty"] == [{"id": customer, "role": "customer", "@referredType": "Individual"}]
    assert fibre["place"][0]["id"] == FIBRE_ADDRESS
    assert fibre["productSpecification"]["id"] == "ps-fibre-500"
    assert done["productOrderItem"][0]["product"]["id"] == fibre["id"]


async def test_a_product_an_order_makes_carries_speeds_prices_account_party_and_status(
    client: httpx.AsyncClient,
) -> None:
    customer = await create_customer(client)
    chosen = {"name": "installationSlot", "value": "morning"}
    item = broadband_item()
    item["product"]["productCharacteristic"] = [chosen]
    order = await place_order(client, create_order_body(customer, item))
    assert (await settled(client, order["id"]))["state"] == "completed"

    (fibre,) = (await client.get(PRODUCTS, params={"productOrderItem.productOrderId": order["id"]})).json()

    assert fibre["status"] == "active" and fibre["relatedParty"][0]["id"] == customer
    assert fibre["billingAccount"] == {"id": f"ba-{customer}", "@referredType": "BillingAccount"}
    values = {c["name"]: c["value"] for c in fibre["productCharacteristic"]}
    assert values == {
        "installationSlot": "morning",
        "technology": "FTTP",
        "downloadSpeed": 500,
        "uploadSpeed": 75,
    }
    assert [(p["priceType"], p["price"]["taxIncludedAmount"]["value"]) for p in fibre["productPrice"]] == [
        ("recurring", 38.0),
        ("oneTime", 20.0),
    ]


async def test_a_product_carries_the_prices_its_order_agreed(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    order = await place_order(client, create_order_body(customer, discounted(10.0)))
    assert (await settled(client, order["id"]))["state"] == "completed"

    (fibre,) = (await client.get(PRODUCTS, params={"productOrderItem.productOrderId": order["id"]})).json()

    (price,) = fibre["productPrice"]
    assert price["price"]["taxIncludedAmount"] == {"unit": "GBP", "value": 38.0}
    assert price["productPriceAlteration"][0]["price"] == {"percentage": 10.0}


@pytest.mark.parametrize(
    ("item", "code"),
    [
        (broadband_item("po-unknown"), "UNKNOWN_PRODUCT_OFFERING"),
        (broadband_item(itemPrice=[OTHER_OFFERINGS_PRICE]), "INVALID_PRICE"),
        (broadband_item(address="addr-nowhere-1"), "ADDRESS_NOT_FOUND"),
        (broadband_item(address=FTTC_ADDRESS), "NOT_SERVICEABLE"),
    ],
)  # fmt: skip
async def test_catalogue_and_address_failures_reject_the_order(
    client: httpx.AsyncClient, item: dict, code: str
) -> None:
    order = await place_order(client, create_order_body(await create_customer(client), item))
    rejected = await settled(client, order["id"])
    assert rejected["state"] == "rejected"
    assert error_codes(rejected) == [code]
    assert {i["state"] for i in rejected["productOrderItem"]} == {"rejected"}
    assert rejected["note"][-1]["text"]


async def test_offering_no_longer_sellable_is_rejected(client: httpx.AsyncClient) -> None:
    retired = await client.patch(
        f"{CATALOGUE}/productOffering/po-fibre-150", json={"lifecycleStatus": "Retired"}
    )
    assert retired.status_code == 200, retired.text
    order = await place_order(
        client, create_order_body(await create_customer(client), broadband_item("po-fibre-150"))
    )
    rejected = await settled(client, order["id"])
    assert (rejected["state"], error_codes(rejected)) == ("rejected", ["PRODUCT_OFFERING_NOT_SELLABLE"])


async def test_credit_declined_by_the_bureau_is_rejected(client: httpx.AsyncClient) -> None:
    customer = await create_bureau_customer(client, DECLINED)
    body = create_order_body(customer, broadband_item(address=DECLINED[3]))
    rejected = await settled(client, (await place_order(client, body))["id"])
    assert (rejected["state"], error_codes(rejected)) == ("rejected", ["CREDIT_DECLINED"])


async def test_words_in_a_name_or_email_decide_nothing(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "Decline", "jo.refer@example.com")
    order = await place_order(client, create_order_body(customer))
    assert (await settled(client, order["id"]))["state"] == "completed"


async def test_blocked_email_domain_is_rejected_as_fraud(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "Smith", "jo@blocked.example")
    rejected = await settled(client, (await place_order(client, create_order_body(customer)))["id"])
    assert (rejected["state"], error_codes(rejected)) == ("rejected", ["FRAUD_SUSPECTED"])


async def test_second_open_order_for_same_customer_address_and_offering_is_a_duplicate(
    client: httpx.AsyncClient,
) -> None:
    customer = await create_bureau_customer(client, REFERRED)  # held: the first order stays open
    at_home = create_order_body(customer, broadband_item(address=REFERRED[3]))
    first = await settled(client, (await place_order(client, at_home))["id"])
    assert first["state"] == "held"
    second = await settled(client, (await place_order(client, at_home))["id"])
    assert (second["state"], error_codes(second)) == ("rejected", ["DUPLICATE_ORDER"])
    assert first["id"] in second["productOrderErrorMessage"][0]["message"]
    elsewhere = create_order_body(customer, broadband_item(address="addr-rg14ab-4"))
    assert (await settled(client, (await place_order(client, elsewhere))["id"]))["state"] != "rejected"


async def test_order_without_customer_is_pending_until_resubmitted(client: httpx.AsyncClient) -> None:
    order = await place_order(client, create_order_body(None))
    pending = await settled(client, order["id"])
    assert (pending["state"], error_codes(pending)) == ("pending", ["CUSTOMER_REQUIRED"])
    customer = await create_customer(client)
    party = [{"id": customer, "role": "customer", "@referredType": "Individual"}]
    answer = await client.patch(
        f"{ORDERS}/{order['id']}", json={"relatedParty": party, "state": "acknowledged"}
    )
    assert answer.status_code == 200, answer.text
    assert (await settled(client, order["id"], {"completed"}))["state"] == "completed"


async def test_broadband_item_without_installation_address_is_pending(client: httpx.AsyncClient) -> None:
    body = create_order_body(await create_customer(client), broadband_item(address=None))
    pending = await settled(client, (await place_order(client, body))["id"])
    assert (pending["state"], error_codes(pending)) == ("pending", ["INSTALLATION_ADDRESS_REQUIRED"])


async def test_credit_referral_is_held_until_approved(client: httpx.AsyncClient) -> None:
    customer = await create_bureau_customer(client, REFERRED)
    body = create_order_body(customer, broadband_item(address=REFERRED[3]))
    held = await settled(client, (await place_order(client, body))["id"])
    assert (held["state"], error_codes(held)) == ("held", ["CREDIT_REFERRAL"])
    assert {i["state"] for i in held["productOrderItem"]} == {"held"}
    approved = await client.patch(f"{ORDERS}/{held['id']}", json={"state": "inProgress"})
    assert approved.status_code == 200, approved.text
    assert (await settled(client, held["id"], {"completed"}))["state"] == "completed"


def discounted(percentage: float, catalogue_price: str | None = None) -> dict:
    alteration: dict[str, Any] = {
        "priceType": "recurring",
        "price": {"percentage": percentage},
        "name": "Agent discount",
    }
    if catalogue_price:
        alteration["productOfferingPrice"] = {"id": catalogue_price}
    price = {"priceType": "recurring", "price": {"taxIncludedAmount": {"unit": "GBP", "value": 38.0}},
             "priceAlteration": [alteration]}  # fmt: skip
    return broadband_item(itemPrice=[price])


async def test_discount_above_threshold_is_held_and_may_be_refused(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client)
    held = await settled(
        client, (await place_order(client, create_order_body(customer, discounted(30))))["id"]
    )
    assert (held["state"], error_codes(held)) == ("held", ["APPROVAL_REQUIRED"])
    refusal = {"state": "rejected", "note": [{"text": "Discount not approved", "author": "Retail manager"}]}
    answer = await client.patch(f"{ORDERS}/{held['id']}", json=refusal)
    assert (answer.status_code, answer.json()["state"]) == (200, "rejected")


@pytest.mark.parametrize("item", [discounted(15), discounted(50, catalogue_price="pop-fibre-500-promo")])
async def test_small_discount_or_catalogue_promotion_needs_no_approval(
    client: httpx.AsyncClient, item: dict
) -> None:
    order = await place_order(client, create_order_body(await create_customer(client), item))
    assert (await settled(client, order["id"]))["state"] == "completed"


# --- fulfilment outcomes ---------------------------------------------------------------------------------


async def test_build_issue_fails_the_installation_and_the_items_relying_on_it(
    client: httpx.AsyncClient,
) -> None:
    body = create_order_body(
        await create_customer(client),
        broadband_item(address=BUILD_ISSUE_ADDRESS),
        add_on_item("2", "po-static-ip"),
    )
    failed = await settled(client, (await place_order(client, body))["id"])
    assert failed["state"] == "failed"
    assert [i["state"] for i in failed["productOrderItem"]] == ["failed", "failed"]
    assert {m["status"] for m in failed["productOrderMilestone"]} == {"Violated"}
    assert set(error_codes(failed)) == {"FULFILMENT_FAILED"}
    products = (await client.get(PRODUCTS, params={"productOrderItem.productOrderId": failed["id"]})).json()
    assert products == []


async def test_static_ip_shortage_gives_a_partial_order(client: httpx.AsyncClient) -> None:
    body = create_order_body(
        await create_customer(client),
        broadband_item(address=NO_IPV4_ADDRESS),
        add_on_item("2", "po-static-ip"),
    )
    partial = await settled(client, (await place_order(client, body))["id"])
    assert partial["state"] == "partial"
    assert [i["state"] for i in partial["productOrderItem"]] == ["completed", "failed"]
    products = (await client.get(PRODUCTS, params={"productOrderItem.productOrderId": partial["id"]})).json()
    assert [p["productOffering"]["id"] for p in products] == ["po-fibre-500"]


# --- PATCH and the state machine -------------------------------------------------------------------------


async def test_patch_cannot_make_an_illegal_or_server_only_transition(tmp_path: Path) -> None:
    async with running_app(sqlite_settings(tmp_path, order_pace="off")) as client:
        order = await place_order(client, create_order_body("cust-1"))
        for target in ("completed", "inProgress", "assessingCancellation"):
            answer = await client.patch(f"{ORDERS}/{order['id']}", json={"state": target})
            assert answer.status_code == 409, target
            assert answer.json()["code"] == "INVALID_STATE_TRANSITION"
        assert (await client.get(f"{ORDERS}/{order['id']}")).json()["state"] == "acknowledged"


# --- cancellation ----------------------------------------------------------------------------------------


async def test_cancel_moves_an_open_order_to_cancelled(client: httpx.AsyncClient) -> None:
    customer = await create_bureau_customer(client, REFERRED)
    body = create_order_body(customer, broadband_item(address=REFERRED[3]))
    held = await settled(client, (await place_order(client, body))["id"])
    answer = await client.post(
        CANCELS, json={"productOrder": {"id": held["id"]}, "cancellationReason": "Moving house"}
    )
    assert answer.status_code == 201, answer.text
    task = answer.json()
    assert task["state"] == "acknowledged"
    assert task["productOrder"]["href"].endswith(f"/productOrder/{held['id']}")
    cancelled = await settled(client, held["id"], {"cancelled"})
    assert (cancelled["cancellationReason"], {i["state"] for i in cancelled["productOrderItem"]}) == (
        "Moving house",
        {"cancelled"},
    )
    assert cancelled["cancellationDate"].endswith("Z")
    finished = (await client.get(f"{CANCELS}/{task['id']}")).json()
    assert finished["state"] == "done"
    assert finished["effectiveCancellationDate"]
    assert [t["id"] for t in (await client.get(CANCELS)).json()] == [task["id"]]


async def test_cancel_goes_through_assessing_and_pending_cancellation(tmp_path: Path) -> None:
    settings = sqlite_settings(tmp_path, order_pace="off")
    async with running_app(settings) as client:
        order = await place_order(client, create_order_body("cust-1"))
        await client.post(CANCELS, json={"productOrder": {"id": order["id"]}})
        assert (await client.get(f"{ORDERS}/{order['id']}")).json()["state"] == "assessingCancellation"
        again = await client.post(CANCELS, json={"productOrder": {"id": order["id"]}})
        assert (again.status_code, again.json()["code"]) == (409, "CANCELLATION_IN_PROGRESS")
    engine = OrderEngine(create_db_engine(settings.database_url), settings)
    assert engine.step(order["id"])
    async with running_app(settings) as client:
        middle = (await client.get(f"{ORDERS}/{order['id']}")).json()
        task = (await client.get(CANCELS)).json()[0]
        assert (middle["state"], task["state"]) == ("pendingCancellation", "inProgress")
    assert engine.step(order["id"])
    async with running_app(settings) as client:
        assert (await client.get(f"{ORDERS}/{order['id']}")).json()["state"] == "cancelled"
        assert (await client.get(CANCELS)).json()[0]["state"] == "done"


async def test_cancel_is_refused_once_completed(client: httpx.AsyncClient) -> None:
    order = await place_order(client, create_order_body(await create_customer(client)))
    assert (await settled(client, order["id"]))["state"] == "completed"
    answer = await client.post(CANCELS, json={"productOrder": {"id": order["id"]}})
    assert (answer.status_code, answer.json()["code"]) == (409, "ORDER_NOT_CANCELLABLE")
    assert (await client.get(CANCELS)).json() == []


async def test_cancel_of_unknown_order_is_a_bad_request(client: httpx.AsyncClient) -> None:
    answer = await client.post(CANCELS, json={"productOrder": {"id": "nope"}})
    assert (answer.status_code, answer.json()["code"]) == (400, "UNKNOWN_PRODUCT_ORDER")


# --- persisted progress ----------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'orders.db'}"
    return request.getfixturevalue("postgres_url")


async def test_orders_left_by_a_stopped_server_are_taken_on_at_the_next_start(
    tmp_path: Path, database_url: str
) -> None:
    stopped = sqlite_settings(tmp_path, database_url=database_url, order_pace="off")
    async with running_app(stopped) as client:
        customer = await create_customer(client)
        bodies = [create_order_body(customer, broadband_item(address=f"addr-rg14ab-{n}")) for n in (1, 2, 3)]
        ids = [(await place_order(client, body))["id"] for body in bodies]
    async with running_app(instant_settings(tmp_path, database_url=database_url)) as client:
        states = [(await settled(client, order_id))["state"] for order_id in ids]
        products = (await client.get(PRODUCTS, params={"relatedParty.id": customer})).json()
    assert states == ["completed"] * 3
    assert len(products) == 3


async def test_a_cancellation_between_an_order_steps_read_and_its_write_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The order manager reads an order, a customer cancels it, the manager writes its step: the step is
    dropped (the order changed since its read) and the cancellation goes on, never overwritten. (SQLite:
    on PostgreSQL the step holds the order's row, so the cancellation waits for it; the next test shows the
    version check there.)"""
    settings = sqlite_settings(tmp_path, order_pace="off")
    async with running_app(settings) as client:
        order = await place_order(client, create_order_body("cust-1"))
    db = create_db_engine(settings.database_url)
    engine = OrderEngine(db, settings)
    step = engine._advance

    def cancelled_meanwhile(*args: Any, **kwargs: Any) -> Any:
        with Session(db) as other:  # another request, committed while this step is under way
            cancellation.request_cancellation(
                DocumentStore(other),
                CancelProductOrderCreate.model_validate({"productOrder": {"id": order["id"]}}),
            )
            other.commit()
        return step(*args, **kwargs)

    monkeypatch.setattr(engine, "_advance", cancelled_meanwhile)
    assert engine.step(order["id"]) is False
    async with running_app(settings) as client:
        assert (await client.get(f"{ORDERS}/{order['id']}")).json()["state"] == "assessingCancellation"


def test_a_write_from_an_older_read_is_refused(tmp_path: Path, database_url: str) -> None:
    """Two requests read the same order; the first writes; the second, writing what it read, gets a 409
    CONCURRENT_UPDATE instead of undoing the first."""
    db = create_db_engine(database_url)
    init_db(db)
    with Session(db) as setup:
        DocumentStore(setup).add("productOrder", {"id": "po-race", "state": "inProgress"})
        setup.commit()
    with Session(db) as first, Session(db) as second:
        mine, theirs = DocumentStore(first), DocumentStore(second)
        read_first, read_second = mine.get("productOrder", "po-race"), theirs.get("productOrder", "po-race")
        assert read_first is not None and read_second is not None
        mine.replace("productOrder", {**read_first, "state": "assessingCancellation"})
        first.commit()
        with pytest.raises(Conflict) as refused:
            theirs.replace("productOrder", {**read_second, "state": "completed"})
        assert refused.value.code == "CONCURRENT_UPDATE"
    with Session(db) as after:
        assert (DocumentStore(after).get("productOrder", "po-race") or {})["state"] == "assessingCancellation"
