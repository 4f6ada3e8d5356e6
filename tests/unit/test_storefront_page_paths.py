"""A prerendered page is served at its own path: no 307 to the path with a trailing slash."""

from __future__ import annotations

from pathlib import Path

import httpx
from starlette.staticfiles import StaticFiles

from storefront import routes
from storefront.page_paths import serve_pages_at_their_paths


async def test_a_page_path_gets_its_page_in_the_first_answer(tmp_path: Path) -> None:
    (tmp_path / "offers").mkdir()
    (tmp_path / "offers" / "index.html").write_text("<h1>Broadband at your address</h1>")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "index.html").write_text("other")
    app = serve_pages_at_their_paths(frozenset({"/offers"}))(StaticFiles(directory=tmp_path, html=True))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://shop") as client:
        direct = await client.get("/offers?from=email")
        with_slash = await client.get("/offers/")
        not_a_page = await client.get("/elsewhere")

    assert direct.status_code == 200 and "Broadband at your address" in direct.text
    assert with_slash.status_code == 200 and with_slash.text == direct.text
    assert not_a_page.status_code == 307  # only the listed pages are rewritten


def test_the_prerendered_pages_are_the_routes_without_a_dynamic_segment() -> None:
    assert routes.OFFERS in routes.PRERENDERED and routes.CHECKOUT in routes.PRERENDERED
    assert routes.HOME not in routes.PRERENDERED
    assert not any("[" in page for page in routes.PRERENDERED)
