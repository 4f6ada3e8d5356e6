"""Accessibility checks with axe-core (from the npm registry, installed into .tools by scripts/setup)."""

from __future__ import annotations

from functools import cache
from typing import Any

from playwright.sync_api import Page

from scripts.stack import ROOT

AXE = ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


@cache
def _axe_source() -> str:
    return AXE.read_text()


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """Every axe-core violation on the page as it is now (WCAG 2.x A and AA rules and best practices)."""
    page.evaluate(_axe_source())
    result = page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations'],"
        " runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
    )
    return list(result["violations"])


def assert_accessible(page: Page) -> list[dict[str, Any]]:
    """Fail on serious or critical violations; return the minor ones so a test can report them."""
    violations = axe_violations(page)
    blocking = [violation for violation in violations if violation.get("impact") in BLOCKING]
    assert not blocking, "\n".join(
        f"{v['impact']}: {v['id']} — {v['help']} ({len(v['nodes'])} nodes: "
        f"{'; '.join(str(node['target']) + ' ' + node.get('failureSummary', '') for node in v['nodes'][:3])})"
        for v in blocking
    )
    return [violation for violation in violations if violation not in blocking]
