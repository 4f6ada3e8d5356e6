"""The TMF646 mock server in process behind a channel's TMF646 client (the other backends stay on respx)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
from sqlalchemy import update
from sqlmodel import col

from bff.core.backends import ChannelServices
from bff.core.clients.tmf646 import Tmf646Client
from mock_backends.app import create_app
from mock_backends.config import Settings as MockSettings
from mock_backends.storage import create_db_engine
from mock_backends.tmf646.models import SlotCapacity

ADDRESS = "addr-rg14ab-12"  # RG1: four engineers a weekday slot


async def serve_tmf646(services: ChannelServices, mocks: MockSettings) -> AsyncIterator[None]:
    """The services' TMF646 client, pointed at the mock server in process while the generator runs."""
    app = create_app(mocks)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        base_url = f"{mocks.public_url}/tmf-api/appointment/v4/"
        async with httpx.AsyncClient(transport=transport, base_url=base_url) as http:
            real = services.backends.tmf646
            services.backends.tmf646 = Tmf646Client(http)
            yield
            services.backends.tmf646 = real


def fill_up(mocks: MockSettings, slot_id: str, left: int = 0) -> None:
    """Book the slot's visits behind the API's back, all but `left`."""
    engine = create_db_engine(mocks.database_url)
    with engine.begin() as connection:
        connection.execute(
            update(SlotCapacity)
            .where(col(SlotCapacity.slot_id) == slot_id)
            .values(booked=col(SlotCapacity.capacity) - left)
        )
    engine.dispose()
