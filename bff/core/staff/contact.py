"""An agent corrects a customer's email or phone from the store's 360: the person (TMF632 individual) and
the customer (TMF629), each by a JSON merge patch of its `contactMedium`.

    [629 customer → 632 individual] ∥ [629 ∥ 632 by the new email] → 632 PATCH → 629 PATCH → note

An email is one customer's only: the channel finds a returning customer by it (customers.find_parties), so
an email another customer already has is refused (409 EMAIL_IN_USE) rather than making two customers one.
A merge patch replaces an array whole, so the other contact media (a postal address, say) are kept as they
are and only the email and phone media change. The change is left as a staff note on the customer, naming the
agent and the store: there is no order to carry it.
"""

from __future__ import annotations

import asyncio
from typing import Any

from pydantic import Field, model_validator

from bff.core.auth.principal import Principal
from bff.core.backends import ChannelServices
from bff.core.clients.base import dump
from bff.core.customers import EMAIL_FILTER
from bff.core.errors import ChannelError
from bff.core.filters import find_checked
from bff.core.models import EMAIL_PATTERN, PHONE_PATTERN, ChannelModel
from bff.core.staff.models import CustomerSummary
from bff.core.staff.notes import NoteCreate
from bff.core.staff.orders import known_customer
from bff.core.staff.search import summary

EMAIL, PHONE = "emailAddress", "phoneNumber"


class EmailInUse(ChannelError):
    status = 409
    code = "EMAIL_IN_USE"
    message = "Another customer has this email address. Check it with the customer, or find that customer."


class ContactChange(ChannelModel):
    """The customer's new email and/or phone; what is left out stays as it is."""

    email: str | None = Field(None, pattern=EMAIL_PATTERN, max_length=254, examples=["jane@example.com"])
    phone: str | None = Field(None, pattern=PHONE_PATTERN, max_length=30, examples=["07700 900123"])

    @model_validator(mode="after")
    def _something(self) -> ContactChange:
        if self.email is None and self.phone is None:
            raise ValueError("give the new email or phone")
        return self


def _with_changes(media: list[dict[str, Any]], change: ContactChange) -> list[dict[str, Any]]:
    """`media` with the email and phone ones replaced by the change (added where there was none)."""
    wanted = {EMAIL: change.email.lower() if change.email else None, PHONE: change.phone}
    kept: list[dict[str, Any]] = []
    for medium in media:
        characteristic = dict(medium.get("characteristic") or {})
        for key, value in wanted.items():
            if value is not None and characteristic.get(key):
                characteristic[key] = value
                wanted[key] = None  # the first such medium is the one the channel reads (read_contact)
        kept.append({**medium, "characteristic": characteristic})
    if wanted[EMAIL] is not None:
        kept.append({"mediumType": "email", "preferred": True, "characteristic": {EMAIL: wanted[EMAIL]}})
    if wanted[PHONE] is not None:
        kept.append({"mediumType": "mobile", "characteristic": {PHONE: wanted[PHONE]}})
    return kept


def _media_of(resource: Any) -> list[dict[str, Any]]:
    return list(dump(resource).get("contactMedium") or [])


async def change_contact(
    services: ChannelServices, customer_id: str, change: ContactChange, agent: Principal
) -> CustomerSummary:
    """The customer as the 360 shows them once changed; 404 for an unknown customer."""
    backends = services.backends
    known = await known_customer(backends.tmf629, backends.tmf632, customer_id)
    if change.email is not None:
        email = change.email.lower()
        customers, individuals = await asyncio.gather(
            find_checked(backends.tmf629.api, backends.tmf629.find_customers, {EMAIL_FILTER: email}),
            find_checked(backends.tmf632.api, backends.tmf632.find_individuals, {EMAIL_FILTER: email}),
        )
        ours = known.parties
        if any(c.id != ours.customer_id for c in customers) or any(
            i.id != ours.individual_id for i in individuals
        ):
            raise EmailInUse()
    customer = await backends.tmf629.get_customer(customer_id)
    if individual_id := known.parties.individual_id:
        individual = await backends.tmf632.get_individual(individual_id)
        await backends.tmf632.patch_individual(
            individual_id, {"contactMedium": _with_changes(_media_of(individual), change)}
        )
    changed = await backends.tmf629.patch_customer(
        customer_id, {"contactMedium": _with_changes(_media_of(customer), change)}
    )
    what = " and ".join(name for name, value in (("email", change.email), ("phone", change.phone)) if value)
    note = NoteCreate(text=f"Contact details changed ({what}) on the customer's behalf")
    await services.notes.aadd(customer_id, note, agent)
    return summary(changed)
