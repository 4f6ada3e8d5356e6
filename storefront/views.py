"""What the pages show, already worded and formatted, built from the BFF's answers.

State keeps these small frozen dataclasses rather than the BFF models so the browser receives ready-to-show
text ("£35.00/month") and the components stay free of formatting logic.
"""

import dataclasses
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from storefront import routes
from storefront.clients import web

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


# What each state means for the customer, beyond its name: what happens next and whether they need to act.
ORDER_STATE_EXPLANATIONS = {
    "acknowledged": "We have your order and are running our usual checks. This page updates by itself.",
    "inProgress": "Your order passed our checks and we are setting up your broadband, step by step.",
    "completed": "Everything is set up. Your router arrives in the post and your line goes live on the day.",
    "pending": "We need a little more information before we can continue. We will contact you — "
    "there is nothing you need to do on this page.",
    "held": "Your order is on hold while a member of our team checks it. This usually takes up to two "
    "working days; we will email you when it moves on.",
    "rejected": "We could not accept this order. You have not been charged.",
    "failed": "We could not finish setting up your broadband. We are sorry — our team will contact you to "
    "put it right, and you have not been charged.",
    "partial": "Part of your order is done. We will contact you about the rest.",
    "assessingCancellation": "You asked us to cancel this order. We are checking it can still be stopped.",
    "pendingCancellation": "We are cancelling your order.",
    "cancelled": "This order is cancelled. You have not been charged.",
}
FINAL_ORDER_STATES = frozenset({"completed", "failed", "partial", "rejected", "cancelled"})
CANCELLABLE_ORDER_STATES = frozenset({"acknowledged", "pending", "held", "inProgress"})
# The calm path every order takes; any other state is shown as a notice on top of it.
ORDER_STEPS = (
    ("Order received", "acknowledged"),
    ("Checks complete", "checked"),
    ("Setting up your broadband", "inProgress"),
    ("Ready to use", "completed"),
)
_STEP_REACHED = {
    "acknowledged": 1,
    "pending": 1,
    "held": 1,
    "rejected": 1,
    "inProgress": 3,
    "failed": 3,
    "partial": 3,
    "completed": 4,
}
STATE_TONES = {
    "completed": "green",
    "rejected": "red",
    "failed": "red",
    "held": "amber",
    "pending": "amber",
    "partial": "amber",
    "cancelled": "gray",
    "assessingCancellation": "gray",
    "pendingCancellation": "gray",
}
ITEM_ACTION_WORDS = {"add": "New", "modify": "Change", "delete": "End"}
NO_REASON_GIVEN = "Our checks do not allow it for your account at this address"
NO_MILESTONES_NOTE = "Step-by-step progress isn't available for this order: showing its status."
MILESTONE_WORDS = {"Completed": "Done", "Violated": "Could not be done", "Yet-To-Reach": "To do"}


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


def format_date(day: date) -> str:
    """The one way a date is written on every page: "Mon 7 Dec 2026"."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def format_day(iso: str | None) -> str:
    """An ISO date or timestamp as its day (format_date); "" when there is none."""
    if not iso:
        return ""
    try:
        return format_date(date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


def format_when(iso: str | None) -> str:
    """An ISO timestamp as a customer reads it: "Tue 14 Jul 2026, 09:05"; "" when there is none."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return f"{format_date(moment.date())}, {moment:%H:%M}"


@dataclasses.dataclass(frozen=True)
class TechnologyDisplay:
    name: str
    speed: str
    code: str = ""
    # A working line of this technology is at the address: the customer may set it up themselves.
    self_install: bool = False


@dataclasses.dataclass(frozen=True)
class OfferDisplay:
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
    download_mbps: int = 0
    technology_code: str = ""


@dataclasses.dataclass(frozen=True)
class UnavailableDisplay:
    """An offer this customer cannot buy at this address, and why, in one line."""

    id: str
    name: str
    reasons: str


@dataclasses.dataclass(frozen=True)
class AddOnDisplay:
    id: str
    name: str
    description: str
    price: str


@dataclasses.dataclass(frozen=True)
class PriceLineDisplay:
    name: str
    monthly: str
    one_off: str


@dataclasses.dataclass(frozen=True)
class SummaryRowDisplay:
    label: str
    value: str


