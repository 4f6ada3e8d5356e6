"""One broadband offer as a card: an <article> named by its heading, with a "Choose" button.

Plain elements styled by assets/styles.css (`.offer-card` …) rather than Radix's Card, Badge, Callout and
DataList: the offers page renders a card per plan the moment the address check answers, and each Radix
component is several React components with run-time styles, which made that step the slowest of the
journey (bench/storefront_interactions.py).
"""

import reflex as rx
from reflex.event import EventSpec

from storefront.views import OfferDisplay


def _fact(label: str, value: rx.Var[str]) -> rx.Component:
    return rx.el.div(rx.el.dt(label), rx.el.dd(value))


def offer_card(
    offer: rx.Var[OfferDisplay], on_choose: EventSpec, compare: rx.Component | None = None
) -> rx.Component:
    """``compare`` is an optional control (e.g. a "Compare" checkbox) shown above the button."""
    heading_id = "offer-" + offer.id + "-name"
    return rx.el.article(
        rx.el.span(offer.technology, class_name="offer-badge"),
        rx.el.h3(offer.name, id=heading_id, class_name="offer-name"),
        rx.el.p(offer.speed, class_name="offer-muted"),
        rx.el.p(offer.monthly, class_name="offer-price"),
        rx.cond(
            offer.promotion != "",
            rx.el.p(
                rx.el.strong(offer.promotion_name), rx.el.br(), offer.promotion, class_name="offer-promotion"
            ),
        ),
        rx.cond(offer.description != "", rx.el.p(offer.description, class_name="offer-muted")),
        rx.el.dl(
            _fact("Contract", offer.contract), _fact("One-off cost", offer.one_off), class_name="offer-facts"
        ),
        rx.el.div(class_name="offer-spacer"),
        compare if compare is not None else rx.fragment(),
        rx.button(
            "Choose",
            rx.icon("arrow_right", size=16),
            on_click=on_choose,
            aria_label="Choose " + offer.name,
            size="3",
            width="100%",
        ),
        aria_labelledby=heading_id,
        class_name="offer-card",
    )
