"""Customer 360 `/store/customer/[customer_id]`: who the customer is and everything they have with us."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout
from storefront.components.layout import page_layout
from storefront.state.staff_customer import CustomerState, NoteRow, Row


def _rows(title: str, rows: rx.Var[list[Row]], empty: str) -> rx.Component:
    def row(item: rx.Var[Row]) -> rx.Component:
        return rx.el.li(
            rx.flex(
                rx.text(item.title, weight="medium"),
                rx.cond(item.state != "", rx.badge(item.state, variant="soft", high_contrast=True)),
                justify="between",
                gap="3",
            ),
            list_style="none",
            padding_y="0.5rem",
            border_bottom=theme.BORDER,
        )

    return rx.el.section(
        rx.heading(title, as_="h2", size="5", margin_bottom="0.5rem"),
        rx.cond(
            rows.length() > 0,
            rx.el.ul(rx.foreach(rows, row), padding="0", margin="0"),
            rx.text(empty, color=rx.color(theme.GRAY, 11)),
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
                value=CustomerState.note_text,
                on_change=CustomerState.set_note_text,
                width="100%",
            ),
            error_callout(CustomerState.note_error),
            rx.button("Save note", type="submit", loading=CustomerState.saving_note, margin_top="0.5rem"),
            on_submit=CustomerState.save_note,
        ),
        rx.el.ul(rx.foreach(CustomerState.notes, _note), padding="0", margin="0", margin_top="1rem"),
        width="100%",
    )


def _label(text: str, input_id: str) -> rx.Component:
    return rx.el.label(text, html_for=input_id, font_weight="500", font_size="var(--font-size-2)")


def _order_on_behalf() -> rx.Component:
    address_check = rx.form(
        rx.flex(
            rx.vstack(
                _label("Postcode", "staff-order-postcode"),
                rx.input(
                    id="staff-order-postcode", name="postcode", default_value=CustomerState.order_postcode
                ),
                spacing="1",
            ),
            rx.vstack(
                _label("House number", "staff-order-house"),
                rx.input(
                    id="staff-order-house",
                    name="house_number",
                    default_value=CustomerState.order_house_number,
                ),
                spacing="1",
            ),
            rx.button("Check address", type="submit", loading=CustomerState.checking),
            wrap="wrap",
            gap="3",
            align="end",
        ),
        on_submit=CustomerState.check_address,
    )
    basket = rx.vstack(
        rx.text("Address: ", CustomerState.address_label),
        _label("Plan", "staff-order-offer"),
        rx.el.select(
            rx.foreach(CustomerState.offer_choices, lambda o: rx.el.option(o.title, value=o.id)),
            id="staff-order-offer",
            value=CustomerState.offer_id,
            on_change=CustomerState.set_offer_id,
            min_height="var(--space-7)",
            padding="0 var(--space-2)",
            border_radius="var(--radius-3)",
            border=f"1px solid {rx.color(theme.GRAY, 7)}",
            background="white",
        ),
        _label("Discount (%)", "staff-order-discount"),
        rx.text(
            "Up to ",
            CustomerState.discount_limit,
            " % without a manager's approval",
            id="staff-order-discount-hint",
            size="1",
            color=rx.color(theme.GRAY, 11),
        ),
        rx.input(
            id="staff-order-discount",
            type="number",
            min="0",
            max="100",
            step="0.5",
            value=CustomerState.discount,
            on_change=CustomerState.set_discount,
            aria_describedby="staff-order-discount-hint",
        ),
        rx.button(
            "Place order for " + CustomerState.customer_name,
            on_click=CustomerState.place_order,
            loading=CustomerState.placing,
            size="3",
        ),
        spacing="2",
        margin_top="1rem",
    )
    return rx.el.section(
        rx.heading("Order on behalf", as_="h2", size="5", margin_bottom="0.5rem"),
        address_check,
        rx.cond(CustomerState.address_id != "", basket),
        error_callout(CustomerState.order_error),
        rx.cond(
            CustomerState.order_result != "",
            rx.flex(
                rx.text(CustomerState.order_result, weight="bold"),
                rx.badge(CustomerState.order_result_state, variant="soft", high_contrast=True),
                rx.text(
                    "Reference ", rx.el.span(CustomerState.order_result_id, data_testid="order-reference")
                ),
                role="status",
                gap="3",
                align="center",
                margin_top="1rem",
            ),
        ),
        width="100%",
    )


def _customer() -> rx.Component:
    return rx.vstack(
        rx.link("Back to the store", href=routes.STORE, size="2"),
        rx.heading(CustomerState.customer_name, as_="h1", size="7"),
        rx.el.section(
            rx.heading("Contact details", as_="h2", size="5", margin_bottom="0.5rem"),
            rx.text("Email: ", CustomerState.customer_email),
            rx.text("Phone: ", CustomerState.customer_phone),
            rx.text("Postcode: ", CustomerState.customer_postcode),
            rx.text("Status: ", CustomerState.customer_status),
            width="100%",
        ),
        _order_on_behalf(),
        _rows("Products", CustomerState.products, "No broadband lines yet."),
        _rows("Orders", CustomerState.orders, "No orders yet."),
        _rows("Open quotes", CustomerState.quotes, "No open quotes."),
        _rows("Registered interest", CustomerState.leads, "No registered interest."),
        _notes(),
        spacing="5",
        width="100%",
    )


def customer_page() -> rx.Component:
    return page_layout(
        rx.cond(
            CustomerState.loading,
            rx.text("Loading the customer…", role="status"),
            rx.cond(CustomerState.error != "", error_callout(CustomerState.error), _customer()),
        )
    )
