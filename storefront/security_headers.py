"""Security settings of the storefront's backend (issue 21): the origins its event endpoint accepts with
credentials, nosniff on every answer of its API, and the Content-Security-Policy (content_policy.py).

Reflex reflects any Origin with credentials unless `cors_allowed_origins` names them (rxconfig.py takes them
from here); its own headers are set by the ASGI middleware below, applied through `App(api_transformer=…)`.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from reflex.utils import prerequisites
from reflex_base import constants
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storefront.config import Settings
from storefront.content_policy import BuiltPagesPolicy

NOSNIFF = (b"x-content-type-options", b"nosniff")
CSP = b"content-security-policy"
# What every answer carries, with the Content-Security-Policy of storefront/content_policy.py.
HEADERS = (NOSNIFF, (b"referrer-policy", b"same-origin"))
_NAMES = {name for name, _ in HEADERS} | {CSP}
_LOOPBACK_TWINS = {"localhost": "127.0.0.1", "127.0.0.1": "localhost"}


def _origin(url: str) -> str:
    parts = urlsplit(url.strip())
    return f"{parts.scheme}://{parts.netloc}"


def allowed_origins(settings: Settings) -> tuple[str, ...]:
    """STOREFRONT_ALLOWED_ORIGINS (comma separated) when set; else the public URL's origin and, on a
    loopback host, its localhost / 127.0.0.1 twin (scripts/stack.py says one, people type the other)."""
    if settings.allowed_origins.strip():
        return tuple(_origin(url) for url in settings.allowed_origins.split(",") if url.strip())
    public = urlsplit(settings.public_url)
    origins = [_origin(settings.public_url)]
    if public.hostname in _LOOPBACK_TWINS:
        twin = public.netloc.replace(public.hostname, _LOOPBACK_TWINS[public.hostname], 1)
        origins.append(f"{public.scheme}://{twin}")
    return tuple(origins)


def built_pages() -> Path:
    """Where the production build writes the prerendered pages the backend serves (single port)."""
    return prerequisites.get_web_dir() / constants.Dirs.STATIC


def nosniff(app: ASGIApp, pages: Path | None = None) -> ASGIApp:
    """The app with `X-Content-Type-Options: nosniff` on every HTTP answer (browsers then never run a JSON
    or text answer as a script or style), the referrer limit, and the Content-Security-Policy of the pages
    built under `pages` (default: the production build's)."""
    policy = BuiltPagesPolicy(pages or built_pages())

    async def with_nosniff(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [pair for pair in message.get("headers", []) if pair[0].lower() not in _NAMES]
                message = {**message, "headers": [*headers, *HEADERS, (CSP, policy.header())]}
            await send(message)

        await app(scope, receive, send_with_header)

    return with_nosniff
