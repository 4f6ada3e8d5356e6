"""The seed: idempotent loading, and an address base with every kind of serviceability."""

from collections import Counter
from pathlib import Path

from sqlmodel import Session

from mock_backends import seed
from mock_backends.seed.addresses import address_documents, serviceability_records
from mock_backends.seed.catalogue import catalogue_documents
from mock_backends.storage import DocumentStore, create_db_engine, init_db
from mock_backends.testing import running_app, sqlite_settings


def create_session(tmp_path: Path) -> Session:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'seed.db'}")
    init_db(engine)
    return Session(engine)


def kind_of(technologies: set[str]) -> str:
    for technology in ("FTTP", "FTTC", "ADSL", "FWA"):
        if technology in technologies:
            return technology
    return "none"


def test_loading_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    with create_session(tmp_path) as session:
        first = seed.load(session)
        session.commit()
        second = seed.load(session)
        session.commit()
        assert first == DocumentStore(session).count() > 0
        assert second == 0


def test_loading_keeps_documents_a_client_changed(tmp_path: Path) -> None:
    with create_session(tmp_path) as session:
        store = DocumentStore(session)
        seed.load(session)
        store.replace(
            "productOffering", (store.get("productOffering", "po-fibre-150") or {}) | {"name": "Changed"}
        )
        store.delete("productOffering", "po-fibre-900")
        seed.load(session)
        assert (store.get("productOffering", "po-fibre-150") or {})["name"] == "Changed"
        assert store.get("productOffering", "po-fibre-900") is not None


def test_at_least_60_addresses_with_unique_ids() -> None:
    addresses = address_documents()
    assert len(addresses) >= 60
    assert len({a["id"] for a in addresses}) == len(addresses)
    assert {a["id"] for a in addresses} == {r.id for r in serviceability_records()}


def test_address_base_mixes_every_kind_of_serviceability() -> None:
    kinds = Counter(kind_of({t.technology for t in r.technologies}) for r in serviceability_records())
    assert set(kinds) == {"FTTP", "FTTC", "ADSL", "FWA", "none"}
    assert min(kinds.values()) >= 6


def test_every_broadband_offering_is_available_somewhere() -> None:
    documents = catalogue_documents()
    specs = {spec["id"]: spec for spec in documents["productSpecification"]}
    records = serviceability_records()
    for offering in documents["productOffering"]:
        if offering["category"][0]["id"] != "cat-broadband":
            continue
        values = {
            c["name"]: c["productSpecCharacteristicValue"][0]["value"]
            for c in specs[offering["productSpecification"]["id"]]["productSpecCharacteristic"]
        }
        assert any(
            t.technology == values["technology"] and values["downloadSpeed"] <= t.maxDownloadSpeed
            for record in records
            for t in record.technologies
        ), offering["id"]


def test_catalogue_ids_are_readable_and_unique() -> None:
    documents = catalogue_documents()
    ids = [document["id"] for group in documents.values() for document in group]
    assert len(ids) == len(set(ids))
    assert "pop-fibre-500-monthly" in ids
    assert "po-home-wireless-100" in ids


async def test_app_seeds_at_start_unless_disabled(tmp_path: Path) -> None:
    offerings = "/tmf-api/productCatalogManagement/v4/productOffering"
    async with running_app(sqlite_settings(tmp_path / "seeded")) as client:
        assert (await client.get(offerings)).headers["X-Total-Count"] == "9"
    async with running_app(sqlite_settings(tmp_path / "empty", seed=False)) as client:
        assert (await client.get(offerings)).json() == []