@dataclasses.dataclass(frozen=True)
class ContractSummaryDisplay:
    """The contract summary in plain words, one row per thing UK rules ask it to state; `version` is what
    the customer accepts."""

    version: str = ""
    provider: str = ""
    plan: str = ""
    rows: list[SummaryRowDisplay] = dataclasses.field(default_factory=list)
    price_rises: list[str] = dataclasses.field(default_factory=list)
    cooling_off: str = ""
    how_to_end: str = ""
    issued: str = ""


@dataclasses.dataclass(frozen=True)
class PriceSummaryDisplay:
    quote_id: str = ""
    lines: list[PriceLineDisplay] = dataclasses.field(default_factory=list)
    monthly: str = ""
    one_off: str = ""
    promotion: str = ""
    # "£749.75" and "Total over the 24-month minimum term", when the plan has one.
    term_total: str = ""
    term_label: str = ""
    contract: ContractSummaryDisplay = ContractSummaryDisplay()


@dataclasses.dataclass(frozen=True)
class LinePriceDisplay:
    """One order line's price as ordered: "£25.00 a month", what changes it and until when, one-off costs
    and the minimum term's end."""

    name: str
    monthly: str
    detail: str
    one_off: str
    contract: str


@dataclasses.dataclass(frozen=True)
class StepDisplay:
    name: str
    status: str  # done | current | todo | stopped
    status_words: str


@dataclasses.dataclass(frozen=True)
class ItemDisplay:
    id: str
    name: str
    action: str
    state_words: str
    tone: str


@dataclasses.dataclass(frozen=True)
class MilestoneDisplay:
    name: str
    status_words: str
    done: bool
    when: str


@dataclasses.dataclass(frozen=True)
class OrderDisplay:
    id: str = ""
    state: str = ""
    state_words: str = ""
    explanation: str = ""
    reason: str = ""
    tone: str = "blue"
    final: bool = False
    cancellable: bool = False
    order_date: str = ""
    offer_name: str = ""
    address: str = ""
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    kind: str = "New broadband"
    steps: list[StepDisplay] = dataclasses.field(default_factory=list)
    lines: list[ItemDisplay] = dataclasses.field(default_factory=list)
    milestones: list[MilestoneDisplay] = dataclasses.field(default_factory=list)
    # Said when a backend keeps no milestones: the timeline then shows the order's states only.
    progress_note: str = ""
    options: list[str] = dataclasses.field(default_factory=list)
    # The engineer visit the order waits for ("Engineer visit Tue 12 Jan, 8am-1pm"), its status in words,
    # and what happens next, dated; all "" for an order without a visit.
    visit: str = ""
    visit_status: str = ""
    next_step: str = ""
    # The refundable deposit the credit check asks for before the order goes ahead ("£100.00"), else "".
    deposit: str = ""
    # The credit team's approval of a referred order, said while it goes ahead; "" otherwise.
    credit_note: str = ""
    # The short reference a person reads out (LF-7K3Q9); the prices of each line as ordered, and totals.
    reference: str = ""
    prices: list[LinePriceDisplay] = dataclasses.field(default_factory=list)
    monthly_total: str = ""
    one_off_total: str = ""
    # Its print-ready contract summary, when the order keeps one; else "".
    contract_summary_url: str = ""


@dataclasses.dataclass(frozen=True)
class StateChangeDisplay:
    """One state the order was seen in, and when this page saw it."""

    state_words: str
    when: str


@dataclasses.dataclass(frozen=True)
class FlatDisplay:
    id: str
    label: str


@dataclasses.dataclass(frozen=True)
class AddressChoiceDisplay:
    id: str
    label: str
    house_number: str
    flats: list[FlatDisplay] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class LineAddOnDisplay:
    """An add-on shown under its line: what it is and costs, never a change or an end of its own."""

    id: str
    name: str
    price: str
    status_words: str


@dataclasses.dataclass(frozen=True)
class ProductDisplay:
    """A broadband line: ``monthly`` its price ("£38.00/month", "" if unknown), ``ended_on`` the day it
    ended ("" while it runs), ``add_ons`` under it."""

    id: str
    name: str
    status_words: str
    active: bool
    offer_id: str
    speed: str
    technology: str
    technology_code: str
    address: str
    since: str
    monthly: str = ""
    ended: bool = False
    ended_on: str = ""
    # What ending the line now costs, in words, and the charge the customer accepts by confirming ("": none).
    end_terms: str = ""
    end_charge: str = ""
    end_currency: str = ""
    add_ons: list[LineAddOnDisplay] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class ChoiceDisplay:
    """A characteristic the customer chooses (e.g. router, installation type), with its allowed values."""

    name: str
    label: str
    description: str
    allowed: list[str]
    value: str
    required: bool


