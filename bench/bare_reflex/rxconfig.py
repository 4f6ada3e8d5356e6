"""The bare Reflex app the storefront bench compares with (bench/storefront_users.py --baseline)."""

import reflex as rx
from reflex.plugins.sitemap import SitemapPlugin

config = rx.Config(
    app_name="bare_app",
    telemetry_enabled=False,
    show_built_with_reflex=False,
    # The build must not reach beyond the registries, as the storefront's.
    disable_plugins=[SitemapPlugin],
)
