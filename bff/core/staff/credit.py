"""The credit team's referral queue: every channel's orders held by the credit check or fraud screening.

    queue:    622 productOrder?state=held (any channel) whose latest problem is CREDIT_REFERRAL or
              FRAUD_REVIEW, oldest first, each with where it came from and why (the bureau's and the fraud
              screen's reasons are for staff only; the web channel never shows them to a customer)
    approve:  622 order → PATCH {state: inProgress, note: [..., "Credit approved by <who>: <reason>"],
                                 relatedParty: [..., {role: creditApprover}]}             (it proceeds)
    decline:  622 order → PATCH {state: rejected, note: [..., "Credit declined by <who>: <reason>"]}

A merge patch replaces an array, so the notes and parties are sent back with the decision appended. Deciding
again what was already decided answers the order as it is (a retried click); an order no longer held for
credit is 409 ORDER_NOT_HELD. Only the credit team calls this (bff/retail/credit.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import Field

from bff.config import CatalogueProfile
from bff.core.auth.principal import Principal
from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.credit_decisions import APPROVED_BY, DECLINED_BY, credit_decision
from bff.core.errors import ChannelError, OrderNotFound
from bff.core.filters import find_checked
from bff.core.models import ChannelModel, MultilineText
from bff.core.ordering import read_order
from bff.core.staff.cycle_times import state_since
from tmf_models.tmf622 import ProductOrder

CREDIT_APPROVER_ROLE = "creditApprover"
HELD, IN_PROGRESS, REJECTED = "held", "inProgress", "rejected"


class OrderNotHeldForCredit(ChannelError):
    status = 409
    code = "ORDER_NOT_HELD"
    message = "This order is no longer waiting for a credit decision."


class CreditDecisionRequest(ChannelModel):
    reason: MultilineText = Field(
        min_length=1, max_length=500, examples=["Affordability confirmed by phone"], description="Why"
    )


class Referral(ChannelModel):
    order_id: str
    state: str
    offer_name: str = Field("", description="The plan ordered")
    address: str = Field("", description="The installation address, on one line")
    kind: str = Field(examples=["CREDIT_REFERRAL", "FRAUD_REVIEW"])
    kind_label: str = Field(examples=["Credit referral", "Fraud review"])
    reason: str | None = Field(None, description="The credit check's or fraud screen's reason (staff only)")
    channel: str = Field(examples=["web", "store-rdg"], description="Where it was ordered: web or a store")
    customer_name: str | None = None
    held_since: datetime | None = None
    waiting_seconds: float | None = None


class ReferralList(ChannelModel):
    referrals: list[Referral]


class CreditDecision(ChannelModel):
    order_id: str
    state: str = Field(description="The order's TMF622 state after the decision")
    decision: str = Field(examples=["approved", "declined"])
    reason: str


def _body(order: ProductOrder) -> dict[str, Any]:
    return order.model_dump(mode="json", by_alias=True, exclude_none=True)


def credit_problem(body: dict[str, Any], profile: CatalogueProfile) -> dict[str, Any] | None:
    """The order's latest problem, when it is a credit or fraud hold (the profile's codes)."""
    problems = body.get(profile.order_error_messages_attribute) or []
    latest = problems[-1] if problems and isinstance(problems[-1], dict) else None
    return latest if latest is not None and latest.get("code") in profile.credit_codes else None


def _channel(body: dict[str, Any], retail_channel_id: str) -> str:
    channels = body.get("channel") or []
    store = next(
        (c.get("name") for c in channels if c.get("id") == retail_channel_id and c.get("name")), None
    )
    return str(store or (channels[0].get("id") if channels else "") or "unknown")


def _customer_name(body: dict[str, Any]) -> str | None:
    parties = body.get("relatedParty") or []
    return next((p.get("name") for p in parties if str(p.get("role", "")).lower() == "customer"), None)


def _referral(
    order: ProductOrder, retail_channel_id: str, profile: CatalogueProfile, now: datetime
) -> Referral | None:
    body = _body(order)
    problem = credit_problem(body, profile)
    if problem is None:
        return None
    since = state_since(body)
    kind = str(problem["code"])
    view = read_order(order)
    return Referral(
        order_id=view.id,
        state=view.state,
        offer_name=view.offer_name,
        address=view.address.label if view.address else "",
        kind=kind,
        kind_label="Fraud review" if kind == profile.fraud_review_code else "Credit referral",
        reason=problem.get("message") or problem.get("reason"),
        channel=_channel(body, retail_channel_id),
        customer_name=_customer_name(body),
        held_since=since,
        waiting_seconds=max(0.0, (now - since).total_seconds()) if since else None,
    )


async def referrals(
    orders: Tmf622Client,
    *,
    retail_channel_id: str,
    profile: CatalogueProfile,
    now: datetime | None = None,
) -> ReferralList:
    """Every channel's orders held for credit or fraud, oldest first."""
    now = now or datetime.now(UTC)
    held = await find_checked(orders.api, orders.find_product_orders, {"state": HELD})
    found = [r for order in held if (r := _referral(order, retail_channel_id, profile, now)) is not None]
    found.sort(key=lambda r: r.held_since or datetime.min.replace(tzinfo=UTC))
    return ReferralList(referrals=found)


async def decide(
    orders: Tmf622Client,
    *,
    order_id: str,
    member: Principal,
    approve: bool,
    reason: str,
    profile: CatalogueProfile,
) -> CreditDecision:
    try:
        order = await orders.get_product_order(order_id)
    except TmfNotFound:
        raise OrderNotFound() from None
    body = _body(order)
    wanted = "approved" if approve else "declined"
    if body.get("state") != HELD or credit_problem(body, profile) is None:
        decided = credit_decision(body.get("note") or [])
        if decided is not None and decided[0] == wanted:  # a retried click, perhaps moved on since
            return _decision(order, wanted, reason)
        raise OrderNotHeldForCredit()
    who = member.name or member.subject
    text = f"{APPROVED_BY if approve else DECLINED_BY}{who}: {reason}"
    note = {"@type": "Note", "author": "Credit team", "date": datetime.now(UTC).isoformat(), "text": text}
    patch: dict[str, Any] = {
        "state": IN_PROGRESS if approve else REJECTED,
        "note": [*(body.get("note") or []), note],
    }
    if approve:
        approver = {
            "id": member.subject,
            "name": who,
            "role": CREDIT_APPROVER_ROLE,
            "@referredType": "Individual",
        }
        patch["relatedParty"] = [*(body.get("relatedParty") or []), approver]
    changed = await orders.patch_product_order(order_id, patch)
    return _decision(changed, wanted, reason)


def _decision(order: ProductOrder, decision: str, reason: str) -> CreditDecision:
    state = order.state.value if order.state else ""
    return CreditDecision(order_id=order.id or "", state=state, decision=decision, reason=reason)
