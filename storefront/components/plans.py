"""What is available at the checked address, shown on the home page right under the address form and on
/offers: the technologies, the plans (filtered, compared, chosen), or where nothing (or no full fibre) is
available, the "register interest" form."""

import reflex as rx

from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.components.form_fields import error_list, text_field
from storefront.components.offer_card import offer_card
from storefront.state.home import RESULTS_ID
from storefront.state.offers import ALL, INTERESTS, OffersState
from storefront.views import OfferDisplay, TechnologyDisplay, UnavailableDisplay

SPEEDS = (("100", "100 Mbps or faster"), ("300", "300 Mbps or faster"), ("900", "900 Mbps or faster"))
SELECT_STYLE = {
    "min_height": "var(--space-6)",
    "padding": "0 var(--space-2)",
    "font_size": "var(--font-size-2)",
    "border_radius": "var(--radius-2)",
    "border": f"1px solid {rx.color(theme.GRAY, 7)}",
    "background": "white",
    "color": rx.color(theme.GRAY, 12),
}


def _address_bar(change_address: rx.Component) -> rx.Component:
    return rx.flex(
        rx.hstack(
            rx.icon("map_pin", size=20, color=rx.color(theme.ACCENT, 11), aria_hidden="true"),
            rx.vstack(
                rx.text("Your address", size="1", color=rx.color(theme.GRAY, 11)),
                rx.text(OffersState.address_label, size="3", weight="bold", id="address-label"),
                spacing="0",
            ),
            align="center",
            spacing="3",
        ),
        change_address,
        justify="between",
        align="center",
        wrap="wrap",
        gap="var(--space-3)",
        width="100%",
    )


def _technology(technology: rx.Var[TechnologyDisplay]) -> rx.Component:
    return rx.el.li(
        rx.hstack(
            rx.icon("circle_check", size=18, color=rx.color("green", 10), aria_hidden="true"),
            rx.text(rx.text.strong(technology.name), " — ", technology.speed, size="2"),
            align="center",
            spacing="2",
        ),
        list_style="none",
    )


def _filters() -> rx.Component:
    return rx.flex(
        rx.hstack(
            rx.el.label("Technology", html_for="filter-technology", font_size="var(--font-size-2)"),
            rx.el.select(
                rx.el.option("All", value=ALL),
                rx.foreach(OffersState.technology_options, lambda t: rx.el.option(t, value=t)),
                id="filter-technology",
                value=OffersState.technology_filter,
                on_change=OffersState.set_technology_filter,
                style=SELECT_STYLE,
            ),
            align="center",
            spacing="2",
        ),
        rx.hstack(
            rx.el.label("Speed", html_for="filter-speed", font_size="var(--font-size-2)"),
            rx.el.select(
                rx.el.option("Any speed", value=ALL),
                *[rx.el.option(label, value=value) for value, label in SPEEDS],
                id="filter-speed",
                value=OffersState.speed_filter,
                on_change=OffersState.set_speed_filter,
                style=SELECT_STYLE,
            ),
            align="center",
            spacing="2",
        ),
        rx.text(
            OffersState.shown_offers.length(),
            " of ",
            OffersState.offers.length(),
            " plans shown",
            size="2",
            color=rx.color(theme.GRAY, 11),
            role="status",
        ),
        gap="var(--space-4)",
        wrap="wrap",
        align="center",
        role="group",
        aria_label="Filter plans",
    )


def _compare_box(offer: rx.Var[OfferDisplay]) -> rx.Component:
    # A native checkbox: one element per card instead of Radix's Checkbox (see offer_card).
    return rx.el.label(
        rx.el.input(
            type="checkbox",
            checked=OffersState.compared_ids.contains(offer.id),
            on_change=OffersState.flip_compare(offer.id),
            disabled=OffersState.compare_full & ~OffersState.compared_ids.contains(offer.id),
            aria_label="Compare " + offer.name,
        ),
        "Compare",
        class_name="compare-box",
    )


_CELL = {
    "padding": "0.5rem 0.75rem",
    "border_bottom": theme.BORDER,
    "text_align": "left",
    "vertical_align": "top",
}


def _compare_cell(value: rx.Var[str]) -> rx.Component:
    return rx.el.td(value, style=_CELL)


def _compare_row(label: str, field: str) -> rx.Component:
    return rx.el.tr(
        rx.el.th(label, scope="row", style={**_CELL, "font_weight": "500", "white_space": "nowrap"}),
        rx.foreach(OffersState.compared, lambda offer: _compare_cell(offer[field])),
    )


