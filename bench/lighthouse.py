"""Lighthouse scores of the running storefront's pages, in Debian's Chromium.

Usage: python -m bench.lighthouse [URL] [--desktop]   (default http://localhost:3000; start ./scripts/run)

Lighthouse comes from the npm registry into .tools/lighthouse (its own prefix: npm prunes what a prefix's
other installs do not name). /offers and /checkout need a journey in progress, so a fresh Lighthouse visit is
sent back home; their figures are then those of that redirect, which is what a cold visitor gets.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.stack import ROOT
from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS

LIGHTHOUSE_VERSION = "12.8.2"
PREFIX = ROOT / ".tools" / "lighthouse"
BINARY = PREFIX / "node_modules" / ".bin" / "lighthouse"
PAGES = ("/", "/offers", "/checkout")
AUDITS = (
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
)


def install() -> None:
    if not BINARY.exists():
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(PREFIX),
                "--no-save",
                "--no-audit",
                "--no-fund",
                f"lighthouse@{LIGHTHOUSE_VERSION}",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def score(url: str, desktop: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [
            str(BINARY),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            "--only-categories=performance,accessibility",
            f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
        ]
        if desktop:
            command.append("--preset=desktop")
        subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300)
        return json.loads(report.read_text())


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    desktop = "--desktop" in sys.argv
    base = (args[0] if args else "http://localhost:3000").rstrip("/")
    install()
    mode = "desktop" if desktop else "mobile, simulated throttling"
    print(f"Lighthouse {LIGHTHOUSE_VERSION} ({mode}), {base}:")
    for page in PAGES:
        result = score(base + page, desktop)
        categories = {name: category["score"] for name, category in result["categories"].items()}
        audits = ", ".join(f"{name} {result['audits'][name]['displayValue']}" for name in AUDITS)
        print(
            f"  {page:<10} performance {categories['performance']:.2f}  "
            f"accessibility {categories['accessibility']:.2f}  ({audits})"
        )


if __name__ == "__main__":
    main()
