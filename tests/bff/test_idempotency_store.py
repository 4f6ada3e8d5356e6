"""The Idempotency-Key store on SQLite and PostgreSQL: claim, replay, mismatch, in flight, takeover, purge.

PostgreSQL tests run in a scratch schema of this machine's server (the `postgres_url` fixture of
tests/conftest.py) and fail when it cannot be reached.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from bff.core.idempotency import (
    IdempotencyKeyInFlight,
    IdempotencyKeyReused,
    IdempotencyStore,
    _utcnow,
    create_db_engine,
    fingerprint,
)

SCOPE = "web:anonymous"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'nested' / 'bff.db'}"
    return request.getfixturevalue("postgres_url")


def create_store(database_url: str, ttl_hours: float = 24, stale_seconds: float = 60) -> IdempotencyStore:
    store = IdempotencyStore(
        create_db_engine(database_url),
        ttl=timedelta(hours=ttl_hours),
        stale_after=timedelta(seconds=stale_seconds),
    )
    store.create_table()
    return store


@pytest.fixture
def store(database_url: str) -> Iterator[IdempotencyStore]:
    store = create_store(database_url)
    yield store
    store.dispose()


def test_first_claim_runs_and_its_outcome_is_replayed(store: IdempotencyStore) -> None:
    first = store.claim(SCOPE, "key-00000001", "fp-a")
    store.complete(SCOPE, "key-00000001", 201, {"id": "po-1", "price": 35.5, "items": [{"id": "1"}]})

    again = store.claim(SCOPE, "key-00000001", "fp-a")

    assert first.replay is False
    assert again.replay is True
    assert again.status_code == 201
    assert again.body == {"id": "po-1", "price": 35.5, "items": [{"id": "1"}]}


def test_same_key_for_another_request_is_refused(store: IdempotencyStore) -> None:
    store.claim(SCOPE, "key-00000002", "fp-a")
    store.complete(SCOPE, "key-00000002", 201, {"id": "po-1"})

    with pytest.raises(IdempotencyKeyReused):
        store.claim(SCOPE, "key-00000002", "fp-b")


def test_key_in_flight_is_a_conflict(store: IdempotencyStore) -> None:
    store.claim(SCOPE, "key-00000003", "fp-a")

    with pytest.raises(IdempotencyKeyInFlight):
        store.claim(SCOPE, "key-00000003", "fp-a")


def test_keys_of_another_scope_are_separate(store: IdempotencyStore) -> None:
    store.claim(SCOPE, "key-00000004", "fp-a")

    assert store.claim("retail:agent-7", "key-00000004", "fp-other").replay is False


def test_released_key_runs_again(store: IdempotencyStore) -> None:
    store.claim(SCOPE, "key-00000005", "fp-a")
    store.release(SCOPE, "key-00000005")

    assert store.claim(SCOPE, "key-00000005", "fp-a").replay is False


def test_stale_claim_is_taken_over_once(database_url: str) -> None:
    store = create_store(database_url, stale_seconds=0.001)
    store.claim(SCOPE, "key-00000006", "fp-a")  # its request then "dies" without completing

    takeover = store.claim(SCOPE, "key-00000006", "fp-a")

    assert takeover.replay is False and takeover.taken_over is True
    record = store.get(SCOPE, "key-00000006")
    assert record is not None and record.attempt == 2
    store.dispose()


def test_purge_forgets_keys_older_than_the_ttl(store: IdempotencyStore) -> None:
    store.claim(SCOPE, "key-old-00001", "fp-a")
    store.complete(SCOPE, "key-old-00001", 201, {"id": "po-1"})

    assert store.purge(now=_utcnow() + timedelta(hours=23)) == 0
    assert store.purge(now=_utcnow() + timedelta(hours=25)) == 1
    assert store.get(SCOPE, "key-old-00001") is None


def test_expired_key_counts_as_new(database_url: str) -> None:
    store = create_store(database_url, ttl_hours=1e-9)
    store.claim(SCOPE, "key-00000007", "fp-a")
    store.complete(SCOPE, "key-00000007", 201, {"id": "po-1"})

    assert store.claim(SCOPE, "key-00000007", "fp-b").replay is False
    store.dispose()


def test_outcomes_survive_a_new_store_on_the_same_database(database_url: str) -> None:
    first = create_store(database_url)
    first.claim(SCOPE, "key-00000008", "fp-a")
    first.complete(SCOPE, "key-00000008", 201, {"id": "po-1"})
    first.dispose()

    restarted = create_store(database_url)
    assert restarted.claim(SCOPE, "key-00000008", "fp-a").body == {"id": "po-1"}
    restarted.dispose()


def test_fingerprint_ignores_key_order_but_not_values() -> None:
    one = fingerprint("POST", "/api/v1/orders", {"a": 1, "b": [1, 2]}, SCOPE)

    assert one == fingerprint("post", "/api/v1/orders", {"b": [1, 2], "a": 1}, SCOPE)
    assert one != fingerprint("POST", "/api/v1/orders", {"a": 1, "b": [2, 1]}, SCOPE)
    assert one != fingerprint("POST", "/api/v1/quotes", {"a": 1, "b": [1, 2]}, SCOPE)
    assert one != fingerprint("POST", "/api/v1/orders", {"a": 1, "b": [1, 2]}, "web:someone")
