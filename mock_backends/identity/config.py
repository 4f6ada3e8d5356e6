"""Settings of the identity provider process, read from `IDP_*` environment variables."""

from pathlib import Path
from typing import Literal, Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IDP_")

    host: str = "127.0.0.1"
    port: int = 8700
    # The `iss` of every token and the base of every URL in the discovery document; differs from
    # host:port behind a proxy. Empty means http://{host}:{port}.
    issuer: str = ""
    database_url: str = "sqlite:///.data/identity.db"
    # RS256 signing keys, generated here at first start; never committed (.data/ is git-ignored).
    keys_dir: Path = Path(".data/identity-keys")
    # Demo clients and personas (seed.py); a deployment with real users turns this off.
    seed: bool = True
    # The demo personas (customers, agents, managers sharing `demo_password`); off in production, where
    # only the clients are seeded (scripts/stack.py turns it off unless STACK_DEMO=true).
    seed_personas: bool = True
    demo_password: SecretStr = SecretStr("Lumen-demo-2026!")

    # Audiences: user tokens are for the BFF; client-credentials tokens default to the TMF APIs.
    audience: str = "lumen-bff"
    service_audience: str = "tmf-api"

    access_token_ttl_seconds: int = Field(default=900, gt=0)
    id_token_ttl_seconds: int = Field(default=900, gt=0)
    refresh_token_ttl_seconds: int = Field(default=12 * 3600, gt=0)
    # RFC 6749 §4.1.2 recommends at most 10 minutes; a browser redirect needs seconds.
    authorization_code_ttl_seconds: int = Field(default=120, gt=0)
    session_ttl_seconds: int = Field(default=8 * 3600, gt=0)

    storefront_client_secret: SecretStr = SecretStr("storefront-dev-secret")
    storefront_redirect_uris: list[str] = [
        "http://localhost:3000/auth/callback",
        "http://127.0.0.1:3000/auth/callback",
    ]
    storefront_post_logout_redirect_uris: list[str] = ["http://localhost:3000/", "http://127.0.0.1:3000/"]
    bff_client_secret: SecretStr = SecretStr("bff-dev-secret")
    test_client_secret: SecretStr = SecretStr("test-client-secret")
    # RFC 8252 §7.3: a loopback redirect URI may use any port (tests and dev servers pick free ones).
    allow_loopback_redirects: bool = True

    # Argon2id cost (passwords.py): OWASP's baseline; RFC_9106_LOW_MEMORY on hosts with 4+ cores; CHEAPEST
    # only to keep test suites fast. Hashes made with other parameters are redone at the next sign-in.
    password_hash_profile: Literal["OWASP", "RFC_9106_LOW_MEMORY", "CHEAPEST"] = "OWASP"
    # NIST SP 800-63B: at least 8 characters, checked against a list of common and breached passwords.
    password_min_length: int = Field(default=8, ge=8)
    # Registration: at most this many per client address in a window (fixed windows), answered 429 after.
    registration_ip_limit: int = Field(default=20, ge=1)
    registration_window_seconds: float = Field(default=3600.0, gt=0)
    # ...and at most this many registration mails to one e-mail address in the same window, so nobody can
    # flood someone else's mailbox through the form (the answer stays "check your e-mail" either way).
    registration_mails_per_address: int = Field(default=3, ge=1)
    # How long the link of the "confirm your e-mail" message works.
    email_verification_ttl_seconds: int = Field(default=24 * 3600, gt=0)
    # The provider delivers no mail: every message goes to its outbox, and the mail catcher (GET /mail, a
    # page listing them with their links) shows it. For demos and tests only; it lets anyone read any mail.
    mail_catcher: bool = True

    # Failed sign-ins (throttle.py): after `free` failures each further one locks for base * 2**n seconds,
    # capped; failures older than the window are forgotten. Counted per e-mail address (known or not) and
    # per client address; a success clears only its own account's count. An IP gets more room than an
    # account because many people can share one address.
    login_account_free_failures: int = Field(default=3, ge=1)
    login_ip_free_failures: int = Field(default=10, ge=1)
    login_delay_base_seconds: float = Field(default=1.0, gt=0)
    login_delay_max_seconds: float = Field(default=30.0, gt=0)
    login_failure_window_seconds: float = Field(default=900.0, gt=0)

    # Request bodies (mock_backends/request_guard.py): larger ones are a 413; longer JSON strings a 400.
    max_body_bytes: int = Field(default=64 * 1024, gt=0)
    max_text_length: int = Field(default=10_000, gt=0)

    # One JSON object per line (time, level, logger, message, requestId, traceId, ...), or text.
    log_format: Literal["json", "text"] = "json"
    log_level: str = "INFO"

    @model_validator(mode="after")
    def _default_issuer(self) -> Self:
        if not self.issuer:
            self.issuer = f"http://{self.host}:{self.port}"
        self.issuer = self.issuer.rstrip("/")
        return self

    @property
    def secure_cookies(self) -> bool:
        return self.issuer.startswith("https://")
