"""Web channel: self-install where the line allows it (bff/core/self_install.py). TMF645 says which
technology has a working line at the address; an order for it carries no visit and marks its main item
`installationMethod: selfInstall`; elsewhere it is refused. TMF645 and TMF622 are respx."""

from __future__ import annotations

import json
from typing import Any

import httpx
import respx

from tests.bff.factories import accepting_summary, create_qualification
from tests.bff.test_web_orders import CHECK, KEY, ORDER, serve_order_backends

SELF_INSTALL = {**ORDER, "selfInstall": True}


def line_live(qualification: dict[str, Any]) -> dict[str, Any]:
    """The TMF645 answer with a working line for each technology (serviceCharacteristic selfInstallable)."""
    for item in qualification["serviceQualificationItem"]:
        item["service"]["serviceCharacteristic"].append({"name": "selfInstallable", "value": True})
    return qualification


async def test_availability_says_which_lines_can_be_set_up_without_an_engineer(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    answer = create_qualification([("FTTP", 1000, 115), ("FTTC", 80, 20)])
    answer["serviceQualificationItem"][0]["service"]["serviceCharacteristic"].append(
        {"name": "selfInstallable", "value": True}
    )
    tmf.post(CHECK).respond(201, json=answer)

    found = await client.post("/api/v1/availability", json={"postcode": "RG1 4AB", "houseNumber": "1"})

    assert found.status_code == 200, found.text
    assert {t["technology"]: t["selfInstall"] for t in found.json()["technologies"]} == {
        "FTTP": True,
        "FTTC": False,
    }


async def test_a_self_install_order_has_no_visit_and_says_so(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)
    tmf.post(CHECK).respond(201, json=line_live(create_qualification([("FTTP", 1000, 115)])))

    placed = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, SELF_INSTALL), headers=KEY
    )

    assert placed.status_code == 201, placed.text
    main = json.loads(create.calls.last.request.content)["productOrderItem"][0]
    assert "appointment" not in main
    assert {"name": "installationMethod", "valueType": "string", "value": "selfInstall"} in main["product"][
        "productCharacteristic"
    ]
    shown = placed.json()
    assert shown["selfInstall"] is True and shown["appointment"] is None
    assert "installationMethod" not in shown["characteristics"]  # not one of the plan's options


async def test_self_install_is_refused_where_the_line_needs_an_engineer(
    client: httpx.AsyncClient, tmf: respx.MockRouter
):
    create = serve_order_backends(tmf)  # TMF645: no working line at the address

    refused = await client.post(
        "/api/v1/orders", json=await accepting_summary(client, SELF_INSTALL), headers=KEY
    )

    assert refused.status_code == 409
    assert refused.json()["code"] == "SELF_INSTALL_NOT_AVAILABLE"
    assert not create.called
