"""Channel-shaped models of the broadband journey: what the screens need, not what TMF stores.

JSON field names are camelCase; money is Decimal in Python and a plain number in JSON.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    computed_field,
    model_validator,
)
from pydantic.alias_generators import to_camel

# Exact in Python, a plain JSON number on the wire (what the screens format).
Number = Annotated[Decimal, PlainSerializer(float, return_type=float, when_used="json")]
Money = Number


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _hidden(value: str, allowed: str) -> str | None:
    for char in value:
        if char not in allowed and unicodedata.category(char) in ("Cc", "Cf"):
            return f"U+{ord(char):04X}"
    return None


def _one_line(value: str) -> str:
    """Refuses control characters (U+0000...) and invisible format characters such as the bidirectional
    overrides (U+202E), which would let a name read differently on a staff screen than it is stored."""
    if found := _hidden(value, ""):
        raise ValueError(f"must not contain control or invisible characters (found {found})")
    return value


def _lines(value: str) -> str:
    if found := _hidden(value, "\n\r\t"):
        raise ValueError(f"must not contain control or invisible characters (found {found})")
    return value


# A person's name or any other single-line text a person types: visible characters only.
PlainText = Annotated[str, AfterValidator(_one_line)]
# Free text that may span lines (a reason, a note): newlines and tabs allowed, nothing else hidden.
MultilineText = Annotated[str, AfterValidator(_lines)]
# Option choices (name -> value) a basket carries: a few short strings.
Characteristics = Annotated[
    dict[Annotated[str, Field(max_length=100)], Annotated[str, Field(max_length=200)]], Field(max_length=30)
]


# A time the BFF's own database keeps as naive UTC, answered with its offset (RFC 3339 `date-time`).
UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]


class ChannelModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid")


class Address(ChannelModel):
    id: str
    house_number: str
    street: str
    city: str
    postcode: str

    @computed_field  # type: ignore[prop-decorator]  # mypy cannot type a decorated property
    @property
    def label(self) -> str:
        """One line for the screens, so they need not format addresses."""
        return f"{self.house_number} {self.street}, {self.city} {self.postcode}"


class Technology(ChannelModel):
    technology: str
    max_download_mbps: int
    max_upload_mbps: int
    self_install: bool = Field(
        False,
        description="A working line of this technology is at the address: the customer can set it up "
        "themselves, no engineer visit (TMF645 selfInstallable)",
    )


class Promotion(ChannelModel):
    name: str
    description: str
    percentage: Number
    months: int
    monthly_price: Money


class Offer(ChannelModel):
    id: str
    name: str
    description: str
    technology: str
    download_mbps: int
    upload_mbps: int
    monthly_price: Money
    one_off_price: Money
    currency: str
    contract_months: int | None
    promotion: Promotion | None = None


class AddOn(ChannelModel):
    id: str
    name: str
    description: str
    monthly_price: Money
    one_off_price: Money
    currency: str


class CatalogView(ChannelModel):
    offers: list[Offer]
    add_ons: list[AddOn]


class UnavailableReason(ChannelModel):
    code: str = Field(examples=["ALREADY_HAS_LINE", "CREDIT_CLASS", "NO_COVERAGE"])
    label: str = Field(description="Why, in words the customer understands (from the operator's system)")


class UnavailableOffer(ChannelModel):
    """An offer the line could carry that the operator's qualification (TMF679) does not sell here."""

    offer_id: str
    name: str
    reasons: list[UnavailableReason]


class Availability(ChannelModel):
    address: Address
    serviceable: bool
    technologies: list[Technology]
    offers: list[Offer]
    unavailable: list[UnavailableOffer] = Field(
        default_factory=list,
        description="Offers the line carries but TMF679 refused for this customer here, with its reasons "
        "(always empty without BFF_TMF679_URL)",
    )


class QuoteLine(ChannelModel):
    offer_id: str
    name: str
    monthly_price: Money
    one_off_price: Money
    promotion: Promotion | None = None


class PriceRise(ChannelModel):
    """A yearly price rise of the contract, stated in pounds and pence (UK rules since January 2025)."""

    starts_on: date = Field(description="The first day of the higher price")
    increase: Money = Field(description="How much more a month than before this rise")
    monthly_price: Money = Field(description="The monthly price from then (after any promotion has ended)")


