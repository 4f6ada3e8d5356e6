"""Settings of the BFF processes (environment variables prefixed `BFF_`).

Every backend is its own base URL so the same BFF runs against our mocks or a real TMF-conformant system.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

_MOCKS = "http://127.0.0.1:8600/tmf-api"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BFF_", env_file=".env", extra="ignore")

    host: str = Field("127.0.0.1", description="Interface the web channel BFF listens on")
    port: int = Field(8500, description="Port of the web channel BFF")

    tmf620_url: str = Field(f"{_MOCKS}/productCatalogManagement/v4", description="TMF620 Product Catalog")
    tmf622_url: str = Field(f"{_MOCKS}/productOrderingManagement/v4", description="TMF622 Product Ordering")
    tmf632_url: str = Field(f"{_MOCKS}/party/v4", description="TMF632 Party Management")
    tmf645_url: str = Field(
        f"{_MOCKS}/serviceQualificationManagement/v4", description="TMF645 Service Qualification"
    )
    tmf648_url: str = Field(f"{_MOCKS}/quoteManagement/v4", description="TMF648 Quote Management")

    timeout_seconds: float = Field(5.0, gt=0, description="Timeout of every backend call")
    max_connections: int = Field(100, gt=0, description="Connection pool size per backend")
    catalog_ttl_seconds: float = Field(
        60.0, ge=0, description="How long the catalogue read from TMF620 is reused before it is read again"
    )
    currency: str = Field("GBP", description="Currency the channel sells in")
    channel_id: str = Field("web", description="Sales channel recorded on orders (TMF622 channel.id)")
