"""The customer who orders: a TMF629 Customer whose engagedParty is a TMF632 Individual, created once per
person and reused afterwards, found by email (TMF630 filter `contactMedium.characteristic.emailAddress=`).

    returning customer:  [629 customer by email ∥ 632 individual by email]                → reuse
    known person only:   [629 ∥ 632]  → 629 create customer (engagedParty = the individual)
    new person:          [629 ∥ 632]  → 632 create individual → 629 create customer

The two look-ups are independent and run side by side. Emails are compared in lower case.

A signed-in customer is found from their token instead, never by an email they typed (anyone can type one):
the identity provider's `customer_id` claim names their TMF629 Customer.

    the claim is a TMF629 id (seeded, migrated customers):  629 customer/{claim}
    a customer this channel made for the claim earlier:
        629 customer?characteristic.name=identityCustomerId&characteristic.value={claim}
    neither (registered, first order):  632 create individual → 629 create customer with the characteristic
                                        `{"name": "identityCustomerId", "value": <claim>}`

The answer (the TMF629 id, or "none yet") is kept per process; a mapping never changes once made. Making a
customer is locked per claim within the process and, on PostgreSQL, across workers and replicas
(bff/core/shared_locks.py), so two first orders at once make one customer.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError

from bff.core.auth.errors import Forbidden
from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf629 import Tmf629Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.exactly_once import OutcomeUnknown, create_once
from bff.core.filters import find_checked
from bff.core.models import Contact
from bff.core.shared_locks import NoSharedLocks, SharedLocks
from tmf_models.tmf629 import Customer, CustomerCreate
from tmf_models.tmf632 import Individual, IndividualCreate

EMAIL_FILTER = "contactMedium.characteristic.emailAddress"
IDENTITY_CHARACTERISTIC = "identityCustomerId"


@dataclass(frozen=True)
class CustomerParties:
    customer_id: str
    individual_id: str
    name: str


def _contact_media(contact: Contact) -> list[dict[str, object]]:
    return [
        {"mediumType": "email", "preferred": True, "characteristic": {"emailAddress": contact.email.lower()}},
        {"mediumType": "mobile", "characteristic": {"phoneNumber": contact.phone}},
    ]


def individual_request(contact: Contact, birth_date: date | None = None) -> IndividualCreate:
    body: dict[str, object] = {
        "@type": "Individual",
        "givenName": contact.given_name,
        "familyName": contact.family_name,
        "contactMedium": _contact_media(contact),
    }
    if birth_date is not None:
        # TMF632 types birthDate as date-time; midnight UTC of the day given.
        body["birthDate"] = f"{birth_date.isoformat()}T00:00:00Z"
    return IndividualCreate.model_validate(body)


def customer_request(
    contact: Contact, individual_id: str, identity_customer_id: str | None = None
) -> CustomerCreate:
    name = f"{contact.given_name} {contact.family_name}"
    extra: dict[str, object] = {}
    if identity_customer_id:
        extra["characteristic"] = [
            {"name": IDENTITY_CHARACTERISTIC, "valueType": "string", "value": identity_customer_id}
        ]
    return CustomerCreate.model_validate(
        {
            **extra,
            "@type": "Customer",
            "name": name,
            "status": "Approved",
            "engagedParty": {
                "id": individual_id,
                "name": name,
                "role": "customer",
                "@referredType": "Individual",
            },
            "contactMedium": _contact_media(contact),
        }
    )


def read_contact(individual: Individual) -> Contact | None:
    """Name, email and phone of a TMF632 individual, if it has them all."""
    body = individual.model_dump(mode="json", by_alias=True, exclude_none=True)
    media = [medium.get("characteristic") or {} for medium in body.get("contactMedium") or []]
    email = next((medium["emailAddress"] for medium in media if medium.get("emailAddress")), None)
    phone = next((medium["phoneNumber"] for medium in media if medium.get("phoneNumber")), None)
    if not (email and phone and body.get("givenName") and body.get("familyName")):
        return None
    try:
        return Contact(given_name=body["givenName"], family_name=body["familyName"], email=email, phone=phone)
    except ValidationError:
        return None  # details another channel stored in a shape we do not show


def _engaged_individual(customer: Customer) -> str | None:
    party = customer.engaged_party
    return party.id if party and party.field_referred_type in ("Individual", None) else None


@dataclass(frozen=True)
class KnownParties:
    """What the look-ups by email found: a customer (with its person), or only a person, or nothing."""

    customer: CustomerParties | None
    individual_id: str | None


async def find_parties(customers: Tmf629Client, parties: Tmf632Client, contact: Contact) -> KnownParties:
    """Read-only: may run alongside the order's other look-ups before anything is created."""
    email = contact.email.lower()
    found_customers, found_individuals = await asyncio.gather(
        find_checked(customers.api, customers.find_customers, {EMAIL_FILTER: email}),
        find_checked(parties.api, parties.find_individuals, {EMAIL_FILTER: email}),
    )
    for customer in found_customers:
        individual_id = _engaged_individual(customer)
        if customer.id and individual_id:
            name = customer.name or f"{contact.given_name} {contact.family_name}"
            return KnownParties(CustomerParties(customer.id, individual_id, name), individual_id)
    individual = next((found.id for found in found_individuals if found.id), None)
    return KnownParties(None, individual)


