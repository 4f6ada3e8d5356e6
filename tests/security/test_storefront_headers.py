"""Issue 21, Low (storefront side): the Reflex backend's event endpoint answered any Origin with credentials
allowed, and its answers carried no nosniff. Now the allowed origins come from STOREFRONT_ settings (the
storefront's own origin by default) and every answer of its API says nosniff.

In process: the origins rxconfig.py gives Reflex, Reflex's own CORS middleware built from that config, and
the nosniff transform the app applies (storefront/storefront.py); building the whole app would compile .web/.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from reflex.app import App
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from storefront import security_headers
from storefront.config import Settings, get_settings

EVIL = "https://evil.example"


def test_the_default_origins_are_the_storefronts_own() -> None:
    settings = Settings(public_url="http://127.0.0.1:3456/")

    assert security_headers.allowed_origins(settings) == ("http://127.0.0.1:3456", "http://localhost:3456")


def test_the_origins_come_from_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STOREFRONT_ALLOWED_ORIGINS", "https://shop.lumen.example, https://www.lumen.example/")

    assert security_headers.allowed_origins(Settings()) == (
        "https://shop.lumen.example",
        "https://www.lumen.example",
    )


def test_rxconfig_gives_reflex_the_allowed_origins_not_a_wildcard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STOREFRONT_PUBLIC_URL", "https://shop.lumen.example")

    config = _rxconfig()

    assert list(config.cors_allowed_origins) == ["https://shop.lumen.example"]


def _rxconfig() -> Any:
    """rxconfig.py as read now (the settings read afresh)."""
    get_settings.cache_clear()
    try:
        import rxconfig

        return importlib.reload(rxconfig).config
    finally:
        get_settings.cache_clear()


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> Starlette:
    """A Starlette API with Reflex's CORS middleware as rxconfig.py sets it up (default settings)."""
    monkeypatch.delenv("STOREFRONT_PUBLIC_URL", raising=False)
    monkeypatch.delenv("STOREFRONT_ALLOWED_ORIGINS", raising=False)
    config = _rxconfig()
    api = Starlette(routes=[Route("/ping", lambda request: JSONResponse("pong"))])
    monkeypatch.setattr("reflex.app.get_config", lambda: config)
    App._add_cors(api)
    return api


async def test_another_origin_is_not_reflected_with_credentials(backend: Starlette) -> None:
    transport = httpx.ASGITransport(app=security_headers.nosniff(backend))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:3000") as client:
        evil = await client.get("/ping", headers={"Origin": EVIL})
        preflight = await client.options(
            "/ping", headers={"Origin": EVIL, "Access-Control-Request-Method": "POST"}
        )
        own = await client.get("/ping", headers={"Origin": "http://localhost:3000"})

    assert "access-control-allow-origin" not in evil.headers
    assert preflight.headers.get("access-control-allow-origin") != EVIL
    assert own.headers["access-control-allow-origin"] == "http://localhost:3000"


async def test_every_answer_of_the_backend_says_nosniff(backend: Starlette) -> None:
    transport = httpx.ASGITransport(app=security_headers.nosniff(backend))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:3000") as client:
        answers = [await client.get("/ping"), await client.get("/nowhere")]

    assert [answer.headers.get("x-content-type-options") for answer in answers] == ["nosniff"] * 2


def test_the_app_applies_nosniff_to_its_api() -> None:
    from storefront.storefront import app

    transformers = app.api_transformer
    assert isinstance(transformers, list) and transformers[-1] is security_headers.nosniff


async def test_every_answer_forbids_framing_and_keeps_the_referrer_home(backend: Starlette) -> None:
    transport = httpx.ASGITransport(app=security_headers.nosniff(backend))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:3000") as client:
        answer = await client.get("/ping")

    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
    assert answer.headers["referrer-policy"] == "same-origin"


PAGE = """<!DOCTYPE html><html><head><script src="/assets/app.js"></script>
<script>window.__ctx = {"a": 1};</script><script type="module" async="">import "/assets/m.js";</script>
</head><body><p>Hello</p></body></html>"""


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


async def test_scripts_run_only_from_the_build_or_its_own_inline_ones(
    backend: Starlette, tmp_path: Path
) -> None:
    (tmp_path / "offers").mkdir()
    (tmp_path / "offers" / "index.html").write_text(PAGE, encoding="utf-8")
    transport = httpx.ASGITransport(app=security_headers.nosniff(backend, pages=tmp_path))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:3000") as client:
        policy = (await client.get("/ping")).headers["content-security-policy"]

    directives = {part.split()[0]: part.split()[1:] for part in policy.split("; ")}
    assert sorted(directives["script-src"]) == sorted(
        [
            "'self'",
            "'unsafe-eval'",  # Reflex's rx.call_script (SECURITY.md)
            _sha256('window.__ctx = {"a": 1};'),
            _sha256('import "/assets/m.js";'),
        ]
    )
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]


async def test_before_the_build_the_policy_still_forbids_framing(backend: Starlette, tmp_path: Path) -> None:
    transport = httpx.ASGITransport(app=security_headers.nosniff(backend, pages=tmp_path / "not-built-yet"))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:3000") as client:
        before = (await client.get("/ping")).headers["content-security-policy"]
        (tmp_path / "not-built-yet").mkdir()
        (tmp_path / "not-built-yet" / "index.html").write_text(PAGE, encoding="utf-8")
        after = (await client.get("/ping")).headers["content-security-policy"]

    assert before == "frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
    assert "script-src 'self'" in after  # read once the build is there