@dataclasses.dataclass(frozen=True)
class SlotDisplay:
    """An engineer visit slot offered at checkout (TMF646 through the BFF): ``label`` is how a person reads
    it, "Engineer visit Tue 12 Jan, 8am-1pm"; ``start`` and ``end`` are ISO timestamps."""

    id: str
    label: str
    start: str
    end: str


def technology_display(technology: web.Technology) -> TechnologyDisplay:
    speed = f"up to {format_speed(technology.max_download_mbps)} download"
    if technology.max_upload_mbps is not None:
        speed += f", {format_speed(technology.max_upload_mbps)} upload"
    return TechnologyDisplay(
        name=technology_name(technology.technology),
        speed=speed,
        code=technology.technology,
        self_install=technology.self_install,
    )


def offer_display(offer: web.Offer) -> OfferDisplay:
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
    return OfferDisplay(
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
        download_mbps=int(offer.download_mbps or 0),
        technology_code=offer.technology,
    )


def unavailable_display(offer: web.UnavailableOffer) -> UnavailableDisplay:
    # The labels come from the operator's system, already in words; a bare code is not.
    labels = [reason.label.rstrip(".") for reason in offer.reasons if reason.label]
    return UnavailableDisplay(
        id=offer.offer_id,
        name=offer.name or offer.offer_id,
        reasons="; ".join(labels) or NO_REASON_GIVEN,
    )


def add_on_display(add_on: web.AddOn) -> AddOnDisplay:
    parts = []
    if add_on.monthly_price:
        parts.append(f"{format_money(add_on.monthly_price)}/month")
    if add_on.one_off_price:
        parts.append(f"{format_money(add_on.one_off_price)} one-off")
    return AddOnDisplay(
        id=add_on.id,
        name=add_on.name,
        description=add_on.description,
        price=" + ".join(parts) or "Included",
    )


MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def contract_summary_display(summary: web.ContractSummary | None) -> ContractSummaryDisplay:
    """The summary as the checkout and the print page show it (the same words on both)."""
    if summary is None:
        return ContractSummaryDisplay()
    speeds = f"{format_speed(summary.download_mbps)} download, {format_speed(summary.upload_mbps)} upload"
    rows = [
        SummaryRowDisplay("Provider", summary.provider),
        SummaryRowDisplay("Plan", summary.plan_name),
        SummaryRowDisplay("Technology", technology_name(summary.technology)),
        SummaryRowDisplay("Speeds", speeds),
    ]
    if summary.add_ons:
        rows.append(SummaryRowDisplay("Extras", ", ".join(summary.add_ons)))
    term = f"{summary.contract_months} months" if summary.contract_months else "None: end it at any time"
    rows.append(SummaryRowDisplay("Minimum term", term))
    rows.append(SummaryRowDisplay("Monthly price", f"{format_money(summary.monthly_price)} a month"))
    if summary.promotion_monthly_price is not None and summary.promotion_months:
        promotion = (
            f"{format_money(summary.promotion_monthly_price)} a month for the first "
            f"{summary.promotion_months} months"
        )
        if summary.promotion_ends_on:
            promotion += f", until {format_day(summary.promotion_ends_on)}"
        if summary.promotion_name:
            promotion += f" ({summary.promotion_name})"
        rows.append(SummaryRowDisplay("Promotion", promotion))
        after = f"{format_money(summary.monthly_price_after_promotion)} a month"
        rows.append(SummaryRowDisplay("Price after the promotion", after))
    rows.append(SummaryRowDisplay("One-off costs", format_money(summary.one_off_total)))
    if summary.term_total is not None:
        rows.append(SummaryRowDisplay("Total over the minimum term", format_money(summary.term_total)))
    if summary.term_total_with_rises is not None:
        rows.append(
            SummaryRowDisplay("Total with the price rises", format_money(summary.term_total_with_rises))
        )
    month = MONTH_NAMES[summary.price_rise_month - 1]
    rows.append(
        SummaryRowDisplay(
            "Yearly price rise",
            f"{format_money(summary.price_rise_increase)} a month more each {month}",
        )
    )
    rises = [
        f"From {format_day(rise.starts_on)}: {format_money(rise.increase)} more, "
        f"{format_money(rise.monthly_price)} a month"
        for rise in summary.price_rises
    ]
    return ContractSummaryDisplay(
        version=summary.version,
        provider=summary.provider,
        plan=summary.plan_name,
        rows=rows,
        price_rises=rises,
        cooling_off=f"You can cancel within {summary.cooling_off_days} days of ordering without paying "
        "anything.",
        how_to_end=summary.how_to_end,
        issued=format_day(summary.issued_on),
    )