class ContractSummary(ChannelModel):
    """What Ofcom General Condition C1 asks a provider to give before the contract is agreed, computed from
    the quote the order is priced by (bff/core/contract_summary.py); `version` changes with any figure."""

    version: str = Field(description="A digest of every figure: the customer accepts this version")
    provider: str
    plan_name: str
    technology: str
    download_mbps: int
    upload_mbps: int
    add_ons: list[str] = Field(default_factory=list, description="Extras in the contract, by name")
    contract_months: int | None = Field(None, description="The minimum term")
    currency: str
    monthly_price: Money = Field(description="Every line's monthly price without a promotion")
    promotion_name: str | None = None
    promotion_monthly_price: Money | None = Field(None, description="The monthly price while it runs")
    promotion_months: int | None = None
    promotion_ends_on: date | None = Field(None, description="Its last day if ordered on `issued_on`")
    monthly_price_after_promotion: Money
    one_off_total: Money
    term_total: Money | None = Field(
        None, description="Everything paid over the minimum term at today's prices (what checkout shows)"
    )
    price_rise_increase: Money = Field(description="How much the monthly price rises each year")
    price_rise_month: int = Field(description="The month (1-12) the price rises in")
    price_rises: list[PriceRise] = Field(
        default_factory=list, description="The rises within the minimum term, each dated"
    )
    term_total_with_rises: Money | None = Field(
        None, description="Everything paid over the minimum term, the price rises in it included"
    )
    cooling_off_days: int
    how_to_end: str
    issued_on: date


class QuoteSummary(ChannelModel):
    id: str
    state: str
    currency: str
    items: list[QuoteLine]
    monthly_total: Money
    one_off_total: Money
    promotion_monthly_total: Money | None = Field(
        None, description="Monthly total while the promotion runs, if there is one"
    )
    promotion_months: int | None = None
    promotion_ends_on: date | None = Field(None, description="The promotion's last day if ordered today")
    contract_months: int | None = Field(None, description="The minimum term of the plan")
    term_total: Money | None = Field(
        None,
        description="Everything paid over the minimum term: monthly prices (promotion included) and one-off",
    )
    contract_summary: ContractSummary | None = Field(
        None, description="The contract summary of this price, to be read and accepted before ordering (web)"
    )


EMAIL_PATTERN = r"^[^@\s]{1,64}@[^@\s]{1,190}\.[A-Za-z]{2,}$"
PHONE_PATTERN = r"^\+?[0-9 ()-]{7,20}$"


class Contact(ChannelModel):
    given_name: PlainText = Field(min_length=1, max_length=60)
    family_name: PlainText = Field(min_length=1, max_length=60)
    email: str = Field(pattern=EMAIL_PATTERN, max_length=254, examples=["jane@example.com"])
    phone: str = Field(pattern=PHONE_PATTERN, max_length=30, examples=["07700 900123"])


class PriceCut(ChannelModel):
    """A promotion or an agent's discount on a line's monthly price (a TMF622 priceAlteration)."""

    name: str
    reason: str | None = Field(None, description="Why (an agent's discount: the reason they gave)")
    percentage: Number
    months: int | None = Field(None, description="How long it applies; none: the whole contract")
    ends_on: date | None = Field(None, description="Its last day, counted from the order date")


class LinePrice(ChannelModel):
    """What one order line costs, as the order carries it (TMF622 itemPrice and itemTerm)."""

    currency: str
    monthly_price: Money = Field(description="The monthly price before any promotion or discount")
    monthly_price_now: Money = Field(description="The monthly price with its promotion and discount")
    monthly_price_after: Money = Field(description="The monthly price once the promotion has ended")
    one_off_price: Money
    promotion: PriceCut | None = None
    discount: PriceCut | None = None
    contract_months: int | None = None
    contract_ends_on: date | None = Field(
        None, description="The minimum term's last day, from the order date"
    )


class OrderItemView(ChannelModel):
    id: str
    offer_id: str
    name: str
    state: str | None
    action: str = Field("add", description="add (new), modify (e.g. speed change) or delete (cease)")
    product_id: str | None = Field(None, description="The existing product a modify or delete item changes")
    price: LinePrice | None = Field(None, description="The line's prices as ordered (itemPrice)")


class InstallationSlot(ChannelModel):
    """An engineer visit window the customer chose (TMF622 requestedStartDate / requestedCompletionDate)."""

    start: AwareDatetime
    end: AwareDatetime

    @model_validator(mode="after")
    def _ends_after_start(self) -> InstallationSlot:
        if self.end <= self.start:
            raise ValueError("the slot must end after it starts")
        return self


class VisitAppointment(ChannelModel):
    """The engineer visit an order's broadband item references (TMF622 productOrderItem.appointment)."""

    id: str
    start: AwareDatetime
    end: AwareDatetime
    label: str = Field(examples=["Engineer visit Tue 12 Jan, 8am\N{EN DASH}1pm"])
    status: str = Field(
        examples=["confirmed", "completed", "cancelled"],
        description="TMF646 status when read from TMF646 (one order), else from the order's state (lists)",
    )


class Consents(ChannelModel):
    """What the customer agreed to at checkout; the first two are needed to order."""

    credit_check: bool = Field(description="Agreed to a credit check")
    terms: bool = Field(description="Accepted the terms and conditions and the cancellation rights")
    marketing: bool = Field(False, description="Wants offers and news (optional)")


class Milestone(ChannelModel):
    id: str
    name: str
    status: str = Field(examples=["Yet-To-Reach", "Completed", "Violated"])
    date: datetime | None = None
    item_id: str | None = None


class OrderProblem(ChannelModel):
    code: str
    reason: str
    message: str | None = None
    amount: Money | None = Field(None, description="What it asks for in GBP (DEPOSIT_REQUIRED: the deposit)")


