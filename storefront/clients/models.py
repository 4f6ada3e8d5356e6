"""The answers both BFFs give alike (the BFF's channel models): addresses, the catalogue, a basket's
configuration, quotes, contacts and products.

Each class is named as the BFF's OpenAPI document names the schema, and holds only the fields the storefront
reads, with defaults where a BFF may leave one out; tests/contract/test_storefront_client_contract.py fails
when a BFF's document and these drift apart.
"""

from decimal import Decimal

from pydantic import Field

from storefront.clients.http import ClientModel


class Address(ClientModel):
    id: str = ""
    house_number: str = ""
    street: str = ""
    city: str = ""
    postcode: str = ""
    label: str = ""


class SubAddress(ClientModel):
    id: str
    label: str = ""


class AddressOption(Address):
    sub_addresses: list[SubAddress] = Field(default_factory=list)


class AddressList(ClientModel):
    postcode: str = ""
    addresses: list[AddressOption] = Field(default_factory=list)


class Technology(ClientModel):
    technology: str
    max_download_mbps: float | None = None
    max_upload_mbps: float | None = None
    self_install: bool = False


class Promotion(ClientModel):
    name: str = ""
    description: str = ""
    monthly_price: Decimal
    months: int


class Offer(ClientModel):
    id: str
    name: str
    description: str = ""
    technology: str = ""
    download_mbps: float | None = None
    upload_mbps: float | None = None
    monthly_price: Decimal
    one_off_price: Decimal = Decimal(0)
    currency: str = "GBP"
    contract_months: int | None = None
    promotion: Promotion | None = None


class AddOn(ClientModel):
    id: str
    name: str
    description: str = ""
    monthly_price: Decimal = Decimal(0)
    one_off_price: Decimal = Decimal(0)
    currency: str = "GBP"


class UnavailableReason(ClientModel):
    code: str = ""
    label: str = ""


class UnavailableOffer(ClientModel):
    """An offer the line carries that the operator's qualification does not sell to this customer here."""

    offer_id: str
    name: str = ""
    reasons: list[UnavailableReason] = Field(default_factory=list)


class Availability(ClientModel):
    address: Address
    serviceable: bool
    technologies: list[Technology] = Field(default_factory=list)
    offers: list[Offer] = Field(default_factory=list)
    unavailable: list[UnavailableOffer] = Field(default_factory=list)


class CatalogView(ClientModel):
    """The whole catalogue: broadband offers and add-ons."""

    offers: list[Offer] = Field(default_factory=list)
    add_ons: list[AddOn] = Field(default_factory=list)


class AllowedAddOn(ClientModel):
    id: str
    name: str = ""
    mandatory: bool = False
    preselected: bool = False
    max_quantity: int = 1
    requires: list[str] = Field(default_factory=list)
    excludes: list[str] = Field(default_factory=list)


class CharacteristicChoice(ClientModel):
    name: str
    description: str = ""
    allowed_values: list[str] = Field(default_factory=list)
    default_value: str | None = None
    required: bool = False
    value: str | None = None


class Problem(ClientModel):
    code: str = ""
    message: str = ""
    field: str = ""


class Configuration(ClientModel):
    """The catalogue's verdict on a basket: the options allowed with it, and what is wrong with it."""

    valid: bool
    offer_id: str = ""
    add_on_ids: list[str] = Field(default_factory=list)
    characteristics: dict[str, str] = Field(default_factory=dict)
    allowed_add_ons: list[AllowedAddOn] = Field(default_factory=list)
    characteristic_choices: list[CharacteristicChoice] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)


class QuoteLine(ClientModel):
    offer_id: str = ""
    name: str = ""
    monthly_price: Decimal = Decimal(0)
    one_off_price: Decimal = Decimal(0)


class PriceRise(ClientModel):
    starts_on: str  # ISO date
    increase: Decimal
    monthly_price: Decimal


class ContractSummary(ClientModel):
    """The contract summary (Ofcom GC C1) of a priced basket: read and accepted, by version, to order."""

    version: str
    provider: str = ""
    plan_name: str = ""
    technology: str = ""
    download_mbps: float | None = None
    upload_mbps: float | None = None
    add_ons: list[str] = Field(default_factory=list)
    contract_months: int | None = None
    currency: str = "GBP"
    monthly_price: Decimal
    promotion_name: str | None = None
    promotion_monthly_price: Decimal | None = None
    promotion_months: int | None = None
    promotion_ends_on: str | None = None
    monthly_price_after_promotion: Decimal
    one_off_total: Decimal
    term_total: Decimal | None = None
    price_rise_increase: Decimal = Decimal(0)
    price_rise_month: int = 4
    price_rises: list[PriceRise] = Field(default_factory=list)
    term_total_with_rises: Decimal | None = None
    cooling_off_days: int = 14
    how_to_end: str = ""
    issued_on: str = ""


class QuoteSummary(ClientModel):
    """A priced basket."""

    id: str
    state: str = ""
    currency: str = "GBP"
    items: list[QuoteLine] = Field(default_factory=list)
    monthly_total: Decimal
    one_off_total: Decimal
    promotion_monthly_total: Decimal | None = None
    promotion_months: int | None = None
    promotion_ends_on: str | None = None  # ISO date: the promotion's last day if ordered today
    contract_months: int | None = None
    term_total: Decimal | None = None  # everything paid over the minimum term
    contract_summary: ContractSummary | None = None  # to read and accept before ordering (web)


class AgentRef(ClientModel):
    """The store agent who quoted or ordered."""

    id: str = ""
    name: str | None = None


class AgentQuote(QuoteSummary):
    """A quote a store sent the customer, to accept online."""

    customer_id: str | None = None
    agent: AgentRef | None = None
    address_id: str | None = None
    offer_id: str | None = None
    add_on_ids: list[str] = Field(default_factory=list)
    valid_until: str | None = None
    quoted_at: str | None = None


class Contact(ClientModel):
    """The orderer's contact details; sent with a web order, shown on orders."""

    given_name: str
    family_name: str
    email: str
    phone: str


class ProductAddOnView(ClientModel):
    """An add-on of a line (router, static IP): shown under it, with no change of its own."""

    id: str
    name: str = ""
    status: str | None = None
    monthly_price: Decimal | None = None
    one_off_price: Decimal | None = None


class ProductView(ClientModel):
    """A broadband line the customer has, with its add-ons."""

    id: str
    name: str = ""
    status: str | None = None
    offer_id: str = ""
    offer_name: str = ""
    technology: str | None = None
    download_mbps: float | None = None
    upload_mbps: float | None = None
    start_date: str | None = None
    address: Address | None = None
    customer_id: str | None = None
    characteristics: dict[str, str] = Field(default_factory=dict)
    monthly_price: Decimal | None = None
    termination_date: str | None = None
    contract_ends_on: str | None = None
    months_left: int | None = None
    early_termination_charge: Decimal | None = None
    currency: str | None = None
    add_ons: list[ProductAddOnView] = Field(default_factory=list)
