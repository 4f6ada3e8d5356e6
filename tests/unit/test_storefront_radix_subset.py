"""Radix Themes' CSS cut down to what the compiled pages can use (storefront/radix_subset.py)."""

import json
from pathlib import Path

import pytest

from storefront.radix_subset import (
    SubsetUnavailable,
    UsableClasses,
    postcss_config_js,
    prune_stylesheet,
    usable_classes,
)

USABLE = UsableClasses(
    literals=frozenset({"rt-Button", "rt-BaseButton", "rt-r-size", "rt-variant", "rt-r-gtc", "rt-r-m"}),
    responsive={"sm": frozenset({"rt-r-gtc"})},
)


@pytest.mark.parametrize(
    ("name", "usable"),
    [
        ("rt-Button", True),
        ("rt-r-size-2", True),  # a prop prefix written out + its value
        ("rt-variant-soft", True),
        ("-rt-r-m-2", True),  # a negative margin
        ("sm:rt-r-gtc-3", True),  # a prop given a value at that breakpoint
        ("md:rt-r-gtc-3", False),  # no prop takes a value at md
        ("sm:rt-r-size-2", False),  # size is never responsive here
        ("rt-Callout", False),
        ("rt-r-sizeX", False),  # a prefix only counts up to a dash
        ("skip-link", True),  # not a Radix class: kept
        ("dark", True),
    ],
)
def test_which_classes_the_pages_can_use(name: str, usable: bool) -> None:
    assert USABLE.can_use(name) is usable


def test_rules_for_unused_components_and_breakpoints_go_the_rest_stay() -> None:
    css = (
        "@layer base;"
        ".rt-Button{color:red}"
        ".rt-Callout{color:blue}"
        ".rt-Callout,.rt-Button:where(.rt-r-size-2){padding:1px}"
        ".rt-BaseButton:where(.rt-variant-ghost,.rt-variant-soft){margin:0}"
        ".rt-BaseButton:where(.rt-Dialog){margin:1px}"
        ".rt-Button:not(.rt-Dialog){opacity:.9}"
        ".skip-link{left:0}"
        "@media (min-width:768px){.md\\:rt-r-gtc-3{grid-template-columns:1fr}.sm\\:rt-r-gtc-3{gap:0}}"
        "@media (min-width:1024px){.lg\\:rt-r-gtc-3{grid-template-columns:1fr}}"
        "@keyframes rt-fade{from{opacity:0}}"
    )
    out = prune_stylesheet(css, USABLE)
    assert ".rt-Button{color:red}" in out.replace(" ", "")
    assert ".rt-Callout" not in out  # alone, and trimmed out of a selector list
    assert ".rt-Button:where(.rt-r-size-2){padding:1px}" in out.replace(" ", "")
    assert "rt-variant-ghost" in out  # one alternative of :where() is enough
    assert "rt-Dialog){margin:1px}" not in out.replace(" ", "")  # :where() that cannot match
    assert ":not(.rt-Dialog)" in out  # :not() is not looked into
    assert ".skip-link" in out and "@layer base" in out and "@keyframes rt-fade" in out
    assert "md\\:rt-r-gtc-3" not in out and "sm\\:rt-r-gtc-3" in out
    assert "min-width:1024px" not in out.replace(" ", "")  # a media block left empty goes too


def _compiled(tmp_path: Path, page: str, components: dict[str, str]) -> Path:
    """A minimal .web: one compiled route and a Radix dist with the given component modules."""
    web = tmp_path / ".web"
    (web / "app" / "routes").mkdir(parents=True)
    (web / "app" / "routes" / "_index.jsx").write_text(page)
    dist = web / "node_modules" / "@radix-ui" / "themes" / "dist" / "esm" / "components"
    dist.mkdir(parents=True)
    imports = "".join(
        f'import{{{name} as c{index}}}from"./{name.lower()}.js";' for index, name in enumerate(components)
    )
    exports = ",".join(f"c{index} as {name}" for index, name in enumerate(components))
    (dist / "index.js").write_text(f"{imports}export{{{exports}}};")
    for name, code in components.items():
        (dist / f"{name.lower()}.js").write_text(code)
    return web


def test_usable_classes_follow_the_imports_of_the_compiled_pages(tmp_path: Path) -> None:
    web = _compiled(
        tmp_path,
        'import {Button as RadixThemesButton, Grid as RadixThemesGrid} from "@radix-ui/themes"\n'
        'jsx(RadixThemesGrid, {columns:({ ["initial"] : "1", ["sm"] : "3" })})',
        {
            "Button": 'import{x}from"./base.js";const b=classNames("rt-reset rt-Button");',
            "Grid": 'const p={columns:{type:"enum",className:"rt-r-gtc",responsive:!0}};',
            "Dialog": 'const d="rt-Dialog";',
        },
    )
    (web / "node_modules/@radix-ui/themes/dist/esm/components/base.js").write_text('"rt-BaseButton"')
    usable = usable_classes(web)
    assert {"rt-reset", "rt-Button", "rt-BaseButton", "rt-r-gtc"} <= usable.literals
    assert "rt-Dialog" not in usable.literals  # never imported
    assert usable.responsive == {"sm": frozenset({"rt-r-gtc"})}


def test_a_namespace_import_keeps_everything(tmp_path: Path) -> None:
    web = _compiled(tmp_path, 'import * as Radix from "@radix-ui/themes"', {"Button": '"rt-Button"'})
    with pytest.raises(SubsetUnavailable):
        usable_classes(web)


def test_without_node_modules_nothing_is_cut(tmp_path: Path) -> None:
    with pytest.raises(SubsetUnavailable):
        usable_classes(tmp_path)


def test_the_postcss_step_runs_between_the_import_inlining_and_autoprefixer() -> None:
    config = postcss_config_js("export default {plugins: {}}")
    plugins = config[config.index("plugins:") :]
    order = [plugins.index(name) for name in ("postcssImport()", "radixThemesSubset()", "autoprefixer")]
    assert order == sorted(order)
    assert json.dumps("radix-themes-subset.postcss.js")[1:-1] in config
