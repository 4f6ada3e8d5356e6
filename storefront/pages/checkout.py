"""Checkout `/checkout`: the chosen plan, add-ons, the live price and the customer's details."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.contract_summary import contract_summary_section
from storefront.components.error_callout import error_callout
from storefront.components.form_fields import SELECT_STYLE, error_list, text_field
from storefront.components.layout import page_layout
from storefront.components.price_summary import price_summary
from storefront.components.ticked_basket import ROW_ATTRIBUTE, forget_ticks, remember_tick
from storefront.components.visit import visit_slot_status
from storefront.pages.checkout_payment import payment_section
from storefront.state.auth import AuthState
from storefront.state.checkout import SELF_INSTALL_CHOICE, VISIT_CHOICE, CheckoutState
from storefront.views import AddOnDisplay, ChoiceDisplay, SlotDisplay


def _field_error(message: rx.Var[str], error_id: str) -> rx.Component:
    return rx.cond(
        message != "", rx.text(message, id=error_id, size="2", color=rx.color("red", 11), weight="medium")
    )


def _choice(choice: rx.Var[ChoiceDisplay]) -> rx.Component:
    """One option the catalogue lets the customer choose (e.g. router, installation type)."""
    field_id = "option-" + choice.name
    return rx.vstack(
        rx.el.label(choice.label, html_for=field_id, font_weight="500", font_size="var(--font-size-2)"),
        rx.cond(
            choice.description != "", rx.text(choice.description, size="1", color=rx.color(theme.GRAY, 11))
        ),
        rx.el.select(
            rx.foreach(choice.allowed, lambda value: rx.el.option(value, value=value)),
            id=field_id,
            value=CheckoutState.characteristics[choice.name],
            on_change=lambda value: CheckoutState.choose_option(choice.name, value),
            style=SELECT_STYLE,
        ),
        spacing="1",
        width="100%",
        padding_y="0.5rem",
    )


def _slot_option(slot: rx.Var[SlotDisplay]) -> rx.Component:
    return rx.el.option(slot.label, value=slot.id)


def _consent(label: str, name: str, checked: rx.Var[bool], on_change, error: rx.Var[str]) -> rx.Component:
    error_id = f"field-{name}-error"
    return rx.vstack(
        rx.checkbox(
            label,
            # Uncontrolled, so the tick shows at once (the form renders after hydration: defaults are right).
            default_checked=checked,
            on_change=on_change,
            aria_invalid=rx.cond(error != "", "true", "false"),
            aria_describedby=rx.cond(error != "", error_id, ""),
            size="2",
        ),
        _field_error(error, error_id),
        spacing="1",
    )


def _chosen_offer() -> rx.Component:
    offer = CheckoutState.chosen_offer
    return rx.card(
        rx.el.section(
            rx.flex(
                rx.vstack(
                    rx.text("Your plan", size="1", color=rx.color(theme.GRAY, 11)),
                    rx.heading(offer.name, as_="h2", size="5", id="chosen-offer-name"),
                    rx.text(offer.technology, " · ", offer.speed, size="2", color=rx.color(theme.GRAY, 11)),
                    rx.text(offer.monthly, " · ", offer.contract, size="2", weight="medium"),
                    rx.cond(
                        offer.promotion != "",
                        rx.text(
                            rx.icon(
                                "tag", size=14, display="inline", vertical_align="middle", aria_hidden="true"
                            ),
                            " ",
                            rx.text.strong(offer.promotion_name),
                            ": ",
                            offer.promotion,
                            size="2",
                            color=rx.color("green", 11),
                        ),
                    ),
                    spacing="1",
                ),
                rx.link("Change plan", href=routes.OFFERS, size="2", white_space="nowrap"),
                justify="between",
                align="start",
                direction=rx.breakpoints(initial="column", sm="row"),
                gap="var(--space-3)",
            ),
            rx.text(
                "Installation address: ",
                rx.text.strong(CheckoutState.address_label),
                size="2",
                margin_top="0.75rem",
            ),
            aria_labelledby="chosen-offer-name",
        ),
        size="3",
        width="100%",
    )


def _add_on(add_on: rx.Var[AddOnDisplay]) -> rx.Component:
    return rx.flex(
        rx.vstack(
            rx.checkbox(
                add_on.name,
                # Uncontrolled, so a click ticks the box at once (a controlled box would wait for the
                # server's answer); the add-ons only render after hydration, so the default is right.
                default_checked=CheckoutState.selected_add_on_ids.contains(add_on.id),
                on_change=lambda checked: [
                    remember_tick(CheckoutState.chosen_offer_id, add_on.id, checked),
                    CheckoutState.toggle_add_on(add_on.id, checked),
                ],
                size="3",
                weight="medium",
            ),
            rx.cond(
                add_on.description != "",
                rx.text(add_on.description, size="2", color=rx.color(theme.GRAY, 11), padding_left="1.75rem"),
            ),
            spacing="1",
        ),
        rx.text(add_on.price, size="2", weight="medium", white_space="nowrap"),
        justify="between",
        align="start",
        gap="var(--space-3)",
        padding_y="0.75rem",
        border_bottom=theme.BORDER,
        width="100%",
        custom_attrs={ROW_ATTRIBUTE: add_on.id},
    )


def _add_ons() -> rx.Component:
    return rx.card(
        rx.el.fieldset(
            rx.el.legend(rx.heading("Add extras", as_="h2", size="5"), padding="0", margin_bottom="0.25rem"),
            rx.text("Optional. Your price updates as you choose.", size="2", color=rx.color(theme.GRAY, 11)),
            rx.cond(
                CheckoutState.add_ons_error != "",
                rx.text(
                    CheckoutState.add_ons_error, size="2", color=rx.color("red", 11), margin_top="0.5rem"
                ),
                rx.vstack(
                    rx.foreach(CheckoutState.add_ons, _add_on),
                    on_mount=forget_ticks(),
                    spacing="0",
                    width="100%",
                ),
            ),
            rx.cond(
                CheckoutState.configuration_problems.length() > 0,
                rx.callout.root(
                    rx.callout.icon(rx.icon("ban")),
                    rx.callout.text(rx.text.strong("This combination is not possible: ")),
                    rx.el.ul(
                        rx.foreach(CheckoutState.configuration_problems, lambda m: rx.el.li(m)),
                        margin="0",
                        padding_left="1.25rem",
                        font_size="var(--font-size-2)",
                    ),
                    color_scheme="red",
                    role="alert",
                    id="configuration-problems",
                    margin_top="0.75rem",
                    width="100%",
                ),
            ),
            rx.cond(
                CheckoutState.choices.length() > 0,
                rx.vstack(
                    rx.heading("Options", as_="h3", size="3", margin_top="1rem"),
                    rx.foreach(CheckoutState.choices, _choice),
                    spacing="1",
                    width="100%",
                ),
            ),
            border="none",
            padding="0",
            margin="0",
            min_width="0",
        ),
        size="3",
        width="100%",
    )


def _new_price() -> rx.Component:
    """The price now, when the order manager refused the quoted one: accepted before ordering again."""
    return rx.cond(
        CheckoutState.new_price != "",
        rx.callout.root(
            rx.callout.icon(rx.icon("tag")),
            rx.vstack(
                rx.text(CheckoutState.new_price, id="new-price", size="2"),
                rx.button(
                    "Accept the new price", type="button", on_click=CheckoutState.accept_new_price, size="2"
                ),
                spacing="2",
            ),
            color_scheme="amber",
            role="alert",
            width="100%",
        ),
    )


def _contact_form() -> rx.Component:
    return rx.card(
        rx.form(
            rx.vstack(
                rx.heading("Your details", as_="h2", size="5"),
                rx.text(
                    "We use these to confirm your order and arrange installation.",
                    size="2",
                    color=rx.color(theme.GRAY, 11),
                ),
                error_callout(CheckoutState.error, error_list(CheckoutState.error_messages)),
                rx.grid(
                    text_field(
                        "First name",
                        name="first_name",
                        value=CheckoutState.first_name,
                        on_change=CheckoutState.set_first_name,
                        error=CheckoutState.first_name_error,
                        autocomplete="given-name",
                    ),
                    text_field(
                        "Last name",
                        name="last_name",
                        value=CheckoutState.last_name,
                        on_change=CheckoutState.set_last_name,
                        error=CheckoutState.last_name_error,
                        autocomplete="family-name",
                    ),
                    text_field(
                        "Email",
                        name="email",
                        value=CheckoutState.email,
                        on_change=CheckoutState.set_email,
                        error=CheckoutState.email_error,
                        input_type="email",
                        autocomplete="email",
                    ),
                    text_field(
                        "Phone",
                        name="phone",
                        value=CheckoutState.phone,
                        on_change=CheckoutState.set_phone,
                        error=CheckoutState.phone_error,
                        input_type="tel",
                        autocomplete="tel",
                    ),
                    columns=rx.breakpoints(initial="1", sm="2"),
                    spacing="4",
                    width="100%",
                ),
                _credit_check(),
                payment_section(),
                _appointment(),
                _consents(),
                _review(),
                _contract_summary(),
                _new_price(),
                rx.button(
                    rx.icon("lock", size=16),
                    "Place order",
                    type="submit",
                    loading=CheckoutState.submitting,
                    disabled=CheckoutState.submitting,
                    size="3",
                    width=rx.breakpoints(initial="100%", sm="auto"),
                ),
                rx.text(
                    "You will not be charged today. We confirm everything with you before installation.",
                    size="1",
                    color=rx.color(theme.GRAY, 11),
                ),
                spacing="4",
                align="start",
            ),
            on_submit=CheckoutState.place_order,
            reset_on_submit=False,
            no_validate=True,
            aria_label="Your details",
        ),
        size="3",
        width="100%",
    )


def _credit_check() -> rx.Component:
    return rx.el.fieldset(
        rx.el.legend(rx.heading("Credit check", as_="h3", size="3"), padding="0"),
        rx.text(
            "We run a soft credit check before accepting a contract. It does not affect your credit score.",
            size="2",
            color=rx.color(theme.GRAY, 11),
        ),
        text_field(
            "Date of birth",
            name="date_of_birth",
            value=CheckoutState.date_of_birth,
            on_change=CheckoutState.set_date_of_birth,
            error=CheckoutState.date_of_birth_error,
            input_type="date",
            autocomplete="bday",
            width=rx.breakpoints(initial="100%", sm="50%"),
        ),
        _consent(
            "I agree to a credit check (required)",
            "credit_check",
            CheckoutState.credit_check_consent,
            CheckoutState.set_credit_check_consent,
            CheckoutState.credit_check_error,
        ),
        border="none",
        padding="0",
        margin="0",
        min_width="0",
        display="flex",
        flex_direction="column",
        gap="0.75rem",
        width="100%",
    )


def _installation_choice() -> rx.Component:
    """Where the line works already: set it up yourself (the router is posted) or book a visit."""
    return rx.cond(
        CheckoutState.self_install_offered,
        rx.vstack(
            rx.heading("Setting it up", as_="h3", size="3"),
            rx.text(
                "The line at this address already works, so no engineer is needed: we post your router "
                "and you plug it in. You can still book an engineer visit if you prefer.",
                size="2",
                color=rx.color(theme.GRAY, 11),
            ),
            rx.radio_group(
                [SELF_INSTALL_CHOICE, VISIT_CHOICE],
                value=CheckoutState.installation_choice,
                on_change=CheckoutState.set_installation_choice,
                direction="column",
                aria_label="How to set it up",
            ),
            spacing="2",
            width="100%",
        ),
    )


def _appointment() -> rx.Component:
    return rx.fragment(_installation_choice(), _visit())


def _visit() -> rx.Component:
    return rx.cond(
        CheckoutState.slot_needed,
        rx.vstack(
            rx.heading("Installation appointment", as_="h3", size="3"),
            rx.text(
                "An engineer visits to connect you (about 2 hours). Someone over 18 needs to be at home. "
                "The slot you choose is held for you while you finish.",
                size="2",
                color=rx.color(theme.GRAY, 11),
            ),
            rx.el.label(
                "Appointment", html_for="field-slot", font_weight="500", font_size="var(--font-size-2)"
            ),
            rx.el.select(
                rx.el.option(
                    rx.cond(CheckoutState.slots_loading, "Finding free slots…", "Choose a day and time"),
                    value="",
                ),
                rx.foreach(CheckoutState.slots, _slot_option),
                id="field-slot",
                name="slot",
                value=CheckoutState.slot,
                on_change=CheckoutState.set_slot,
                aria_invalid=rx.cond(CheckoutState.slot_error != "", "true", "false"),
                aria_describedby=rx.cond(
                    CheckoutState.slot_error != "", "field-slot-error", "field-slot-status"
                ),
                style=SELECT_STYLE,
            ),
            _field_error(CheckoutState.slot_error, "field-slot-error"),
            visit_slot_status(
                CheckoutState.holding,
                CheckoutState.hold_note,
                CheckoutState.slots_error,
                CheckoutState.load_slots,
            ),
            spacing="1",
            width="100%",
        ),
    )


def _consents() -> rx.Component:
    return rx.vstack(
        rx.heading("Agreements", as_="h3", size="3"),
        _consent(
            "I accept the terms and conditions and the 14-day cancellation rights (required)",
            "terms",
            CheckoutState.terms_consent,
            CheckoutState.set_terms_consent,
            CheckoutState.terms_error,
        ),
        _consent(
            "Keep me posted about offers and news (optional — stop at any time)",
            "marketing",
            CheckoutState.marketing_consent,
            CheckoutState.set_marketing_consent,
            rx.Var.create(""),
        ),
        spacing="2",
        width="100%",
    )


def _contract_summary() -> rx.Component:
    """The contract summary of the price shown, and the confirmation the order needs."""
    summary = CheckoutState.summary.contract
    return rx.cond(
        summary.version != "",
        rx.vstack(
            contract_summary_section(summary),
            rx.fragment(
                # Drawn anew for each version, so a changed summary is confirmed again from unticked.
                _consent(
                    "I have read the contract summary (required)",
                    "summary_read",
                    CheckoutState.summary_read,
                    CheckoutState.set_summary_read,
                    CheckoutState.summary_read_error,
                ),
                key=summary.version,
            ),
            spacing="2",
            width="100%",
        ),
    )


def _review_line(label: str, value) -> rx.Component:
    return rx.data_list.item(rx.data_list.label(label, min_width="8rem"), rx.data_list.value(value))


def _review() -> rx.Component:
    offer = CheckoutState.chosen_offer
    return rx.box(
        rx.heading("Review your order", as_="h3", size="3", margin_bottom="0.5rem", id="review-heading"),
        rx.data_list.root(
            _review_line("Plan", offer.name),
            _review_line("Address", CheckoutState.address_label),
            _review_line("Extras", CheckoutState.add_ons_summary),
            rx.cond(
                CheckoutState.options_summary.length() > 0,
                _review_line(
                    "Options", rx.vstack(rx.foreach(CheckoutState.options_summary, rx.text), spacing="0")
                ),
            ),
            rx.cond(
                CheckoutState.slot_needed,
                _review_line(
                    "Appointment",
                    rx.cond(CheckoutState.slot_label != "", CheckoutState.slot_label, "Not chosen yet"),
                ),
            ),
            rx.cond(
                CheckoutState.self_installing,
                _review_line("Setting up", "You set it up: we post your router, no engineer visit"),
            ),
            _review_line("Monthly", CheckoutState.summary.monthly),
            _review_line("One-off", CheckoutState.summary.one_off),
            orientation=rx.breakpoints(initial="vertical", sm="horizontal"),
            size="2",
        ),
        background=rx.color(theme.GRAY, 2),
        border=theme.BORDER,
        border_radius="var(--radius-3)",
        padding="1rem",
        width="100%",
        role="region",
        aria_labelledby="review-heading",
    )


def _sign_in_panel() -> rx.Component:
    """Guests build a basket freely; placing the order needs an account. The basket waits here meanwhile."""
    return rx.card(
        rx.vstack(
            rx.heading("Sign in to place your order", as_="h2", size="5"),
            rx.text(
                "Your basket is kept while you sign in or create an account.",
                size="2",
                color=rx.color(theme.GRAY, 11),
            ),
            error_callout(AuthState.sign_in_error),
            rx.flex(
                rx.button(
                    rx.icon("log-in", size=16),
                    "Sign in",
                    on_click=AuthState.sign_in(routes.CHECKOUT, False),
                    size="3",
                ),
                rx.button(
                    "Create an account",
                    on_click=AuthState.register(routes.CHECKOUT),
                    variant="outline",
                    size="3",
                ),
                gap="var(--space-3)",
                wrap="wrap",
            ),
            spacing="4",
            align="start",
        ),
        size="3",
        width="100%",
    )


def _empty_basket() -> rx.Component:
    """A bookmark, a link from elsewhere or a finished order: say so and lead back, rather than redirect."""
    return rx.card(
        rx.vstack(
            rx.heading("Your basket is empty", as_="h2", size="5"),
            rx.cond(
                CheckoutState.has_address,
                rx.fragment(
                    rx.text("Choose a plan for your address and it will be here.", size="3"),
                    rx.link(rx.button("See your plans", size="3"), href=routes.OFFERS),
                ),
                rx.fragment(
                    rx.text("Check your address to see the plans you can get there.", size="3"),
                    rx.link(rx.button("Check your address", size="3"), href=f"{routes.HOME}#address-check"),
                ),
            ),
            spacing="3",
        ),
        size="3",
        width="100%",
    )


def checkout_page() -> rx.Component:
    return page_layout(
        rx.heading("Checkout", as_="h1", size="8"),
        rx.cond(
            CheckoutState.chosen_offer.id != "",
            rx.grid(
                rx.box(_chosen_offer(), grid_area="plan"),
                rx.box(_add_ons(), grid_area="extras"),
                rx.box(
                    price_summary(
                        CheckoutState.summary,
                        CheckoutState.quote_loading,
                        CheckoutState.quote_error,
                        CheckoutState.ahead,
                        CheckoutState.basket_key,
                    ),
                    grid_area="price",
                    position=rx.breakpoints(initial="static", md="sticky"),
                    top="5rem",
                ),
                rx.box(rx.cond(AuthState.signed_in, _contact_form(), _sign_in_panel()), grid_area="details"),
                # Phones see the price before the form; wide screens keep it beside everything, sticky.
                grid_template_areas=rx.breakpoints(
                    initial='"plan" "extras" "price" "details"',
                    md='"plan price" "extras price" "details price"',
                ),
                grid_template_columns=rx.breakpoints(
                    initial="minmax(0, 1fr)", md="minmax(0, 3fr) minmax(0, 2fr)"
                ),
                grid_template_rows=rx.breakpoints(initial="auto", md="auto auto 1fr"),
                gap="1.25rem",
                align_items="start",
                width="100%",
            ),
            # Until the session's basket has arrived, an empty one cannot be told from one not loaded yet.
            rx.cond(
                rx.State.is_hydrated,
                _empty_basket(),
                rx.text("Loading your basket…", color=rx.color(theme.GRAY, 11)),
            ),
        ),
        step=3,
    )