class JeopardyAlert(ChannelModel):
    """A risk to the order completing as promised (TMF622 v5 productOrderJeopardyAlert), while in force."""

    id: str
    name: str = Field(examples=["Engineer visit missed"])
    type: str | None = Field(None, examples=["Critical"], description="jeopardyType")
    exception: str | None = Field(None, examples=["VISIT_MISSED"])
    message: str | None = None
    date: datetime | None = Field(None, description="alertDate")


class OrderView(ChannelModel):
    id: str
    reference: str = Field("", description="The short order reference a person reads out (LF-7K3Q9)")
    state: str
    order_date: datetime | None
    external_id: str | None
    offer_id: str
    offer_name: str
    add_on_ids: list[str]
    address: Address | None
    contact: Contact | None = Field(None, description="The orderer's contact details, from TMF632")
    items: list[OrderItemView]
    customer_id: str | None = Field(None, description="The TMF629 customer the order is for")
    characteristics: dict[str, str] = Field(
        default_factory=dict, description="Options chosen for the main item (productCharacteristic)"
    )
    installation_slot: InstallationSlot | None = None
    appointment: VisitAppointment | None = Field(None, description="The engineer visit booked with the order")
    self_install: bool = Field(
        False, description="Set up by the customer: no visit; the router is posted (its delivery a milestone)"
    )
    expected_completion_date: datetime | None = None
    milestones: list[Milestone] = Field(
        default_factory=list, description="Fulfilment steps (TMF622 v5 productOrderMilestone shape)"
    )
    error_messages: list[OrderProblem] = Field(
        default_factory=list,
        description="Why the order is held, rejected or failed (productOrderErrorMessage)",
    )
    jeopardy_alerts: list[JeopardyAlert] = Field(
        default_factory=list,
        description="Risks to the promised date in force, e.g. a missed visit (productOrderJeopardyAlert)",
    )
    credit_decision: str | None = Field(
        None, examples=["approved", "declined"], description="The credit team's decision on a referral"
    )
    credit_decision_reason: str | None = Field(None, description="The reason the credit team gave")
    quote_id: str | None = Field(None, description="The TMF648 quote the order was priced by")
    currency: str | None = None
    monthly_total: Money | None = Field(None, description="Every line's monthly price now (orderTotalPrice)")
    one_off_total: Money | None = Field(None, description="Every one-off cost (orderTotalPrice)")
    contract_summary: ContractSummary | None = Field(
        None, description="The contract summary the customer accepted, as they saw it (kept on the order)"
    )


class SubAddress(ChannelModel):
    id: str
    label: str = Field(examples=["Flat 2"])


class AddressOption(Address):
    """An address offered while typing a postcode, with its flats if it has any."""

    sub_addresses: list[SubAddress] = []


class AddressList(ChannelModel):
    postcode: str
    addresses: list[AddressOption]


class ProductAddOnView(ChannelModel):
    """An add-on product (router, static IP) of a line: shown under it, changed or ended only with it."""

    id: str
    name: str
    status: str | None
    offer_id: str
    monthly_price: Money | None = Field(None, description="Recurring price a month, if it has one")
    one_off_price: Money | None = Field(None, description="One-off price, if it had one")
    currency: str | None = None
    start_date: datetime | None = None
    termination_date: datetime | None = None


class ProductView(ChannelModel):
    """A broadband line (TMF637 product of a broadband offer), with its add-ons under it."""

    id: str
    name: str
    status: str | None = Field(description="TMF637 status: active, terminated (ended), ...")
    offer_id: str
    offer_name: str
    technology: str | None = None
    download_mbps: int | None = None
    upload_mbps: int | None = None
    monthly_price: Money | None = Field(
        None, description="The line's recurring price a month (TMF637 productPrice), before any promotion"
    )
    currency: str | None = None
    start_date: datetime | None = None
    termination_date: datetime | None = Field(None, description="When the line ended (status terminated)")
    minimum_term_months: int | None = Field(None, description="The minimum term (TMF637 productTerm)")
    contract_ends_on: date | None = Field(None, description="The minimum term's last day")
    months_left: int | None = Field(None, description="Monthly charges of the term still to come")
    early_termination_charge: Money | None = Field(
        None, description="What ending the line today costs (0: nothing); none for an ended line or no term"
    )
    address: Address | None = None
    customer_id: str | None = None
    characteristics: dict[str, str] = {}
    add_ons: list[ProductAddOnView] = Field(
        default_factory=list, description="Products that rely on this line (productRelationship reliesOn)"
    )


class ProductList(ChannelModel):
    products: list[ProductView] = Field(
        description="The customer's broadband lines, active ones first, ended ones (terminated) after"
    )
    add_ons: list[ProductAddOnView] = Field(
        default_factory=list, description="Add-ons whose line is not known (none for orders placed here)"
    )


class OrderList(ChannelModel):
    orders: list[OrderView]


class CancellationView(ChannelModel):
    id: str
    order_id: str
    state: str
    reason: str | None = None
