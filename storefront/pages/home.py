"""Home `/`: the promise, and the address form that starts every order."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout
from storefront.components.form_fields import error_list, text_field
from storefront.components.layout import page_layout
from storefront.components.plans import plans_at_address
from storefront.components.prefetch import prefetch_page
from storefront.state.home import RESULTS_ID, HomeState
from storefront.views import AddressChoiceView, FlatView


def _address_option(address: rx.Var[AddressChoiceView]) -> rx.Component:
    return rx.el.option(address.label, value=address.id)


def _flat_option(flat: rx.Var[FlatView]) -> rx.Component:
    return rx.el.option(flat.label, value=flat.id)


_SELECT_STYLE = {
    "width": "100%",
    "min_height": "var(--space-7)",
    "padding": "0 var(--space-3)",
    "font_size": "var(--font-size-3)",
    "border_radius": "var(--radius-3)",
    "border": f"1px solid {rx.color(theme.GRAY, 7)}",
    "background": "white",
    "color": rx.color(theme.GRAY, 12),
}


def _address_picker() -> rx.Component:
    """Type-ahead result: the addresses at the postcode, then the flats of the chosen building."""
    return rx.vstack(
        rx.box(
            rx.cond(
                HomeState.addresses_loading,
                rx.hstack(rx.spinner(size="1"), rx.text("Finding addresses…", size="2"), spacing="2"),
                rx.text(HomeState.addresses_note, size="2", color=rx.color(theme.GRAY, 11)),
            ),
            role="status",
            aria_live="polite",
            id="address-lookup-status",
        ),
        rx.cond(
            HomeState.addresses.length() > 0,
            rx.vstack(
                rx.el.label(
                    "Choose your address",
                    html_for="field-address",
                    font_weight="500",
                    font_size="var(--font-size-2)",
                ),
                rx.el.select(
                    rx.el.option("Select an address from the list", value=""),
                    rx.foreach(HomeState.addresses, _address_option),
                    id="field-address",
                    name="address_id",
                    value=HomeState.selected_address_id,
                    on_change=HomeState.choose_address,
                    style=_SELECT_STYLE,
                ),
                spacing="1",
                width="100%",
            ),
        ),
        rx.cond(
            HomeState.flats.length() > 0,
            rx.vstack(
                rx.el.label("Flat", html_for="field-flat", font_weight="500", font_size="var(--font-size-2)"),
                rx.el.select(
                    rx.el.option("Choose your flat", value=""),
                    rx.foreach(HomeState.flats, _flat_option),
                    id="field-flat",
                    name="flat_id",
                    value=HomeState.selected_flat_id,
                    on_change=HomeState.choose_flat,
                    aria_invalid=rx.cond(HomeState.flat_error != "", "true", "false"),
                    aria_describedby=rx.cond(HomeState.flat_error != "", "field-flat-error", ""),
                    style=_SELECT_STYLE,
                ),
                rx.cond(
                    HomeState.flat_error != "",
                    rx.text(HomeState.flat_error, id="field-flat-error", size="2", color=rx.color("red", 11)),
                ),
                spacing="1",
                width="100%",
            ),
        ),
        spacing="3",
        width="100%",
    )


def _address_form() -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading("Check what you can get", as_="h2", size="5"),
                rx.text(
                    "Type your postcode and we will list the addresses there.",
                    size="2",
                    color=rx.color(theme.GRAY, 11),
                ),
                error_callout(HomeState.error, error_list(HomeState.error_messages)),
                rx.flex(
                    text_field(
                        "Postcode",
                        name="postcode",
                        value=HomeState.postcode,
                        on_change=HomeState.set_postcode,
                        error=HomeState.postcode_error,
                        autocomplete="postal-code",
                        # Type-ahead: the addresses are looked up once the typing pauses.
                        debounce_ms=350,
                    ),
                    text_field(
                        "House number",
                        name="house_number",
                        value=HomeState.house_number,
                        on_change=HomeState.set_house_number,
                        error=HomeState.house_number_error,
                        autocomplete="address-line1",
                        # Soon after typing stops: a listed address's offers are then fetched ahead.
                        debounce_ms=150,
                    ),
                    direction=rx.breakpoints(initial="column", sm="row"),
                    spacing="4",
                    width="100%",
                ),
                _address_picker(),
                rx.button(
                    "Check availability",
                    type="submit",
                    loading=HomeState.loading,
                    size="3",
                    width=rx.breakpoints(initial="100%", sm="auto"),
                ),
                spacing="4",
                align="start",
            ),
            on_submit=HomeState.check_availability,
            reset_on_submit=False,
            # Our own friendly messages replace the browser's validation bubbles.
            no_validate=True,
            aria_label="Check availability at your address",
        ),
        size="4",
        width="100%",
        max_width="40rem",
        box_shadow="0 12px 32px -12px rgba(30, 41, 90, 0.25)",
    )


def _selling_point(icon: str, title: str, text: str) -> rx.Component:
    return rx.hstack(
        rx.flex(
            rx.icon(icon, size=20),
            align="center",
            justify="center",
            width="2.5rem",
            height="2.5rem",
            border_radius="9999px",
            background=rx.color(theme.ACCENT, 3),
            color=rx.color(theme.ACCENT, 11),
            flex_shrink="0",
        ),
        rx.vstack(
            rx.text(title, weight="bold", size="3"),
            rx.text(text, size="2", color=rx.color(theme.GRAY, 11)),
            spacing="1",
        ),
        align="start",
        spacing="3",
    )


def _results() -> rx.Component:
    """The answer to the address check, right under the form: no move to another page, so it shows as
    soon as the state update arrives (see docs/architecture.md, "Storefront speed")."""
    return rx.el.section(
        rx.vstack(
            plans_at_address(
                # Plain anchors: the form is on this page, no route change.
                rx.el.a("Change address", href="#address-check", class_name="text-link"),
                rx.el.a("Try another address", href="#address-check", class_name="text-link"),
            ),
            spacing="6",
            width="100%",
        ),
        id=RESULTS_ID,
        # The answer fetched ahead waits here, hidden, until the customer asks for it.
        hidden=~HomeState.results_shown,
        # Focused (not tabbable) after each check: a screen reader reads where the answer is.
        tab_index=-1,
        aria_label="What you can get at your address",
        width="100%",
        outline="none",
    )


def home_page() -> rx.Component:
    return page_layout(
        rx.box(
            rx.vstack(
                rx.badge("Full fibre now in more streets", variant="soft", radius="full", size="2"),
                rx.heading(
                    "Broadband that fits your home", as_="h1", size=rx.breakpoints(initial="8", md="9")
                ),
                rx.text(
                    "Fast, reliable full fibre and fibre broadband with clear prices that include VAT. "
                    "Enter your address to see the plans available to you.",
                    size="4",
                    color=rx.color(theme.GRAY, 11),
                    max_width="40rem",
                ),
                _address_form(),
                spacing="5",
            ),
            id="address-check",
            background=theme.HERO_BACKGROUND,
            border_radius="var(--radius-5)",
            padding=rx.breakpoints(initial="1.25rem", sm="2.5rem", md="3.5rem"),
            width="100%",
        ),
        rx.cond(HomeState.has_address, _results()),
        rx.grid(
            _selling_point("gauge", "Fast, steady speeds", "Full fibre to your door where it is available."),
            _selling_point("badge_pound_sterling", "Clear monthly prices", "What you see is what you pay."),
            _selling_point("headset", "UK-based support", "Real people, seven days a week."),
            columns=rx.breakpoints(initial="1", md="3"),
            spacing="5",
            width="100%",
        ),
        # "Choose" leads to the checkout: its code is fetched while the customer reads the plans.
        prefetch_page(routes.CHECKOUT),
    )