def price_summary_display(quote: web.QuoteSummary) -> PriceSummaryDisplay:
    promotion = ""
    if quote.promotion_monthly_total is not None and quote.promotion_months:
        monthly = format_money(quote.promotion_monthly_total)
        promotion = f"{monthly}/month for the first {quote.promotion_months} months"
        if quote.promotion_ends_on:
            after = format_money(quote.monthly_total)
            promotion += f" (until {format_day(quote.promotion_ends_on)}), then {after}/month"
    return PriceSummaryDisplay(
        quote_id=quote.id,
        lines=[
            PriceLineDisplay(item.name, format_money(item.monthly_price), format_money(item.one_off_price))
            for item in quote.items
        ],
        monthly=format_money(quote.monthly_total),
        one_off=format_money(quote.one_off_total),
        promotion=promotion,
        term_total=format_money(quote.term_total) if quote.term_total is not None else "",
        term_label=f"Total over the {quote.contract_months}-month minimum term"
        if quote.contract_months
        else "",
        contract=contract_summary_display(quote.contract_summary),
    )


def _steps(state: str, visit: str = "") -> list[StepDisplay]:
    """The usual path; with a visit, setting up is the engineer's visit, named with its date."""
    reached = _STEP_REACHED.get(state, 0)
    stopped = state in {"rejected", "failed", "partial", "held", "pending", "cancelled"} or "ancel" in state
    names = [name for name, _ in ORDER_STEPS]
    if visit:
        names[2] = visit
    steps = []
    for number, name in enumerate(names, start=1):
        if number < reached or (number == reached and state == "completed"):
            status, words = "done", "Done"
        elif number == reached and stopped:
            status, words = "stopped", order_state_words(state).split(" — ")[0]
        elif number == reached:
            status, words = "current", "Now"
        else:
            status, words = "todo", "Not yet"
        steps.append(StepDisplay(name=name, status=status, status_words=words))
    if reached == 0:  # cancellation states: nothing more will happen on the usual path
        steps = [StepDisplay(s.name, "todo", "Not needed") for s in steps]
    return steps


# The credit check's outcomes in plain words: never the bureau's data, a score or the fraud screen's signals.
CREDIT_TEAM_LOOKING = (
    "Our credit team is looking at your order. We usually decide within two working days and will email you"
)
CREDIT_WORDS = {
    web.CREDIT_REFERRAL: CREDIT_TEAM_LOOKING,
    web.FRAUD_REVIEW: CREDIT_TEAM_LOOKING,
    web.CREDIT_DECLINED: "We're sorry: after our credit check we can't accept this order online, and you "
    "have not been charged. You could choose a plan with a deposit in one of our stores, or call us on "
    "0800 123 4567 to talk about other ways to join",
    web.DEPOSIT_REQUIRED: "Our credit check accepts your order with a refundable deposit",
}
CREDIT_DECISION_WORDS = {
    "approved": "Good news: our credit team approved your order, and it is going ahead",
    "declined": "Our credit team could not approve your order, and you have not been charged. Their reason: "
    "{reason}. You can call us on 0800 123 4567 or visit one of our stores to talk about other ways to join",
}


def _reason(order: web.OrderView) -> str:
    if order.credit_decision in CREDIT_DECISION_WORDS:
        reason = (order.credit_decision_reason or "").rstrip(".")
        words = CREDIT_DECISION_WORDS[order.credit_decision].format(reason=reason)
        return words + "."
    messages = [
        CREDIT_WORDS.get(problem.code) or problem.message or problem.reason
        for problem in order.error_messages
    ]
    return " ".join(dict.fromkeys(message.rstrip(".") + "." for message in messages if message))


