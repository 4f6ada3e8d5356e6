"""Lighthouse scores of the running storefront's pages, in Debian's Chromium.

Usage: python -m bench.lighthouse [URL] [--desktop] [--reports=DIR]   (default http://localhost:3000; start
    ./scripts/run, or run `python -m bench.storefront_targets`, which starts it)
--reports=DIR keeps each page's full Lighthouse JSON (diagnostics: LCP element, unused JS, main-thread work).

Lighthouse comes from the npm registry into .tools/lighthouse (its own prefix: npm prunes what a prefix's
other installs do not name). A fresh Lighthouse visit has no journey in progress: /offers then asks for the
address itself, /checkout sends the visitor to the address check; the figures are what a cold visitor gets.
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


def score(url: str, desktop: bool, keep: Path | None = None) -> dict:
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
        if keep is not None:
            keep.parent.mkdir(parents=True, exist_ok=True)
            keep.write_bytes(report.read_bytes())
        return json.loads(report.read_text())


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    desktop = "--desktop" in sys.argv
    reports = next((Path(arg.split("=", 1)[1]) for arg in sys.argv[1:] if arg.startswith("--reports=")), None)
    base = (args[0] if args else "http://localhost:3000").rstrip("/")
    install()
    mode = "desktop" if desktop else "mobile, simulated throttling"
    print(f"Lighthouse {LIGHTHOUSE_VERSION} ({mode}), {base}:")
    for page in PAGES:
        report = f"{'desktop' if desktop else 'mobile'}-{page.strip('/') or 'home'}.json"
        result = score(base + page, desktop, reports / report if reports else None)
        categories = {name: category["score"] for name, category in result["categories"].items()}
        audits = ", ".join(f"{name} {result['audits'][name]['displayValue']}" for name in AUDITS)
        print(
            f"  {page:<10} performance {categories['performance']:.2f}  "
            f"accessibility {categories['accessibility']:.2f}  ({audits})"
        )


if __name__ == "__main__":
    main()
