"""Store staff home `/store`: the staff member and their store, and a customer search."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.components.layout import page_layout
from storefront.state.staff.home import CustomerRow, StaffState


def staff_only() -> rx.Component:
    return rx.vstack(
        rx.heading("This area is for store staff", as_="h1", size="7"),
        rx.text("Sign in with your store account to help customers in store."),
        rx.link("Back to the shop", href="/"),
        spacing="3",
    )


def _field(label: str, name: str, value: rx.Var[str], input_type: str = "text") -> rx.Component:
    input_id = f"staff-search-{name}"
    return rx.vstack(
        rx.el.label(label, html_for=input_id, font_weight="500", font_size="var(--font-size-2)"),
        rx.input(id=input_id, name=name, type=input_type, default_value=value, size="3", width="100%"),
        spacing="1",
        width=["100%", "calc(50% - var(--space-2))", "calc(25% - var(--space-3))"],
    )


def _result(customer: rx.Var[CustomerRow]) -> rx.Component:
    return rx.el.li(
        rx.link("Open " + customer.name, href="/store/customer/" + customer.id, weight="medium"),
        rx.text(customer.email, " · ", customer.postcode, size="2", color=rx.color(theme.GRAY, 11)),
        list_style="none",
        padding_y="0.5rem",
        border_bottom=theme.BORDER,
    )


def _search() -> rx.Component:
    return rx.el.section(
        rx.heading("Find a customer", as_="h2", size="5", margin_bottom="0.75rem"),
        rx.form(
            rx.flex(
                _field("Name", "name", StaffState.name),
                _field("Email", "email", StaffState.email, "email"),
                _field("Phone", "phone", StaffState.phone, "tel"),
                _field("Postcode", "postcode", StaffState.postcode),
                wrap="wrap",
                spacing="3",
                width="100%",
            ),
            rx.button(
                "Search customers", type="submit", size="3", loading=StaffState.searching, margin_top="1rem"
            ),
            on_submit=StaffState.search,
        ),
        rx.box(error_callout(StaffState.search_error), margin_top="1rem"),
        rx.cond(
            StaffState.results.length() > 0,
            rx.el.ul(
                rx.foreach(StaffState.results, _result),
                aria_label="Customers found",
                padding="0",
                margin="0",
                margin_top="1rem",
            ),
            rx.cond(
                StaffState.searched & (StaffState.search_error == ""),
                rx.box(
                    info_callout("No customers match. Check the spelling or try another detail."),
                    margin_top="1rem",
                ),
            ),
        ),
        width="100%",
        aria_label="Find a customer",
    )


def _new_field(label: str, name: str, input_type: str, autocomplete: str) -> rx.Component:
    input_id = f"staff-new-{name}"
    error = StaffState.create_errors.get(name, "")
    return rx.vstack(
        rx.el.label(label, html_for=input_id, font_weight="500", font_size="var(--font-size-2)"),
        rx.input(
            id=input_id,
            name=name,
            type=input_type,
            auto_complete=autocomplete,
            default_value=StaffState.new_customer.get(name, ""),
            aria_invalid=rx.cond(error != "", "true", "false"),
            aria_describedby=f"{input_id}-error",
            size="3",
            width="100%",
        ),
        rx.text(error, id=f"{input_id}-error", size="2", color=rx.color("red", 11)),
        spacing="1",
        width=["100%", "calc(50% - var(--space-2))", "calc(25% - var(--space-3))"],
    )


def _new_customer() -> rx.Component:
    return rx.el.section(
        rx.heading("New customer", as_="h2", size="5", margin_bottom="0.25rem", id="new-customer-heading"),
        rx.text(
            "Not found in the search? Create the customer here. If we know the email already, we show you "
            "that customer instead.",
            size="2",
            color=rx.color(theme.GRAY, 11),
            margin_bottom="0.75rem",
        ),
        rx.form(
            rx.flex(
                _new_field("Given name", "given_name", "text", "off"),
                _new_field("Family name", "family_name", "text", "off"),
                _new_field("Contact email", "email", "email", "off"),
                _new_field("Contact phone", "phone", "tel", "off"),
                wrap="wrap",
                spacing="3",
                width="100%",
            ),
            rx.button(
                "Create customer", type="submit", size="3", loading=StaffState.creating, margin_top="1rem"
            ),
            on_submit=StaffState.create_customer,
            reset_on_submit=False,
        ),
        rx.box(error_callout(StaffState.create_error), margin_top="1rem"),
        rx.cond(
            StaffState.existing.id != "",
            rx.callout.root(
                rx.callout.icon(rx.icon("info")),
                rx.callout.text(
                    "A customer with this email already exists: ",
                    rx.link(
                        "Open " + StaffState.existing.name, href="/store/customer/" + StaffState.existing.id
                    ),
                ),
                role="status",
                color_scheme="gray",
                variant="surface",
                margin_top="1rem",
            ),
        ),
        aria_labelledby="new-customer-heading",
        width="100%",
    )


def _home() -> rx.Component:
    return rx.vstack(
        rx.heading("Store", as_="h1", size="7"),
        rx.text(
            "Signed in as ",
            rx.text.strong(StaffState.staff_name),
            rx.cond(StaffState.is_manager, " (manager)", " (agent)"),
            " at ",
            rx.text.strong(StaffState.store_name, data_testid="staff-store"),
        ),
        rx.text(
            "Your discount limit: ", StaffState.discount_limit, "%", size="2", color=rx.color(theme.GRAY, 11)
        ),
        rx.flex(
            rx.link("Store queue", href=routes.STORE_QUEUE),
            rx.link("Orders waiting for approval", href=routes.STORE_APPROVALS),
            rx.link("Leads", href=routes.STORE_LEADS),
            rx.link("Conversion reports", href=routes.STORE_REPORTS),
            spacing="4",
            wrap="wrap",
        ),
        _search(),
        _new_customer(),
        spacing="4",
        width="100%",
    )


def store_home_page() -> rx.Component:
    return page_layout(
        rx.cond(
            StaffState.not_staff,
            staff_only(),
            rx.cond(
                StaffState.loading,
                rx.text("Loading your store…", role="status"),
                rx.vstack(error_callout(StaffState.error), _home(), width="100%"),
            ),
        )
    )
