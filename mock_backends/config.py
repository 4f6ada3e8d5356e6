"""Settings of the mock backends process, read from `MOCKS_*` environment variables."""

from typing import Literal, Self

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from mock_backends.credit_bureau.service import Policy
from mock_backends.faults.models import FaultRule


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MOCKS_")

    host: str = "127.0.0.1"
    port: int = 8600
    database_url: str = "sqlite:///.data/mock_backends.db"
    # Base of the absolute `href`s; differs from host:port behind a proxy or in a container.
    public_url: str = ""
    seed: bool = True
    # The demo customers, their orders and products (seed/customers.py); the catalogue and address base are
    # seeded either way. Off in production unless a demo is asked for (scripts/stack.py, STACK_DEMO).
    seed_demo_customers: bool = True

    # TMF622 order lifecycle engine (tmf622/engine.py): `instant` steps at once (tests), `deterministic`
    # waits exactly order_step_seconds per step (reproducible runs), `realistic` 0.5-1.5x that (demos),
    # `off` leaves orders as the API wrote them.
    order_pace: Literal["instant", "deterministic", "realistic", "off"] = "realistic"
    order_step_seconds: float = 3.0
    # An ad-hoc discount (not a catalogue promotion) above this percentage needs a manual approval.
    order_approval_discount_percent: float = 20.0
    # Credit bureau (credit_bureau/service.py): a file's score below decline_below is declined, below
    # refer_below referred to the credit team, below accept_from (or a history shorter than
    # thin_file_months) accepted with a deposit of deposit_gbp; no file at all gets no_file_outcome.
    credit_decline_below: int = Field(default=450, ge=0, le=999)
    credit_refer_below: int = Field(default=560, ge=0, le=999)
    credit_accept_from: int = Field(default=700, ge=0, le=999)
    credit_thin_file_months: int = Field(default=36, ge=0)
    credit_deposit_gbp: float = Field(default=100.0, gt=0)
    credit_no_file_outcome: Literal["accept", "deposit", "refer"] = "accept"
    # Fraud velocity (tmf622/validation.py): an order is reviewed when this many orders of other customers
    # in the last fraud_velocity_minutes share its installation address, payment method or e-mail.
    fraud_velocity_orders: int = Field(default=3, ge=1)
    fraud_velocity_minutes: float = Field(default=10.0, gt=0)
    # The mocks' clock for orders with an engineer visit (tmf622/visits.py): how many real seconds a day
    # lasts. 86400 is real time; e.g. 2.5 lets a visit three days ahead happen within seconds (tests, demos).
    # Orders without a visit, and TMF646's calendar, keep real time.
    day_seconds: float = Field(default=86400.0, gt=0)
    # TMF646: a slot held for an appointment goes back to the calendar unless confirmed within this time.
    appointment_hold_minutes: float = 15.0

    # Event delivery (events/delivery.py)
    events_poll_seconds: float = 0.2
    events_timeout_seconds: float = 5.0
    events_retry_base_seconds: float = 1.0
    events_retry_max_seconds: float = 300.0
    events_retention_seconds: float = 86400.0

    # Fault injection (faults/): API (`tmf622`, a base path, or `*`) -> rule. Off when empty.
    faults: dict[str, FaultRule] = {}

    # Bearer tokens (auth/): every /tmf-api/ and /admin/ call needs an access token of `auth_issuer` for
    # `auth_audience`. On for the product; in-process tests of something else turn it off (testing.py).
    auth_required: bool = True
    auth_issuer: str = "http://127.0.0.1:8700"
    auth_audience: str = "tmf-api"
    auth_jwks_ttl_seconds: float = 300.0
    auth_leeway_seconds: int = 30

    # Request bodies (request_guard.py): larger ones are a 413; a JSON string longer than the text limit,
    # or with control or bidirectional characters, a 400 (NaN and Infinity a 422).
    max_body_bytes: int = Field(default=1024 * 1024, gt=0)
    max_text_length: int = Field(default=10_000, gt=0)

    # One JSON object per line (time, level, logger, message, requestId, traceId, ...), or text.
    log_format: Literal["json", "text"] = "json"
    log_level: str = "INFO"

    def credit_policy(self) -> Policy:
        return Policy(
            decline_below=self.credit_decline_below,
            refer_below=self.credit_refer_below,
            accept_from=self.credit_accept_from,
            thin_file_months=self.credit_thin_file_months,
            deposit_gbp=self.credit_deposit_gbp,
            no_file_outcome=self.credit_no_file_outcome,
        )

    @model_validator(mode="after")
    def _default_public_url(self) -> Self:
        if not self.public_url:
            self.public_url = f"http://{self.host}:{self.port}"
        self.public_url = self.public_url.rstrip("/")
        return self