def _comparison() -> rx.Component:
    return rx.cond(
        OffersState.compared_ids.length() >= 2,
        rx.card(
            rx.el.section(
                rx.flex(
                    rx.heading("Compare plans", as_="h2", size="5", id="compare-heading"),
                    rx.button(
                        "Clear comparison", variant="ghost", size="2", on_click=OffersState.clear_compare
                    ),
                    justify="between",
                    align="center",
                    width="100%",
                    margin_bottom="0.75rem",
                ),
                rx.el.p(
                    rx.icon("move_horizontal", size=16, aria_hidden="true"),
                    "Swipe the table sideways to see every plan.",
                    class_name="swipe-hint",
                    align_items="center",
                    gap="var(--space-2)",
                    font_size="var(--font-size-2)",
                    color=rx.color(theme.GRAY, 11),
                    margin="0 0 var(--space-2)",
                    id="compare-swipe-hint",
                ),
                rx.box(
                    rx.el.table(
                        rx.el.thead(
                            rx.el.tr(
                                rx.el.th("Plan", scope="col", style=_CELL),
                                rx.foreach(
                                    OffersState.compared,
                                    lambda o: rx.el.th(o.name, scope="col", style=_CELL),
                                ),
                            )
                        ),
                        rx.el.tbody(
                            _compare_row("Technology", "technology"),
                            _compare_row("Speed", "speed"),
                            _compare_row("Monthly price", "monthly"),
                            _compare_row("Offer", "promotion"),
                            _compare_row("One-off cost", "one_off"),
                            _compare_row("Contract", "contract"),
                        ),
                        font_size="var(--font-size-2)",
                        border_collapse="collapse",
                        width="100%",
                        min_width="32rem",
                    ),
                    # A phone scrolls the table sideways; the region takes the focus so keyboards can too.
                    overflow_x="auto",
                    tab_index=0,
                    role="region",
                    aria_label="Plans side by side (scrolls sideways on small screens)",
                    aria_describedby="compare-swipe-hint",
                    width="100%",
                ),
                aria_labelledby="compare-heading",
            ),
            size="3",
            width="100%",
        ),
        rx.cond(
            OffersState.compared_ids.length() == 1,
            rx.text("Tick one or two more plans to compare them side by side.", size="2", role="status"),
        ),
    )


def _unavailable_offer(offer: rx.Var[UnavailableDisplay]) -> rx.Component:
    return rx.el.li(
        rx.text(rx.text.strong(offer.name), " — ", offer.reasons, size="2"),
        list_style="none",
        padding_y="0.25rem",
    )


def _unavailable() -> rx.Component:
    """Plans the line carries that this customer cannot buy here (the operator's qualification said so):
    named with the reason, as text, so they cannot be chosen."""
    return rx.cond(
        OffersState.unavailable.length() > 0,
        rx.el.section(
            rx.heading("Not available to you here", as_="h2", size="4", margin_bottom="0.5rem"),
            rx.el.ul(rx.foreach(OffersState.unavailable, _unavailable_offer), padding="0", margin="0"),
            aria_label="Not available to you here",
            id="unavailable-offers",
            width="100%",
        ),
    )


def _available() -> rx.Component:
    return rx.vstack(
        rx.el.section(
            rx.heading("Available at your address", as_="h2", size="4", margin_bottom="0.5rem"),
            rx.el.ul(rx.foreach(OffersState.technologies, _technology), padding="0", margin="0"),
            aria_label="Available at your address",
        ),
        rx.el.section(
            rx.heading("Choose your plan", as_="h2", size="6", margin_bottom="1rem"),
            rx.vstack(
                _filters(),
                _comparison(),
                rx.grid(
                    rx.foreach(
                        OffersState.shown_offers,
                        lambda offer: offer_card(
                            offer, OffersState.choose_offer(offer.id), _compare_box(offer)
                        ),
                    ),
                    columns=rx.breakpoints(initial="1", sm="2", lg="3"),
                    spacing="5",
                    width="100%",
                ),
                rx.cond(
                    OffersState.shown_offers.length() == 0,
                    info_callout(
                        "No plan matches these filters. Choose “All” or “Any speed” to see every plan."
                    ),
                ),
                spacing="4",
                width="100%",
            ),
            aria_label="Broadband plans",
            width="100%",
        ),
        _unavailable(),
        rx.cond(~OffersState.has_full_fibre, _full_fibre_interest()),
        spacing="6",
        width="100%",
    )


