"""A store manager's approval queue: the store's held orders (TMF622 `state=held`), approved or rejected.

    approve:  622 order → PATCH {state: inProgress, note: [..., "Approved by <manager>"],
                                 relatedParty: [..., {role: approver}]}  (it proceeds)

Four eyes: the manager who placed an order (its salesAgent) cannot approve it: 403 OWN_ORDER_APPROVAL.
    reject:   622 order → PATCH {state: rejected,  note: [..., "Rejected by <manager>: <reason>"]}

Only the order manager's client decisions are used (held → inProgress | rejected). A merge patch replaces
an array, so the order's notes are sent back with the decision appended. Deciding again what was already
decided answers the order as it is (a retried click); any other state is 409 ORDER_NOT_HELD.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from bff.core.auth.principal import Principal
from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.errors import ChannelError, OrderNotFound
from bff.core.staff.cycle_times import state_since
from bff.core.staff.models import Approval, ApprovalList, Discount, RetailOrderView
from bff.core.staff.orders import APPROVER_ROLE, REJECTED_BY, OrderReading, read_retail_order, store_of
from bff.core.staff.queue import store_orders

HELD, IN_PROGRESS, REJECTED = "held", "inProgress", "rejected"
CENTS = Decimal("0.01")


class OwnOrderApproval(ChannelError):
    status = 403
    code = "OWN_ORDER_APPROVAL"
    message = "You placed this order, so another manager must approve it (four-eyes rule)."


class CreditTeamDecides(ChannelError):
    status = 403
    code = "CREDIT_TEAM_DECIDES"
    message = "The credit team decides credit referrals and fraud reviews, not the store."


def _credit_hold(body: dict[str, Any], reading: OrderReading) -> bool:
    problems = body.get("productOrderErrorMessage") or []
    return bool(problems) and problems[-1].get("code") in reading.credit_codes


class OrderNotHeld(ChannelError):
    status = 409
    code = "ORDER_NOT_HELD"
    message = "This order is no longer waiting for a decision."


async def approvals_of(
    orders: Tmf622Client,
    *,
    store_id: str,
    reading: OrderReading,
    store_names: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> ApprovalList:
    """The store's held orders, oldest first, each with what the manager decides on. The list price is the
    one the order was placed at (its recurring itemPrice), so no catalogue read is needed."""
    names = store_names or {}
    now = now or datetime.now(UTC)
    held = await store_orders(orders, reading.channel_id, store_id, [HELD])
    approvals = []
    for order in held:
        body = order.model_dump(mode="json", by_alias=True, exclude_none=True)
        if _credit_hold(body, reading):
            continue  # the credit team's queue (staff/credit.py)
        view = read_retail_order(order, reading)
        latest = view.problems[-1] if view.problems else None
        since = state_since(body)
        approvals.append(
            Approval(
                order=view,
                held_since=since,
                waiting_seconds=max(0.0, (now - since).total_seconds()) if since else None,
                reason=(latest.message or latest.reason) if latest else None,
                list_price=view.monthly_price,
                price_after_discount=after_discount(view.monthly_price, view.discount),
                store_name=names.get(view.store_id or store_id, view.store_id or store_id),
            )
        )
    approvals.sort(key=lambda approval: approval.held_since or datetime.min.replace(tzinfo=UTC))
    return ApprovalList(store_id=store_id, store_name=names.get(store_id, store_id), approvals=approvals)


def after_discount(monthly: Decimal | None, discount: Discount | None) -> Decimal | None:
    if monthly is None:
        return None
    if discount is None:
        return monthly
    return (monthly * (100 - Decimal(str(discount.percentage))) / 100).quantize(CENTS)


async def decide(
    orders: Tmf622Client,
    *,
    order_id: str,
    store_id: str,
    reading: OrderReading,
    manager: Principal,
    approve: bool,
    reason: str | None = None,
) -> RetailOrderView:
    try:
        order = await orders.get_product_order(order_id)
    except TmfNotFound:
        raise OrderNotFound() from None
    body: dict[str, Any] = order.model_dump(mode="json", by_alias=True, exclude_none=True)
    if store_of(body, reading.channel_id) != store_id:
        raise OrderNotFound()  # not in this store's queue
    target = IN_PROGRESS if approve else REJECTED
    state = body.get("state")
    if state != HELD:
        view = read_retail_order(order, reading)
        was_held = any(problem.code in reading.hold_codes for problem in view.problems)
        moved_on = state not in (REJECTED, "cancelled", "acknowledged", "pending")
        if was_held and (state == target or (approve and moved_on)):
            return view  # decided already (a retried click), and perhaps moved on since
        raise OrderNotHeld()
    if _credit_hold(body, reading):
        raise CreditTeamDecides()
    placed_by = read_retail_order(order, reading).agent
    if approve and placed_by is not None and placed_by.id == manager.subject:
        raise OwnOrderApproval()  # four eyes: whoever placed an order never lets it through
    who = manager.name or manager.subject
    text = f"Approved by {who}" if approve else f"{REJECTED_BY}{who}: {reason or 'no reason given'}"
    note = {"@type": "Note", "author": who, "date": datetime.now(UTC).isoformat(), "text": text}
    patch: dict[str, Any] = {"state": target, "note": [*(body.get("note") or []), note]}
    if approve:
        # Who approved, as a party of the order (a merge patch replaces the array: the others are kept).
        approver = {"id": manager.subject, "name": who, "role": APPROVER_ROLE, "@referredType": "Individual"}
        patch["relatedParty"] = [*(body.get("relatedParty") or []), approver]
    changed = await orders.patch_product_order(order_id, patch)
    return read_retail_order(changed, reading)
