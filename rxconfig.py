"""Reflex configuration for the Lumen Fibre storefront.

Ports come from the command line (`reflex run --env prod --frontend-port 3000`): in production mode one port
serves the compiled frontend, the websocket and the backend API, so no backend port is set here.
"""

import reflex as rx
from reflex.plugins.sitemap import SitemapPlugin

from storefront.components.theme import RadixThemesSubset, app_theme
from storefront.config import get_settings
from storefront.library_chunk import LibraryChunk
from storefront.security_headers import allowed_origins

config = rx.Config(
    app_name="storefront",
    telemetry_enabled=False,
    # Reflex 0.10 takes the app theme from the Radix plugin (App(theme=...) is deprecated); this one ships
    # only the colour scales the pages use.
    # The libraries in one chunk: 8 requests before the first paint, not 22 (storefront/library_chunk.py).
    plugins=[RadixThemesSubset(theme=app_theme()), LibraryChunk()],
    # A sitemap is of no use to a checkout journey, and the build must not reach beyond the registries.
    disable_plugins=[SitemapPlugin],
    # The floating badge covers the buttons at the bottom right of the page (e.g. the last "Choose").
    show_built_with_reflex=False,
    # Brotli where the browser takes it (HTTPS), gzip otherwise: the static files are compressed at build.
    frontend_compression_formats=["brotli", "gzip"],
    # Reflex allows every origin with credentials by default: only the storefront's own pages may call it.
    cors_allowed_origins=list(allowed_origins(get_settings())),
)
