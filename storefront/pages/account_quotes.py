"""My account's "Quotes from our store": each quote's items and prices, and "Accept" to order it."""

import reflex as rx

from storefront.components import theme
from storefront.components.error_callout import error_callout, info_callout
from storefront.staff_views import EXPIRED, QuoteCard, QuoteCardLine
from storefront.state.account_quotes import AcceptedQuote, AccountQuotesState


def _line(line: rx.Var[QuoteCardLine]) -> rx.Component:
    return rx.el.li(
        rx.flex(
            rx.text(line.name),
            rx.text(line.price, white_space="nowrap"),
            justify="between",
            wrap="wrap",
            column_gap="0.75rem",
        ),
        list_style="none",
        padding_y="0.25rem",
    )


def _quote(quote: rx.Var[QuoteCard]) -> rx.Component:
    heading_id = "quote-" + quote.id
    return rx.card(
        rx.el.article(
            rx.vstack(
                rx.heading(quote.title, as_="h3", size="4", id=heading_id),
                rx.text(
                    "Quote ",
                    quote.id,
                    rx.cond(quote.agent != "", " from " + quote.agent, ""),
                    rx.cond(quote.valid_until != "", " · valid until " + quote.valid_until, ""),
                    size="1",
                    color=rx.color(theme.GRAY, 11),
                ),
                rx.el.ul(rx.foreach(quote.lines, _line), padding="0", margin="0", width="100%"),
                rx.flex(
                    rx.text.strong("Monthly"),
                    rx.text(quote.monthly),
                    justify="between",
                    spacing="3",
                    width="100%",
                ),
                rx.flex(
                    rx.text.strong("One-off"),
                    rx.text(quote.one_off),
                    justify="between",
                    spacing="3",
                    width="100%",
                ),
                rx.cond(
                    quote.state == EXPIRED,
                    # The BFF refuses an expired quote (409 QUOTE_EXPIRED): say so instead of offering it.
                    rx.text("This quote has expired. Ask the store for a new one.", size="2"),
                    rx.button(
                        "Accept and order",
                        on_click=AccountQuotesState.accept(quote.id),
                        loading=AccountQuotesState.accepting_id == quote.id,
                        disabled=AccountQuotesState.accepting_id != "",
                        aria_label="Accept and order quote " + quote.id,
                        size="3",
                    ),
                ),
                spacing="2",
                width="100%",
            ),
            aria_labelledby=heading_id,
        ),
        size="3",
        width="100%",
    )


def _accepted(done: rx.Var[AcceptedQuote]) -> rx.Component:
    return rx.callout.root(
        rx.callout.icon(rx.icon("circle_check")),
        rx.callout.text(
            "Quote accepted: your order ",
            rx.link(done.order_id, href=done.order_url, aria_label="Follow order " + done.order_id),
            " is placed. Follow it on its page.",
        ),
        role="status",
        color_scheme="green",
        width="100%",
    )


def account_quotes_section() -> rx.Component:
    """Loads when shown (the account page shows it once the customer is signed in)."""
    return rx.el.section(
        rx.heading("Quotes from our store", as_="h2", size="5", margin_bottom="0.75rem", id="quotes-heading"),
        rx.foreach(AccountQuotesState.accepted, _accepted),
        error_callout(AccountQuotesState.error),
        error_callout(AccountQuotesState.accept_error),
        rx.cond(
            AccountQuotesState.quotes.length() > 0,
            rx.grid(
                rx.foreach(AccountQuotesState.quotes, _quote),
                columns=rx.breakpoints(initial="1", md="2"),
                spacing="4",
                width="100%",
            ),
            rx.cond(
                (AccountQuotesState.error == "") & ~AccountQuotesState.loading,
                info_callout("No open quotes. A quote our store staff prepare for you appears here."),
            ),
        ),
        on_mount=AccountQuotesState.load,
        aria_labelledby="quotes-heading",
        width="100%",
    )
