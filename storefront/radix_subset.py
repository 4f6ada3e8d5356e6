"""Radix Themes' component and utility CSS cut down to what the compiled pages can use.

Radix ships one stylesheet for all its ~45 components and every responsive variant of every layout prop
(680 kB). A page pays for all of it: the browser parses it before the first paint and matches every element
against it on each style recalculation. The pages here use about 20 components.

What a page can use is read from the compiled frontend (.web): the Radix components its modules import,
the class names those components' modules (and the modules they import) can put on an element, and the
breakpoints its responsive props name. Radix builds prop classes as `<prefix>-<value>`, with an optional
`<breakpoint>:` in front and `-` for negative values, from prefixes written out in its prop definitions, so
a class is usable when its name, or a prefix of it, is written out in those modules.

A selector is dropped only when it needs a class no module can produce (in its compound selectors or in
every alternative of a `:where()`/`:is()`); `:not()` and `:has()` are not looked into (`:not(.x)` matches
more, not less, without `.x`); a rule goes when none of its selectors is left. Anything that is not a Radix
class is kept as it is.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tinycss2
from tinycss2 import ast

BREAKPOINTS = ("xs", "sm", "md", "lg", "xl")
# The compiled modules Reflex writes (not node_modules, not the build output).
SOURCE_DIRS = ("app", "app_components", "components", "utils")

_NAMED_IMPORT = re.compile(r'import\s*\{([^}]*)\}\s*from\s*["\']@radix-ui/themes["\']')
_ANY_IMPORT = re.compile(r'from\s*["\']@radix-ui/themes/[^"\']*["\']')
_NAMESPACE_IMPORT = re.compile(r'import\s*\*\s*as\s*[\w$]+\s*from\s*["\']@radix-ui/themes["\']')
# A responsive prop as Reflex compiles it: columns:({ ["initial"] : "1", ["sm"] : "3" })
_RESPONSIVE_PROP = re.compile(r'([A-Za-z_$][\w$]*)\s*:\s*\(\{([^{}]*\["initial"\][^{}]*)\}\)')
_RESPONSIVE_KEY = re.compile(r'\[\s*"(' + "|".join(BREAKPOINTS) + r')"\s*\]\s*:')
# A prop definition in Radix's *.props.js: columns:{type:"enum | string",className:"rt-r-gtc",...}
_PROP_CLASS = re.compile(r'([A-Za-z_$][\w$]*)\s*:\s*\{[^{}]*?className\s*:\s*"(rt-[\w-]+)"')
# Radix's dist/esm/components/index.js: import{Button as c}from"./button.js", import*as d from"./callout.js"
_INDEX_NAMED = re.compile(r'import\s*\{([^}]*)\}\s*from\s*"(\./[^"]+)"')
_INDEX_NAMESPACE = re.compile(r'import\s*\*\s*as\s*([\w$]+)\s*from\s*"(\./[^"]+)"')
_INDEX_EXPORT = re.compile(r"export\s*\{([^}]*)\}")
_RELATIVE_IMPORT = re.compile(r'(?:from|import)\s*"(\.{1,2}/[^"]+\.js)"')
# Any rt- name in the code: in a string of several classes ("rt-reset rt-BaseButton") as well.
_CLASS_LITERAL = re.compile(r"(?<![A-Za-z0-9_$-])-?(rt-[A-Za-z0-9_-]+)")
_CLASS_NAME = re.compile(r"^(?:(" + "|".join(BREAKPOINTS) + r"):)?-?(rt-[A-Za-z0-9_-]+)$")


class SubsetUnavailable(Exception):
    """The compiled frontend or Radix's package cannot be read: use the whole stylesheet."""


@dataclass(frozen=True)
class UsableClasses:
    """The Radix class names (and name prefixes) the compiled pages can put on an element."""

    literals: frozenset[str]
    # Breakpoint → the class prefixes of the props given a value at that breakpoint (e.g. "sm" → rt-r-gtc).
    responsive: dict[str, frozenset[str]]

    def can_use(self, class_name: str) -> bool:
        match = _CLASS_NAME.match(class_name)
        if match is None:
            return True  # not a Radix class: not ours to judge
        breakpoint, name = match.groups()
        prefixes = self.responsive.get(breakpoint, frozenset()) if breakpoint else self.literals
        if name in prefixes:
            return True
        return any(name[:dash] in prefixes for dash, char in enumerate(name) if char == "-")


