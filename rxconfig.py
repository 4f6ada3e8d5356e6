"""Reflex configuration for the Lumen Fibre storefront.

Ports come from the command line (`reflex run --env prod --frontend-port 3000`): in production mode one port
serves the compiled frontend, the websocket and the backend API, so no backend port is set here, and none is
built into the pages either (`SameOrigin`): one build serves on any port, behind any proxy.
"""

from typing import Any

import reflex as rx
from reflex.plugins import Plugin
from reflex.plugins.sitemap import SitemapPlugin
from reflex_base import constants
from reflex_base.environment import environment

from storefront.components.theme import RadixThemesSubset, app_theme
from storefront.config import get_settings
from storefront.library_chunk import LibraryChunk
from storefront.security_headers import allowed_origins

# Reflex's getBackendURL (utils/state.js) parses each endpoint of env.json as an absolute URL; with this line
# in front of it, an endpoint that is a path ("/_event") is the page's own origin, http or https alike.
_PARSE_ENDPOINT = "  const endpoint = new URL(url_str);"
_PAGE_ORIGIN = """  // rxconfig.py SameOrigin: an endpoint given as a path is on the page's own origin.
  if (typeof window !== "undefined" && url_str.startsWith("/")) {
    return new URL(url_str, window.location.href);
  }
"""
# utils/state.js reads only the version from reflex.json, which also holds the time of the last `reflex run`:
# imported whole, that time made every build of the same sources different (chunk names, the pages' inline
# scripts and so their Content-Security-Policy hashes). Imported by name, the rest is left out of the build.
_WHOLE_REFLEX_JSON = 'import reflexEnvironment from "$/reflex.json";'
_VERSION_ONLY = (
    'import { version as reflexVersion } from "$/reflex.json"; // rxconfig.py SameOrigin: the version only\n'
    "const reflexEnvironment = { version: reflexVersion };"
)


class StateScriptUnrecognised(RuntimeError):
    """Reflex's utils/state.js no longer has the lines `SameOrigin` changes."""


def resolve_paths_on_page_origin(state_js: str) -> str:
    """utils/state.js whose getBackendURL takes a path as the page's own origin and whose build does not
    change with the time of the run (idempotent)."""
    for anchor, change in (
        (_PARSE_ENDPOINT, _PAGE_ORIGIN + _PARSE_ENDPOINT),
        (_WHOLE_REFLEX_JSON, _VERSION_ONLY),
    ):
        if change in state_js:
            continue
        if state_js.count(anchor) != 1:
            # Fail the build loudly: pages that silently fell back to a baked-in port would talk to nobody.
            raise StateScriptUnrecognised(f"utils/state.js has no single `{anchor.strip()}`")
        state_js = state_js.replace(anchor, change)
    return state_js


def serves_pages_and_events_on_one_origin() -> bool:
    """`reflex run --env prod` (frontend and backend: one port), no explicit REFLEX_API_URL / api_url."""
    return (
        environment.REFLEX_ENV_MODE.get() == constants.Env.PROD
        and environment.REFLEX_COMPILE_CONTEXT.get() == constants.CompileContext.RUN
        and not environment.REFLEX_FRONTEND_ONLY.get()
        and not environment.REFLEX_BACKEND_ONLY.get()
        and "api_url" not in rx.config.get_config()._non_default_attributes
    )


class SameOrigin(Plugin):
    """The pages reach their backend on their own origin: env.json holds paths, not `localhost:<port>`.

    Reflex writes `ws://localhost:<backend port>/_event` into env.json, so a build served on any other port
    (a second stack started from the same checkout, a proxy) talked to a port where nothing listens. In
    production one port serves pages and events, so the endpoints are paths. Development (Vite and the
    backend on two ports), `reflex export` and an explicit REFLEX_API_URL keep Reflex's absolute URLs.

    The same sources then build the same files: a second stack rebuilding a shared `.web/` leaves the first
    one's pages, chunk names and script hashes as they were.
    """

    def pre_compile(self, **context: Any) -> None:
        context["add_modify_task"](constants.Dirs.STATE_PATH + ".js", resolve_paths_on_page_origin)

    def update_env_json(self, **context: Any) -> dict[str, Any] | None:
        if not serves_pages_and_events_on_one_origin():
            return None
        config = rx.config.get_config()
        return {endpoint.name: config.prepend_backend_path(str(endpoint)) for endpoint in constants.Endpoint}


config = rx.Config(
    app_name="storefront",
    telemetry_enabled=False,
    # Reflex 0.10 takes the app theme from the Radix plugin (App(theme=...) is deprecated); this one ships
    # only the colour scales the pages use.
    # The libraries in one chunk: 8 requests before the first paint, not 22 (storefront/library_chunk.py).
    # No backend port in the build (SameOrigin above).
    plugins=[RadixThemesSubset(theme=app_theme()), LibraryChunk(), SameOrigin()],
    # A sitemap is of no use to a checkout journey, and the build must not reach beyond the registries.
    disable_plugins=[SitemapPlugin],
    # The floating badge covers the buttons at the bottom right of the page (e.g. the last "Choose").
    show_built_with_reflex=False,
    # Brotli where the browser takes it (HTTPS), gzip otherwise: the static files are compressed at build.
    frontend_compression_formats=["brotli", "gzip"],
    # Reflex allows every origin with credentials by default: only the storefront's own pages may call it.
    cors_allowed_origins=list(allowed_origins(get_settings())),
)
