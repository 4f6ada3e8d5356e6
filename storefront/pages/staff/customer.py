"""Customer 360 `/store/customer/[customer_id]`: who the customer is and everything they have with us."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout
from storefront.components.form_fields import SELECT_STYLE, select_field, text_field
from storefront.components.layout import page_layout
from storefront.state.staff.customer import AddOnChoice, NoteRow, Row, SlotRow, StaffCustomerState
from storefront.views import UnavailableDisplay


def _rows(title: str, rows: rx.Var[list[Row]], empty: str, kind: str = "") -> rx.Component:
    def row(item: rx.Var[Row]) -> rx.Component:
        return rx.el.li(
            rx.flex(
                rx.vstack(
                    rx.text(item.title, weight="medium"),
                    rx.text(item.id, size="1", color=rx.color(theme.GRAY, 11)) if kind else rx.fragment(),
                    rx.cond(item.detail != "", rx.text(item.detail, size="2")),
                    spacing="1",
                    min_width="0",
                ),
                rx.cond(item.state != "", rx.badge(item.state, variant="soft", high_contrast=True)),
                justify="between",
                spacing="3",
            ),
            aria_label=f"{kind} " + item.id if kind else None,
            list_style="none",
            padding_y="0.5rem",
            border_bottom=theme.BORDER,
            overflow_wrap="anywhere",
        )

    return rx.el.section(
        rx.heading(title, as_="h2", size="5", margin_bottom="0.5rem"),
        rx.cond(
            rows.length() > 0,
            rx.el.ul(rx.foreach(rows, row), padding="0", margin="0", aria_label=title),
            rx.text(empty, color=rx.color(theme.GRAY, 11)),
        ),
        width="100%",
    )


def _slot_option(slot: rx.Var[SlotRow]) -> rx.Component:
    return rx.el.option(slot.label, value=slot.id)


def _visit_move(order: rx.Var[Row]) -> rx.Component:
    """The free slots for the order's visit; the agent picks one and moves (or books) the visit."""
    return rx.form(
        rx.vstack(
            rx.el.label(
                "New day and time",
                html_for="staff-visit-slot",
                font_weight="500",
                font_size="var(--font-size-2)",
            ),
            rx.el.select(
                rx.el.option(
                    rx.cond(StaffCustomerState.visit_loading, "Finding free slots…", "Choose a day and time"),
                    value="",
                ),
                rx.foreach(StaffCustomerState.visit_slots, _slot_option),
                id="staff-visit-slot",
                name="slot",
                value=StaffCustomerState.visit_slot,
                on_change=StaffCustomerState.set_visit_slot,
                style=SELECT_STYLE,
            ),
            rx.flex(
                rx.button(
                    rx.cond(order.visit_cancelled, "Book this visit", "Move visit to this slot"),
                    type="submit",
                    loading=StaffCustomerState.visit_busy,
                    disabled=StaffCustomerState.visit_slot == "",
                ),
                rx.button(
                    "Keep the visit", type="button", variant="soft", on_click=StaffCustomerState.close_visit
                ),
                spacing="3",
                wrap="wrap",
            ),
            spacing="2",
            align="start",
        ),
        on_submit=StaffCustomerState.move_visit,
        reset_on_submit=False,
        aria_label="Move the engineer visit",
    )


def _visit_cancel() -> rx.Component:
    return rx.vstack(
        rx.text("Cancel this visit? The order waits until a new slot is booked.", size="2", weight="medium"),
        rx.flex(
            rx.button(
                "Confirm visit cancellation",
                color_scheme="red",
                loading=StaffCustomerState.visit_busy,
                on_click=StaffCustomerState.cancel_visit,
            ),
            rx.button("Keep the visit", variant="soft", on_click=StaffCustomerState.close_visit),
            spacing="3",
            wrap="wrap",
        ),
        spacing="2",
        align="start",
    )


def _visit(order: rx.Var[Row]) -> rx.Component:
    """An open order's engineer visit, with "Move visit" and "Cancel visit" while it can still change."""
    buttons = rx.flex(
        rx.button(
            rx.cond(order.visit_cancelled, "Book a new visit", "Move visit"),
            variant="outline",
            size="1",
            on_click=StaffCustomerState.open_move(order.id),
        ),
        rx.cond(
            ~order.visit_cancelled,
            rx.button(
                "Cancel visit",
                variant="outline",
                color_scheme="red",
                size="1",
                on_click=StaffCustomerState.open_cancel(order.id),
            ),
        ),
        spacing="2",
        wrap="wrap",
    )
    return rx.vstack(
        rx.text(order.visit, " · ", order.visit_status, size="2", data_testid="order-visit"),
        rx.cond(
            order.visit_changeable,
            rx.cond(
                StaffCustomerState.visit_order_id == order.id,
                _visit_move(order),
                rx.cond(StaffCustomerState.visit_cancel_order_id == order.id, _visit_cancel(), buttons),
            ),
        ),
        spacing="2",
        align="start",
    )


