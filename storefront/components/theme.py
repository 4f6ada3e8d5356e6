"""Brand and design tokens shared by every page, so the look is changed in one place."""

import reflex as rx

BRAND = "Lumen Fibre"
TAGLINE = "Full fibre broadband for UK homes"
SUPPORT_PHONE = "0800 123 4567"

ACCENT = "indigo"
GRAY = "slate"
RADIUS = "large"

CONTENT_MAX_WIDTH = "72rem"
# Responsive values are listed from the smallest breakpoint up (phones first).
PAGE_PADDING_X = ["1rem", "1.5rem", "2rem"]
SECTION_GAP = ["1.5rem", "2rem", "2.5rem"]

BORDER = f"1px solid {rx.color(GRAY, 5)}"
HERO_BACKGROUND = f"linear-gradient(135deg, {rx.color(ACCENT, 3)} 0%, {rx.color(ACCENT, 2)} 50%, white 100%)"


def app_theme() -> rx.Component:
    """The Radix theme every page renders in: light, indigo, generous radius."""
    return rx.theme(
        appearance="light",
        accent_color=ACCENT,
        gray_color=GRAY,
        radius=RADIUS,
        scaling="100%",
        has_background=True,
    )
