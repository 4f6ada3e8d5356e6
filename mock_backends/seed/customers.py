"""The identity provider's demo customers as TMF data: a TMF632 individual and a TMF629 customer each, with
the ids the provider's `customer_id` claim carries (mock_backends/identity/seed.py: cust-0001..cust-0004),
so a signed-in persona's claim names their customer directly.

Jane Doe (cust-0001) and Sam Patel (cust-0002) are existing customers: one completed TMF622 order each and
the active TMF637 products it made. Olivia Brown (cust-0003) and Tom Nguyen (cust-0004) have never ordered.

Stored directly, like the rest of the seed: a TMF POST cannot choose ids.
"""

from dataclasses import dataclass
from functools import cache
from typing import Any

from mock_backends.seed.catalogue import catalogue_documents
from mock_backends.tmf620.service import PRODUCT_OFFERING, PRODUCT_OFFERING_PRICE, PRODUCT_SPECIFICATION
from mock_backends.tmf622.service import PRODUCT_ORDER
from mock_backends.tmf629.service import CUSTOMER
from mock_backends.tmf632.service import INDIVIDUAL
from mock_backends.tmf637 import service as inventory
from mock_backends.tmf637.service import PRODUCT

Document = dict[str, Any]

ORDERED = "2025-03-03T10:00:00.000Z"
COMPLETED = "2025-03-10T09:00:00.000Z"


@dataclass(frozen=True)
class Purchase:
    """A completed order for broadband at an address, and the product it made."""

    offering_id: str
    offering_name: str
    spec_id: str
    address: Document


@dataclass(frozen=True)
class SeedCustomer:
    customer_id: str
    given_name: str
    family_name: str
    email: str
    phone: str
    purchase: Purchase | None = None

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def individual_id(self) -> str:
        return f"ind-{self.customer_id.removeprefix('cust-')}"


def _address(address_id: str, number: str, street: str, city: str, postcode: str) -> Document:
    return {
        "id": address_id,
        "role": "installationAddress",
        "@referredType": "GeographicAddress",
        "@type": "GeographicAddress",
        "streetNr": number,
        "streetName": street,
        "city": city,
        "postcode": postcode,
    }


CUSTOMERS = (
    SeedCustomer(
        "cust-0001",
        "Jane",
        "Doe",
        "jane.doe@example.com",
        "07700 900001",
        Purchase(
            "po-fibre-500",
            "Fibre 500",
            "ps-fibre-500",
            _address("addr-rg14ab-1", "1", "Orchard Close", "Reading", "RG1 4AB"),
        ),
    ),
    SeedCustomer(
        "cust-0002",
        "Sam",
        "Patel",
        "sam.patel@example.com",
        "07700 900002",
        Purchase(
            "po-fibre-150",
            "Fibre 150",
            "ps-fibre-150",
            _address("addr-ls62ab-2", "2", "Victoria Road", "Leeds", "LS6 2AB"),
        ),
    ),
    SeedCustomer("cust-0003", "Olivia", "Brown", "olivia.brown@example.com", "07700 900003"),
    SeedCustomer("cust-0004", "Tom", "Nguyen", "tom.nguyen@example.com", "07700 900004"),
)


def _contact_media(customer: SeedCustomer) -> list[Document]:
    return [
        {"mediumType": "email", "preferred": True, "characteristic": {"emailAddress": customer.email}},
        {"mediumType": "mobile", "characteristic": {"phoneNumber": customer.phone}},
    ]


def individual(customer: SeedCustomer) -> Document:
    return {
        "id": customer.individual_id,
        "href": INDIVIDUAL.href(customer.individual_id),
        "@type": "Individual",
        "givenName": customer.given_name,
        "familyName": customer.family_name,
        "fullName": customer.name,
        "status": "validated",
        "contactMedium": _contact_media(customer),
    }


def customer_document(customer: SeedCustomer) -> Document:
    return {
        "id": customer.customer_id,
        "href": CUSTOMER.href(customer.customer_id),
        "@type": "Customer",
        "name": customer.name,
        "status": "Approved",
        "engagedParty": {
            "id": customer.individual_id,
            "href": INDIVIDUAL.href(customer.individual_id),
            "name": customer.name,
            "role": "customer",
            "@referredType": "Individual",
        },
        "contactMedium": _contact_media(customer),
    }


