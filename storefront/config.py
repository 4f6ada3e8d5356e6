"""Settings of the storefront process, read once from the environment (prefix ``STOREFRONT_``)."""

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the web BFF lives and how long to wait for it."""

    model_config = SettingsConfigDict(env_prefix="STOREFRONT_", extra="ignore")

    bff_url: str = "http://127.0.0.1:8500"
    # The BFF itself waits up to 5 s per backend call; leave it room to answer with a proper 503.
    bff_timeout_seconds: float = 10.0
    port: int = 3000


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; cached so every module sees the same values."""
    return Settings()
