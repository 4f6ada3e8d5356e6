"""The credit team's screens: one referral queue across every channel (web and stores), and its decisions.

Only the credit team (role `credit`) may call these: store agents and managers get 403.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from bff.channel.auth import CreditTeamPrincipal
from bff.channel.deps import ServicesDep
from bff.channel.schemas import ErrorBody, Responses
from bff.core.basket import ID_PATTERN
from bff.core.staff.credit import CreditDecision, CreditDecisionRequest, ReferralList, decide, referrals
from bff.retail.responses import ERRORS

router = APIRouter(prefix="/api/v1/credit", tags=["Credit team"], responses=ERRORS)

OrderIdPath = Annotated[str, Path(alias="orderId", pattern=ID_PATTERN)]
DECISION_ERRORS: Responses = {
    409: {"model": ErrorBody, "description": "ORDER_NOT_HELD: no longer waiting for a credit decision"}
}


@router.get(
    "/referrals", summary="Every channel's orders held by the credit check or fraud screen, oldest first"
)
async def list_referrals(member: CreditTeamPrincipal, services: ServicesDep) -> ReferralList:
    settings = services.settings
    return await referrals(
        services.backends.tmf622, retail_channel_id=settings.retail_channel_id, profile=settings.profile
    )


@router.post(
    "/referrals/{orderId}/approve",
    summary="Approve a referred order (TMF622 held → inProgress, the reason in a note): it proceeds",
    responses=DECISION_ERRORS,
)
async def approve(
    order_id: OrderIdPath, body: CreditDecisionRequest, member: CreditTeamPrincipal, services: ServicesDep
) -> CreditDecision:
    return await decide(
        services.backends.tmf622,
        order_id=order_id,
        member=member,
        approve=True,
        reason=body.reason,
        profile=services.settings.profile,
    )


@router.post(
    "/referrals/{orderId}/decline",
    summary="Decline a referred order (TMF622 held → rejected, the reason in a note the customer sees)",
    responses=DECISION_ERRORS,
)
async def decline(
    order_id: OrderIdPath, body: CreditDecisionRequest, member: CreditTeamPrincipal, services: ServicesDep
) -> CreditDecision:
    return await decide(
        services.backends.tmf622,
        order_id=order_id,
        member=member,
        approve=False,
        reason=body.reason,
        profile=services.settings.profile,
    )
