"""The document store on SQLite and PostgreSQL: TMF documents round-trip unchanged.

PostgreSQL tests run in a scratch schema of this machine's server (the `postgres_url` fixture of
tests/conftest.py) and fail when it cannot be reached.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from mock_backends.storage import (
    DocumentStore,
    create_db_engine,
    id_in,
    init_db,
    state_not_in,
    string_attribute_in,
)
from mock_backends.testing import running_app, sqlite_settings


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'nested' / 'store.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = create_db_engine(database_url)
    init_db(engine)
    yield engine
    engine.dispose()


def create_order_document(order_id: str = "o-1", state: str = "acknowledged") -> dict:
    return {
        "id": order_id,
        "href": f"/tmf-api/productOrderingManagement/v4/productOrder/{order_id}",
        "state": state,
        "@type": "BroadbandOrder",
        "@baseType": "ProductOrder",
        "@schemaLocation": "https://example.com/schemas/BroadbandOrder.json",
        "installationWindow": {"from": "09:00", "to": "13:00"},
        "productOrderItem": [{"id": "1", "action": "add", "quantity": 1, "price": 35.5}],
        "note": [],
        "flag": False,
        "nothing": None,
    }


def test_document_round_trips_unchanged(engine: Engine) -> None:
    document = create_order_document()
    with Session(engine) as session:
        DocumentStore(session).add("productOrder", document)
        session.commit()
    with Session(engine) as session:
        assert DocumentStore(session).get("productOrder", "o-1") == document


def test_same_id_in_two_resource_types_are_distinct(engine: Engine) -> None:
    with Session(engine) as session:
        store = DocumentStore(session)
        store.add("productOrder", {"id": "x", "kind": "order"})
        store.add("quote", {"id": "x", "kind": "quote"})
        session.commit()
        assert store.get("productOrder", "x") == {"id": "x", "kind": "order"}
        assert store.get("quote", "x") == {"id": "x", "kind": "quote"}
        assert store.count() == 2


def test_all_lists_in_insertion_order(engine: Engine) -> None:
    with Session(engine) as session:
        store = DocumentStore(session)
        for order_id in ("c", "a", "b"):
            store.add("productOrder", {"id": order_id})
        session.commit()
        assert [d["id"] for d in store.all("productOrder")] == ["c", "a", "b"]
        assert store.ids("productOrder") == {"a", "b", "c"}


def test_conditions_are_answered_by_the_database(engine: Engine) -> None:
    with Session(engine) as session:
        store = DocumentStore(session)
        store.add("productOrder", {**create_order_document("o-1"), "externalId": "key-1"})
        store.add("productOrder", {**create_order_document("o-2", "completed"), "externalId": "key-2"})
        store.add("productOrder", create_order_document("o-3"))  # no externalId
        session.commit()

        def ids(*where: object) -> list[str]:
            return [document["id"] for document in store.all("productOrder", *where)]  # type: ignore[arg-type]

        assert ids(string_attribute_in("externalId", ["key-2", "key-1"])) == ["o-1", "o-2"]
        assert ids(string_attribute_in("externalId", ["key-9"])) == []
        assert ids(id_in(["o-3", "o-1"])) == ["o-1", "o-3"]
        assert ids(state_not_in(["completed", "failed"])) == ["o-1", "o-3"]


def test_replace_updates_body_and_state(engine: Engine) -> None:
    with Session(engine) as session:
        store = DocumentStore(session)
        store.add("productOrder", create_order_document())
        session.commit()
        changed = create_order_document(state="inProgress") | {"description": "changed"}
        store.replace("productOrder", changed)
        session.commit()
    with Session(engine) as session:
        assert DocumentStore(session).get("productOrder", "o-1") == changed
        state = session.execute(text("select state from tmf_document where resource_id = 'o-1'")).scalar()
        assert state == "inProgress"


def test_replace_and_delete_of_unknown_id_report_absence(engine: Engine) -> None:
    with Session(engine) as session:
        store = DocumentStore(session)
        assert store.replace("productOrder", {"id": "missing"}) is None
        assert store.delete("productOrder", "missing") is False


def test_delete_removes_the_document(engine: Engine) -> None:
    with Session(engine) as session:
        store = DocumentStore(session)
        store.add("productOrder", create_order_document())
        session.commit()
        assert store.delete("productOrder", "o-1") is True
        session.commit()
        assert store.get("productOrder", "o-1") is None


def test_rolled_back_session_leaves_nothing(engine: Engine) -> None:
    with Session(engine) as session:
        DocumentStore(session).add("productOrder", create_order_document())
        session.rollback()
    with Session(engine) as session:
        assert DocumentStore(session).count("productOrder") == 0


def test_sqlite_folder_is_created(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'a' / 'b' / 'mocks.db'}")
    init_db(engine)
    engine.dispose()
    assert (tmp_path / "a" / "b" / "mocks.db").exists()


async def test_app_serves_seed_and_orders_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    async with running_app(sqlite_settings(tmp_path, database_url=postgres_url)) as client:
        offering = await client.get("/tmf-api/productCatalogManagement/v4/productOffering/po-fibre-500")
        created = await client.post(
            "/tmf-api/productOrderingManagement/v4/productOrder",
            json={
                "productOrderItem": [{"id": "1", "action": "add", "productOffering": {"id": "po-fibre-500"}}]
            },
        )
        listed = await client.get("/tmf-api/productOrderingManagement/v4/productOrder?state=acknowledged")
    assert offering.status_code == 200
    assert created.status_code == 201
    assert [order["id"] for order in listed.json()] == [created.json()["id"]]