def _order(order: rx.Var[Row]) -> rx.Component:
    return rx.el.li(
        rx.flex(
            rx.vstack(
                rx.text(order.title, weight="medium"),
                rx.text(
                    order.reference, size="1", color=rx.color(theme.GRAY, 11), class_name="order-reference"
                ),
                rx.foreach(order.prices, lambda line: rx.text(line, size="2", class_name="order-line-price")),
                rx.cond(order.detail != "", rx.text(order.detail, size="2")),
                rx.cond(order.visit != "", _visit(order)),
                rx.cond(order.cancellable, _order_cancel(order)),
                spacing="1",
                min_width="0",
            ),
            rx.cond(order.state != "", rx.badge(order.state, variant="soft", high_contrast=True)),
            justify="between",
            spacing="3",
        ),
        aria_label="Order " + order.id,
        list_style="none",
        padding_y="0.5rem",
        border_bottom=theme.BORDER,
        overflow_wrap="anywhere",
    )


def _order_cancel(order: rx.Var[Row]) -> rx.Component:
    """An open order cancelled on the customer's behalf, once the agent confirms (the online rules)."""
    return rx.cond(
        StaffCustomerState.cancel_order_id == order.id,
        rx.vstack(
            rx.text("Cancel this order for the customer?", size="2", weight="medium"),
            rx.flex(
                rx.button(
                    "Confirm order cancellation",
                    color_scheme="red",
                    size="2",
                    loading=StaffCustomerState.cancelling_order,
                    on_click=StaffCustomerState.cancel_order,
                ),
                rx.button("Keep the order", variant="soft", size="2", on_click=StaffCustomerState.keep_order),
                spacing="3",
                wrap="wrap",
            ),
            spacing="2",
            align="start",
        ),
        rx.button(
            "Cancel order",
            variant="outline",
            color_scheme="red",
            size="1",
            on_click=StaffCustomerState.open_cancel_order(order.id),
        ),
    )


def _orders() -> rx.Component:
    """The customer's orders; an open one's engineer visit can be moved or cancelled here, under the rules
    that hold online (the BFF refuses a change too close to the visit)."""
    return rx.el.section(
        rx.heading("Orders", as_="h2", size="5", margin_bottom="0.5rem"),
        rx.cond(
            StaffCustomerState.visit_message != "",
            rx.callout(StaffCustomerState.visit_message, icon="info", role="status", size="1"),
        ),
        error_callout(StaffCustomerState.visit_error),
        rx.cond(
            StaffCustomerState.order_cancel_message != "",
            rx.callout(StaffCustomerState.order_cancel_message, icon="info", role="status", size="1"),
        ),
        error_callout(StaffCustomerState.order_cancel_error),
        rx.cond(
            StaffCustomerState.orders.length() > 0,
            rx.el.ul(
                rx.foreach(StaffCustomerState.orders, _order), padding="0", margin="0", aria_label="Orders"
            ),
            rx.text("No orders yet.", color=rx.color(theme.GRAY, 11)),
        ),
        width="100%",
    )


def _note(note: rx.Var[NoteRow]) -> rx.Component:
    return rx.el.li(
        rx.text(note.text),
        rx.text(note.byline, size="1", color=rx.color(theme.GRAY, 11)),
        list_style="none",
        padding_y="0.5rem",
        border_bottom=theme.BORDER,
    )


def _notes() -> rx.Component:
    return rx.el.section(
        rx.heading("Notes", as_="h2", size="5", margin_bottom="0.5rem"),
        rx.form(
            rx.heading("Add a note", as_="h3", size="3", margin_bottom="0.5rem"),
            rx.el.label("Note", html_for="staff-note", font_weight="500", font_size="var(--font-size-2)"),
            rx.text_area(
                id="staff-note",
                name="note",
                value=StaffCustomerState.note_text,
                on_change=StaffCustomerState.set_note_text,
                width="100%",
            ),
            error_callout(StaffCustomerState.note_error),
            rx.button(
                "Save note", type="submit", loading=StaffCustomerState.saving_note, margin_top="0.5rem"
            ),
            on_submit=StaffCustomerState.save_note,
        ),
        rx.el.ul(rx.foreach(StaffCustomerState.notes, _note), padding="0", margin="0", margin_top="1rem"),
        width="100%",
    )


