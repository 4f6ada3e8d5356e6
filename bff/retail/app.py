"""The retail channel BFF: a FastAPI app shaped for the store staff's screens (same core as the web channel).

Same middleware, error rendering and lifespan as the web channel (bff/channel/app.py); its own OpenAPI. Its
services do not subscribe to TMF622 events: the store queue stream polls (bff/core/staff/queue.py).
"""

from __future__ import annotations

from fastapi import Depends, FastAPI

from bff.channel.app import create_channel_app
from bff.channel.auth import staff_principal
from bff.config import Settings
from bff.retail import catalogue, customers, leads, products, staff, stores, visits, worklist


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_channel_app(
        settings or Settings(),
        channel="retail",
        title="Retail channel BFF",
        version="1.0.0",
        description="Backend-for-frontend of the store staff's screens: customers, orders on their behalf, "
        "discounts and approvals, the store's order queue, leads. Every endpoint needs a staff sign-in.",
        routers=[
            module.router
            for module in (staff, customers, products, catalogue, stores, leads, worklist, visits)
        ],
        dependencies=[Depends(staff_principal)],
        order_events=False,
    )