async def ensure_customer(
    customers: Tmf629Client,
    parties: Tmf632Client,
    contact: Contact,
    known: KnownParties,
    birth_date: date | None = None,
) -> CustomerParties:
    """The customer the look-ups found, else one made now (and its person, if unknown too)."""
    if known.customer is not None:
        return known.customer
    individual_id = known.individual_id
    if individual_id is None:
        individual_id = (await parties.create_individual(individual_request(contact, birth_date))).id or ""
    customer = await customers.create_customer(customer_request(contact, individual_id))
    return CustomerParties(customer.id or "", individual_id, f"{contact.given_name} {contact.family_name}")


@dataclass(frozen=True)
class Owner:
    """The customer a signed-in person acts as. `customer_id` None: not in TMF629 yet, so they own nothing."""

    customer_id: str | None

    def owns(self, customer_id: str | None) -> bool:
        return self.customer_id is not None and customer_id == self.customer_id

    def check(self, customer_id: str | None) -> None:
        """Refuses (403, for every kind of resource alike) what belongs to any other customer."""
        if not self.owns(customer_id):
            raise Forbidden("This belongs to another customer.")


def _parties_of(customer: Customer) -> CustomerParties | None:
    individual_id = _engaged_individual(customer)
    if not (customer.id and individual_id):
        return None
    return CustomerParties(customer.id, individual_id, customer.name or "")


class CustomerDirectory:
    """Which TMF629 customer each identity-provider `customer_id` claim is (see the module docstring)."""

    def __init__(
        self, max_entries: int = 10_000, shared_locks: SharedLocks | None = None, settle_seconds: float = 60.0
    ) -> None:
        self._known: OrderedDict[str, str] = OrderedDict()
        # Claims whose customer create went unanswered, and since when: that create may still land (a slow
        # backend commits after its caller gave up), so another order of the same person must not make a
        # second customer until it has had time to (BFF_IDEMPOTENCY_STALE_SECONDS, as for a claimed key).
        self._unsettled: dict[str, float] = {}
        self._settle = settle_seconds
        self._shared_locks = shared_locks or NoSharedLocks()
        self._max = max_entries
        # Striped: two first orders of one new customer make one customer; others rarely wait on each other.
        self._locks = [asyncio.Lock() for _ in range(64)]

    def _settling(self, claim: str) -> bool:
        since = self._unsettled.get(claim)
        return since is not None and time.monotonic() - since < self._settle

    def _remember(self, claim: str, customer_id: str) -> None:
        self._known[claim] = customer_id
        self._known.move_to_end(claim)
        while len(self._known) > self._max:
            self._known.popitem(last=False)

    async def _find(self, customers: Tmf629Client, claim: str) -> Customer | None:
        try:
            return await customers.get_customer(claim)
        except TmfNotFound:
            pass
        filters = {"characteristic.name": IDENTITY_CHARACTERISTIC, "characteristic.value": claim}
        found = await find_checked(customers.api, customers.find_customers, filters)
        return next((customer for customer in found if customer.id), None)

    async def owner(self, customers: Tmf629Client, claim: str) -> Owner:
        """The caller's TMF629 customer id, None while they have none (read-only)."""
        if claim in self._known:
            return Owner(self._known[claim])
        customer = await self._find(customers, claim)
        if customer is None or not customer.id:
            return Owner(None)
        self._remember(claim, customer.id)
        return Owner(customer.id)

    async def ensure(
        self,
        customers: Tmf629Client,
        parties: Tmf632Client,
        claim: str,
        contact: Contact,
        birth_date: date | None = None,
    ) -> CustomerParties:
        """The caller's customer and person for an order, made now (once) if the claim has none yet."""
        async with self._locks[hash(claim) % len(self._locks)], self._shared_locks.hold(f"customer:{claim}"):
            known = self._known.get(claim)
            customer = await customers.get_customer(known) if known else await self._find(customers, claim)
            parties_of = _parties_of(customer) if customer is not None else None
            if parties_of is not None:
                self._unsettled.pop(claim, None)
                self._remember(claim, parties_of.customer_id)
                return parties_of
            if customer is not None and customer.id:
                # A customer without a person (e.g. made by another channel): the contact becomes it.
                individual = await parties.create_individual(individual_request(contact, birth_date))
                self._remember(claim, customer.id)
                return CustomerParties(customer.id, individual.id or "", customer.name or "")
            if self._settling(claim):
                raise OutcomeUnknown()  # not found yet, but an earlier create may still land
            individual = await parties.create_individual(individual_request(contact, birth_date))
            try:
                # A create whose answer was lost is found by the claim, not redone.
                created = await create_once(
                    lambda: customers.create_customer(customer_request(contact, individual.id or "", claim)),
                    lambda: self._find(customers, claim),
                )
            except OutcomeUnknown:
                now = time.monotonic()
                self._unsettled = {c: t for c, t in self._unsettled.items() if now - t < self._settle}
                self._unsettled[claim] = now
                raise
            self._unsettled.pop(claim, None)
            self._remember(claim, created.id or "")
            return CustomerParties(
                created.id or "", individual.id or "", f"{contact.given_name} {contact.family_name}"
            )