def _add_on(choice: rx.Var[AddOnChoice]) -> rx.Component:
    return rx.flex(
        rx.checkbox(
            choice.name,
            checked=StaffCustomerState.selected_add_on_ids.contains(choice.id),
            on_change=lambda checked: StaffCustomerState.toggle_add_on(choice.id, checked),
            size="2",
        ),
        rx.text(choice.price, size="2", white_space="nowrap"),
        justify="between",
        spacing="3",
        width="100%",
    )


def _add_ons() -> rx.Component:
    return rx.el.fieldset(
        rx.el.legend("Add-ons", font_weight="500", font_size="var(--font-size-2)"),
        rx.cond(
            StaffCustomerState.add_on_choices.length() > 0,
            rx.vstack(rx.foreach(StaffCustomerState.add_on_choices, _add_on), spacing="2", width="100%"),
            rx.text("No add-ons go with this plan.", size="2", color=rx.color(theme.GRAY, 11)),
        ),
        rx.foreach(
            StaffCustomerState.basket_problems,
            lambda problem: rx.text(problem, role="alert", size="2", color=rx.color("red", 11)),
        ),
        border="none",
        padding="0",
        margin="0",
        width="100%",
    )


def _address_check() -> rx.Component:
    return rx.form(
        rx.flex(
            # Held in the state as typed: the form can be re-rendered while the 360 refreshes (seen in CI
            # as a submit with both fields empty), and a lead's address arrives into the same fields.
            text_field(
                "Postcode",
                name="postcode",
                value=StaffCustomerState.order_postcode,
                on_change=StaffCustomerState.set_order_postcode,
                autocomplete="off",
                width="auto",
                debounce_ms=0,
            ),
            text_field(
                "House number",
                name="house_number",
                value=StaffCustomerState.order_house_number,
                on_change=StaffCustomerState.set_order_house_number,
                autocomplete="off",
                width="auto",
                debounce_ms=0,
            ),
            rx.button("Check address", type="submit", loading=StaffCustomerState.checking, size="3"),
            wrap="wrap",
            spacing="3",
            align="end",
        ),
        on_submit=StaffCustomerState.check_address,
    )


def _unavailable_offer(offer: rx.Var[UnavailableDisplay]) -> rx.Component:
    return rx.el.li(rx.text(rx.text.strong(offer.name), " — ", offer.reasons, size="2"), list_style="none")


def _unavailable_offers() -> rx.Component:
    """Plans the line carries that the operator's qualification (TMF679) refuses this customer, and why:
    text, so they cannot be chosen."""
    return rx.cond(
        StaffCustomerState.unavailable_offers.length() > 0,
        rx.el.section(
            rx.heading("Not available to this customer here", as_="h3", size="3", margin_bottom="0.25rem"),
            rx.el.ul(
                rx.foreach(StaffCustomerState.unavailable_offers, _unavailable_offer), padding="0", margin="0"
            ),
            aria_label="Not available to this customer here",
            id="staff-unavailable-offers",
            margin_top="0.5rem",
            width="100%",
        ),
    )


def _basket() -> rx.Component:
    return rx.vstack(
        rx.text("Address: ", StaffCustomerState.address_label),
        select_field(
            "Plan",
            rx.foreach(StaffCustomerState.offer_choices, lambda o: rx.el.option(o.title, value=o.id)),
            name="offer",
            value=StaffCustomerState.offer_id,
            on_change=StaffCustomerState.set_offer_id,
        ),
        _add_ons(),
        text_field(
            "Discount (%)",
            name="discount",
            value=StaffCustomerState.discount,
            on_change=StaffCustomerState.set_discount,
            hint="Up to " + StaffCustomerState.discount_limit + " % without a manager's approval",
            input_type="number",
            autocomplete="off",
            min="0",
            max="100",
            step="0.5",
        ),
        text_field(
            "Reason for the discount",
            name="discount_reason",
            value=StaffCustomerState.discount_reason,
            on_change=StaffCustomerState.set_discount_reason,
            autocomplete="off",
            placeholder="e.g. Price match",
            max_length=200,
        ),
        rx.flex(
            rx.button(
                "Place order for " + StaffCustomerState.customer_name,
                on_click=StaffCustomerState.place_order,
                loading=StaffCustomerState.placing,
                size="3",
            ),
            rx.button(
                "Send quote to " + StaffCustomerState.customer_name,
                on_click=StaffCustomerState.send_quote,
                loading=StaffCustomerState.quoting,
                variant="soft",
                size="3",
                aria_describedby="staff-quote-hint",
            ),
            spacing="3",
            wrap="wrap",
        ),
        rx.text(
            "A quote is priced from the catalogue, without a discount; the customer accepts it in their "
            "online account.",
            id="staff-quote-hint",
            size="1",
            color=rx.color(theme.GRAY, 11),
        ),
        spacing="2",
        margin_top="1rem",
        width="100%",
        max_width="36rem",
    )