def deposit_asked(order: web.OrderView) -> str:
    """The deposit the order waits for, as money ("£100.00"); "" when it waits for none."""
    latest = order.error_messages[-1] if order.error_messages else None
    if order.state != "pending" or latest is None or latest.code != web.DEPOSIT_REQUIRED:
        return ""
    return format_money(latest.amount) if latest.amount is not None else ""


def _item_display(item: web.OrderItemView) -> ItemDisplay:
    state = item.state or "acknowledged"
    return ItemDisplay(
        id=item.id,
        name=item.name or item.offer_id,
        action=ITEM_ACTION_WORDS.get(item.action, item.action),
        state_words=order_state_words(state).split(" — ")[0],
        tone=STATE_TONES.get(state, "blue"),
    )


def _kind(order: web.OrderView) -> str:
    actions = {item.action for item in order.items}
    if "delete" in actions:
        return "End broadband"
    if "modify" in actions:
        return "Change of speed"
    return "New broadband"


def order_display(order: web.OrderView) -> OrderDisplay:
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
    final = order.state in FINAL_ORDER_STATES
    visit = _visit_label(order.appointment)
    explanation = ORDER_STATE_EXPLANATIONS.get(order.state, "")
    state_words = order_state_words(order.state)
    if visit and order.state == "completed":
        explanation = VISITED_EXPLANATION
    if held_for_visit(order):
        state_words, explanation = HELD_FOR_VISIT_WORDS, HELD_FOR_VISIT_EXPLANATION
    return OrderDisplay(
        id=order.id,
        state=order.state,
        state_words=state_words,
        explanation=explanation,
        reason=_reason(order),
        tone=STATE_TONES.get(order.state, "blue"),
        final=final,
        cancellable=order.state in CANCELLABLE_ORDER_STATES,
        kind=_kind(order),
        steps=_steps(order.state, visit or (SELF_INSTALL_STEP if order.self_install else "")),
        lines=[_item_display(item) for item in order.items],
        milestones=[
            MilestoneDisplay(
                name=m.name,
                status_words=MILESTONE_WORDS.get(m.status, m.status),
                done=m.status == "Completed",
                when=format_when(m.date),
            )
            for m in order.milestones
        ],
        progress_note="" if final or order.milestones else NO_MILESTONES_NOTE,
        options=[f"{characteristic_label(k)}: {v}" for k, v in order.characteristics.items()],
        order_date=format_day(order.order_date),
        offer_name=order.offer_name,
        address=address,
        contact_name=f"{contact.given_name} {contact.family_name}" if contact else "",
        email=contact.email if contact else "",
        phone=contact.phone if contact else "",
        visit=visit,
        visit_status=_visit_status(order.appointment),
        next_step=_next_step(order, visit),
        deposit=deposit_asked(order),
        credit_note=CREDIT_DECISION_WORDS["approved"] + "." if order.credit_decision == "approved" else "",
        reference=order.reference or order.id,
        prices=order_prices(order),
        monthly_total=format_money(order.monthly_total) if order.monthly_total is not None else "",
        one_off_total=format_money(order.one_off_total) if order.one_off_total is not None else "",
        contract_summary_url=routes.contract_summary_url(order.id) if order.contract_summary else "",
    )


def characteristic_label(name: str) -> str:
    """camelCase catalogue names as words: "installationType" → "Installation type"."""
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()
    return words[:1].upper() + words[1:]


def address_choice_display(address: web.AddressOption) -> AddressChoiceDisplay:
    return AddressChoiceDisplay(
        id=address.id,
        label=address.label or f"{address.house_number} {address.street}, {address.city} {address.postcode}",
        house_number=address.house_number,
        flats=[FlatDisplay(id=flat.id, label=flat.label) for flat in address.sub_addresses],
    )


PRODUCT_STATUS_WORDS = {
    "active": "Active",
    "created": "Being set up",
    "pendingActive": "Being set up",
    "suspended": "Suspended",
    "pendingTerminate": "Ending",
    "terminated": "Ended",
    "cancelled": "Cancelled",
    "aborted": "Cancelled",
}


def _end_terms(product: web.ProductView) -> str:
    """ "Ending now costs £X (N months left of your minimum term, which ends on <date>)", "No charge: your
    minimum term ended on <date>", or "" when the line's term is not known."""
    charge, ends = product.early_termination_charge, format_day(product.contract_ends_on)
    if charge is None or not ends:
        return ""
    if charge > 0:
        months = product.months_left or 0
        left = f"{months} month{'s' if months != 1 else ''} left"
        return f"Ending now costs {format_money(charge)} ({left} of your minimum term, which ends on {ends})"
    ended = (product.contract_ends_on or "") < date.today().isoformat()
    return f"No charge: your minimum term {'ended' if ended else 'ends'} on {ends}"


