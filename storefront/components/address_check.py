"""The address check: postcode and house number, the type-ahead's addresses and flats, and the button that
asks what is available there (HomeState). On the home page, and on /offers when no address is checked yet."""

import reflex as rx

from storefront.components import theme
from storefront.components.error_callout import error_callout
from storefront.components.fetched_ahead import reveal_fetched_ahead
from storefront.components.form_fields import SELECT_STYLE, error_list, text_field
from storefront.state.home import HomeState
from storefront.views import AddressChoiceDisplay, FlatDisplay


def _address_option(address: rx.Var[AddressChoiceDisplay]) -> rx.Component:
    return rx.el.option(address.label, value=address.id)


def _flat_option(flat: rx.Var[FlatDisplay]) -> rx.Component:
    return rx.el.option(flat.label, value=flat.id)


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
                    style=SELECT_STYLE,
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
                    style=SELECT_STYLE,
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


def address_check_form() -> rx.Component:
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
                        # Almost at once (a house number is a few keystrokes; autofill sets it whole and the
                        # click follows): a listed address's offers are then fetched ahead of the click.
                        debounce_ms=50,
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
            # The page shows an answer it already holds for this address at once; the server then confirms.
            on_submit=[*reveal_fetched_ahead(), HomeState.check_availability],
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
