"""The storefront's Content-Security-Policy: scripts only from its own origin or the build's own inline ones.

The production build prerenders each page with a few inline scripts (React Router's context and stream,
the theme switch); every other script is a file under /assets. The policy names each inline script by its
SHA-256, read from the built pages, so a script injected into a page (a `<script>` or an `onerror=`
attribute smuggled in through a name or an address) never runs.

Two allowances remain, both forced by the framework (SECURITY.md):
- `'unsafe-eval'`: Reflex runs `rx.call_script` code (focus moves, the page prefetch) with `eval`;
- `style-src 'unsafe-inline'`: Radix Themes and Emotion write `<style>` elements and `style` attributes.

Outside a production build (no prerendered pages: `reflex run` in development) there is nothing to hash,
and the policy keeps to its other directives.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

# An inline script: no src attribute. Attributes in React's output never hold a ">".
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)

FIXED_DIRECTIVES = (
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
)
# Before the build exists: what the page can be held to without knowing its scripts.
WITHOUT_BUILD = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'"


def inline_script_hashes(pages: Path) -> frozenset[str]:
    """`'sha256-…'` sources of every inline script in the built pages under `pages` (`**/*.html`)."""
    hashes = set()
    for page in pages.rglob("*.html"):
        for script in _INLINE_SCRIPT.findall(page.read_text(encoding="utf-8")):
            digest = hashlib.sha256(script.encode("utf-8")).digest()
            hashes.add(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return frozenset(hashes)


def content_policy(script_hashes: frozenset[str]) -> str:
    """The header's value: the fixed directives, and scripts from 'self' plus the hashed inline ones."""
    if not script_hashes:
        return WITHOUT_BUILD
    script_src = " ".join(("script-src 'self' 'unsafe-eval'", *sorted(script_hashes)))
    return "; ".join((*FIXED_DIRECTIVES, script_src))


class BuiltPagesPolicy:
    """The policy for the pages a production build wrote, read once the build is there (workers may start
    before `reflex run --env prod` has finished exporting)."""

    def __init__(self, pages: Path) -> None:
        self._pages = pages
        self._header: bytes | None = None

    def header(self) -> bytes:
        if self._header is None:
            hashes = inline_script_hashes(self._pages) if self._pages.is_dir() else frozenset()
            if not hashes:
                return WITHOUT_BUILD.encode()
            self._header = content_policy(hashes).encode()
        return self._header
