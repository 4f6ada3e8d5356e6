"""The retail channel BFF: a FastAPI app shaped for the store staff's screens (same core as the web channel).

Same middleware, error rendering and lifespan as the web channel (bff/channel/app.py); its own OpenAPI. Its
services do not subscribe to TMF622 events: the store queue stream polls (bff/core/staff/queue.py).
"""

from __future__ import annotations

from types import ModuleType

from fastapi import APIRouter, Depends, FastAPI

from bff.channel.app import create_channel_app
from bff.channel.auth import retail_principal, staff_principal
from bff.config import Settings
from bff.retail import catalogue, credit, customers, leads, products, staff, stores, visits, worklist


def _staff_only(*modules: ModuleType) -> APIRouter:
    routes = APIRouter(dependencies=[Depends(staff_principal)])
    for module in modules:
        routes.include_router(module.router)
    return routes


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_channel_app(
        settings or Settings(),
        channel="retail",
        title="Retail channel BFF",
        version="1.0.0",
        description="Backend-for-frontend of the store staff's screens: customers, orders on their behalf, "
        "discounts and approvals, the store's order queue, leads, the credit team's referrals. Each endpoint "
        "needs a store staff sign-in, or a credit team one for /api/v1/credit.",
        # Store staff's routes need a store's agent or manager; the credit team has its own (credit.py).
        routers=[
            _staff_only(staff, customers, products, catalogue, stores, leads, worklist, visits),
            credit.router,
        ],
        dependencies=[Depends(retail_principal)],
        order_events=False,
    )