def product_display(product: web.ProductView) -> ProductDisplay:
    speed = ""
    if product.download_mbps is not None:
        speed = f"{format_speed(product.download_mbps)} download"
        if product.upload_mbps is not None:
            speed += f" · {format_speed(product.upload_mbps)} upload"
    status = product.status or "active"
    return ProductDisplay(
        id=product.id,
        name=product.offer_name or product.name,
        status_words=PRODUCT_STATUS_WORDS.get(status, status),
        active=status == "active",
        offer_id=product.offer_id,
        speed=speed,
        technology=technology_name(product.technology or ""),
        technology_code=product.technology or "",
        address=product.address.label if product.address else "",
        since=format_day(product.start_date),
        monthly=f"{format_money(product.monthly_price)}/month" if product.monthly_price is not None else "",
        ended=status == "terminated",
        ended_on=format_day(product.termination_date),
        end_terms=_end_terms(product),
        end_charge=(
            f"{product.early_termination_charge:.2f}"
            if product.early_termination_charge is not None and product.early_termination_charge > 0
            else ""
        ),
        end_currency=product.currency or "GBP",
        add_ons=[
            LineAddOnDisplay(
                id=add_on.id,
                name=add_on.name,
                price=_add_on_price(add_on.monthly_price, add_on.one_off_price),
                status_words=PRODUCT_STATUS_WORDS.get(add_on.status or "active", add_on.status or ""),
            )
            for add_on in product.add_ons
        ],
    )


def _add_on_price(monthly: Decimal | None, one_off: Decimal | None) -> str:
    """ "£5.00/month", "£49.99 one-off", both joined by " + ", or "" when the add-on names no price."""
    prices = [f"{format_money(monthly)}/month"] if monthly is not None else []
    if one_off is not None:
        prices.append(f"{format_money(one_off)} one-off")
    return " + ".join(prices)


def choice_display(choice: web.CharacteristicChoice) -> ChoiceDisplay:
    return ChoiceDisplay(
        name=choice.name,
        label=characteristic_label(choice.name),
        description=choice.description,
        allowed=list(choice.allowed_values),
        value=choice.value or choice.default_value or "",
        required=choice.required,
    )


# Engineer visits (TMF646 appointments through the BFF), in the engineers' local time.
VISIT_ZONE = ZoneInfo("Europe/London")
VISIT_STATUS_WORDS = {
    "initialized": "Held for you",
    "confirmed": "Booked",
    "completed": "Done",
    "cancelled": "Cancelled",
    "failed": "Missed",
}
VISITED_EXPLANATION = "The engineer has connected you: your broadband is ready to use."
# An order held because its visit was cancelled waits for the customer, not for us: say so.
VISIT_CANCELLED_NEXT = "Your engineer visit was cancelled: choose a new slot to carry on."
HELD_FOR_VISIT_WORDS = "On hold — choose a new engineer visit"
HELD_FOR_VISIT_EXPLANATION = (
    "Your order is waiting for a new engineer visit. Choose a day and time below and it carries on; nothing "
    "else is needed from you."
)


def held_for_visit(order: web.OrderView) -> bool:
    """Held by the order manager because the visit was cancelled (not for one of our checks)."""
    return order.state == "held" and any(p.code == web.VISIT_CANCELLED for p in order.error_messages)


NO_SLOTS_MESSAGE = (
    "No engineer visit is free at your address in the next two weeks. Please try again later or call us "
    "— your basket is kept."
)


