"""The frame every page sits in: header, a centred main column, footer; plus the journey's step indicator."""

import reflex as rx

from storefront.components import theme
from storefront.components.footer import footer
from storefront.components.header import header
from storefront.state.browser_session import session_sync

JOURNEY_STEPS = ("Address", "Choose a plan", "Your details", "Done")


def page_layout(*children: rx.Component, step: int | None = None) -> rx.Component:
    """A full page; ``step`` (1-based) shows where the customer is in the ordering journey."""
    return rx.flex(
        rx.el.a("Skip to main content", href="#main", class_name="skip-link"),
        header(),
        rx.el.main(
            rx.vstack(
                journey_steps(step) if step else rx.fragment(),
                *children,
                spacing="6",
                width="100%",
                max_width=theme.CONTENT_MAX_WIDTH,
                margin_x="auto",
                padding_x=theme.PAGE_PADDING_X,
                padding_y=theme.SECTION_GAP,
            ),
            id="main",
            width="100%",
        ),
        footer(),
        # The browser's customer and basket, the same in each tab (state/browser_session.py).
        session_sync(),
        direction="column",
        min_height="100vh",
    )


def journey_steps(current: int) -> rx.Component:
    """An ordered list of the steps; the current one is marked with aria-current for screen readers."""
    items = []
    for number, name in enumerate(JOURNEY_STEPS, start=1):
        done, here = number < current, number == current
        items.append(
            rx.el.li(
                rx.hstack(
                    rx.flex(
                        rx.icon("check", size=14) if done else rx.text(str(number), size="1", weight="bold"),
                        align="center",
                        justify="center",
                        width="1.5rem",
                        height="1.5rem",
                        border_radius="9999px",
                        background=rx.color(theme.ACCENT, 9) if (done or here) else rx.color(theme.GRAY, 4),
                        color="white" if (done or here) else rx.color(theme.GRAY, 11),
                        flex_shrink="0",
                    ),
                    rx.text(
                        name,
                        size="2",
                        weight="bold" if here else "regular",
                        color=rx.color(theme.GRAY, 12) if here else rx.color(theme.GRAY, 11),
                        # On a phone only the current step is named, so the row fits in 375 px.
                        display=["inline" if here else "none", "inline"],
                    ),
                    align="center",
                    spacing="2",
                ),
                aria_current="step" if here else None,
                list_style="none",
            )
        )
    return rx.el.nav(
        rx.el.ol(
            *items,
            display="flex",
            gap=["0.75rem", "1.5rem"],
            flex_wrap="wrap",
            padding="0",
            margin="0",
        ),
        aria_label="Order progress",
        width="100%",
    )
