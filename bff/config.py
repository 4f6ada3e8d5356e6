"""Settings of the BFF processes (environment variables prefixed `BFF_`).

Every backend is its own base URL (whose last path segment, `v4`, is the API version the BFF speaks), so the
same BFF runs against our mocks or a real TMF-conformant system; see "Real backends" in docs/configuration.md.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, Self

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_MOCKS = "http://127.0.0.1:8600/tmf-api"


class CatalogueProfile(BaseModel):
    """The catalogue profile: what the BFF reads beyond the TMF specs, each with our mocks' convention as its
    default (environment: `BFF_PROFILE__<FIELD>`, lists as JSON). See "Catalogue profile" in
    docs/configuration.md."""

    model_config = ConfigDict(frozen=True)

    technology_characteristic: str = Field(
        "technology",
        description="TMF620 specification characteristic naming an offer's access technology (FTTP...); "
        "an offering without it is an add-on",
    )
    download_characteristic: str = Field("downloadSpeed", description="TMF620: an offer's download, Mb/s")
    upload_characteristic: str = Field("uploadSpeed", description="TMF620: an offer's upload, Mb/s")
    qualified_technology_characteristic: str = Field(
        "technology", description="TMF645 serviceCharacteristic naming a technology qualified at the address"
    )
    qualified_download_characteristic: str = Field(
        "maxDownloadSpeed", description="TMF645: the most a qualified line carries down, Mb/s"
    )
    qualified_upload_characteristic: str = Field(
        "maxUploadSpeed", description="TMF645: the most a qualified line carries up, Mb/s"
    )
    sellable_statuses: tuple[str, ...] = Field(
        ("active", "launched"), description="TMF620 lifecycleStatus values on sale (compared without case)"
    )
    recurring_price_types: tuple[str, ...] = Field(
        ("recurring",), description="TMF620 priceType of a monthly price (compared without case)"
    )
    one_off_price_types: tuple[str, ...] = Field(
        ("onetime", "one-time", "one_time"), description="TMF620 priceType of a one-off price"
    )
    discount_price_types: tuple[str, ...] = Field(
        ("discount",), description="TMF620 priceType of a promotion (percentage off for N months)"
    )
    contract_term_unit: str = Field(
        "month", description="TMF620 productOfferingTerm duration unit read as months (a prefix, no case)"
    )
    order_milestones_attribute: str = Field(
        "productOrderMilestone",
        description="TMF622 order attribute holding its milestones (v5's name; TMF622 v4 has none, so a v4 "
        "server's extension may name it otherwise); absent: the order page shows states only",
    )
    order_error_messages_attribute: str = Field(
        "productOrderErrorMessage",
        description="TMF622 order attribute holding why it is held, failed or rejected (v5's name)",
    )
    approval_hold_code: str = Field(
        "APPROVAL_REQUIRED",
        description="TMF622 error message code of an order the order manager holds for a manager's approval "
        "(an agent's discount above its threshold)",
    )
    credit_referral_code: str = Field(
        "CREDIT_REFERRAL",
        description="TMF622 error message code of an order held for a credit referral (the credit team's)",
    )
    fraud_review_code: str = Field(
        "FRAUD_REVIEW",
        description="TMF622 error message code of an order held by fraud screening (the credit team's)",
    )

    # TMF622 v4 has no jeopardy alerts on an order (v5 has), neither version an installation method or an
    # amount on an error message; TMF645 no self-install; TMF666 v4 no charges and no first-bill balance:
    # our mocks' conventions, each absent answer read as "not available" (docs/configuration.md).
    order_jeopardy_alerts_attribute: str = Field(
        "productOrderJeopardyAlert",
        description="TMF622 order attribute listing the jeopardy alerts in force (v5's "
        "ProductOrderJeopardyAlert, an extension on v4); absent: a missed engineer visit is not flagged",
    )
    visit_missed_exception: str = Field(
        "VISIT_MISSED",
        description="TMF622 jeopardy alert `exception` of an engineer visit that did not happen and is not "
        "booked again yet",
    )
    self_installable_characteristic: str = Field(
        "selfInstallable",
        description="TMF645 serviceCharacteristic (boolean): a working line of the technology is at the "
        "address, so the customer may set it up; absent: self-install is not offered (an engineer visit)",
    )
    installation_method_characteristic: str = Field(
        "installationMethod",
        description="TMF622 productCharacteristic of the main item saying how it is installed",
    )
    self_install_value: str = Field(
        "selfInstall", description="Its value on an order the customer sets up (no visit: a router is posted)"
    )
    deposit_amount_attribute: str = Field(
        "amount",
        description="TMF622 error message attribute (a Money) holding the deposit a DEPOSIT_REQUIRED asks "
        "for; absent: the deposit cannot be accepted online (409 DEPOSIT_AMOUNT_UNKNOWN)",
    )
    billing_charges_attribute: str = Field(
        "billingCharge",
        description="TMF666 billing account attribute listing what each activated product is charged; "
        "absent: My account says the charges are not available yet",
    )
    first_bill_balance_type: str = Field(
        "firstBill",
        description="TMF666 accountBalance balanceType of the first bill (its amount, dated by "
        "validFor.startDateTime); absent: the first bill is 'worked out once your broadband starts'",
    )

    @property
    def hold_codes(self) -> frozenset[str]:
        """The codes of a held order waiting for a person's decision (read as approvalRequired)."""
        return frozenset({self.approval_hold_code, self.credit_referral_code})

    @property
    def credit_codes(self) -> frozenset[str]:
        """The holds only the credit team decides (never a store manager): credit referral, fraud review."""
        return frozenset({self.credit_referral_code, self.fraud_review_code})


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BFF_", env_file=".env", extra="ignore", env_nested_delimiter="__"
    )

    host: str = Field("127.0.0.1", description="Interface the web channel BFF listens on")
    port: int = Field(8500, description="Port of the web channel BFF")
    public_url: str = Field(
        "",
        description="Base URL at which TMF event hubs reach this BFF (callbacks go to "
        "{public_url}/tmf-listener/...); default http://{host}:{port}",
    )

    tmf620_url: str = Field(f"{_MOCKS}/productCatalogManagement/v4", description="TMF620 Product Catalog")
    tmf622_url: str = Field(f"{_MOCKS}/productOrderingManagement/v4", description="TMF622 Product Ordering")
    tmf629_url: str = Field(f"{_MOCKS}/customerManagement/v4", description="TMF629 Customer Management")
    tmf632_url: str = Field(f"{_MOCKS}/party/v4", description="TMF632 Party Management")
    tmf637_url: str = Field(f"{_MOCKS}/productInventory/v4", description="TMF637 Product Inventory")
    tmf645_url: str = Field(
        f"{_MOCKS}/serviceQualificationManagement/v4", description="TMF645 Service Qualification"
    )
    tmf646_url: str = Field(f"{_MOCKS}/appointment/v4", description="TMF646 Appointment Management")
    tmf648_url: str = Field(f"{_MOCKS}/quoteManagement/v4", description="TMF648 Quote Management")
    tmf666_url: str = Field(
        f"{_MOCKS}/accountManagement/v4", description="TMF666 Account Management (billing accounts)"
    )
    tmf670_url: str = Field(f"{_MOCKS}/paymentMethod/v4", description="TMF670 Payment Method")
    tmf673_url: str = Field(
        f"{_MOCKS}/geographicAddressManagement/v4", description="TMF673 Geographic Address Management"
    )
    tmf679_url: str = Field(
        "",
        description="TMF679 Product Offering Qualification (optional): when set, offers are also qualified "
        "there for the customer and the address; empty: the BFF's own rules only",
    )

    timeout_seconds: float = Field(5.0, gt=0, description="Timeout of every backend call")
    max_connections: int = Field(100, gt=0, description="Connection pool size per backend")
    retry_attempts: int = Field(
        3, ge=1, description="Attempts of a call that cannot duplicate anything (reads, TMF645 check)"
    )
    retry_wait_initial_seconds: float = Field(
        0.05, ge=0, description="First backoff before a retry; grows exponentially, with jitter"
    )
    retry_budget_seconds: float = Field(
        8.0, gt=0, description="No retry starts after this long, so the storefront's own timeout is kept"
    )

    oauth_token_url: str = Field(
        "",
        description="OAuth2 token endpoint; when set with the client id and secret, every backend call "
        "carries a client-credentials bearer token",
    )
    oauth_client_id: str = Field("", description="OAuth2 client id of the BFF")
    oauth_client_secret: SecretStr = Field(SecretStr(""), description="OAuth2 client secret of the BFF")
    oauth_scope: str = Field("", description="Scopes asked for with the token (space separated), if any")
    oauth_refresh_leeway_seconds: float = Field(
        60.0, ge=0, description="A token is replaced this long before it expires"
    )
    oauth_audience: str = Field(
        "tmf-api",
        description="Audience asked for with the client-credentials token (the TMF APIs'); empty: the "
        "token endpoint's default",
    )

    oidc_issuer: str = Field(
        "http://127.0.0.1:8700",
        description="OpenID Connect issuer whose access tokens the channel accepts (`iss`); its signing keys "
        "are found through {issuer}/.well-known/openid-configuration",
    )
    oidc_audience: str = Field("lumen-bff", description="`aud` an accepted access token must carry")
    oidc_algorithms: list[str] = Field(
        default_factory=lambda: ["RS256"], description="Signature algorithms accepted (an allow-list)"
    )
    oidc_jwks_ttl_seconds: float = Field(
        300.0, gt=0, description="How long the issuer's signing keys (JWKS) are reused before a new read"
    )
    oidc_jwks_refresh_min_seconds: float = Field(
        30.0,
        ge=0,
        description="A token signed with a key the JWKS lacks makes them be read again, at most this often",
    )
    oidc_leeway_seconds: int = Field(30, ge=0, le=300, description="Clock skew allowed on exp, nbf and iat")

    database_url: str = Field(
        "sqlite:///.data/bff.db",
        description="Where Idempotency-Keys and their outcomes are kept (SQLite or postgresql+psycopg://...)",
    )
    idempotency_ttl_hours: float = Field(24.0, gt=0, description="How long an Idempotency-Key is remembered")
    idempotency_stale_seconds: float = Field(
        60.0,
        gt=0,
        description="A key still in flight after this long is taken over by a retry (its first request died)",
    )
    max_body_bytes: int = Field(
        65536, gt=0, description="A request body larger than this is refused (413) before it is read whole"
    )

    order_events: bool = Field(True, description="Subscribe to the TMF622 event hub to push order changes")
    order_events_subscribe: bool = Field(
        True,
        description="This process registers the hub subscription itself; the supervisor of several workers "
        "subscribes once for all of them and turns this off in each worker",
    )
    visit_change_notice_hours: float = Field(
        24.0, ge=0, description="A customer cannot reschedule or cancel a visit this close to its start"
    )
    visit_day_seconds: float = Field(
        86400.0,
        gt=0,
        description="The order manager's day for an order waiting for its visit, in real seconds: the visit "
        "change notice is measured on that clock (the mocks' MOCKS_DAY_SECONDS; 86400 for a real OSS)",
    )
    order_poll_seconds: float = Field(
        5.0, gt=0, description="An order stream reads TMF622 itself when no event came for this long"
    )
    order_stream_max_seconds: float = Field(
        1800.0, gt=0, description="An order event stream closes after this long (the browser reconnects)"
    )

    catalog_ttl_seconds: float = Field(
        60.0, ge=0, description="How long the catalogue read from TMF620 is reused before it is read again"
    )
    qualification_ttl_seconds: float = Field(
        60.0,
        ge=0,
        description="How long an address's TMF645 qualification is reused by availability checks (0: off)",
    )
    currency: str = Field("GBP", description="Currency the channel sells in")
    early_termination_discount_percent: Decimal = Field(
        Decimal(0),
        ge=0,
        le=100,
        description="Taken off the remaining monthly charges of a line ended inside its minimum term "
        "(early_termination.py; e.g. VAT or costs no longer incurred)",
    )
    provider_name: str = Field(
        "Lumen Fibre Ltd", min_length=1, description="The provider named on the contract summary"
    )
    price_rise_pence_per_month: int = Field(
        300,
        ge=0,
        description="The yearly price rise, in pence a month, stated on the contract summary (UK rules since "
        "January 2025: rises in pounds and pence)",
    )
    price_rise_month: int = Field(4, ge=1, le=12, description="The month (1-12) the yearly price rise starts")
    cooling_off_days: int = Field(
        14, ge=14, description="Days after the order in which the customer may cancel without a charge"
    )
    contract_ending: str = Field(
        "Call us on 0800 123 4567 or use My account, giving 30 days' notice. Inside the minimum term an "
        "early-termination charge applies: the monthly charges left, shown before you confirm.",
        min_length=1,
        description="How the customer ends the contract, as the contract summary says it",
    )
    profile: CatalogueProfile = Field(
        default_factory=CatalogueProfile, description="The catalogue profile (BFF_PROFILE__<FIELD>)"
    )
    channel_id: str = Field("web", description="Sales channel recorded on orders (TMF622 channel.id)")
    doctor_postcode: str = Field(
        "RG1 4AB", description="`python -m bff doctor` checks that this known address qualifies (postcode)"
    )
    doctor_house_number: str = Field("3", description="House number of the address doctor checks")
    doctor_customer_id: str = Field(
        "",
        description="TMF629 customer the doctor's approvals probe (--allow-writes) orders for; empty: the "
        "first customer TMF629 lists",
    )
    doctor_hold_wait_seconds: float = Field(
        30.0, gt=0, description="How long the approvals probe waits for the order system to validate it"
    )
    log_format: Literal["json", "text"] = Field("json", description="Log lines as JSON objects or as text")
    log_level: str = Field("INFO", description="Lowest level logged")

    # Operations: worker processes, readiness, metrics (bff/supervisor.py, bff/core/readiness.py, metrics.py).
    workers: int = Field(
        1,
        ge=1,
        le=64,
        description="Worker processes serving the channels on shared sockets; above 1 a supervisor starts "
        "them, restarts a dead one and stops all on SIGTERM/SIGINT",
    )
    ready_cache_seconds: float = Field(
        5.0, ge=0, description="How long a /ready answer is reused before its dependencies are checked again"
    )
    metrics_multiproc_dir: str = Field(
        "",
        validation_alias=AliasChoices("PROMETHEUS_MULTIPROC_DIR"),
        description="prometheus_client's multiprocess folder (PROMETHEUS_MULTIPROC_DIR, set by the "
        "supervisor to a fresh folder): /metrics then sums every worker",
    )

    # The retail channel (bff/retail): staff screens in the stores.
    retail_port: int = Field(8501, description="Port of the retail channel BFF (same host as the web one)")
    retail_channel_id: str = Field("retail", description="TMF622 channel.id of orders placed by store staff")
    retail_agent_discount_limit_percent: float = Field(
        10.0,
        ge=0,
        le=100,
        description="An agent's discount above this is placed, then held by TMF622 for a manager's approval; "
        "the order manager's approval threshold must be the same number (scripts/stack.py sets the mocks' "
        "MOCKS_ORDER_APPROVAL_DISCOUNT_PERCENT from it)",
    )
    retail_jeopardy_seconds: dict[str, float] = Field(
        default_factory=lambda: {
            "acknowledged": 900.0,
            "pending": 172800.0,
            "held": 14400.0,
            "inProgress": 1209600.0,
            "assessingCancellation": 86400.0,
            "pendingCancellation": 86400.0,
        },
        description="Target time in each open TMF622 state (JSON, state -> seconds); an order in a state "
        "longer than its target is in jeopardy on the store's queue",
    )
    retail_queue_poll_seconds: float = Field(
        5.0, gt=0, description="How often a store queue stream reads TMF622 for changes"
    )
    retail_at_risk_hours: float = Field(
        24.0,
        gt=0,
        description="An open order whose promised date is this close and which is not where it should be "
        "(not yet in progress, or no engineer assigned for a visit within a day) is 'at risk' on the queue",
    )
    retail_store_areas: dict[str, list[str]] = Field(
        default_factory=lambda: {
            "store-rdg": ["RG"],
            "store-ldn": ["E", "EC", "N", "NW", "SE", "SW", "W", "WC"],
        },
        description="Postcode areas each store serves (JSON, store id -> areas); a lead goes to its area's "
        "store",
    )
    retail_default_store_id: str = Field(
        "store-rdg",
        description="The store a lead goes to when no store's area covers its postcode: every lead belongs "
        "to a store",
    )
    retail_lead_recheck_seconds: float = Field(
        300.0,
        ge=0,
        description="How often an open lead's address is asked about again (TMF645) when the store's leads "
        "worklist is read; a lead that became serviceable is flagged and listed first",
    )
    retail_store_names: dict[str, str] = Field(
        default_factory=lambda: {"store-rdg": "Reading", "store-ldn": "London"},
        description="Each store's name as staff screens show it (JSON, store id -> name); a store not listed "
        "is shown by its id",
    )

    @model_validator(mode="after")
    def _default_public_url(self) -> Self:
        self.public_url = (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")
        return self

    @property
    def oauth_enabled(self) -> bool:
        return bool(self.oauth_token_url and self.oauth_client_id)

    def backend_urls(self) -> dict[str, str]:
        """Base URL of each TMF API by name, e.g. {"TMF620": "http://.../v4"}."""
        return {
            name.removesuffix("_url").upper(): getattr(self, name)
            for name in type(self).model_fields
            if name.startswith("tmf") and name.endswith("_url") and getattr(self, name)
        }
