"""Pricing a basket with TMF648: one quote item per offering, prices read back from the quote."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bff.core.basket import Basket, resolve
from bff.core.catalog import CENTS, CatalogCache
from bff.core.clients.tmf648 import Tmf648Client
from bff.core.configuration import ConfigurationRequest, configure
from bff.core.contract_summary import SummaryRules, with_summary
from bff.core.errors import InvalidConfiguration
from bff.core.exactly_once import Ready, no_wait
from bff.core.models import AddOn, Offer, Promotion, QuoteLine, QuoteSummary
from bff.core.places import installation_place
from bff.core.terms import ends_on
from tmf_models.tmf648 import Quote, QuoteCreate


def quote_request(basket: Basket, offer: Offer, add_ons: list[AddOn]) -> QuoteCreate:
    items: list[dict[str, object]] = [
        {
            "id": "1",
            "action": "add",
            "quantity": 1,
            "@type": "QuoteItem",
            "productOffering": {"id": offer.id, "name": offer.name},
            "product": {"place": [installation_place(basket.address_id)]},
        }
    ]
    for index, add_on in enumerate(add_ons, start=2):
        items.append(
            {
                "id": str(index),
                "action": "add",
                "quantity": 1,
                "@type": "QuoteItem",
                "productOffering": {"id": add_on.id, "name": add_on.name},
                "quoteItemRelationship": [{"id": "1", "relationshipType": "reliesOn"}],
            }
        )
    return QuoteCreate.model_validate(
        {"@type": "Quote", "category": "residential", "instantSyncQuote": True, "quoteItem": items}
    )


def _money(price: dict[str, object] | None) -> Decimal:
    amount = (price or {}).get("taxIncludedAmount") or (price or {}).get("dutyFreeAmount") or {}
    value = amount.get("value") if isinstance(amount, dict) else None
    return Decimal(str(value or 0)).quantize(CENTS)


def read_quote(quote: Quote, currency: str) -> QuoteSummary:
    body = quote.model_dump(mode="json", by_alias=True, exclude_none=True)
    lines: list[QuoteLine] = []
    for item in body.get("quoteItem") or []:
        monthly = one_off = Decimal(0)
        promotion: Promotion | None = None
        for price in item.get("quoteItemPrice") or []:
            kind = (price.get("priceType") or "").lower()
            if kind == "recurring":
                monthly += _money(price.get("price"))
                for alteration in price.get("priceAlteration") or []:
                    percentage = Decimal(str((alteration.get("price") or {}).get("percentage") or 0))
                    promotion = Promotion(
                        name=alteration.get("name") or "Promotion",
                        description=alteration.get("description") or "",
                        percentage=percentage,
                        months=int(alteration.get("applicationDuration") or 0),
                        monthly_price=(monthly * (100 - percentage) / 100).quantize(CENTS),
                    )
            elif kind in ("onetime", "one-time"):
                one_off += _money(price.get("price"))
        offering = item.get("productOffering") or {}
        lines.append(
            QuoteLine(
                offer_id=offering.get("id", ""),
                name=offering.get("name") or offering.get("id", ""),
                monthly_price=monthly,
                one_off_price=one_off,
                promotion=promotion,
            )
        )
    monthly_total = sum((line.monthly_price for line in lines), Decimal(0))
    promoted = [(line.monthly_price, line.promotion) for line in lines if line.promotion is not None]
    promotion_total: Decimal | None = None
    promotion_months: int | None = None
    if promoted:
        saving = sum((price - promotion.monthly_price for price, promotion in promoted), Decimal(0))
        promotion_total = monthly_total - saving
        promotion_months = min(promotion.months for _, promotion in promoted)
    return QuoteSummary(
        id=body.get("id", ""),
        state=body.get("state", ""),
        currency=currency,
        items=lines,
        monthly_total=monthly_total,
        one_off_total=sum((line.one_off_price for line in lines), Decimal(0)),
        promotion_monthly_total=promotion_total,
        promotion_months=promotion_months,
    )


def with_term(summary: QuoteSummary, contract_months: int | None, today: date) -> QuoteSummary:
    """The quote with its minimum term, the total over it and the promotion's end if ordered today."""
    promotion_months = summary.promotion_months or 0
    total = None
    promoted = summary.promotion_monthly_total
    if contract_months:
        at_promotion = min(promotion_months, contract_months) if promoted is not None else 0
        total = (
            (promoted or Decimal(0)) * at_promotion
            + summary.monthly_total * (contract_months - at_promotion)
            + summary.one_off_total
        ).quantize(CENTS)
    return summary.model_copy(
        update={
            "contract_months": contract_months,
            "term_total": total,
            "promotion_ends_on": ends_on(today, promotion_months) if promoted is not None else None,
        }
    )


async def price_basket(
    client: Tmf648Client,
    catalog: CatalogCache,
    basket: Basket,
    currency: str,
    ready: Ready = no_wait,
    summary: SummaryRules | None = None,
) -> QuoteSummary:
    """The basket's quote with its term; with `summary`, its contract summary too (web checkout)."""
    current = await catalog.get()
    offer, add_ons = resolve(basket, current)
    # Options are chosen later in the journey; only the add-on combination must already hold.
    check = configure(current, ConfigurationRequest(offer_id=offer.id, add_on_ids=basket.add_on_ids))
    refusals = [problem for problem in check.problems if problem.field == "addOnIds"]
    if refusals:
        raise InvalidConfiguration(refusals[0].message)
    await ready()
    quote = await client.create_quote(quote_request(basket, offer, add_ons))
    today = date.today()
    priced = with_term(read_quote(quote, currency), offer.contract_months, today)
    if summary is None:
        return priced
    return with_summary(priced, today, offer=offer, add_ons=add_ons, rules=summary)