def _order_placed() -> rx.Component:
    return rx.vstack(
        rx.flex(
            rx.text(StaffCustomerState.order_result, weight="bold"),
            rx.badge(StaffCustomerState.order_result_state, variant="soft", high_contrast=True),
            rx.text(
                "Reference ", rx.el.span(StaffCustomerState.order_result_id, data_testid="order-reference")
            ),
            spacing="3",
            align="center",
            wrap="wrap",
        ),
        rx.cond(
            StaffCustomerState.order_result_detail != "", rx.text(StaffCustomerState.order_result_detail)
        ),
        role="status",
        spacing="1",
        margin_top="1rem",
    )


def _quote_sent() -> rx.Component:
    return rx.text(
        "Quote sent: ",
        rx.el.span(StaffCustomerState.quote_result_id, data_testid="quote-reference"),
        ". It is in the customer's online account to accept.",
        role="status",
        weight="bold",
        margin_top="1rem",
    )


def _order_on_behalf() -> rx.Component:
    """Quick address check, then a plan, add-ons and an optional discount: ordered, or sent as a quote."""
    return rx.el.section(
        rx.heading("Order on behalf", as_="h2", size="5", margin_bottom="0.5rem"),
        rx.cond(
            StaffCustomerState.lead_id != "",
            rx.text("For the lead: ", StaffCustomerState.lead_label, size="2", data_testid="order-lead"),
        ),
        _address_check(),
        _unavailable_offers(),
        rx.cond(StaffCustomerState.address_id != "", _basket()),
        error_callout(StaffCustomerState.order_error),
        rx.cond(StaffCustomerState.order_result != "", _order_placed()),
        rx.cond(StaffCustomerState.quote_result_id != "", _quote_sent()),
        width="100%",
    )


def _customer() -> rx.Component:
    return rx.vstack(
        rx.link("Back to the store", href=routes.STORE, size="2"),
        rx.heading(StaffCustomerState.customer_name, as_="h1", size="7"),
        rx.el.section(
            rx.heading("Contact details", as_="h2", size="5", margin_bottom="0.5rem"),
            rx.text("Email: ", StaffCustomerState.customer_email),
            rx.text("Phone: ", StaffCustomerState.customer_phone),
            rx.cond(
                StaffCustomerState.customer_postcode != "",
                rx.text("Postcode: ", StaffCustomerState.customer_postcode),
            ),
            rx.text("Status: ", StaffCustomerState.customer_status),
            _contact_edit(),
            aria_label="Contact details",
            width="100%",
        ),
        _order_on_behalf(),
        _products(),
        rx.cond(StaffCustomerState.lines.length() > 0, _change_speed()),
        _orders(),
        _rows("Open quotes", StaffCustomerState.quotes, "No open quotes.", "Quote"),
        _rows("Registered interest", StaffCustomerState.leads, "No registered interest."),
        _notes(),
        spacing="5",
        width="100%",
        # Whose 360 this is, for a test (or an assistive script) to know the page has caught up with the URL.
        custom_attrs={"data-customer-id": StaffCustomerState.shown_id},
    )


def _contact_edit() -> rx.Component:
    """The customer's email and phone corrected on their behalf (the BFF checks both, and that the email is
    no other customer's)."""
    form = rx.form(
        rx.flex(
            text_field(
                "Email",
                name="email",
                default_value=StaffCustomerState.customer_email,
                autocomplete="off",
                width="auto",
            ),
            text_field(
                "Phone",
                name="phone",
                input_type="tel",
                default_value=StaffCustomerState.customer_phone,
                autocomplete="off",
                width="auto",
            ),
            rx.button("Save contact details", type="submit", loading=StaffCustomerState.saving_contact),
            rx.button(
                "Keep as they are", type="button", variant="soft", on_click=StaffCustomerState.close_contact
            ),
            wrap="wrap",
            spacing="3",
            align="end",
        ),
        on_submit=StaffCustomerState.save_contact,
        reset_on_submit=False,
        aria_label="Edit contact details",
    )
    return rx.vstack(
        rx.cond(
            StaffCustomerState.editing_contact,
            form,
            rx.button(
                "Edit contact details", variant="outline", size="1", on_click=StaffCustomerState.open_contact
            ),
        ),
        error_callout(StaffCustomerState.contact_error),
        rx.cond(
            StaffCustomerState.contact_message != "",
            rx.text(StaffCustomerState.contact_message, role="status", size="2"),
        ),
        spacing="2",
        align="start",
        margin_top="0.5rem",
    )


