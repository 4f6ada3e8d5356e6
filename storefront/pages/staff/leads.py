"""Leads worklist `/store/leads`: the store's leads, now serviceable first, each with its status, agent,
follow-up date and notes, and the way to open it as a customer."""

import reflex as rx

from storefront import routes
from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.components.form_fields import SELECT_STYLE
from storefront.components.layout import page_layout
from storefront.state.staff.leads import LeadRow, LeadsState


def _labelled(label: str, control_id: rx.Var[str], control: rx.Component) -> rx.Component:
    return rx.vstack(
        rx.el.label(label, html_for=control_id, font_weight="500", font_size="var(--font-size-2)"),
        control,
        spacing="1",
        width=["100%", "calc(50% - var(--space-2))", "calc(25% - var(--space-3))"],
    )


def _input(label: str, name: str, row: rx.Var[LeadRow], **props: object) -> rx.Component:
    control_id = f"lead-{name}-" + row.id
    return _labelled(label, control_id, rx.input(id=control_id, name=name, size="3", width="100%", **props))


def _status(row: rx.Var[LeadRow]) -> rx.Component:
    control_id = "lead-status-" + row.id
    return _labelled(
        "Move to",
        control_id,
        rx.el.select(
            rx.el.option("Keep as " + row.status_words, value=""),
            rx.foreach(row.next_statuses, lambda s: rx.el.option(s.label, value=s.value)),
            id=control_id,
            name="status",
            default_value="",
            style=SELECT_STYLE,
        ),
    )


def _work_form(row: rx.Var[LeadRow]) -> rx.Component:
    return rx.form(
        rx.el.input(type="hidden", name="lead_id", value=row.id),
        rx.flex(
            _status(row),
            _input("Reason if lost", "lost_reason", row, default_value=row.lost_reason),
            _input("Follow up on", "follow_up", row, type="date", default_value=row.follow_up),
            _input("Note", "note", row, default_value=""),
            wrap="wrap",
            spacing="3",
            width="100%",
        ),
        rx.button("Save", type="submit", size="2", margin_top="0.5rem", loading=LeadsState.busy_id == row.id),
        on_submit=LeadsState.save,
        # Saved: the form starts afresh (the note field empties); a refused save keeps what was typed.
        key=row.id + "-" + row.status + "-" + row.notes.length().to_string(),
        width="100%",
    )


def _open_form(row: rx.Var[LeadRow]) -> rx.Component:
    return rx.cond(
        row.customer_id != "",
        rx.link("Open the customer", href="/store/customer/" + row.customer_id + "?lead=" + row.id),
        rx.form(
            rx.el.input(type="hidden", name="lead_id", value=row.id),
            rx.flex(
                _input("Phone for the customer", "phone", row, type="tel", default_value=row.phone),
                rx.button("Open as customer", type="submit", size="2", loading=LeadsState.busy_id == row.id),
                spacing="3",
                align="end",
                wrap="wrap",
            ),
            on_submit=LeadsState.open_as_customer,
            width="100%",
        ),
    )


def _lead(row: rx.Var[LeadRow]) -> rx.Component:
    return rx.el.li(
        rx.el.section(
            rx.flex(
                rx.heading(row.name, as_="h2", size="4"),
                rx.badge(row.status_words, variant="soft", high_contrast=True, data_testid="lead-status"),
                rx.cond(
                    row.now_serviceable,
                    rx.badge(
                        "Now serviceable", color_scheme="green", variant="solid", data_testid="lead-now"
                    ),
                ),
                spacing="3",
                align="center",
                wrap="wrap",
            ),
            rx.text(row.interest, " at ", row.address, size="2"),
            rx.text(row.contact, " · registered ", row.registered, size="2", color=rx.color(theme.GRAY, 11)),
            rx.text(
                rx.cond(row.assignee != "", "Agent: " + row.assignee, "Nobody has this lead yet."),
                rx.cond(row.follow_up_words != "", " · follow up on " + row.follow_up_words, ""),
                rx.cond(row.lost_reason != "", " · lost: " + row.lost_reason, ""),
                rx.cond(row.order_id != "", " · order " + row.order_id, ""),
                size="2",
                data_testid="lead-facts",
            ),
            rx.cond(
                row.notes.length() > 0,
                rx.el.ul(
                    rx.foreach(row.notes, lambda note: rx.el.li(note)),
                    aria_label="Notes",
                    font_size="var(--font-size-2)",
                    margin="0",
                ),
            ),
            error_callout(LeadsState.lead_errors.get(row.id, "")),
            rx.cond(
                row.is_open,
                rx.vstack(
                    rx.cond(
                        row.assignee == "",
                        rx.button(
                            "Take this lead", size="2", variant="soft", on_click=LeadsState.take(row.id)
                        ),
                    ),
                    _work_form(row),
                    _open_form(row),
                    spacing="3",
                    width="100%",
                ),
            ),
            aria_label="Lead " + row.name,
            display="flex",
            flex_direction="column",
            gap="0.5rem",
        ),
        list_style="none",
        padding="1rem",
        margin_bottom="0.75rem",
        border=theme.BORDER,
        border_radius="var(--radius-3)",
        background=rx.cond(row.now_serviceable, rx.color("green", 2), "transparent"),
    )


def _worklist() -> rx.Component:
    return rx.vstack(
        rx.heading("Leads", as_="h1", size="7"),
        rx.text("People who registered interest with ", rx.text.strong(LeadsState.store_name), "."),
        rx.flex(
            rx.link("Store", href=routes.STORE),
            rx.link("Conversion reports", href=routes.STORE_REPORTS),
            spacing="4",
        ),
        rx.flex(
            rx.button(
                "Check coverage now",
                on_click=LeadsState.check_coverage,
                loading=LeadsState.checking,
                size="2",
            ),
            rx.cond(
                LeadsState.now_serviceable > 0,
                rx.text(
                    LeadsState.now_serviceable.to_string() + " now serviceable: call them first.",
                    role="status",
                    weight="medium",
                ),
            ),
            spacing="3",
            align="center",
        ),
        rx.cond(LeadsState.saved != "", rx.text(LeadsState.saved, role="status", size="2")),
        error_callout(LeadsState.error),
        rx.cond(
            LeadsState.leads.length() > 0,
            rx.el.ul(rx.foreach(LeadsState.leads, _lead), aria_label="Leads", padding="0", width="100%"),
            info_callout("No leads for this store yet."),
        ),
        spacing="4",
        width="100%",
    )


def leads_page() -> rx.Component:
    return page_layout(
        rx.cond(
            LeadsState.loading,
            rx.vstack(rx.text("Loading the store's leads…", role="status"), error_callout(LeadsState.error)),
            _worklist(),
        )
    )
