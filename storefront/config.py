"""Settings of the storefront process, read once from the environment (prefix ``STOREFRONT_``)."""

from functools import lru_cache

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the web BFF and the sign-in service live, and how the storefront identifies itself."""

    model_config = SettingsConfigDict(env_prefix="STOREFRONT_", extra="ignore")

    bff_url: str = "http://127.0.0.1:8500"
    # The retail channel BFF, for the store staff's screens under /store.
    retail_bff_url: str = "http://127.0.0.1:8501"
    # The BFF itself waits up to 5 s per backend call; leave it room to answer with a proper 503.
    bff_timeout_seconds: float = 10.0
    port: int = 3000
    # Where people reach the storefront; the sign-in callback is built from the browser's own origin when
    # it is known, so this is only the fallback.
    public_url: str = "http://localhost:3000"
    # The origins whose pages may use the storefront's event endpoint with cookies, comma separated; empty:
    # the public URL's origin (and its localhost / 127.0.0.1 twin). Set it to the HTTPS origin in production.
    allowed_origins: str = ""

    # OpenID Connect: the storefront is a confidential client; tokens stay on the server side of Reflex.
    oidc_issuer: str = "http://127.0.0.1:8700"
    oidc_client_id: str = "lumen-storefront"
    oidc_client_secret: SecretStr = SecretStr("storefront-dev-secret")

    # Price the baskets one add-on tick away ahead of the click, as real TMF648 quotes (about one per add-on
    # per step), so a tick shows its price at once. Off for a quote system that should only hold quotes a
    # customer asked for; ticks are then priced when clicked.
    price_ahead: bool = True


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; cached so every module sees the same values."""
    return Settings()
