"""Engineer visits in the storefront: the BFF's slots and holds (storefront/clients/web.py), the visit in
words on an order (storefront/views.py) and the slots shown at checkout (storefront/state/checkout.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import respx

from storefront.clients import web
from storefront.config import get_settings
from storefront.state.checkout import _with_held_choice
from storefront.views import (
    VISITED_EXPLANATION,
    SlotDisplay,
    held_until,
    order_display,
    slot_display,
    visit_words,
)

BFF = get_settings().bff_url
LABEL = "Engineer visit Tue 12 Jan, 8am\N{EN DASH}1pm"
SLOT = {
    "id": "rg1-2027-01-12-am",
    "start": "2027-01-12T08:00:00Z",
    "end": "2027-01-12T13:00:00Z",
    "label": LABEL,
}


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BFF, assert_all_called=False) as router:
        yield router


def create_order(state: str = "inProgress", **appointment: Any) -> web.OrderView:
    visit = {"id": "appt-1", "start": SLOT["start"], "end": SLOT["end"], "status": "confirmed", **appointment}
    return web.OrderView.model_validate({"id": "o-1", "state": state, "appointment": visit})


async def test_slots_are_asked_for_the_address_and_work_type_with_the_token(router: respx.MockRouter) -> None:
    route = router.get("/api/v1/visits/slots").respond(200, json={"slots": [SLOT]})

    slots = await web.find_visit_slots("addr-1", "token-1")

    assert [slot.label for slot in slots] == [LABEL]
    request = route.calls.last.request
    assert dict(request.url.params) == {"addressId": "addr-1", "workType": "new line installation"}
    assert request.headers["Authorization"] == "Bearer token-1"


async def test_a_held_slot_answers_its_appointment_and_expiry(router: respx.MockRouter) -> None:
    held = {
        "appointmentId": "appt-1",
        "slot": SLOT,
        "status": "initialized",
        "holdExpires": "2026-12-07T16:13Z",
    }
    route = router.post("/api/v1/visits").respond(201, json=held)

    hold = await web.hold_visit("addr-1", web.VisitSlot.model_validate(SLOT), "token-1")

    assert (hold.appointment_id, hold.hold_expires) == ("appt-1", "2026-12-07T16:13Z")
    body = json.loads(route.calls.last.request.content)
    assert body == {
        "addressId": "addr-1",
        "workType": "new line installation",
        "slot": {"id": SLOT["id"], "start": SLOT["start"], "end": SLOT["end"]},
    }


async def test_a_slot_taken_meanwhile_is_said_as_the_bff_words_it(router: respx.MockRouter) -> None:
    message = "That visit slot has just been taken. Please choose another one."
    router.post("/api/v1/visits").respond(409, json={"code": "SLOT_TAKEN", "message": message})

    with pytest.raises(web.BffError) as raised:
        await web.hold_visit("addr-1", web.VisitSlot.model_validate(SLOT), "token-1")

    assert (raised.value.code, raised.value.message) == (web.SLOT_TAKEN, message)


async def test_the_order_names_its_held_visit(router: respx.MockRouter) -> None:
    route = router.post("/api/v1/orders").respond(201, json={"id": "o-1", "state": "acknowledged"})
    contact = web.Contact(
        given_name="Jane", family_name="Doe", email="jane@example.com", phone="07700 900123"
    )

    await web.place_order(
        address_id="a",
        offer_id="o",
        add_on_ids=[],
        contact=contact,
        idempotency_key="k",
        appointment_id="appt-1",
    )

    assert json.loads(route.calls.last.request.content)["appointmentId"] == "appt-1"


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        ("2027-01-12T08:00:00Z", "2027-01-12T13:00:00Z", LABEL),
        # Summer: UK time is an hour ahead of UTC.
        (
            "2026-07-14T12:00:00+00:00",
            "2026-07-14T17:30:00+00:00",
            "Engineer visit Tue 14 Jul, 1pm\N{EN DASH}6:30pm",
        ),
        ("", "2027-01-12T13:00:00Z", ""),
    ],
)
def test_a_visit_is_said_in_uk_time(start: str, end: str, said: str) -> None:
    assert visit_words(start, end) == said


def test_a_slot_without_a_label_is_worded_here() -> None:
    assert slot_display(web.VisitSlot.model_validate({**SLOT, "label": ""})).label == LABEL


def test_a_hold_says_until_when_in_uk_time() -> None:
    assert held_until("2026-12-07T16:13:08.456000Z") == "Held for you until 16:13"
    assert held_until("2026-07-07T16:13:08Z") == "Held for you until 17:13"
    assert held_until(None) == "Held for you"


def test_an_order_waiting_for_its_visit_names_it_and_what_comes_next() -> None:
    view = order_display(create_order(label=LABEL))

    assert view.visit == LABEL
    assert view.visit_status == "Booked"
    assert view.steps[2].name == LABEL
    assert view.next_step.startswith("Next: the engineer connects you")
    assert "ready" not in view.state_words + view.explanation


def test_an_order_without_a_visit_label_still_names_it() -> None:
    assert order_display(create_order()).visit == LABEL


def test_a_completed_order_says_the_engineer_connected_it_and_nothing_comes_next() -> None:
    view = order_display(create_order("completed", status="completed", label=LABEL))

    assert (view.explanation, view.next_step, view.visit_status) == (VISITED_EXPLANATION, "", "Done")


@pytest.mark.parametrize(("status", "words"), [("cancelled", "cancelled"), ("failed", "did not happen")])
def test_a_visit_that_did_not_happen_asks_for_a_new_slot(status: str, words: str) -> None:
    view = order_display(create_order(status=status))

    assert words in view.next_step
    assert "choose a new slot" in view.next_step  # the customer books it: we do not call them


def test_an_order_without_a_visit_has_the_usual_steps() -> None:
    view = order_display(web.OrderView.model_validate({"id": "o-2", "state": "inProgress"}))

    assert (view.visit, view.steps[2].name) == ("", "Setting up your broadband")


def _slot(slot_id: str, start: str) -> SlotDisplay:
    return SlotDisplay(id=slot_id, label=slot_id, start=start, end=start)


def test_the_slot_held_for_the_customer_stays_among_fresh_slots() -> None:
    mine, later = _slot("mine", "2027-01-12T08:00:00Z"), _slot("later", "2027-01-13T08:00:00Z")

    assert _with_held_choice([later], [mine, later], "mine", {"mine"}) == [mine, later]
    assert _with_held_choice([later], [mine, later], "mine", set()) == [later]  # not held: gone
    assert _with_held_choice([mine, later], [mine], "mine", {"mine"}) == [mine, later]
