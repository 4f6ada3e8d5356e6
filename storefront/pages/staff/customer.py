"""Customer 360 `/store/customer/[customer_id]`: who the customer is and everything they have with us."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout
from storefront.components.layout import page_layout
from storefront.state.staff_customer import AddOnChoice, CustomerState, NoteRow, Row


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


def _add_on(choice: rx.Var[AddOnChoice]) -> rx.Component:
    return rx.flex(
        rx.checkbox(
            choice.name,
            checked=CustomerState.selected_add_on_ids.contains(choice.id),
            on_change=lambda checked: CustomerState.toggle_add_on(choice.id, checked),
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
            CustomerState.add_on_choices.length() > 0,
            rx.vstack(rx.foreach(CustomerState.add_on_choices, _add_on), spacing="2", width="100%"),
            rx.text("No add-ons go with this plan.", size="2", color=rx.color(theme.GRAY, 11)),
        ),
        rx.foreach(
            CustomerState.basket_problems,
            lambda problem: rx.text(problem, role="alert", size="2", color=rx.color("red", 11)),
        ),
        border="none",
        padding="0",
        margin="0",
        width="100%",
    )


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
            spacing="3",
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
        _add_ons(),
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
        _label("Reason for the discount", "staff-order-discount-reason"),
        rx.input(
            id="staff-order-discount-reason",
            value=CustomerState.discount_reason,
            on_change=CustomerState.set_discount_reason,
            placeholder="e.g. Price match",
            max_length=200,
            width="100%",
        ),
        rx.flex(
            rx.button(
                "Place order for " + CustomerState.customer_name,
                on_click=CustomerState.place_order,
                loading=CustomerState.placing,
                size="3",
            ),
            rx.button(
                "Send quote to " + CustomerState.customer_name,
                on_click=CustomerState.send_quote,
                loading=CustomerState.quoting,
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
    return rx.el.section(
        rx.heading("Order on behalf", as_="h2", size="5", margin_bottom="0.5rem"),
        address_check,
        rx.cond(CustomerState.address_id != "", basket),
        error_callout(CustomerState.order_error),
        rx.cond(
            CustomerState.order_result != "",
            rx.vstack(
                rx.flex(
                    rx.text(CustomerState.order_result, weight="bold"),
                    rx.badge(CustomerState.order_result_state, variant="soft", high_contrast=True),
                    rx.text(
                        "Reference ", rx.el.span(CustomerState.order_result_id, data_testid="order-reference")
                    ),
                    spacing="3",
                    align="center",
                    wrap="wrap",
                ),
                rx.cond(CustomerState.order_result_detail != "", rx.text(CustomerState.order_result_detail)),
                role="status",
                spacing="1",
                margin_top="1rem",
            ),
        ),
        rx.cond(
            CustomerState.quote_result_id != "",
            rx.text(
                "Quote sent: ",
                rx.el.span(CustomerState.quote_result_id, data_testid="quote-reference"),
                ". It is in the customer's online account to accept.",
                role="status",
                weight="bold",
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
        _rows("Orders", CustomerState.orders, "No orders yet.", "Order"),
        _rows("Open quotes", CustomerState.quotes, "No open quotes.", "Quote"),
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
