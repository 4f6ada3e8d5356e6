"""A customer accepts the deposit the credit check asked for (TMF622 `pending`, DEPOSIT_REQUIRED).

    622 order → PATCH {orderTotalPrice: [..., {priceType: deposit, price: <the amount asked>}],
                       state: acknowledged, note: [..., "Deposit of £x accepted by the customer"]}

The order manager then validates the order again and, finding the deposit on it, lets it go ahead. Only the
order's customer may accept (403 otherwise); an order no longer asking for a deposit is 409
DEPOSIT_NOT_ASKED, unless it carries the deposit already (a retried click: answered as it is). Choosing
another plan instead is cancelling this order (cancellation.py) and ordering again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bff.core.clients.base import TmfNotFound, dump
from bff.core.clients.tmf622 import DEPOSIT_AMOUNT, ERROR_MESSAGES, Tmf622Client
from bff.core.customers import Owner
from bff.core.errors import ChannelError, OrderNotFound
from bff.core.models import OrderView
from bff.core.ordering import read_order

DEPOSIT_REQUIRED = "DEPOSIT_REQUIRED"
DEPOSIT_PRICE_TYPE = "deposit"
PENDING, ACKNOWLEDGED = "pending", "acknowledged"


class DepositNotAsked(ChannelError):
    status = 409
    code = "DEPOSIT_NOT_ASKED"
    message = "This order is not waiting for a deposit."


class DepositAmountUnknown(ChannelError):
    """The order waits for a deposit but the order system did not say how much (TMF622 has no amount on an
    error message: the catalogue profile's deposit_amount_attribute is an extension)."""

    status = 409
    code = "DEPOSIT_AMOUNT_UNKNOWN"
    message = "We cannot take this deposit online: please call us to pay it."


def _deposit_problem(body: dict[str, Any]) -> dict[str, Any] | None:
    """The order's latest problem when it is a deposit asked for."""
    problems = body.get(ERROR_MESSAGES) or []
    latest = problems[-1] if problems else {}
    return latest if latest.get("code") == DEPOSIT_REQUIRED else None


def _asked(body: dict[str, Any]) -> float | None:
    """The deposit the order waits for (its latest problem), in GBP; None when none is asked or the order
    system gives no amount."""
    problem = _deposit_problem(body) or {}
    value = (problem.get(DEPOSIT_AMOUNT) or {}).get("value")
    return float(value) if isinstance(value, int | float) else None


def _carries_deposit(body: dict[str, Any]) -> bool:
    return any(price.get("priceType") == DEPOSIT_PRICE_TYPE for price in body.get("orderTotalPrice") or [])


async def accept_deposit(orders: Tmf622Client, order_id: str, owner: Owner) -> OrderView:
    try:
        order = await orders.get_product_order(order_id)
    except TmfNotFound:
        raise OrderNotFound() from None
    body = dump(order)
    customer = next(
        (p.get("id") for p in body.get("relatedParty") or [] if str(p.get("role", "")).lower() == "customer"),
        None,
    )
    owner.check(customer)
    amount = _asked(body)
    if body.get("state") != PENDING or amount is None:
        if _carries_deposit(body):
            return read_order(order)  # accepted already
        if body.get("state") == PENDING and _deposit_problem(body) is not None:
            raise DepositAmountUnknown()  # never a deposit of £0, nor "not asked" when it is
        raise DepositNotAsked()
    deposit = {
        "name": "Refundable deposit",
        "description": "Asked for by the credit check; refunded with the final bill",
        "priceType": DEPOSIT_PRICE_TYPE,
        "price": {"taxIncludedAmount": {"unit": "GBP", "value": amount}, "@type": "Price"},
        "@type": "OrderPrice",
    }
    note = {
        "@type": "Note",
        "author": "Customer",
        "date": datetime.now(UTC).isoformat(),
        "text": f"Deposit of £{amount:.2f} accepted by the customer",
    }
    changed = await orders.patch_product_order(
        order_id,
        {
            "orderTotalPrice": [*(body.get("orderTotalPrice") or []), deposit],
            "note": [*(body.get("note") or []), note],
            "state": ACKNOWLEDGED,
        },
    )
    return read_order(changed)
