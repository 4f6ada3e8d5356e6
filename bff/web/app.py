"""The web channel BFF: a FastAPI app shaped for the consumer storefront."""

from __future__ import annotations

from fastapi import FastAPI

from bff.channel.app import create_channel_app
from bff.config import Settings
from bff.web import billing, catalogue, deposits, leads, listener, orders, products, quotes, visits


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_channel_app(
        settings or Settings(),
        channel="web",
        title="Web channel BFF",
        version="1.1.0",
        description="Backend-for-frontend of the consumer storefront: broadband ordering over TMF Open APIs.",
        routers=[
            module.router
            for module in (catalogue, orders, deposits, billing, products, listener, quotes, leads, visits)
        ],
    )
