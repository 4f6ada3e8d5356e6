"""What the pages show, already worded and formatted, built from the BFF's answers.

State keeps these small frozen dataclasses rather than the BFF models so the browser receives ready-to-show
text ("£35.00/month") and the components stay free of formatting logic.
"""

import dataclasses
from decimal import ROUND_HALF_UP, Decimal

from storefront import bff_client as bff

TECHNOLOGY_NAMES = {
    "FTTP": "Full fibre (FTTP)",
    "FTTC": "Fibre to the cabinet (FTTC)",
    "ADSL": "ADSL broadband",
    "FWA": "Fixed wireless (FWA)",
}

# TMF622 order states, said the way a customer would want to hear them.
ORDER_STATE_WORDS = {
    "acknowledged": "Received — we are checking your order",
    "pending": "Pending — we are waiting for something before we can continue",
    "held": "On hold — we will contact you",
    "inProgress": "In progress — we are setting up your broadband",
    "completed": "Completed — your broadband is ready",
    "partial": "Partly completed — we will contact you about the rest",
    "rejected": "Not accepted — we will contact you",
    "failed": "Something went wrong — we will contact you",
    "cancelled": "Cancelled",
    "assessingCancellation": "Cancellation requested — we are checking it",
    "pendingCancellation": "Cancellation in progress",
}


def format_money(amount: Decimal | float | int) -> str:
    """£x.xx, rounded the way a customer's bill would be."""
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"£{value:,.2f}"


def format_speed(mbps: float | None) -> str:
    if mbps is None:
        return "—"
    if mbps >= 1000:
        return f"{mbps / 1000:g} Gbps"
    return f"{mbps:g} Mbps"


def technology_name(code: str) -> str:
    return TECHNOLOGY_NAMES.get(code, code)


def order_state_words(state: str) -> str:
    return ORDER_STATE_WORDS.get(state, state)


@dataclasses.dataclass(frozen=True)
class TechnologyView:
    name: str
    speed: str


@dataclasses.dataclass(frozen=True)
class OfferView:
    id: str = ""
    name: str = ""
    description: str = ""
    technology: str = ""
    speed: str = ""
    monthly: str = ""
    one_off: str = ""
    contract: str = ""
    promotion_name: str = ""
    promotion: str = ""


@dataclasses.dataclass(frozen=True)
class AddOnView:
    id: str
    name: str
    description: str
    price: str


@dataclasses.dataclass(frozen=True)
class PriceLineView:
    name: str
    monthly: str
    one_off: str


@dataclasses.dataclass(frozen=True)
class PriceSummaryView:
    quote_id: str = ""
    lines: list[PriceLineView] = dataclasses.field(default_factory=list)
    monthly: str = ""
    one_off: str = ""
    promotion: str = ""


@dataclasses.dataclass(frozen=True)
class OrderView:
    id: str = ""
    state: str = ""
    state_words: str = ""
    order_date: str = ""
    offer_name: str = ""
    address: str = ""
    contact_name: str = ""
    email: str = ""
    phone: str = ""


def technology_view(technology: bff.Technology) -> TechnologyView:
    speed = f"up to {format_speed(technology.max_download_mbps)} download"
    if technology.max_upload_mbps is not None:
        speed += f", {format_speed(technology.max_upload_mbps)} upload"
    return TechnologyView(name=technology_name(technology.technology), speed=speed)


def offer_view(offer: bff.Offer) -> OfferView:
    speed = f"{format_speed(offer.download_mbps)} download"
    if offer.upload_mbps is not None:
        speed += f" · {format_speed(offer.upload_mbps)} upload"
    promotion_name = promotion = ""
    if offer.promotion is not None:
        promotion_name = offer.promotion.name or "Introductory offer"
        intro, months = format_money(offer.promotion.monthly_price), offer.promotion.months
        promotion = (
            f"{intro}/month for the first {months} months, then {format_money(offer.monthly_price)}/month"
        )
    return OfferView(
        id=offer.id,
        name=offer.name,
        description=offer.description,
        technology=technology_name(offer.technology),
        speed=speed,
        monthly=f"{format_money(offer.monthly_price)}/month",
        one_off=format_money(offer.one_off_price),
        contract=f"{offer.contract_months}-month contract" if offer.contract_months else "No contract",
        promotion_name=promotion_name,
        promotion=promotion,
    )


def add_on_view(add_on: bff.AddOn) -> AddOnView:
    parts = []
    if add_on.monthly_price:
        parts.append(f"{format_money(add_on.monthly_price)}/month")
    if add_on.one_off_price:
        parts.append(f"{format_money(add_on.one_off_price)} one-off")
    return AddOnView(
        id=add_on.id,
        name=add_on.name,
        description=add_on.description,
        price=" + ".join(parts) or "Included",
    )


def price_summary_view(quote: bff.Quote) -> PriceSummaryView:
    promotion = ""
    if quote.promotion_monthly_total is not None and quote.promotion_months:
        monthly = format_money(quote.promotion_monthly_total)
        promotion = f"{monthly}/month for the first {quote.promotion_months} months"
    return PriceSummaryView(
        quote_id=quote.id,
        lines=[
            PriceLineView(item.name, format_money(item.monthly_price), format_money(item.one_off_price))
            for item in quote.items
        ],
        monthly=format_money(quote.monthly_total),
        one_off=format_money(quote.one_off_total),
        promotion=promotion,
    )


def order_view(order: bff.Order) -> OrderView:
    address = order.address.label if order.address else ""
    if order.address and not address:
        address = ", ".join(
            part
            for part in (
                f"{order.address.house_number} {order.address.street}".strip(),
                order.address.city,
                order.address.postcode,
            )
            if part
        )
    contact = order.contact
    return OrderView(
        id=order.id,
        state=order.state,
        state_words=order_state_words(order.state),
        order_date=(order.order_date or "")[:10],
        offer_name=order.offer_name,
        address=address,
        contact_name=f"{contact.given_name} {contact.family_name}" if contact else "",
        email=contact.email if contact else "",
        phone=contact.phone if contact else "",
    )
