"""Can this customer buy these offerings here: TMF679 Product Offering Qualification, when configured.

With `BFF_TMF679_URL` set, the offers the BFF's own rules allow at an address (the TMF645 technologies and
speeds, bff/core/availability.py) are also put to the operator's qualification system, which knows what the
BFF cannot: the products the customer already has there (no second line of the same kind), their credit
class, local eligibility rules. An offer it refuses is taken off the list and shown with its reasons
(`eligibilityUnavailabilityReason`: code and label). Unset, the BFF keeps its own rules only.
"""

from __future__ import annotations

from collections.abc import Sequence

from bff.core.clients.tmf679 import Tmf679Client
from bff.core.models import Address, Offer, UnavailableOffer, UnavailableReason
from tmf_models.tmf679 import ProductOfferingQualification, ProductOfferingQualificationCreate


def qualification_request(
    address: Address, offers: Sequence[Offer], customer_id: str | None
) -> ProductOfferingQualificationCreate:
    body: dict[str, object] = {
        "@type": "ProductOfferingQualification",
        "instantSyncQualification": True,
        "provideUnavailabilityReason": True,
        "place": [{"id": address.id, "role": "installationAddress", "@referredType": "GeographicAddress"}],
        "productOfferingQualificationItem": [
            {"id": str(number), "productOffering": {"id": offer.id, "name": offer.name}}
            for number, offer in enumerate(offers, start=1)
        ],
    }
    if customer_id:
        body["relatedParty"] = [{"id": customer_id, "role": "customer", "@referredType": "Customer"}]
    return ProductOfferingQualificationCreate.model_validate(body)


def refusals(answer: ProductOfferingQualification) -> dict[str, list[UnavailableReason]]:
    """The reasons of each offering the answer does not qualify, by offering id."""
    refused: dict[str, list[UnavailableReason]] = {}
    for item in answer.product_offering_qualification_item or []:
        offering_id = item.product_offering.id if item.product_offering else None
        if not offering_id or item.qualification_item_result == "qualified":
            continue
        reasons = [
            UnavailableReason(code=reason.code or "UNQUALIFIED", label=reason.label or "")
            for reason in item.eligibility_unavailability_reason or []
        ]
        refused[offering_id] = reasons or [UnavailableReason(code="UNQUALIFIED", label="")]
    return refused


async def qualify_offers(
    client: Tmf679Client, address: Address, offers: Sequence[Offer], customer_id: str | None
) -> tuple[list[Offer], list[UnavailableOffer]]:
    """The offers TMF679 qualifies for this customer here, and the others with their reasons."""
    if not offers:
        return [], []
    answer = await client.create_qualification(qualification_request(address, offers, customer_id))
    refused = refusals(answer)
    return (
        [offer for offer in offers if offer.id not in refused],
        [
            UnavailableOffer(offer_id=offer.id, name=offer.name, reasons=refused[offer.id])
            for offer in offers
            if offer.id in refused
        ],
    )