def _line_end(line: rx.Var[Row]) -> rx.Component:
    """Two steps: "End this line" shows what ending it now costs; "Confirm end of line" accepts that."""
    return rx.cond(
        StaffCustomerState.ending_line_id == line.id,
        rx.vstack(
            rx.text(line.end_terms, size="2", weight="medium", data_testid="end-terms"),
            rx.flex(
                rx.button(
                    "Confirm end of line",
                    color_scheme="red",
                    size="2",
                    loading=StaffCustomerState.ending_busy,
                    on_click=StaffCustomerState.end_line,
                ),
                rx.button("Keep the line", variant="soft", size="2", on_click=StaffCustomerState.keep_line),
                spacing="3",
                wrap="wrap",
            ),
            spacing="2",
            align="start",
        ),
        rx.button(
            "End this line",
            variant="outline",
            color_scheme="red",
            size="1",
            on_click=StaffCustomerState.open_end_line(line.id),
        ),
    )


def _line(line: rx.Var[Row]) -> rx.Component:
    return rx.el.li(
        rx.flex(
            rx.vstack(
                rx.text(line.title, weight="medium"),
                rx.cond(line.endable, _line_end(line)),
                spacing="1",
                min_width="0",
            ),
            rx.cond(line.state != "", rx.badge(line.state, variant="soft", high_contrast=True)),
            justify="between",
            spacing="3",
        ),
        aria_label="Line " + line.id,
        list_style="none",
        padding_y="0.5rem",
        border_bottom=theme.BORDER,
        overflow_wrap="anywhere",
    )


def _products() -> rx.Component:
    """The customer's lines; an active one can be ended on their behalf, its charge shown first."""
    return rx.el.section(
        rx.heading("Products", as_="h2", size="5", margin_bottom="0.5rem"),
        rx.cond(
            StaffCustomerState.line_message != "",
            rx.callout(StaffCustomerState.line_message, icon="info", role="status", size="1"),
        ),
        error_callout(StaffCustomerState.line_error),
        rx.cond(
            StaffCustomerState.products.length() > 0,
            rx.el.ul(
                rx.foreach(StaffCustomerState.products, _line), padding="0", margin="0", aria_label="Products"
            ),
            rx.text("No broadband lines yet.", color=rx.color(theme.GRAY, 11)),
        ),
        width="100%",
    )


def _change_speed() -> rx.Component:
    """A line's speed changed on the customer's behalf: the BFF applies the online rules."""
    return rx.el.section(
        rx.heading("Change speed", as_="h2", size="5", margin_bottom="0.5rem"),
        rx.flex(
            select_field(
                "Line",
                rx.foreach(StaffCustomerState.lines, lambda o: rx.el.option(o.title, value=o.id)),
                name="speed_line",
                value=StaffCustomerState.speed_line_id,
                on_change=StaffCustomerState.set_speed_line_id,
                width="auto",
            ),
            select_field(
                "New speed",
                rx.fragment(
                    rx.el.option("Choose a speed", value=""),
                    rx.foreach(StaffCustomerState.speed_choices, lambda o: rx.el.option(o.title, value=o.id)),
                ),
                name="speed_offer",
                value=StaffCustomerState.speed_offer_id,
                on_change=StaffCustomerState.set_speed_offer_id,
                width="auto",
            ),
            rx.button(
                "Change speed",
                on_click=StaffCustomerState.change_speed,
                loading=StaffCustomerState.changing_speed,
                size="3",
            ),
            wrap="wrap",
            spacing="3",
            align="end",
        ),
        error_callout(StaffCustomerState.speed_error),
        rx.cond(
            StaffCustomerState.speed_result != "",
            rx.text(StaffCustomerState.speed_result, role="status", weight="bold", margin_top="0.5rem"),
        ),
        aria_label="Change speed",
        width="100%",
    )


def customer_page() -> rx.Component:
    return page_layout(
        rx.cond(
            StaffCustomerState.loading,
            rx.text("Loading the customer…", role="status"),
            rx.cond(StaffCustomerState.error != "", error_callout(StaffCustomerState.error), _customer()),
        )
    )
