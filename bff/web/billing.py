"""A signed-in customer's billing: their billing account, how they pay, their charges and first bill."""

from __future__ import annotations

from fastapi import APIRouter

from bff.channel.deps import ServicesDep
from bff.core.billing import BillingView, billing_of
from bff.web.deps import OwnerDep
from bff.web.responses import ERRORS, SIGNED_IN

router = APIRouter(prefix="/api/v1", tags=["Billing"], responses=ERRORS)


@router.get(
    "/billing",
    summary="The signed-in customer's billing account (TMF666) and payment method (TMF670)",
    responses={**SIGNED_IN, 404: {"description": "BILLING_ACCOUNT_NOT_FOUND: none set up yet"}},
)
async def get_billing(services: ServicesDep, owner: OwnerDep) -> BillingView:
    """The payment method is named by its last digits only; charges and the first bill appear once a
    product is activated (until then `firstBill` is null)."""
    return await billing_of(services, owner.customer_id)