def _compiled_sources(web_dir: Path) -> Iterable[str]:
    for folder in SOURCE_DIRS:
        for path in sorted((web_dir / folder).rglob("*")):
            if path.suffix in (".js", ".jsx") and path.is_file():
                yield path.read_text(encoding="utf-8", errors="replace")


def _component_modules(components_dir: Path) -> dict[str, Path]:
    """Each exported component name → its module, from Radix's components/index.js."""
    index = (components_dir / "index.js").read_text(encoding="utf-8")
    local_to_file: dict[str, str] = {}
    for names, file in _INDEX_NAMED.findall(index):
        for part in names.split(","):
            local = part.split(" as ")[-1].strip()
            local_to_file[local] = file
    for local, file in _INDEX_NAMESPACE.findall(index):
        local_to_file[local] = file
    modules: dict[str, Path] = {}
    for names in _INDEX_EXPORT.findall(index):
        for part in names.split(","):
            local, _, exported = part.strip().partition(" as ")
            file = local_to_file.get(local.strip())
            if file:
                modules[(exported or local).strip()] = components_dir / file
    return modules


def usable_classes(web_dir: Path) -> UsableClasses:
    """What the compiled frontend in `web_dir` (Reflex's .web) can use of Radix Themes' CSS."""
    components_dir = web_dir / "node_modules" / "@radix-ui" / "themes" / "dist" / "esm" / "components"
    if not (components_dir / "index.js").is_file():
        raise SubsetUnavailable(f"{components_dir} is not installed")
    sources = list(_compiled_sources(web_dir))
    if not sources:
        raise SubsetUnavailable(f"nothing compiled in {web_dir}")
    imported: set[str] = set()
    literals: set[str] = set()
    responsive_props: dict[str, set[str]] = {}
    for source in sources:
        if _ANY_IMPORT.search(source) or _NAMESPACE_IMPORT.search(source):
            # A deep or namespace import could reach any component.
            raise SubsetUnavailable("a module imports Radix Themes other than by component name")
        for names in _NAMED_IMPORT.findall(source):
            imported.update(part.split(" as ")[0].strip() for part in names.split(",") if part.strip())
        literals.update(_CLASS_LITERAL.findall(source))
        for prop, value in _RESPONSIVE_PROP.findall(source):
            for breakpoint in _RESPONSIVE_KEY.findall(value):
                responsive_props.setdefault(breakpoint, set()).add(prop)
    modules = _component_modules(components_dir)
    unknown = imported - modules.keys()
    if unknown:
        raise SubsetUnavailable(f"Radix components not found in its index: {sorted(unknown)}")
    prop_classes: dict[str, set[str]] = {}
    pending = [modules[name] for name in sorted(imported)]
    seen: set[Path] = set()
    while pending:
        module = pending.pop().resolve()
        if module in seen or not module.is_file():
            continue
        seen.add(module)
        code = module.read_text(encoding="utf-8")
        literals.update(_CLASS_LITERAL.findall(code))
        for prop, class_prefix in _PROP_CLASS.findall(code):
            prop_classes.setdefault(prop, set()).add(class_prefix)
        pending.extend(module.parent / relative for relative in _RELATIVE_IMPORT.findall(code))
    responsive = {
        breakpoint: frozenset(prefix for prop in props for prefix in prop_classes.get(prop, ()))
        for breakpoint, props in responsive_props.items()
    }
    return UsableClasses(frozenset(literals), responsive)


def _can_match(selector: list[ast.Node], usable: UsableClasses) -> bool:
    """False when `selector` needs a class no compiled module can produce.

    Classes in the compound selectors count, and those in `:where()`/`:is()` (an alternative of which must
    match); `:not()`, `:has()` and other functions are not looked into.
    """
    for before, token in zip([None, *selector], selector, strict=False):
        if isinstance(token, ast.IdentToken) and isinstance(before, ast.LiteralToken) and before.value == ".":
            if not usable.can_use(token.value):
                return False
        elif (
            isinstance(token, ast.FunctionBlock)
            and isinstance(before, ast.LiteralToken)
            and before.value == ":"
            and token.lower_name in ("where", "is")
        ):
            alternatives = _split_selectors(token.arguments)
            if not any(_can_match(alternative, usable) for alternative in alternatives):
                return False
    return True


def _split_selectors(prelude: list[ast.Node]) -> list[list[ast.Node]]:
    selectors: list[list[ast.Node]] = [[]]
    for token in prelude:
        if isinstance(token, ast.LiteralToken) and token.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(token)
    return selectors


