"""One broadband offer as a card: an <article> named by its heading, with a "Choose" button."""

import reflex as rx
from reflex.event import EventSpec

from storefront.components import theme
from storefront.views import OfferView


def _fact(label: str, value: rx.Var[str]) -> rx.Component:
    return rx.data_list.item(
        rx.data_list.label(label, min_width="7rem"),
        rx.data_list.value(value),
        align="center",
    )


def offer_card(
    offer: rx.Var[OfferView], on_choose: EventSpec, compare: rx.Component | None = None
) -> rx.Component:
    """``compare`` is an optional control (e.g. a "Compare" checkbox) shown above the button."""
    heading_id = "offer-" + offer.id + "-name"
    return rx.card(
        rx.el.article(
            rx.vstack(
                rx.badge(offer.technology, variant="soft", radius="full"),
                rx.heading(offer.name, as_="h3", size="5", id=heading_id),
                rx.text(offer.speed, size="2", color=rx.color(theme.GRAY, 11)),
                rx.text(offer.monthly, size="7", weight="bold", color=rx.color(theme.GRAY, 12)),
                rx.cond(
                    offer.promotion != "",
                    rx.callout.root(
                        rx.callout.icon(rx.icon("tag")),
                        rx.callout.text(rx.text.strong(offer.promotion_name), rx.el.br(), offer.promotion),
                        color_scheme="green",
                        size="1",
                        width="100%",
                    ),
                ),
                rx.cond(
                    offer.description != "",
                    rx.text(offer.description, size="2", color=rx.color(theme.GRAY, 11)),
                ),
                rx.data_list.root(
                    _fact("Contract", offer.contract),
                    _fact("One-off cost", offer.one_off),
                    size="2",
                    orientation="horizontal",
                ),
                rx.spacer(),
                compare if compare is not None else rx.fragment(),
                rx.button(
                    "Choose",
                    rx.icon("arrow_right", size=16),
                    on_click=on_choose,
                    aria_label="Choose " + offer.name,
                    size="3",
                    width="100%",
                ),
                spacing="3",
                height="100%",
            ),
            aria_labelledby=heading_id,
            height="100%",
        ),
        size="3",
        height="100%",
    )
