"""Finding a customer in store: by name, email, phone or postcode (TMF630 filters on TMF629 and TMF637).

    email     629 customer?contactMedium.characteristic.emailAddress=<lower case>
    name      629 customer?name.regex=<typed, escaped>                     (any part of the name)
    phone     629 customer?contactMedium.characteristic.phoneNumber.regex=<digits, spaces allowed between>
    postcode  [629 customer?contactMedium.characteristic.postCode.regex=^RG1\\s*4AB$
               ∥ 637 product?place.postcode.regex=…] → 629 customer/{id} of each product's customer

Each criterion given is one look-up; they run side by side and a customer must match every one.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from pydantic import Field

from bff.core.clients.base import TmfNotFound
from bff.core.clients.tmf629 import Tmf629Client
from bff.core.clients.tmf637 import Tmf637Client
from bff.core.customers import EMAIL_FILTER
from bff.core.errors import ChannelError
from bff.core.filters import find_checked
from bff.core.inventory import customer_of
from bff.core.models import ChannelModel
from bff.core.staff.models import CustomerList, CustomerSummary
from tmf_models.tmf629 import Customer

MAX_RESULTS = 50


class SearchTooVague(ChannelError):
    status = 422
    code = "SEARCH_CRITERIA_REQUIRED"
    message = "Give a name, email, phone number or postcode to search for."


class CustomerQuery(ChannelModel):
    name: str | None = Field(None, min_length=2, max_length=100)
    email: str | None = Field(None, min_length=3, max_length=254)
    phone: str | None = Field(None, pattern=r"^[0-9 +()-]{4,20}$")
    postcode: str | None = Field(None, pattern=r"^[A-Za-z0-9 ]{2,10}$")


def phone_pattern(phone: str) -> str:
    """Digits in order, whatever spacing or punctuation was stored between them."""
    digits = re.sub(r"\D", "", phone)
    return r"[\s()-]*".join(digits)


def postcode_pattern(postcode: str) -> str:
    compact = re.sub(r"\s+", "", postcode).upper()
    if len(compact) > 3:
        return rf"^{re.escape(compact[:-3])}\s*{re.escape(compact[-3:])}$"
    return rf"^{re.escape(compact)}"  # an outward code alone: every postcode in it


def summary(customer: Customer) -> CustomerSummary:
    body = customer.model_dump(mode="json", by_alias=True, exclude_none=True)
    media = [medium.get("characteristic") or {} for medium in body.get("contactMedium") or []]

    def first(key: str) -> str | None:
        return next((str(medium[key]) for medium in media if medium.get(key)), None)

    return CustomerSummary(
        id=body.get("id", ""),
        name=body.get("name") or "",
        status=body.get("status"),
        email=first("emailAddress"),
        phone=first("phoneNumber"),
        postcode=first("postCode"),
    )


async def _by_postcode(customers: Tmf629Client, inventory: Tmf637Client, postcode: str) -> list[Customer]:
    pattern = postcode_pattern(postcode)
    by_contact, products = await asyncio.gather(
        find_checked(
            customers.api, customers.find_customers, {"contactMedium.characteristic.postCode.regex": pattern}
        ),
        find_checked(inventory.api, inventory.find_products, {"place.postcode.regex": pattern}),
    )
    known = {customer.id for customer in by_contact}
    wanted = list(
        dict.fromkeys(cid for product in products if (cid := customer_of(product)) and cid not in known)
    )

    async def read(customer_id: str) -> Customer | None:
        try:
            return await customers.get_customer(customer_id)
        except TmfNotFound:
            return None  # a product whose customer is gone

    found = await asyncio.gather(*(read(customer_id) for customer_id in wanted[:MAX_RESULTS]))
    return [*by_contact, *(customer for customer in found if customer is not None)]


async def search_customers(
    customers: Tmf629Client, inventory: Tmf637Client, query: CustomerQuery
) -> CustomerList:
    if not any((query.name, query.email, query.phone, query.postcode)):
        raise SearchTooVague()
    lookups: list[Any] = []
    if query.email:
        email = {EMAIL_FILTER: query.email.strip().lower()}
        lookups.append(find_checked(customers.api, customers.find_customers, email))
    if query.name:
        name = {"name.regex": re.escape(query.name.strip())}
        lookups.append(find_checked(customers.api, customers.find_customers, name))
    if query.phone:
        pattern = phone_pattern(query.phone)
        lookups.append(
            find_checked(
                customers.api,
                customers.find_customers,
                {"contactMedium.characteristic.phoneNumber.regex": pattern},
            )
        )
    if query.postcode:
        lookups.append(_by_postcode(customers, inventory, query.postcode))
    results: list[list[Customer]] = await asyncio.gather(*lookups)
    matching = set.intersection(*({customer.id for customer in result} for result in results))
    by_id = {customer.id: customer for result in results for customer in result if customer.id in matching}
    ordered = sorted(by_id.values(), key=lambda customer: (customer.name or "").lower())
    return CustomerList(customers=[summary(customer) for customer in ordered[:MAX_RESULTS]])
