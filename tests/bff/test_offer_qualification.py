"""TMF679, when configured (BFF_TMF679_URL): the operator's qualification takes off the offers it refuses for
this customer here, with its reasons, and an order for one is refused; unset, the BFF's own rules only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from bff.config import Settings
from tests.bff.factories import TMF, URLS, accepting_summary, create_qualification
from tests.bff.identity import ISSUER
from tests.bff.test_web_orders import KEY, serve_order_backends
from tests.bff.test_web_orders import ORDER as BASKET

TMF679 = f"{TMF}/productOfferingQualification/v4"
POQ = f"{TMF679}/productOfferingQualification"
CHECK = f"{URLS['tmf645_url']}/checkServiceQualification"
ORDER = {**BASKET, "consents": {"creditCheck": True, "terms": True}}
SECOND_LINE = {"code": "ALREADY_HAS_LINE", "label": "You already have broadband at this address"}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        **URLS,
        tmf679_url=TMF679,
        timeout_seconds=0.5,
        retry_wait_initial_seconds=0.001,
        database_url=f"sqlite:///{tmp_path / 'bff.db'}",
        oidc_issuer=ISSUER,
    )


def answer_refusing(refused: dict[str, dict[str, str]]) -> Any:
    """A TMF679 that qualifies every offering asked about except those in `refused` (id: reason)."""

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        items = []
        for item in body["productOfferingQualificationItem"]:
            reason = refused.get(item["productOffering"]["id"])
            items.append(
                {
                    **item,
                    "qualificationItemResult": "unqualified" if reason else "qualified",
                    **({"eligibilityUnavailabilityReason": [reason]} if reason else {}),
                }
            )
        return httpx.Response(
            201, json={**body, "id": "poq-1", "state": "done", "productOfferingQualificationItem": items}
        )

    return answer


async def test_an_offer_refused_for_the_customer_is_listed_with_its_reasons(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    tmf.post(CHECK).respond(201, json=create_qualification([("FTTP", 1000, 115)]))
    route = tmf.post(POQ).mock(side_effect=answer_refusing({"po-fibre-900": SECOND_LINE}))

    body = (
        await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "12"})
    ).json()

    assert [offer["id"] for offer in body["offers"]] == ["po-fibre-150"]
    assert body["unavailable"] == [{"offerId": "po-fibre-900", "name": "Fibre 900", "reasons": [SECOND_LINE]}]
    sent = json.loads(route.calls.last.request.content)
    assert sent["place"][0]["id"] == "addr-0001"
    assert sent["relatedParty"] == [{"id": "cust-7", "role": "customer", "@referredType": "Customer"}]
    assert [item["productOffering"]["id"] for item in sent["productOfferingQualificationItem"]] == [
        "po-fibre-150",
        "po-fibre-900",
    ]


async def test_an_order_for_a_refused_offer_is_refused_and_not_placed(
    client: httpx.AsyncClient, tmf: respx.MockRouter
) -> None:
    create = serve_order_backends(tmf)
    tmf.post(POQ).mock(side_effect=answer_refusing({"po-fibre-150": SECOND_LINE}))

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 409 and response.json()["code"] == "OFFER_NOT_AVAILABLE_AT_ADDRESS"
    assert create.call_count == 0


async def test_an_offer_it_qualifies_is_ordered(client: httpx.AsyncClient, tmf: respx.MockRouter) -> None:
    create = serve_order_backends(tmf)
    tmf.post(POQ).mock(side_effect=answer_refusing({}))

    response = await client.post("/api/v1/orders", json=await accepting_summary(client, ORDER), headers=KEY)

    assert response.status_code == 201 and create.call_count == 1
