"""Locks across BFF workers on PostgreSQL (advisory locks): one holder at a time per name, a bounded wait,
nothing left locked in the pool; and two workers' first orders of one new customer make one customer."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
import respx
from sqlalchemy import Engine, text

from bff.core.clients.tmf629 import Tmf629Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.customers import CustomerDirectory
from bff.core.idempotency import create_db_engine
from bff.core.models import Contact
from bff.core.shared_locks import AdvisoryLocks, SharedLockBusy, lock_key
from scripts.stack import scratch_database
from tests.bff.factories import URLS, create_customer, mock_new_person


@pytest.fixture(scope="module")
def database_url() -> Iterator[str]:
    with scratch_database() as url:
        yield url


@pytest.fixture
def engines(database_url: str) -> Iterator[tuple[Engine, Engine]]:
    """Two pools, as two worker processes have."""
    first, second = create_db_engine(database_url), create_db_engine(database_url)
    yield first, second
    first.dispose()
    second.dispose()


def locks_held(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).scalar()
        )


async def test_a_second_worker_waits_for_the_first(engines: tuple[Engine, Engine]) -> None:
    first, second = AdvisoryLocks(engines[0], 5.0), AdvisoryLocks(engines[1], 5.0)
    order: list[str] = []

    async def hold(locks: AdvisoryLocks, who: str, seconds: float) -> None:
        async with locks.hold("customer:cust-1"):
            order.append(f"{who} in")
            await asyncio.sleep(seconds)
            order.append(f"{who} out")

    first_task = asyncio.create_task(hold(first, "first", 0.3))
    await asyncio.sleep(0.1)
    await asyncio.gather(first_task, hold(second, "second", 0))

    assert order == ["first in", "first out", "second in", "second out"]
    assert locks_held(engines[0]) == 0


async def test_other_names_do_not_wait(engines: tuple[Engine, Engine]) -> None:
    first, second = AdvisoryLocks(engines[0], 5.0), AdvisoryLocks(engines[1], 0.2)

    async with first.hold("customer:cust-1"), second.hold("customer:cust-2"):
        assert locks_held(engines[0]) == 2
    assert lock_key("customer:cust-1") != lock_key("customer:cust-2")


async def test_the_wait_is_bounded_and_leaves_nothing_locked(engines: tuple[Engine, Engine]) -> None:
    first, second = AdvisoryLocks(engines[0], 5.0), AdvisoryLocks(engines[1], 0.2)

    async with first.hold("customer:cust-1"):
        with pytest.raises(SharedLockBusy):
            async with second.hold("customer:cust-1"):
                pass
    async with second.hold("customer:cust-1"):  # free again once the first let go
        pass

    assert locks_held(engines[0]) == 0


async def test_two_workers_first_orders_make_one_customer(engines: tuple[Engine, Engine]) -> None:
    made: list[dict[str, object]] = []

    def find(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=made, headers={"X-Total-Count": str(len(made))})

    async def create(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.2)  # slow enough that the other worker's order arrives meanwhile
        made.append(
            create_customer(customer_id=f"c-{len(made) + 1}", individual_id="ind-42", claim="cust-new")
        )
        return httpx.Response(201, json=made[-1])

    contact = Contact(given_name="Jane", family_name="Doe", email="jane@example.com", phone="07700 900123")
    with respx.mock(assert_all_called=False) as tmf:
        created = mock_new_person(tmf, "cust-new", find, create)
        customers = Tmf629Client.for_url(URLS["tmf629_url"], 5)
        parties = Tmf632Client.for_url(URLS["tmf632_url"], 5)
        workers = [CustomerDirectory(shared_locks=AdvisoryLocks(engine, 5.0)) for engine in engines]
        try:
            first, second = await asyncio.gather(
                *(worker.ensure(customers, parties, "cust-new", contact) for worker in workers)
            )
        finally:
            await customers.aclose()
            await parties.aclose()

    assert created.call_count == 1
    assert first.customer_id == second.customer_id == "c-1"
