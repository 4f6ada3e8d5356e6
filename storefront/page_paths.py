"""Serve each prerendered page at its own path, without a redirect to the path with a trailing slash.

The production build writes the page of `/offers` as `offers/index.html`; the static file server then
answers `GET /offers` with a 307 to `/offers/`, so every direct visit (a link from an email, a reload, a
search result) paid one more round trip before the first byte of the page: on a phone network that is
150-300 ms before anything is drawn. This ASGI middleware hands such a request to the server as the
directory path it would be redirected to, so the page comes in the first answer and the address bar keeps
the path the app routes by.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send


class PagesWithoutSlashRedirect:
    """Serves `GET /offers` as `/offers/` (its prerendered index.html) for the given page paths."""

    def __init__(self, app: ASGIApp, pages: frozenset[str]) -> None:
        self.app = app
        self.pages = pages

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD") and scope["path"] in self.pages:
            path = scope["path"] + "/"
            scope = {**scope, "path": path, "raw_path": path.encode()}
        await self.app(scope, receive, send)


def serve_pages_at_their_paths(pages: frozenset[str]):
    """An `rx.App(api_transformer=...)` that applies the middleware for `pages` (paths like "/offers")."""

    def transform(app: ASGIApp) -> ASGIApp:
        return PagesWithoutSlashRedirect(app, pages)

    return transform
