"""The contract summary a customer reads and accepts before ordering (Ofcom General Condition C1).

It is computed from the priced quote itself (`pricing.with_term`), the same one the order is priced by
(`order_prices.price_order`), so the summary, the checkout and the order cannot disagree:

    quote (TMF648) → QuoteSummary (with its term) → ContractSummary (+ version) ─ shown, accepted
    order placed: the same quote → the same ContractSummary → its version must be the one accepted
                  → kept on the order as a TMF622 `note` (its JSON) and an `agreement` ref

The yearly price rise is stated in pounds and pence (UK rules since January 2025), from the channel's
settings; `term_total` is the checkout's figure (today's prices) and `term_total_with_rises` adds the rises
that fall inside the minimum term.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bff.config import Settings
from bff.core.catalog import CENTS
from bff.core.errors import ChannelError
from bff.core.models import AddOn, ContractSummary, Offer, PriceRise, QuoteSummary
from bff.core.terms import add_months
from tmf_models.tmf622 import AgreementRef, Note

# A note's text is all TMF622 v4 gives for free words: the summary is kept as its JSON after this prefix.
NOTE_PREFIX = "Contract summary accepted: "
AGREEMENT_PREFIX = "contract-summary-"
VERSION_LENGTH = 16


@dataclass(frozen=True)
class SummaryRules:
    """What the summary says besides the quote's figures: the operator's own terms."""

    provider: str
    price_rise_pence: int
    price_rise_month: int
    cooling_off_days: int
    how_to_end: str

    @classmethod
    def of(cls, settings: Settings) -> SummaryRules:
        return cls(
            provider=settings.provider_name,
            price_rise_pence=settings.price_rise_pence_per_month,
            price_rise_month=settings.price_rise_month,
            cooling_off_days=settings.cooling_off_days,
            how_to_end=settings.contract_ending,
        )


class ContractSummaryNotAccepted(ChannelError):
    status = 422
    code = "CONTRACT_SUMMARY_NOT_ACCEPTED"
    message = "Please read the contract summary and confirm you have read it before placing your order."


class ContractSummaryChanged(ChannelError):
    """The summary the order would be placed under is not the one the customer accepted (a price, a date
    or a term changed): nothing is placed; `summary` is the one to read and accept now."""

    status = 409
    code = "CONTRACT_SUMMARY_CHANGED"
    message = "Your contract summary has changed since you read it. Read the new one and confirm it."

    def __init__(self, summary: ContractSummary) -> None:
        super().__init__()
        self.summary = summary

    @property
    def details(self) -> dict[str, Any]:
        return {"contractSummary": self.summary.model_dump(mode="json", by_alias=True)}


def rise_dates(start: date, months: int, rise_month: int) -> list[date]:
    """The first days of `rise_month` after `start` and before the minimum term's end."""
    end = add_months(start, months)
    year = start.year
    found = []
    while (rise := date(year, rise_month, 1)) < end:
        if rise > start:
            found.append(rise)
        year += 1
    return found


def rises_over_term(
    start: date, months: int, rise_month: int, increase: Decimal, price_after: Decimal
) -> tuple[list[PriceRise], Decimal]:
    """The dated rises within the term and what they add over it: a rise counts on each month of the term
    that starts on or after it (the month a bill covers), so none is charged before it is due."""
    dates = rise_dates(start, months, rise_month)
    extra = Decimal(0)
    for month in range(months):
        begins = add_months(start, month)
        extra += increase * sum(1 for rise in dates if rise <= begins)
    rises = [
        PriceRise(starts_on=rise, increase=increase, monthly_price=price_after + increase * count)
        for count, rise in enumerate(dates, start=1)
    ]
    return rises, extra.quantize(CENTS)


def _version(summary: ContractSummary) -> str:
    figures = summary.model_dump(mode="json", by_alias=True, exclude={"version"})
    digest = hashlib.sha256(json.dumps(figures, sort_keys=True).encode()).hexdigest()
    return digest[:VERSION_LENGTH]


def contract_summary(
    quote: QuoteSummary, offer: Offer, add_ons: list[AddOn], rules: SummaryRules, today: date
) -> ContractSummary:
    """The summary of `quote` (priced, with its term: `pricing.with_term`) for ordering on `today`."""
    increase = (Decimal(rules.price_rise_pence) / 100).quantize(CENTS)
    promoted = next((line.promotion for line in quote.items if line.promotion is not None), None)
    rises: list[PriceRise] = []
    with_rises = None
    if quote.contract_months:
        rises, extra = rises_over_term(
            today, quote.contract_months, rules.price_rise_month, increase, quote.monthly_total
        )
        with_rises = (quote.term_total + extra) if quote.term_total is not None else None
    summary = ContractSummary(
        version="",
        provider=rules.provider,
        plan_name=offer.name,
        technology=offer.technology,
        download_mbps=offer.download_mbps,
        upload_mbps=offer.upload_mbps,
        add_ons=[add_on.name for add_on in add_ons],
        contract_months=quote.contract_months,
        currency=quote.currency,
        monthly_price=quote.monthly_total,
        promotion_name=promoted.name if promoted else None,
        promotion_monthly_price=quote.promotion_monthly_total,
        promotion_months=quote.promotion_months,
        promotion_ends_on=quote.promotion_ends_on,
        monthly_price_after_promotion=quote.monthly_total,
        one_off_total=quote.one_off_total,
        term_total=quote.term_total,
        price_rise_increase=increase,
        price_rise_month=rules.price_rise_month,
        price_rises=rises,
        term_total_with_rises=with_rises,
        cooling_off_days=rules.cooling_off_days,
        how_to_end=rules.how_to_end,
        issued_on=today,
    )
    return summary.model_copy(update={"version": _version(summary)})


def with_summary(
    quote: QuoteSummary, today: date, *, offer: Offer, add_ons: list[AddOn], rules: SummaryRules
) -> QuoteSummary:
    return quote.model_copy(
        update={"contract_summary": contract_summary(quote, offer, add_ons, rules, today)}
    )


def check_accepted(summary: ContractSummary, accepted_version: str) -> None:
    """ContractSummaryChanged unless `summary` is the version the customer accepted."""
    if summary.version != accepted_version:
        raise ContractSummaryChanged(summary)


def summary_note(summary: ContractSummary, accepted_at: datetime) -> Note:
    """The summary as the customer accepted it, kept on the order (TMF622 `note`)."""
    text = NOTE_PREFIX + json.dumps(summary.model_dump(mode="json", by_alias=True), sort_keys=True)
    return Note(author="customer", date=accepted_at, text=text, field_type="Note")


def summary_agreement(summary: ContractSummary) -> AgreementRef:
    return AgreementRef(id=AGREEMENT_PREFIX + summary.version, name="Contract summary")


def kept_summary(notes: list[dict[str, Any]]) -> ContractSummary | None:
    """The contract summary an order keeps in its notes (the latest), or None when it keeps none."""
    for note in reversed(notes):
        text = str(note.get("text") or "")
        if text.startswith(NOTE_PREFIX):
            try:
                return ContractSummary.model_validate_json(text.removeprefix(NOTE_PREFIX))
            except ValueError:
                return None  # a note in another shape: the order stands without its summary shown
    return None
