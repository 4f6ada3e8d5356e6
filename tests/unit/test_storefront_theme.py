"""The storefront ships only the Radix colour scales its pages name: another would render unstyled."""

from __future__ import annotations

import ast
from pathlib import Path

from storefront.components.theme import ACCENT, COLOURS, GRAY, RadixThemesSubset, app_theme

STOREFRONT = Path(__file__).resolve().parents[2] / "storefront"
# Radix Themes 3's colour scales (@radix-ui/themes/tokens/colors/*.css).
RADIX_SCALES = {
    "amber", "blue", "bronze", "brown", "crimson", "cyan", "gold", "grass", "gray", "green", "indigo",
    "iris", "jade", "lime", "mauve", "mint", "olive", "orange", "pink", "plum", "purple", "red", "ruby",
    "sage", "sand", "sky", "slate", "teal", "tomato", "violet", "yellow",
}  # fmt: skip


def _string_literals(path: Path) -> set[str]:
    return {
        node.value
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_every_colour_a_page_names_is_shipped() -> None:
    named = {
        (path.relative_to(STOREFRONT).as_posix(), text)
        for path in STOREFRONT.rglob("*.py")
        for text in _string_literals(path)
        if text in RADIX_SCALES
    }
    missing = sorted(entry for entry in named if entry[1] not in COLOURS)
    assert not missing, f"colour scales used but not in theme.COLOURS: {missing}"
    assert {ACCENT, GRAY} <= set(COLOURS)


def test_the_stylesheets_are_the_parts_of_the_full_radix_css() -> None:
    sheets = RadixThemesSubset(theme=app_theme()).get_stylesheet_paths()
    assert sheets[0] == "@radix-ui/themes/tokens/base.css"
    assert sheets[-2:] == ("@radix-ui/themes/components.css", "@radix-ui/themes/utilities.css")
    scales = [sheet.rsplit("/", 1)[1].removesuffix(".css") for sheet in sheets[1:-2]]
    assert sorted(scales) == sorted(set(COLOURS)) and "@radix-ui/themes/styles.css" not in sheets
    assert RadixThemesSubset(enabled=False).get_stylesheet_paths() == ()