def _parties(customer: SeedCustomer) -> list[Document]:
    return [
        {"id": customer.customer_id, "name": customer.name, "role": "customer", "@referredType": "Customer"},
        {
            "id": customer.individual_id,
            "name": customer.name,
            "role": "contact",
            "@referredType": "Individual",
        },
    ]


def order(customer: SeedCustomer, purchase: Purchase) -> Document:
    order_id, product_id = f"po-seed-{customer.customer_id}", f"prod-seed-{customer.customer_id}"
    offering = {"id": purchase.offering_id, "name": purchase.offering_name}
    return {
        "id": order_id,
        "href": PRODUCT_ORDER.href(order_id),
        "@type": "ProductOrder",
        "externalId": f"seed-{customer.customer_id}",
        "category": "residential",
        "description": f"{purchase.offering_name} for {purchase.address['streetNr']} "
        f"{purchase.address['streetName']}",
        "state": "completed",
        "orderDate": ORDERED,
        "requestedStartDate": ORDERED,
        "completionDate": COMPLETED,
        "channel": [{"id": "web", "name": "web", "role": "salesChannel"}],
        "relatedParty": _parties(customer),
        "notificationContact": customer.email,
        "productOrderItem": [
            {
                "id": "1",
                "action": "add",
                "quantity": 1,
                "state": "completed",
                "@type": "ProductOrderItem",
                "productOffering": offering,
                "product": {
                    "id": product_id,
                    "href": PRODUCT.href(product_id),
                    "@type": "Product",
                    "place": [purchase.address],
                },
            }
        ],
        # As the order manager leaves a fulfilled order (tmf622/fulfilment.py): its one milestone reached.
        "productOrderMilestone": [
            {
                "id": "1.1",
                "name": f"Provide {purchase.offering_name}",
                "status": "Completed",
                "milestoneDate": COMPLETED,
                "productOrderItem": [
                    {
                        "productOrderId": order_id,
                        "productOrderItemId": "1",
                        "@referredType": "ProductOrderItem",
                    }
                ],
                "@type": "ProductOrderMilestone",
            }
        ],
    }


@cache
def _catalogue() -> dict[tuple[str, str], Document]:
    return {
        (kind, document["id"]): document
        for kind, documents in catalogue_documents().items()
        for document in documents
    }


def _sold_as(purchase: Purchase) -> Document:
    """The characteristics and prices of the seeded product, read from the seeded catalogue."""
    catalogue = _catalogue()
    offering = catalogue[(PRODUCT_OFFERING.name, purchase.offering_id)]
    prices = [catalogue[(PRODUCT_OFFERING_PRICE.name, ref["id"])] for ref in offering["productOfferingPrice"]]
    return inventory.sold_as(catalogue[(PRODUCT_SPECIFICATION.name, purchase.spec_id)], prices)


def product(customer: SeedCustomer, purchase: Purchase) -> Document:
    product_id = f"prod-seed-{customer.customer_id}"
    party = {
        "id": customer.customer_id,
        "name": customer.name,
        "role": "customer",
        "@referredType": "Customer",
    }
    return {
        **_sold_as(purchase),
        "id": product_id,
        "href": PRODUCT.href(product_id),
        "@type": "Product",
        "name": purchase.offering_name,
        "status": "active",
        "isBundle": False,
        "isCustomerVisible": True,
        "orderDate": ORDERED,
        "startDate": COMPLETED,
        "productOffering": {"id": purchase.offering_id, "name": purchase.offering_name},
        "productSpecification": {"id": purchase.spec_id},
        "productOrderItem": [
            {
                "orderItemId": "1",
                "orderItemAction": "add",
                "productOrderId": f"po-seed-{customer.customer_id}",
                "role": "fulfils",
                "@referredType": "ProductOrderItem",
            }
        ],
        "place": [purchase.address],
        "relatedParty": [party],
        "billingAccount": inventory.billing_account(party),
    }


def customer_documents() -> dict[str, list[Document]]:
    purchases = [(customer, customer.purchase) for customer in CUSTOMERS if customer.purchase]
    return {
        INDIVIDUAL.name: [individual(customer) for customer in CUSTOMERS],
        CUSTOMER.name: [customer_document(customer) for customer in CUSTOMERS],
        PRODUCT_ORDER.name: [order(customer, purchase) for customer, purchase in purchases],
        PRODUCT.name: [product(customer, purchase) for customer, purchase in purchases],
    }
