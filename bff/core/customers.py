"""The customer who orders: a TMF629 Customer whose engagedParty is a TMF632 Individual, created once per
person and reused afterwards, found by email (TMF630 filter `contactMedium.characteristic.emailAddress=`).

    returning customer:  [629 customer by email ∥ 632 individual by email]                → reuse
    known person only:   [629 ∥ 632]  → 629 create customer (engagedParty = the individual)
    new person:          [629 ∥ 632]  → 632 create individual → 629 create customer

The two look-ups are independent and run side by side. Emails are compared in lower case.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from pydantic import ValidationError

from bff.core.clients.tmf629 import Tmf629Client
from bff.core.clients.tmf632 import Tmf632Client
from bff.core.models import Contact
from tmf_models.tmf629 import Customer, CustomerCreate
from tmf_models.tmf632 import Individual, IndividualCreate

EMAIL_FILTER = "contactMedium.characteristic.emailAddress"


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


def individual_request(contact: Contact) -> IndividualCreate:
    return IndividualCreate.model_validate(
        {
            "@type": "Individual",
            "givenName": contact.given_name,
            "familyName": contact.family_name,
            "contactMedium": _contact_media(contact),
        }
    )


def customer_request(contact: Contact, individual_id: str) -> CustomerCreate:
    name = f"{contact.given_name} {contact.family_name}"
    return CustomerCreate.model_validate(
        {
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
        customers.find_customers(**{EMAIL_FILTER: email}),
        parties.find_individuals(**{EMAIL_FILTER: email}),
    )
    for customer in found_customers:
        individual_id = _engaged_individual(customer)
        if customer.id and individual_id:
            name = customer.name or f"{contact.given_name} {contact.family_name}"
            return KnownParties(CustomerParties(customer.id, individual_id, name), individual_id)
    individual = next((found.id for found in found_individuals if found.id), None)
    return KnownParties(None, individual)


async def ensure_customer(
    customers: Tmf629Client, parties: Tmf632Client, contact: Contact, known: KnownParties
) -> CustomerParties:
    """The customer the look-ups found, else one made now (and its person, if unknown too)."""
    if known.customer is not None:
        return known.customer
    individual_id = known.individual_id
    if individual_id is None:
        individual_id = (await parties.create_individual(individual_request(contact))).id or ""
    customer = await customers.create_customer(customer_request(contact, individual_id))
    return CustomerParties(customer.id or "", individual_id, f"{contact.given_name} {contact.family_name}")


async def customer_for(customers: Tmf629Client, parties: Tmf632Client, contact: Contact) -> CustomerParties:
    """The customer and person placing an order, created only when they do not exist yet."""
    return await ensure_customer(customers, parties, contact, await find_parties(customers, parties, contact))