def _lead_form() -> rx.Component:
    return rx.cond(
        OffersState.lead_done != "",
        rx.callout(
            OffersState.lead_done, icon="circle_check", color_scheme="green", role="status", width="100%"
        ),
        rx.form(
            rx.vstack(
                error_callout(OffersState.lead_error, error_list(OffersState.lead_messages)),
                rx.grid(
                    text_field(
                        "First name",
                        name="first_name",
                        value=OffersState.lead_first_name,
                        on_change=OffersState.set_lead_first_name,
                        error=OffersState.lead_first_name_error,
                        autocomplete="given-name",
                    ),
                    text_field(
                        "Last name",
                        name="last_name",
                        value=OffersState.lead_last_name,
                        on_change=OffersState.set_lead_last_name,
                        error=OffersState.lead_last_name_error,
                        autocomplete="family-name",
                    ),
                    text_field(
                        "Email",
                        name="email",
                        value=OffersState.lead_email,
                        on_change=OffersState.set_lead_email,
                        error=OffersState.lead_email_error,
                        input_type="email",
                        autocomplete="email",
                    ),
                    text_field(
                        "Phone (optional)",
                        name="phone",
                        value=OffersState.lead_phone,
                        on_change=OffersState.set_lead_phone,
                        error=OffersState.lead_phone_error,
                        input_type="tel",
                        autocomplete="tel",
                    ),
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="4",
                    width="100%",
                ),
                rx.vstack(
                    rx.el.label("I am interested in", html_for="field-interest", font_weight="500"),
                    rx.el.select(
                        *[rx.el.option(label, value=value) for value, label in INTERESTS.items()],
                        id="field-interest",
                        name="interest",
                        value=OffersState.lead_interest,
                        on_change=OffersState.set_lead_interest,
                        style={
                            **SELECT_STYLE,
                            "min_height": "var(--space-7)",
                            "font_size": "var(--font-size-3)",
                        },
                    ),
                    spacing="1",
                ),
                rx.button("Register interest", type="submit", loading=OffersState.lead_sending, size="3"),
                rx.text(
                    "We only use these details to tell you when we can connect you. No marketing.",
                    size="1",
                    color=rx.color(theme.GRAY, 11),
                ),
                spacing="4",
                align="start",
                width="100%",
            ),
            on_submit=OffersState.register_interest,
            reset_on_submit=False,
            no_validate=True,
            aria_label="Register interest",
            width="100%",
        ),
    )


def _full_fibre_interest() -> rx.Component:
    """Serviceable, but without full fibre: say so and offer to tell the customer when it arrives."""
    return rx.card(
        rx.vstack(
            rx.heading("Waiting for full fibre?", as_="h2", size="4"),
            rx.text(
                "Full fibre is not at your address yet. Tell us you are interested and we will let you know "
                "when it arrives.",
                size="2",
                color=rx.color(theme.GRAY, 11),
            ),
            rx.cond(
                OffersState.lead_open,
                _lead_form(),
                rx.button("Tell me when full fibre arrives", variant="soft", on_click=OffersState.open_lead),
            ),
            spacing="3",
            width="100%",
        ),
        size="3",
        width="100%",
    )


def _not_available(try_another: rx.Component) -> rx.Component:
    # The line carries plans, none of them for this customer: say why rather than "not at this address yet".
    return rx.cond(
        OffersState.unavailable.length() > 0,
        rx.vstack(_unavailable(), try_another, spacing="4", width="100%"),
        _not_serviceable(try_another),
    )


def _not_serviceable(try_another: rx.Component) -> rx.Component:
    return rx.vstack(
        info_callout(
            "Sorry, we cannot offer broadband at this address yet. "
            "We are building our network all the time — register your interest and we will tell you "
            "as soon as we can connect you.",
            icon="map_pin_off",
        ),
        rx.card(
            rx.vstack(
                rx.heading("Register your interest", as_="h2", size="5"),
                _lead_form(),
                spacing="3",
                width="100%",
            ),
            size="3",
            width="100%",
        ),
        try_another,
        spacing="4",
        width="100%",
    )


# assets/styles.css: an answer kept in the page, laid out at its full width but unseen, out of the
# accessibility tree and the tab order, and taking no room.
WAITING_CLASS = "results-waiting"


def plans_at_address(
    change_address: rx.Component, try_another: rx.Component, waiting: rx.Var[bool] | None = None
) -> rx.Component:
    """The checked address and what can be had there, as the region a check moves the focus to.
    `change_address` (a link) sits in the address bar, `try_another` under the "register interest" form
    where nothing is available; while `waiting` holds, the answer is in the page unseen (the home page's
    one fetched ahead). It is laid out all the same, not `hidden`: showing it then reuses that layout, which
    made the click's frame a few ms shorter here."""
    return rx.el.section(
        rx.vstack(
            rx.card(_address_bar(change_address), size="2", width="100%"),
            rx.cond(OffersState.has_offers, _available(), _not_available(try_another)),
            spacing="6",
            width="100%",
        ),
        id=RESULTS_ID,
        # Focused (not tabbable) after each check: a screen reader reads where the answer is.
        tab_index=-1,
        aria_label="What you can get at your address",
        width="100%",
        outline="none",
        **({"class_name": rx.cond(waiting, WAITING_CLASS, "")} if waiting is not None else {}),
    )
