"""The caller of a channel endpoint, as the identity provider's access token describes them.

Roles and their reach (docs/architecture.md, "Identity provider"):
- customer: only their own customer record, orders, quotes and products (`customer_id`);
- agent: works for any customer, and creates orders in their own store's queue (`store_id`);
- manager: an agent who also approves discounts for their own store;
- credit: the credit team, who decide every channel's credit referrals and fraud reviews (no store).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CUSTOMER, AGENT, MANAGER, CREDIT = "customer", "agent", "manager", "credit"


@dataclass(frozen=True)
class Principal:
    subject: str
    roles: frozenset[str] = field(default_factory=frozenset)
    customer_id: str | None = None
    store_id: str | None = None
    email: str | None = None
    name: str | None = None

    @classmethod
    def from_claims(cls, claims: dict[str, Any]) -> Principal:
        roles = claims.get("roles") or []
        return cls(
            subject=str(claims["sub"]),
            roles=frozenset(str(role) for role in roles) if isinstance(roles, list) else frozenset(),
            customer_id=claims.get("customer_id") or None,
            store_id=claims.get("store_id") or None,
            email=claims.get("email") or None,
            name=claims.get("name") or None,
        )

    @property
    def is_customer(self) -> bool:
        return CUSTOMER in self.roles

    @property
    def is_staff(self) -> bool:
        return bool(self.roles & {AGENT, MANAGER}) and self.store_id is not None

    @property
    def is_credit_team(self) -> bool:
        return CREDIT in self.roles

    @property
    def is_manager(self) -> bool:
        return MANAGER in self.roles and self.store_id is not None
