"""Build plugin: the libraries under node_modules ship as one JavaScript chunk, not the ~15 Rolldown cuts.

Rolldown splits the libraries along what each route imports, so the home page preloaded 22 scripts, half of
them under 1 kB. A phone on a slow link pays a round trip per request and HTTP/1.1 opens at most six
connections, which is what Lighthouse's mobile simulation counts against the first paint. The libraries are
all shared by the pages (React, the router, Radix, Socket.IO); one chunk has the same bytes in 8 requests,
and stays cached across releases of the app's own code.
"""

from __future__ import annotations

from typing import Any

from reflex.plugins import Plugin
from reflex_base import constants

# Reflex's own group in its vite.config.js template (keeps env.json out of the app chunks); ours follows it.
_REFLEX_GROUP = """              name: "reflex-env",
            },"""
# The charts (recharts and what only it uses) are the conversion report's alone: their own chunk, loaded by
# that page, not by every page with the shared libraries. Matched first, so it comes before the libraries.
_CHART_PACKAGES = "|".join(
    (
        *("recharts", "recharts-scale", "react-smooth", "victory-vendor", r"d3-[^\\/]+", "internmap"),
        *(r"decimal\.js-light", "@reduxjs", "react-redux", "redux", "reselect", "immer", "es-toolkit"),
    )
)
_LIBRARY_GROUP = (
    """
            {
              // storefront/library_chunk.py: the charts, for /store/reports only.
              test: /[\\\\/]node_modules[\\\\/](PACKAGES)[\\\\/]/,
              name: "charts",
            },""".replace("PACKAGES", _CHART_PACKAGES)
    + """
            {
              // storefront/library_chunk.py: every library in one chunk.
              test: /[\\\\/]node_modules[\\\\/]/,
              name: "libraries",
            },"""
)


class ConfigUnrecognised(RuntimeError):
    """Reflex's vite.config.js no longer has the chunk groups this plugin adds to."""


def add_library_group(vite_config_js: str) -> str:
    """vite.config.js with a Rolldown chunk group for node_modules after Reflex's own one."""
    if _LIBRARY_GROUP in vite_config_js:
        return vite_config_js
    if vite_config_js.count(_REFLEX_GROUP) != 1:
        # Fail the build loudly: silently shipping the split chunks would only show as a worse benchmark.
        raise ConfigUnrecognised("vite.config.js has no single `reflex-env` chunk group to follow")
    return vite_config_js.replace(_REFLEX_GROUP, _REFLEX_GROUP + _LIBRARY_GROUP)


class LibraryChunk(Plugin):
    """Adds the libraries' chunk group to the generated vite.config.js at every compile."""

    def pre_compile(self, **context: Any) -> None:
        context["add_modify_task"](constants.ReactRouter.VITE_CONFIG_FILE, add_library_group)