def _prune_rules(rules: list[ast.Node], usable: UsableClasses) -> list[ast.Node]:
    kept: list[ast.Node] = []
    for rule in rules:
        if isinstance(rule, ast.QualifiedRule):
            selectors = [
                selector for selector in _split_selectors(rule.prelude) if _can_match(selector, usable)
            ]
            if not selectors:
                continue
            if len(selectors) < len(_split_selectors(rule.prelude)):
                joined: list[ast.Node] = []
                for index, selector in enumerate(selectors):
                    if index:
                        joined.append(ast.LiteralToken(0, 0, ","))
                    joined.extend(selector)
                rule.prelude = joined
            kept.append(rule)
        elif (
            isinstance(rule, ast.AtRule)
            and rule.content is not None
            and rule.lower_at_keyword
            in (
                "media",
                "supports",
                "layer",
                "container",
            )
        ):
            inner = _prune_rules(
                tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), usable
            )
            if not inner:
                continue
            rule.content = [token for node in inner for token in (node, ast.WhitespaceToken(0, 0, "\n"))]
            kept.append(rule)
        elif not isinstance(rule, ast.ParseError):
            kept.append(rule)
    return kept


def prune_stylesheet(css: str, usable: UsableClasses) -> str:
    """`css` without the rules only classes outside `usable` would match."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return "\n".join(rule.serialize() for rule in _prune_rules(rules, usable)) + "\n"


POSTCSS_PLUGIN_FILE = "radix-themes-subset.postcss.js"
_POSTCSS_PLUGIN = """// Written by storefront/radix_subset.py: cuts Radix Themes' CSS in the root stylesheet
// down to what the compiled pages can use, after postcss-import inlined it, before Vite hashes the file.
import { execFileSync } from "node:child_process";
import postcss from "postcss";

const PYTHON = __PYTHON__;
const PROJECT = __PROJECT__;

export default function radixThemesSubset() {
  return {
    postcssPlugin: "radix-themes-subset",
    OnceExit(root) {
      // Vite names the file with a query (".../__reflex_global_styles.css?transform-only").
      const file = (root.source?.input?.file ?? "").split("?")[0];
      if (!file.endsWith("__reflex_global_styles.css")) return;
      const cut = execFileSync(PYTHON, ["-m", "storefront.radix_subset", process.cwd()], {
        cwd: PROJECT,
        input: root.toString(),
        maxBuffer: 64 * 1024 * 1024,
        stdio: ["pipe", "pipe", "inherit"],
      });
      root.removeAll();
      root.append(postcss.parse(cut.toString(), { from: file }).nodes);
    },
  };
}
radixThemesSubset.postcss = true;
"""
# Reflex's own postcss.config.js, with the subset step between the @import inlining and autoprefixer.
_POSTCSS_CONFIG = """import postcssImport from "postcss-import";
import autoprefixer from "autoprefixer";
import radixThemesSubset from "./__PLUGIN__";

const noVendorPrefix = /^(1|true|y|yes)$/i.test(process.env.REFLEX_NO_AUTOPREFIXER ?? "");

export default {
  plugins: [postcssImport(), radixThemesSubset(), ...(noVendorPrefix ? [] : [autoprefixer()])],
};
"""


def postcss_plugin_js(python: str, project: Path) -> tuple[str, str]:
    """The PostCSS plugin's file in .web (a Reflex save task: path, code)."""
    code = _POSTCSS_PLUGIN.replace("__PYTHON__", json.dumps(python))
    code = code.replace("__PROJECT__", json.dumps(str(project)))
    return POSTCSS_PLUGIN_FILE, code


def postcss_config_js(_reflex_config: str) -> str:
    """postcss.config.js with the subset step (a Reflex modify task)."""
    return _POSTCSS_CONFIG.replace("__PLUGIN__", POSTCSS_PLUGIN_FILE)


def main() -> None:
    """`python -m storefront.radix_subset WEB_DIR`: the stylesheet on stdin, cut down, on stdout.

    Called by the PostCSS step of the frontend build (see storefront.components.theme), after the @imports
    are inlined and before Vite hashes the file, so the file name still follows its content. Where the
    compiled frontend cannot be read the stylesheet passes through whole, with a warning.
    """
    css = sys.stdin.read()
    try:
        usable = usable_classes(Path(sys.argv[1]))
    except SubsetUnavailable as exc:
        print(f"radix_subset: keeping all of Radix Themes' CSS: {exc}", file=sys.stderr)
        sys.stdout.write(css)
        return
    sys.stdout.write(prune_stylesheet(css, usable))


if __name__ == "__main__":
    main()