def _local(iso: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(VISIT_ZONE) if moment.tzinfo else moment


def _hour(moment: datetime) -> str:
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{moment.hour % 12 or 12}{minutes}{'am' if moment.hour < 12 else 'pm'}"


def visit_words(start: str | None, end: str | None) -> str:
    """A visit window as a person reads it, "Engineer visit Tue 12 Jan, 8am-1pm" (UK time); "" without
    dates. The BFF words its slots the same way; this is for a visit it sends without a label."""
    begins, ends = _local(start or ""), _local(end or "")
    if begins is None or ends is None:
        return ""
    return f"Engineer visit {begins:%a} {begins.day} {begins:%b}, {_hour(begins)}\N{EN DASH}{_hour(ends)}"


def slot_display(slot: web.VisitSlot) -> SlotDisplay:
    return SlotDisplay(
        id=slot.id, label=slot.label or visit_words(slot.start, slot.end), start=slot.start, end=slot.end
    )


def held_until(hold_expires: str | None) -> str:
    """What the checkout says of a held slot: "Held for you until 14:35" (UK time)."""
    moment = _local(hold_expires or "")
    return f"Held for you until {moment:%H:%M}" if moment else "Held for you"


def _visit_label(visit: web.VisitAppointment | None) -> str:
    if visit is None:
        return ""
    return visit.label or visit_words(visit.start, visit.end)


def _visit_status(visit: web.VisitAppointment | None) -> str:
    if visit is None or not visit.status:
        return ""
    return VISIT_STATUS_WORDS.get(visit.status, visit.status)


SELF_INSTALL_STEP = "Router by post: you set it up"


def _milestone_day(order: web.OrderView, name: str) -> str:
    """The day a milestone was reached ("" when it has not been)."""
    found = next((m for m in order.milestones if m.name == name and m.status == "Completed"), None)
    return format_day(found.date) if found is not None else ""


def _self_install_step(order: web.OrderView) -> str:
    """What happens next for a self-install, dated: the router's dispatch and delivery, then going live."""
    live = format_day(order.expected_completion_date)
    by = f" We expect your broadband to be live by {live}." if live else ""
    delivered = _milestone_day(order, "Router delivered")
    if delivered:
        return f"Your router was delivered on {delivered}: plug it in and we switch your broadband on.{by}"
    dispatched = _milestone_day(order, "Router dispatched")
    if dispatched:
        return f"Your router was posted on {dispatched}. Plug it in when it arrives — no engineer visit.{by}"
    return f"No engineer visit needed: we post your router and you plug it in when it arrives.{by}"


def _next_step(order: web.OrderView, visit: str) -> str:
    """What happens next while the order is open, said under its visit (which carries the date) or dated
    itself; "" once the order is final or when nothing is known."""
    if order.state in FINAL_ORDER_STATES:
        return ""
    if order.self_install and not visit:
        return _self_install_step(order)
    status = order.appointment.status if order.appointment else ""
    if visit and status == "cancelled":
        return VISIT_CANCELLED_NEXT
    if visit and status == "failed":
        return (
            "Our engineer could not get in to connect you on the day, so the visit did not happen. Please "
            "choose a new slot and we will come again."
        )
    if visit and status == "completed":
        return "The engineer has been: we are switching your broadband on."
    if visit:
        return (
            "Next: the engineer connects you on the day; someone over 18 needs to be at home. Your "
            "broadband goes live once the visit is done."
        )
    if order.expected_completion_date:
        return f"We expect to finish by {format_day(order.expected_completion_date)}."
    return ""


def line_price_words(price: web.LinePrice) -> tuple[str, str, str, str]:
    """(monthly now, what cuts it and until when, one-off, the minimum term's end) in words."""
    monthly = f"{format_money(price.monthly_price_now)} a month"
    cuts = []
    for cut in (price.promotion, price.discount):
        if cut is None:
            continue
        # An agent's discount says why; a promotion's name says it all (its description repeats it).
        why = f"{cut.name} ({cut.reason})" if cut is price.discount and cut.reason else cut.name
        until = f" until {format_day(cut.ends_on)}" if cut.ends_on else " for the whole contract"
        cuts.append(f"{why}: {cut.percentage.normalize():f}% off{until}")
    detail = "; ".join(cuts)
    if price.promotion is not None and price.monthly_price_after != price.monthly_price_now:
        detail += f", then {format_money(price.monthly_price_after)} a month"
    one_off = f"{format_money(price.one_off_price)} one-off" if price.one_off_price else "No one-off cost"
    contract = f"Minimum term ends {format_day(price.contract_ends_on)}" if price.contract_ends_on else ""
    return monthly, detail, one_off, contract


def order_prices(order: web.OrderView) -> list[LinePriceDisplay]:
    """Each line of the order that carries a price, in words."""
    lines = []
    for item in order.items:
        if item.price is None:
            continue
        monthly, detail, one_off, contract = line_price_words(item.price)
        lines.append(LinePriceDisplay(item.name or item.offer_id, monthly, detail, one_off, contract))
    return lines
