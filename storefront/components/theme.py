"""Brand and design tokens shared by every page, so the look is changed in one place."""

import dataclasses
import sys
from pathlib import Path
from typing import Any

import reflex as rx
from reflex import constants

from storefront import radix_subset

PROJECT_ROOT = Path(__file__).resolve().parents[2]

BRAND = "Lumen Fibre"
TAGLINE = "Full fibre broadband for UK homes"
SUPPORT_PHONE = "0800 123 4567"
# The one statement of when support answers: the footer says it, nothing else does.
SUPPORT_HOURS = "Monday to Saturday, 8am to 8pm"

ACCENT = "indigo"
GRAY = "slate"
RADIUS = "large"
# Every Radix colour scale a page names (accent, gray, callouts, badges, order tones): only these are
# shipped. tests/unit/test_storefront_theme.py fails when a page names one that is not listed.
COLOURS = (ACCENT, GRAY, "gray", "green", "red", "amber", "blue")

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


@dataclasses.dataclass
class RadixThemesSubset(rx.plugins.RadixThemesPlugin):
    """Radix Themes with the colour scales of COLOURS only, and only the components a page uses.

    The full stylesheet carries all 31 colour scales (light, dark, alpha and P3 variants): 812 kB of CSS
    that blocks the first paint. Radix publishes the same CSS in parts; the base tokens, the scales used
    here, the components and the layout utilities are all a page needs.
    """

    def get_frontend_dependencies(self, **context: Any) -> tuple[str, ...]:
        # The components install the package themselves. Declared here, Reflex would also expose the whole
        # library on `window` for dynamic components (none here), which imports all of it on every page and
        # defeats tree-shaking: 120 kB of compressed JavaScript on the home page.
        return ()

    def get_stylesheet_paths(self, **context: Any) -> tuple[str, ...]:
        if not self.enabled:
            return ()
        return (
            "@radix-ui/themes/tokens/base.css",
            *(f"@radix-ui/themes/tokens/colors/{colour}.css" for colour in dict.fromkeys(COLOURS)),
            # Cut down to what the compiled pages can use (storefront/radix_subset.py) during the build.
            "@radix-ui/themes/components.css",
            "@radix-ui/themes/utilities.css",
        )

    def pre_compile(self, **context: Any) -> None:
        super().pre_compile(**context)
        if not self.enabled:
            return
        context["add_save_task"](radix_subset.postcss_plugin_js, sys.executable, PROJECT_ROOT)
        context["add_modify_task"](constants.Dirs.POSTCSS_JS, radix_subset.postcss_config_js)
