"""The build plugin that keeps the backend's port out of the pages (rxconfig.py `SameOrigin`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from reflex_base import constants
from reflex_base.environment import environment

import rxconfig
from rxconfig import SameOrigin, resolve_paths_on_page_origin

STATE_JS = constants.Templates.Dirs.WEB_TEMPLATE / (constants.Dirs.STATE_PATH + ".js")


def get_backend_url(state_js: str) -> str:
    """The getBackendURL function of a utils/state.js, as a script of its own."""
    start = state_js.index("export const getBackendURL")
    end = state_js.index("\n};\n", start) + 3
    return state_js[start:end].replace("export const", "const")


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node, which the frontend build needs anyway")
@pytest.mark.parametrize(
    ("page", "endpoint", "expected"),
    [
        ("http://127.0.0.1:41234/offers", "/_event", "http://127.0.0.1:41234/_event"),
        ("https://shop.example.com/checkout", "/_upload", "https://shop.example.com/_upload"),
        # Reflex's own absolute URLs are left as Reflex reads them (development: Vite and backend apart).
        ("http://localhost:3000/", "ws://localhost:8000/_event", "ws://localhost:8000/_event"),
    ],
)
def test_a_path_is_the_pages_own_origin(page: str, endpoint: str, expected: str) -> None:
    script = (
        f"const window = {{ location: new URL({json.dumps(page)}) }};\n"
        'const SAME_DOMAIN_HOSTNAMES = ["localhost", "0.0.0.0", "::", "0:0:0:0:0:0:0:0"];\n'
        "const env = {};\n"
        + get_backend_url(resolve_paths_on_page_origin(STATE_JS.read_text()))
        + f"\nprocess.stdout.write(getBackendURL({json.dumps(endpoint)}).href);\n"
    )
    ran = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=False)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == expected


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node, which the frontend build needs anyway")
def test_reflexs_own_script_without_the_change_cannot_take_a_path() -> None:
    """What the change is for: unchanged, getBackendURL throws on a path (the test above can fail)."""
    script = (
        'const window = { location: new URL("http://127.0.0.1:41234/") };\n'
        "const SAME_DOMAIN_HOSTNAMES = [];\nconst env = {};\n"
        + get_backend_url(STATE_JS.read_text())
        + '\ngetBackendURL("/_event");\n'
    )
    assert subprocess.run(["node", "-e", script], capture_output=True, check=False).returncode != 0


def test_the_script_is_changed_once() -> None:
    changed = resolve_paths_on_page_origin(STATE_JS.read_text())
    assert changed != STATE_JS.read_text()
    assert resolve_paths_on_page_origin(changed) == changed


def test_only_the_version_of_reflex_json_goes_into_the_build() -> None:
    """reflex.json also holds the time of the last run: imported whole, no two builds were the same."""
    changed = resolve_paths_on_page_origin(STATE_JS.read_text())
    imports = [line for line in changed.splitlines() if "reflex.json" in line]
    assert imports == [line for line in imports if line.startswith("import { version as reflexVersion }")]
    assert len(imports) == 1
    assert "reflexEnvironment.version" in changed  # still what the socket sends as its protocol


@pytest.mark.parametrize(
    ("line", "changed_upstream"),
    [
        ("new URL(url_str)", "new URL(url)"),
        ('import reflexEnvironment from "$/reflex.json";', 'import reflexEnv from "$/reflex.json";'),
    ],
)
def test_a_script_reflex_changed_there_fails_the_build(line: str, changed_upstream: str) -> None:
    # Looked up now: tests/security reloads rxconfig, which makes a new exception class that the function
    # (its globals are the module's) then raises.
    with pytest.raises(rxconfig.StateScriptUnrecognised):
        rxconfig.resolve_paths_on_page_origin(STATE_JS.read_text().replace(line, changed_upstream))


@pytest.fixture
def production_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The environment `reflex run --env prod` (frontend and backend on one port) compiles in."""
    monkeypatch.setenv(environment.REFLEX_ENV_MODE.name, constants.Env.PROD.value)
    monkeypatch.setenv(environment.REFLEX_COMPILE_CONTEXT.name, constants.CompileContext.RUN.value)
    monkeypatch.setenv(environment.REFLEX_FRONTEND_ONLY.name, "false")
    monkeypatch.setenv(environment.REFLEX_BACKEND_ONLY.name, "false")


def test_production_pages_get_paths_without_a_port(production_run: None) -> None:
    env = SameOrigin().update_env_json()
    assert env is not None
    assert env["EVENT"] == "/_event"
    assert {name for name in env} == {endpoint.name for endpoint in constants.Endpoint}
    assert all(str(url).startswith("/") for url in env.values())


def test_a_frontend_exported_on_its_own_keeps_reflexs_urls(
    production_run: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(environment.REFLEX_FRONTEND_ONLY.name, "true")
    assert SameOrigin().update_env_json() is None


def test_development_keeps_reflexs_urls(production_run: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(environment.REFLEX_ENV_MODE.name, constants.Env.DEV.value)
    assert SameOrigin().update_env_json() is None


def test_an_operators_api_url_is_kept(production_run: None) -> None:
    """REFLEX_API_URL (a backend elsewhere) wins over the page's origin; read when rxconfig.py loads."""
    script = "import rxconfig; print(rxconfig.SameOrigin().update_env_json())"
    env = {**os.environ, "REFLEX_API_URL": "https://api.example.com"}
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "None"
