"""What the storefront shows: money, speeds and order states, in a customer's words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storefront.clients import web
from storefront.views import format_money, format_speed, order_display, order_state_words


@pytest.mark.parametrize(
    ("amount", "shown"),
    [(Decimal("35"), "£35.00"), (19.005, "£19.01"), (0, "£0.00"), (Decimal("1234.5"), "£1,234.50")],
)
def test_money_is_shown_as_on_a_bill(amount: Decimal | float, shown: str) -> None:
    assert format_money(amount) == shown


def test_speeds_switch_to_gbps_at_a_thousand() -> None:
    assert (format_speed(80), format_speed(1000), format_speed(None)) == ("80 Mbps", "1 Gbps", "—")


def test_every_tmf622_state_has_words_for_a_customer() -> None:
    states = [
        "acknowledged",
        "rejected",
        "pending",
        "held",
        "inProgress",
        "cancelled",
        "completed",
        "failed",
        "partial",
        "assessingCancellation",
        "pendingCancellation",
    ]
    for state in states:
        assert order_state_words(state) != state, state


def test_a_rejected_order_says_why_and_stops_its_timeline() -> None:
    from storefront.clients import web
    from storefront.views import order_display

    order = web.OrderView.model_validate(
        {
            "id": "o-1",
            "state": "rejected",
            "errorMessages": [{"code": "NOT_SERVICEABLE", "message": "Not available at this address"}],
            "items": [{"id": "1", "name": "Fibre 150", "state": "rejected", "action": "add"}],
        }
    )
    view = order_display(order)

    assert view.final and not view.cancellable
    assert view.reason == "Not available at this address."
    assert view.state_words.startswith("Not accepted")
    assert [step.status for step in view.steps] == ["stopped", "todo", "todo", "todo"]
    assert view.lines[0].state_words == "Not accepted"


def test_a_completed_order_has_every_step_done_and_a_speed_change_is_named() -> None:
    from storefront.clients import web
    from storefront.views import order_display

    order = web.OrderView.model_validate(
        {"id": "o-2", "state": "completed", "items": [{"id": "1", "action": "modify", "state": "completed"}]}
    )
    view = order_display(order)

    assert [step.status for step in view.steps] == ["done"] * 4
    assert view.kind == "Change of speed"


def test_checkout_extras_need_an_adult_both_agreements_and_a_slot() -> None:
    from datetime import date

    from storefront.state.checkout import validate_checkout_extras

    today = date(2026, 7, 10)
    assert validate_checkout_extras("1985-04-12", True, True, "2026-07-13T08:00", True, today) == {}
    errors = validate_checkout_extras("2010-01-01", False, False, "", True, today)
    assert set(errors) == {"date_of_birth", "credit_check", "terms", "slot"}
    assert "18 or over" in errors["date_of_birth"]
    assert "slot" not in validate_checkout_extras("1985-04-12", True, True, "", False, today)


@pytest.mark.parametrize(
    ("typed", "looked_up"), [("rg14ab", "RG1 4AB"), ("RG1 4A", ""), ("sw1a 2aa", "SW1A 2AA"), ("", "")]
)
def test_the_type_ahead_looks_up_complete_postcodes_only(typed: str, looked_up: str) -> None:
    from storefront.state.home import full_postcode

    assert full_postcode(typed) == looked_up


def test_every_date_is_written_one_way() -> None:
    from datetime import date

    from storefront.views import format_date, format_day, format_when

    assert format_date(date(2026, 12, 7)) == "Mon 7 Dec 2026"
    assert format_day("2026-12-07") == format_day("2026-12-07T10:30:00Z") == "Mon 7 Dec 2026"
    assert format_when("2026-12-07T09:05:00Z") == "Mon 7 Dec 2026, 09:05"
    assert format_day(None) == format_when("") == ""


def test_an_offer_refused_here_is_shown_with_its_reason_not_as_a_plan() -> None:
    from storefront.clients import web
    from storefront.views import unavailable_display

    answer = web.Availability.model_validate(
        {
            "address": {"id": "addr-1", "label": "1 High Street, RG1 4AB"},
            "serviceable": False,  # the line carries Fibre 900, but not for this customer
            "technologies": [{"technology": "FTTP", "maxDownloadMbps": 900}],
            "offers": [],
            "unavailable": [
                {
                    "offerId": "fibre-900",
                    "name": "Fibre 900",
                    "reasons": [
                        {"code": "ALREADY_HAS_LINE", "label": "You already have broadband at this address."}
                    ],
                }
            ],
        }
    )
    shown = [unavailable_display(offer) for offer in answer.unavailable]

    assert [(offer.name, offer.reasons) for offer in shown] == [
        ("Fibre 900", "You already have broadband at this address")
    ]
    assert unavailable_display(web.UnavailableOffer(offer_id="fibre-150")).reasons != ""


@pytest.mark.parametrize(
    ("state", "milestones", "noted"),
    [
        ("inProgress", [], True),
        ("acknowledged", [], True),
        ("inProgress", [{"name": "Line test", "status": "Completed"}], False),
        ("completed", [], False),
        ("cancelled", [], False),
    ],
)
def test_an_order_in_progress_without_milestones_says_it_shows_its_status(
    state: str, milestones: list[dict[str, str]], noted: bool
) -> None:
    from storefront.clients import web
    from storefront.views import NO_MILESTONES_NOTE, order_display

    order = web.OrderView.model_validate({"id": "o-3", "state": state, "milestones": milestones})

    view = order_display(order)

    assert view.progress_note == (NO_MILESTONES_NOTE if noted else "")


def _credit_order(state: str, code: str, message: str, **extra: object) -> web.OrderView:
    problem = {"code": code, "reason": "Credit", "message": message, "amount": extra.pop("amount", None)}
    return web.OrderView.model_validate({"id": "o-1", "state": state, "errorMessages": [problem], **extra})


def test_a_credit_decline_offers_alternatives_and_shows_no_bureau_data() -> None:
    view = order_display(_credit_order("rejected", "CREDIT_DECLINED", "Score 380 is below 450"))

    assert "Score" not in view.reason and "380" not in view.reason
    assert "deposit" in view.reason and "0800 123 4567" in view.reason


def test_a_fraud_review_reads_as_the_credit_team_looking() -> None:
    message = "3 orders of other customers in the last 10 minutes share this order's e-mail address"
    view = order_display(_credit_order("held", "FRAUD_REVIEW", message))

    assert view.reason.startswith("Our credit team is looking at your order")
    assert "e-mail" not in view.reason


def test_a_deposit_asked_for_is_shown_as_money() -> None:
    assert (
        order_display(_credit_order("pending", "DEPOSIT_REQUIRED", "Deposit", amount=100)).deposit
        == "£100.00"
    )
    assert order_display(_credit_order("held", "DEPOSIT_REQUIRED", "Deposit", amount=100)).deposit == ""


def test_the_credit_teams_decline_says_their_reason() -> None:
    order = _credit_order(
        "rejected",
        "CREDIT_REFERRAL",
        "Referred",
        creditDecision="declined",
        creditDecisionReason="We could not confirm your address.",
    )
    assert "Their reason: We could not confirm your address." in order_display(order).reason
