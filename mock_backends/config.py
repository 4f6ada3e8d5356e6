"""Settings of the mock backends process, read from `MOCKS_*` environment variables."""

from typing import Self

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MOCKS_")

    host: str = "127.0.0.1"
    port: int = 8600
    database_url: str = "sqlite:///.data/mock_backends.db"
    # Base of the absolute `href`s; differs from host:port behind a proxy or in a container.
    public_url: str = ""
    seed: bool = True

    @model_validator(mode="after")
    def _default_public_url(self) -> Self:
        if not self.public_url:
            self.public_url = f"http://{self.host}:{self.port}"
        self.public_url = self.public_url.rstrip("/")
        return self
