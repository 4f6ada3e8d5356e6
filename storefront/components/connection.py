"""What the page says when its live connection to the storefront drops, and while it reconnects.

Reflex reconnects the websocket by itself and queues the customer's events meanwhile; inputs keep what was
typed. This replaces Reflex's default toast with a calm banner in the site's style, announced to screen
readers (role="status").
"""

import reflex as rx
from reflex.components.core.banner import has_connection_errors

from storefront.components import theme


@rx.memo
def connection_notice() -> rx.Component:
    """Memoised: the connection-error hook must run inside a component of its own."""
    return rx.cond(
        has_connection_errors,
        rx.box(
            rx.hstack(
                rx.spinner(size="2"),
                rx.text(
                    rx.text.strong("Connection lost — reconnecting… "),
                    "Keep going: nothing you have typed is lost, and we carry on as soon as we are back.",
                    size="2",
                ),
                align="center",
                justify="center",
                spacing="3",
                max_width=theme.CONTENT_MAX_WIDTH,
                margin_x="auto",
            ),
            id="connection-notice",
            role="status",
            aria_live="polite",
            position="fixed",
            bottom="0",
            left="0",
            right="0",
            z_index="50",
            padding="0.75rem 1rem",
            background=rx.color("amber", 3),
            border_top=f"1px solid {rx.color('amber', 7)}",
            color=rx.color("amber", 12),
        ),
    )
